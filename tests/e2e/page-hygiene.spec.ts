import fs from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type ConsoleMessage, type Page } from "@playwright/test";
import { createFreshProduct, sql } from "../e2e-support/database";
import { askQuestion, runTag } from "../e2e-support/qa";
import { waitForShopReady } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

// Issue 20 §4: what a newcomer's browser console and third-party checkers found on every page.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

/** Errors and warnings the page logs while it loads and settles (Chromium logs header problems as these). */
async function consoleProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const listen = (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  };
  page.on("console", listen);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("console", listen);
  return problems;
}

test("pages load without a console error or warning (the Permissions-Policy names only known features)", async ({
  page,
  ownerPage,
}) => {
  for (const path of ["/", "/products/kenya-nyeri-aa", "/categories/brewing-gear", "/cart", "/sign-in"]) {
    expect(await consoleProblems(page, path), path).toEqual([]);
  }
  for (const path of ["/admin/orders", "/host"]) {
    expect(await consoleProblems(ownerPage, path), path).toEqual([]);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the product page preloads only the image it shows first, also after prefetching the links in view", async ({
    page,
  }) => {
    // The header's category links are in view on a phone: Next prefetches those pages as the page settles.
    const prefetched = page.waitForResponse(
      (response) => /\/categories\/[^/?]+\?_rsc=/.test(response.url()) && response.ok(),
    );
    await page.goto("/products/kenya-nyeri-aa");
    await waitForShopReady(page);
    await prefetched;
    await page.waitForLoadState("networkidle");

    const preloads = await page
      .locator('link[rel="preload"][as="image"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const first = await page.getByRole("main").getByRole("img").first().getAttribute("src");
    expect(first).toMatch(/kenya-nyeri-aa/);
    expect(preloads).toEqual([first]);
  });
});

// HTML_CodeSniffer as pa11y ships it, from node_modules: its WCAG2AA run includes technique H98.
const htmlcs = fs.readFileSync(
  createRequire(import.meta.url).resolve("@pa11y/html_codesniffer/build/HTMLCS.js"),
  "utf8",
);

/** HTML_CodeSniffer's H98 errors (an autocomplete value the field's type does not allow) on the page as it is. */
async function h98Errors(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: htmlcs });
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        type Message = { type: number; code: string; msg: string; element: Element };
        interface Sniffer {
          process(standard: string, root: Document, done: () => void, failed: () => void, language: string): void;
          getMessages(): Message[];
        }
        const sniffer = (window as unknown as { HTMLCS: Sniffer }).HTMLCS;
        sniffer.process(
          "WCAG2AA",
          document,
          () =>
            resolve(
              sniffer
                .getMessages()
                .filter((m) => m.type === 1 && m.code.includes("H98"))
                .map((m) => `${m.msg} ${m.element.outerHTML.slice(0, 160)}`),
            ),
          () => reject(new Error("HTML_CodeSniffer failed to run")),
          "en",
        );
      }),
  );
}

test("HTML_CodeSniffer finds no wrong autocomplete (WCAG H98) on the forms shoppers and staff fill in", async ({
  page,
  ownerPage,
}) => {
  for (const path of ["/sign-in", "/products/kenya-nyeri-aa", "/checkout", "/orders"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    expect(await h98Errors(page), path).toEqual([]);
  }
  // The fields it checks are really there: the sign-in email and the ask box's display name.
  await page.goto("/sign-in");
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "username");
  await page.goto("/products/kenya-nyeri-aa");
  await expect(page.getByRole("form", { name: "Ask a question" }).getByLabel("Display name")).toHaveAttribute(
    "autocomplete",
    "nickname",
  );
  await ownerPage.goto("/admin/staff");
  await expect(ownerPage.getByRole("main")).toBeVisible();
  expect(await h98Errors(ownerPage), "/admin/staff").toEqual([]);
});

test("a question page carries og:url, og:image and twitter:image, as product pages do", async ({ page, baseURL }) => {
  const tag = runTag();
  const product = await createFreshProduct(`Shared Roast ${tag}`);
  const image = "/images/products/kenya-nyeri-aa.svg";
  await sql(
    `INSERT INTO "ProductImage" (id, "productId", url, alt, position) VALUES (gen_random_uuid()::text, $1, $2, 'A bag of Shared Roast', 0)`,
    [product.id, image],
  );
  await page.goto(`/products/${product.slug}`);
  await waitForShopReady(page);
  const question = `Is it good as a cold brew? ${tag}`;
  await askQuestion(page, question);
  const id = await page.getByRole("article", { name: question, exact: true }).getAttribute("data-question-id");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  const path = `/products/${product.slug}/questions/${id}`;
  await page.goto(path);
  const tags = await page.evaluate(() =>
    Object.fromEntries(
      [...document.head.querySelectorAll("meta[property], meta[name]")].map((meta) => [
        meta.getAttribute("property") ?? meta.getAttribute("name"),
        meta.getAttribute("content"),
      ]),
    ),
  );
  const absolute = (url: string) => new URL(url, baseURL).toString();
  expect(tags).toMatchObject({
    "og:url": absolute(path),
    "og:title": question,
    "og:image": absolute(image),
    "twitter:card": "summary_large_image",
    "twitter:image": absolute(image),
  });
});
