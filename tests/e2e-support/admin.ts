// Admin steps the e2e specs share: test images, the upload directory, and opening a seeded product's edit form.
import fs from "node:fs";
import path from "node:path";
import { expect, request, type Page, type TestInfo } from "@playwright/test";
import { waitForHydration } from "./shop";

/** Real PNGs (uploads are checked by their magic bytes): an 8×8 orange square and a 12×12 blue one. */
const PNGS = {
  orange: "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAEklEQVR4nGM4UaHxHx9mGBkKAEIJmcHZIRmGAAAAAElFTkSuQmCC",
  blue: "iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAYAAABWdVznAAAAFklEQVR4nGOQizrxnxTMMKphVAN2DACt0kOAm4IpDgAAAABJRU5ErkJggg==",
} as const;

/** Writes one of the test PNGs into the test's output folder and returns its path. */
export function testPng(testInfo: TestInfo, color: keyof typeof PNGS): string {
  const file = testInfo.outputPath(`${color}.png`);
  fs.writeFileSync(file, Buffer.from(PNGS[color], "base64"));
  return file;
}

/** The server's upload directory (playwright.config.ts puts it under E2E_DATA_DIR). */
function uploadDir(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  return path.join(dataDir, "uploads");
}

/** Whether the file behind an `/uploads/<name>` URL is still on disk. */
export function uploadExists(url: string): boolean {
  return fs.existsSync(path.join(uploadDir(), path.basename(url)));
}

/** From the product table, opens a product's edit form and waits until it can submit without a full post. */
export async function openProductEditor(page: Page, title: string): Promise<void> {
  await page.goto("/admin/products");
  await page.getByRole("link", { name: `Edit ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit “${title}”` })).toBeVisible();
  await waitForHydration(page);
}

/** The `src` of every image listed under "Current images" on the edit form. */
export async function currentImageUrls(page: Page): Promise<string[]> {
  const group = page.getByRole("group", { name: "Current images" });
  if ((await group.count()) === 0) return [];
  return group.getByRole("img").evaluateAll((images) => images.map((img) => img.getAttribute("src") ?? ""));
}

/** Tries a staff sign-in through better-auth's API; true when a session was granted. */
export async function canSignIn(baseURL: string, email: string, password: string): Promise<boolean> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  try {
    const response = await api.post("/api/auth/sign-in/email", { data: { email, password } });
    return response.ok();
  } finally {
    await api.dispose();
  }
}
