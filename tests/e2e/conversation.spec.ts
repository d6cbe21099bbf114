import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { findFreePort } from "../../lib/platform/db-setup/free-port";
import { signInThroughApi } from "../e2e-support/staff";
import { createFreshProduct, shopDatabaseUrl, sql } from "../e2e-support/database";
import { runTag } from "../e2e-support/qa";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";

// Issue 20: the conversation goes on when the shopper leaves. The e2e shop runs without SMTP_URL (and
// mail-honesty.spec.ts holds it to that), so this spec starts a second instance of the built shop on the
// same database, with SMTP_URL pointing at a real SMTP server in this test process. Every page here is
// read from that instance; products are fresh, so no other spec's cached pages are involved.
const TIMEZONE = "Europe/Lisbon";
const HOST_NAME = "Tomás Reyes";

let smtp: SmtpTestServer;
let shop: ChildProcess;
let base: string;
let output = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  smtp = await startSmtpTestServer();
  const port = await findFreePort();
  base = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-e2e-mail-"));
  // Make sure the e2e shop's database is up before joining it.
  await shopDatabaseUrl();
  shop = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      // The e2e shop's data directory: this instance joins its embedded Postgres (and secret) as a second
      // instance would, rather than naming a DATABASE_URL (which would count as a production database).
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: undefined,
      UPLOAD_DIR: path.join(dataDir, "uploads"),
      PUBLIC_ORIGIN: base,
      SMTP_URL: smtp.url,
      MAIL_FROM: "kitchen@e2e.test",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  shop.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  shop.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const until = Date.now() + 180_000;
  for (;;) {
    if (shop.exitCode !== null) throw new Error(`the mail shop exited:\n${output}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error(`the mail shop did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  // The hours were set on the shared database: leave the shop as other specs expect it.
  await sql(`UPDATE "StoreSettings" SET "kitchenHours" = '{"weekly":{},"exceptions":[]}'`);
  shop?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  await smtp?.close();
});

async function staffContext(browser: Browser, role: "owner" | "host"): Promise<BrowserContext> {
  return browser.newContext({ baseURL: base, storageState: await signInThroughApi(base, role) });
}

async function shopper(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
}

/** The store's wall clock, minutes since midnight, now. */
function lisbonMinutes(offsetMinutes = 0): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIMEZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + offsetMinutes * 60_000));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return get("hour") * 60 + get("minute");
}
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

async function setEveryDay(owner: Page, open: number, close: number) {
  await owner.goto("/admin/settings");
  const form = owner.getByTestId("kitchen-hours-form");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    await form.getByLabel(`${day} opens`).fill(clock(open));
    await form.getByLabel(`${day} closes`).fill(close >= 1440 ? "23:59" : clock(close));
  }
  await form.getByRole("button", { name: "Save kitchen hours" }).click();
  await expect(form.getByText("Kitchen hours saved.")).toBeVisible();
}

test("an asker gets the host's answer by email, and its unsubscribe link works", async ({ browser }) => {
  const tag = runTag();
  const product = await createFreshProduct(`Mail Kenya ${tag.slice(1, 9)}`);
  const asker = await shopper(browser);
  await asker.goto(`/products/${product.slug}`);
  const question = `Does this keep a month once opened? ${tag}`;
  const form = asker.getByRole("form", { name: "Ask a question" });
  await form.getByLabel("Your question").fill(question);
  await form.getByLabel(/Email me the answer/).fill("asker@e2e.test");
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByText("We will email you once when a host answers.")).toBeVisible();

  const hostContext = await staffContext(browser, "host");
  const host = await hostContext.newPage();
  await host.goto("/host");
  const item = host
    .getByRole("region", { name: /^Question queue/ })
    .getByRole("listitem", { name: question, exact: true });
  await item.getByRole("button", { name: "Answer", exact: true }).click();
  await item.getByLabel(/^Your public answer to/).fill("Four weeks, airtight and away from light.");
  await host.keyboard.press("Control+Enter");
  await expect(host.getByText(/The question left the queue/)).toBeVisible();

  await expect
    .poll(() => smtp.received.filter((m) => m.envelopeTo.includes("asker@e2e.test")).length, { timeout: 20_000 })
    .toBe(1);
  const mail = smtp.received.find((m) => m.envelopeTo.includes("asker@e2e.test"))!;
  expect(mail.parsed.subject).toBe(
    `Your question about ${(await sql<{ title: string }>(`SELECT title FROM "Product" WHERE id = $1`, [product.id]))[0]!.title} was answered`,
  );
  const text = mail.parsed.text ?? "";
  expect(text).toContain(question);
  expect(text).toContain(`— ${HOST_NAME} (Host)`);
  const threadLink = /Read the whole thread:\n(\S+)/.exec(text)![1]!;
  expect(threadLink).toMatch(new RegExp(`^${base}/products/${product.slug}/questions/`));
  expect(mail.parsed.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toContain(
    "List-Unsubscribe=One-Click",
  );

  // The thread link opens the answered question; the stop link takes one click and erases the address.
  await asker.goto(threadLink);
  await expect(asker.getByText("Four weeks, airtight and away from light.")).toBeVisible();
  await asker.goto(/Stop emails about this question: (\S+)/.exec(text)![1]!);
  await asker.getByRole("button", { name: "Stop these emails" }).click();
  await expect(asker.getByTestId("unsubscribed")).toBeVisible();
  expect(await sql(`SELECT 1 FROM "AnswerMailRequest" WHERE email = 'asker@e2e.test'`)).toHaveLength(0);
  await hostContext.close();
  await asker.context().close();
});

test("kitchen hours change what a shopper is promised and pause the host's timers", async ({ browser }) => {
  const product = await createFreshProduct(`Hours Guji ${runTag().slice(1, 9)}`);
  const ownerContext = await staffContext(browser, "owner");
  const owner = await ownerContext.newPage();
  const page = await shopper(browser);

  // Open now: in until the span's end.
  const now = lisbonMinutes();
  const openUntil = Math.min(1439, now + 60);
  await setEveryDay(owner, Math.max(0, now - 60), openUntil);
  await page.goto(`/products/${product.slug}`);
  const note = page.getByTestId("kitchen-hours-note");
  await expect(note).toContainText(`Hosts are in the kitchen until ${clock(openUntil).replace(/^0/, "")}`);
  const openPromise = await note.getByTestId("wait-promise").textContent();

  // Closed now: back later, and the promise moves with the hours.
  const later = now + 120 <= 1380 ? now + 120 : Math.max(0, now - 240);
  await setEveryDay(owner, later, later + 30);
  await page.reload();
  await expect(note).toContainText(`Hosts are back at ${clock(later).replace(/^0/, "")}`);
  const closedPromise = await note.getByTestId("wait-promise").textContent();
  expect(closedPromise).not.toBe(openPromise);
  expect(closedPromise).toMatch(/answer(ed)? by (about )?\d{1,2}:\d{2}/);

  const host = await (await staffContext(browser, "host")).newPage();
  await host.goto("/host");
  await expect(host.getByTestId("host-kitchen-hours")).toContainText("Promise timers are paused.");
  await host.getByText("How is the queue ordered?").click();
  await expect(host.getByText(/they pause\s+while hosts are out of the kitchen/)).toBeVisible();
  await host.context().close();
  await ownerContext.close();
  await page.context().close();
});

test("a scheduled session counts down from its stored start, goes live, and keeps a replay", async ({ browser }) => {
  const tag = runTag();
  const title = `Cupping the new Kenya ${tag}`;
  const product = await createFreshProduct(`Session Kenya ${tag.slice(1, 9)}`);
  const productTitle = (await sql<{ title: string }>(`SELECT title FROM "Product" WHERE id = $1`, [product.id]))[0]!
    .title;
  const hostContext = await staffContext(browser, "host");
  const host = await hostContext.newPage();
  await host.goto("/host");
  const scheduler = host.getByRole("form", { name: "Schedule a kitchen session" });
  await scheduler.getByLabel("Title", { exact: true }).fill(title);
  await scheduler.getByLabel("Short description").fill("Three brew methods side by side.");
  await scheduler.getByLabel("On", { exact: true }).selectOption({ label: productTitle });
  // Three hours ahead on the store's clock (tomorrow's date when that passes midnight).
  const start = new Date(Date.now() + 3 * 60 * 60_000);
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: TIMEZONE, dateStyle: "short", timeStyle: "short" }).format(
    start,
  );
  await scheduler.getByLabel(/^Starts/).fill(local.replace(" ", "T"));
  await scheduler.getByLabel("Minutes", { exact: true }).fill("30");
  await scheduler.getByRole("button", { name: "Schedule session" }).click();
  await expect(host.getByText(`Scheduled “${title}”.`)).toBeVisible();
  const [session] = await sql<{ id: string; startsAt: Date }>(
    `SELECT id, "startsAt" FROM "KitchenSession" WHERE title = $1`,
    [title],
  );

  // Before: the countdown is the stored start minus the reader's clock.
  const page = await shopper(browser);
  await page.goto(`/products/${product.slug}`);
  const card = page.getByTestId("session-card").filter({ hasText: title });
  const status = card.getByTestId("session-status");
  await expect(status).toHaveText(/^Starts in [23] h \d{2} min$/);
  const [, h, m] = /(\d) h (\d{2}) min/.exec((await status.textContent()) ?? "")!;
  const shownMs = (Number(h) * 60 + Number(m)) * 60_000;
  const storedMs = session!.startsAt.getTime() - Date.now();
  expect(Math.abs(storedMs - shownMs)).toBeLessThan(2 * 60_000);
  const ics = await page.request.get(`/sessions/${session!.id}/calendar.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(
    `DTSTART:${session!.startsAt
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "")}`,
  );
  await expect(card.getByRole("button", { name: "Remind me" })).toBeVisible();

  // The same cached page read a minute after the stored start (the browser's clock moved on): live.
  const later = await (await browser.newContext({ baseURL: base })).newPage();
  await later.clock.install({ time: new Date(session!.startsAt.getTime() + 60_000) });
  await later.goto(`/products/${product.slug}`);
  await expect(later.getByTestId("session-card").filter({ hasText: title }).getByTestId("session-status")).toHaveText(
    `● Live now with ${HOST_NAME}`,
  );
  await later.context().close();

  // Time passes on the server too (the stored window moves to now), so what is posted next falls inside it.
  await sql(
    `UPDATE "KitchenSession" SET "startsAt" = now() - interval '1 minute', "endsAt" = now() + interval '29 minutes' WHERE id = $1`,
    [session!.id],
  );
  await page.goto(`/sessions/${session!.id}`);
  await expect(page.getByTestId("session-status")).toHaveText(`● Live now with ${HOST_NAME}`);
  await page.goto(`/products/${product.slug}`);

  // During it: a shopper asks, the host posts a kitchen update about the product.
  const question = `Which grind for the V60? ${tag}`;
  const form = page.getByRole("form", { name: "Ask a question" });
  await form.getByLabel("Your question").fill(question);
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByText("Your question is posted.")).toBeVisible();
  const update = `Grinding the Kenya for the V60 now ${tag}`;
  await host.getByLabel("From the kitchen", { exact: true }).fill(update);
  await host.getByRole("combobox", { name: "About" }).selectOption({ label: productTitle });
  await host.getByRole("button", { name: "Post update" }).click();
  await expect(host.getByText("Posted to the shop.")).toBeVisible();

  // After it: the session's page keeps the replay, in order.
  await sql(`UPDATE "KitchenSession" SET "endsAt" = now() WHERE id = $1`, [session!.id]);
  await page.goto(`/sessions/${session!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Replay" })).toBeVisible();
  const items = page.getByTestId("replay-item");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute("data-kind", "question");
  await expect(items.nth(0)).toContainText(question);
  await expect(items.nth(1)).toHaveAttribute("data-kind", "kitchen");
  await expect(items.nth(1)).toContainText(update);
  await hostContext.close();
  await page.context().close();
});
