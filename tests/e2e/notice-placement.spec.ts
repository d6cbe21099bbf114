import { test as base, expect, type Locator } from "@playwright/test";
import { createFreshProduct } from "../e2e-support/database";
import { newShopper } from "../e2e-support/live";
import { askQuestion, openAnswerWithKeyboard, qaThread, runTag, waitForHostLive } from "../e2e-support/qa";
import { waitForShopReady } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

// Issue 20 §4: on a phone the "host answered" notice covered the answer it announced; on a wide screen the
// "poll closed" notice covered a link. The shop's notices now sit where they cover neither.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("no box: the element is not shown");
  return box;
}

/** Links, buttons and fields on screen, outside the notice, that the notice's box overlaps, described. */
async function coveredControls(notice: Locator): Promise<string[]> {
  return notice.evaluate((own) => {
    const d = own.getBoundingClientRect();
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    return [...document.querySelectorAll(selector)]
      .filter((element) => !own.contains(element))
      .filter((element) => {
        const r = element.getBoundingClientRect();
        return (
          r.width > 0 && r.height > 0 && r.left < d.right && d.left < r.right && r.top < d.bottom && d.top < r.bottom
        );
      })
      .map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? "").trim().slice(0, 40)}”`);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the 'host answered' notice leaves the answer it announces in sight", async ({
    browser,
    baseURL,
    hostPage: host,
  }) => {
    const tag = runTag();
    const product = await createFreshProduct(`Notice Roast ${tag}`);
    const question = `Does it suit a moka pot? ${tag}`;
    const answer = "Yes: grind it a little finer than for filter and take it off the heat early.";
    await host.setViewportSize({ width: 1280, height: 900 });
    await host.goto("/host");
    await waitForHostLive(host);

    const asker = await newShopper(browser, baseURL);
    await asker.goto(`/products/${product.slug}`);
    await waitForShopReady(asker);
    await askQuestion(asker, question);
    // The asker reads their question low on the screen, where the answer will appear under it.
    const thread = qaThread(asker, question);
    await thread.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 600));

    await openAnswerWithKeyboard(host, question);
    await host.keyboard.type(answer);
    await host.keyboard.press("Control+Enter");

    const answers = thread.getByRole("list", { name: "Answers to this question" });
    await expect(answers).toContainText(answer);
    await expect(answers).toBeInViewport();
    const notice = asker.getByRole("status").filter({ hasText: "A host answered a question you asked or follow" });
    await expect(notice).toBeInViewport();
    await expect
      .poll(async () => intersects(await boxOf(notice), await boxOf(answers)), { message: "notice over the answer" })
      .toBe(false);
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the 'poll closed' notice covers no link or button", async ({ browser, baseURL, hostPage: host }) => {
    const tag = runTag();
    const product = await createFreshProduct(`Corner Roast ${tag}`);
    const poll = `Which grind do you use most? ${tag}`;
    await host.goto("/host");
    await waitForHostLive(host);

    const shopper = await newShopper(browser, baseURL);
    await shopper.goto(`/products/${product.slug}`);
    await waitForShopReady(shopper);
    // A thread on the page puts buttons in the left column.
    const question = `Is it roasted to order? ${tag}`;
    await askQuestion(shopper, question);

    const panel = host.getByTestId("polls-panel");
    await panel.getByLabel("Question").fill(poll);
    await panel.getByLabel("Option 1").fill("Filter");
    await panel.getByLabel("Option 2").fill("Espresso");
    await panel.getByLabel("Audience").selectOption("product");
    await panel.getByLabel("Product", { exact: true }).selectOption({ label: `Corner Roast ${tag}` });
    await panel.getByRole("button", { name: "Open it" }).click();
    await expect(panel.getByText("Poll opened.")).toBeVisible();
    const card = shopper.getByTestId("poll-card").filter({ has: shopper.getByRole("heading", { name: poll }) });
    await card.getByRole("button", { name: "Tell me the result" }).click();
    await expect(card.getByRole("button", { name: /You'll be told/ })).toBeVisible();

    // The thread's button sits in the bottom-left corner, where notices used to go.
    const button = qaThread(shopper, question).getByRole("button", { name: "Answer this question" });
    await button.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - (innerHeight - 40)));
    await host
      .getByTestId("staff-poll")
      .filter({ hasText: poll })
      .getByRole("button", { name: /^Close now/ })
      .click();

    const notice = shopper.getByRole("status").filter({ hasText: "A poll you follow has closed" });
    await expect(notice).toBeInViewport();
    await expect(button).toBeInViewport();
    await expect.poll(() => coveredControls(notice), { message: "controls under the notice" }).toEqual([]);
  });
});
