import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findFreePort } from "./lib/platform/db-setup/free-port";

// Debian's Chromium where Playwright cannot download its own; Playwright's browsers elsewhere.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The config is evaluated again in every worker: compute the server's port and data dir once and pass them down via env.
process.env.E2E_PORT ??= String(await findFreePort());
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ok-e2e-"));
const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e-support/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: "phone.spec.ts" },
    // A 390×844 touch phone: phone.spec.ts and the axe scan of the pages whose layout changes at that width
    // (tagged @phone); everything else would only repeat the desktop run.
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } },
      testMatch: ["phone.spec.ts", "accessibility.spec.ts"],
      grep: /@phone/,
    },
  ],
  webServer: {
    command: "tsx server.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: process.env.E2E_PORT,
      DATA_DIR: process.env.E2E_DATA_DIR,
      PUBLIC_ORIGIN: baseURL,
      UPLOAD_DIR: path.join(process.env.E2E_DATA_DIR, "uploads"),
      LOG_LEVEL: "warn",
      // As behind one proxy: tests can speak from other addresses through X-Forwarded-For (browsers don't).
      TRUST_PROXY: "1",
      // Waiting questions are offered to buyers who help every second, not every minute.
      BUYER_HELP_INTERVAL_MS: "1000",
    },
  },
});
