// Helpers for the Q&A e2e tests: the product page's ask box and threads, the host console's queue, and
// what must never happen to posted text (markup run as code).
import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * A short tag to end posted text with: questions stay unique if a test is retried against the same
 * server (CI retries once), so role-and-name locators never match an earlier attempt's thread.
 */
export function runTag(): string {
  return `[${randomUUID().slice(0, 8)}]`;
}

/** The product page's "Ask a question" form. */
export function askBox(page: Page): Locator {
  return page.getByRole("form", { name: "Ask a question" });
}

/** Asks through the ask box, as a shopper types it, and waits for the shop to confirm it is stored. */
export async function askQuestion(page: Page, text: string, displayName?: string): Promise<void> {
  const form = askBox(page);
  await form.getByLabel("Your question").fill(text);
  if (displayName) await form.getByLabel("Display name").fill(displayName);
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByRole("status")).toHaveText("Your question is posted.");
  await expect(form.getByLabel("Your question")).toHaveValue("");
}

/** A question's thread on a product or question page; its accessible name is the question (or the hidden notice). */
export function qaThread(page: Page, question: string): Locator {
  return page.getByRole("article", { name: question, exact: true });
}

/** The answers listed under a thread. */
export function threadAnswers(thread: Locator): Locator {
  return thread.getByRole("list", { name: "Answers to this question" }).getByRole("listitem");
}

/** What a shopper sees in place of a hidden post's text. */
export const HIDDEN_NOTICE = "This post was hidden by a host (see our moderation policy).";

/** The host console's question queue (and, below it, the questions hidden while the console was open). */
export function hostQueue(host: Page): Locator {
  return host.getByRole("region", { name: /^Question queue/ });
}

/** One question in the host console, named by its text. */
export function hostQueueItem(host: Page, question: string): Locator {
  return hostQueue(host).getByRole("listitem", { name: question, exact: true });
}

/** The console is connected to the shop: from here on, new questions arrive live. */
export async function waitForHostLive(host: Page): Promise<void> {
  await expect(host.getByRole("status").filter({ hasText: "● Live" })).toBeVisible();
}

/**
 * Selects `question` with the keyboard alone (j moves down the queue, and focuses the selected question)
 * and opens its answer box with Enter. Each press waits for the selection to move before the next: the
 * console reads the selection from its last render.
 */
export async function openAnswerWithKeyboard(host: Page, question: string): Promise<void> {
  const target = hostQueueItem(host, question);
  await expect(target).toBeVisible();
  const items = hostQueue(host).getByRole("list").first().getByRole("listitem");
  const selected = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("aria-current") === "true"));
  const last = selected.length - 1;
  // At least one press, so the selected question also has the focus; the selection stops at the end.
  let index = selected.indexOf(true);
  do {
    index = Math.min(index + 1, last);
    await host.keyboard.press("j");
    await expect(items.nth(index)).toHaveAttribute("aria-current", "true");
    await expect(items.nth(index)).toBeFocused();
  } while (index < last && (await target.getAttribute("aria-current")) !== "true");
  await expect(target).toHaveAttribute("aria-current", "true");
  await host.keyboard.press("Enter");
}

/** The schema.org objects of every JSON-LD script on the page, parsed. */
export async function jsonLdOnPage(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** The page's QAPage JSON-LD; fails unless there is exactly one. */
export async function qaPageJsonLd(page: Page): Promise<Record<string, unknown>> {
  const qaPages = (await jsonLdOnPage(page)).filter((data) => data["@type"] === "QAPage");
  expect(qaPages, "QAPage JSON-LD scripts on the page").toHaveLength(1);
  return qaPages[0] as Record<string, unknown>;
}

/** The global an XSS payload in these tests would set, were it ever run. */
const XSS_FLAG = "__xss";

/** No posted markup ran or became an element: the flag is unset and no <img src=x> is in the page. */
export async function expectNoInjectedMarkup(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG),
    `window.${XSS_FLAG} on ${page.url()}`,
  ).toBeUndefined();
}
