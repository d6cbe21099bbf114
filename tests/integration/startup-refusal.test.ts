// A shop that cannot or must not start says why and exits non-zero, stopping whatever it had started.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive, readPostmasterPid } from "@/lib/platform/db-setup/postmaster";
import { killGroup, stopLeftoverPostgres } from "../support/shop-process";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

/** The real server entry until its process ends and its output pipes close (a minute at most). */
function run(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string; closed: boolean }> {
  const full: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info" };
  delete full.DATABASE_URL;
  delete full.PUBLIC_ORIGIN;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: ROOT,
      env: { ...full, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const giveUp = setTimeout(() => {
      killGroup(child);
      resolve({ code: child.exitCode, output, closed: false });
    }, 90_000);
    // "close": the process ended and nothing it started still holds its output (as a terminal sees it).
    child.on("close", (code) => {
      clearTimeout(giveUp);
      resolve({ code, output, closed: true });
    });
  });
}

describe("a start that fails", () => {
  it("refuses production on an external database without PUBLIC_ORIGIN, naming it, and exits 1", async () => {
    const { code, output, closed } = await run({
      NODE_ENV: "production",
      DATABASE_URL: t.url,
      AUTH_SECRET: "startup-refusal-test-secret-startup-refusal",
      PORT: "0",
      SEED_DEMO: "never",
    });
    expect({ code, closed }).toEqual({ code: 1, closed: true });
    expect(output).toMatch(/PUBLIC_ORIGIN: required in production/);
  }, 120_000);

  it("stops the embedded Postgres it had started and exits 1 when its port is taken", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-refusal-"));
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, output, closed } = await run({
        NODE_ENV: "development",
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        AUTH_SECRET: "startup-refusal-test-secret-startup-refusal",
        SEED_DEMO: "never",
      });
      expect({ code, closed }, output.slice(-2000)).toEqual({ code: 1, closed: true });
      expect(output).toMatch(/EADDRINUSE|could not start/);
      const postmaster = readPostmasterPid(path.join(dataDir, "postgres"));
      expect(postmaster === undefined || !isAlive(postmaster.pid)).toBe(true);
    } finally {
      taken.close();
      await stopLeftoverPostgres(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
