import { chromium, request } from "@playwright/test";
const base = "http://localhost:3900";
const out = "/work/notes/shots/main";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
const api = await request.newContext({ baseURL: base, extraHTTPHeaders: { Origin: base } });
await api.post("/api/auth/sign-in/email", { data: { email: "owner@demo.openkitchen.test", password: "demo-owner-pass" } });
const state = await api.storageState();
for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
  const owner = await browser.newContext({ baseURL: base, viewport, storageState: state });
  const page = await owner.newPage();
  await page.goto("/admin/insights");
  await page.screenshot({ path: `${out}/insights-${name}.png`, fullPage: true });
  const demoHref = await page.getByTestId("experiment-list").getByRole("link").first().getAttribute("href");
  await page.goto(demoHref!);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/demo-results-${name}.png`, fullPage: true });
  await owner.close();
}
await browser.close();
await api.dispose();
