import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_STAFF, staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { addToCart, checkOut, waitForShopReady } from "../e2e-support/shop";
import { markDocument, expectSameDocument, newShopper } from "../e2e-support/live";
import { askQuestion, qaThread, runTag, waitForHostLive } from "../e2e-support/qa";
import { createFreshProduct, sql } from "../e2e-support/database";

// Issue 9: the host asks back (polls), the kitchen posts updates, and buyers who opted in are asked to help.
// Every shopper is its own browser context; the host signs in through the API. The product is fresh, so no
// other spec's shoppers or polls share its page.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

function pollCard(page: Page, question: string) {
  return page.getByTestId("poll-card").filter({ has: page.getByRole("heading", { name: question }) });
}

function result(card: ReturnType<typeof pollCard>, option: string) {
  return card.getByTestId("poll-result").filter({ hasText: option });
}

test("a host's poll reaches two shoppers live, results update for both, and a kitchen update shows live and after reload", async ({
  browser,
  baseURL,
  hostPage: host,
}) => {
  const tag = runTag();
  const product = await createFreshProduct(`Poll Roast ${tag}`);
  const path = `/products/${product.slug}`;
  const question = `How do you brew it at home? ${tag}`;
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);
  for (const shopper of [a, b]) {
    await shopper.goto(path);
    await waitForShopReady(shopper);
    await markDocument(shopper);
  }

  await host.goto("/host");
  await waitForHostLive(host);
  const panel = host.getByTestId("polls-panel");
  await panel.getByLabel("Question").fill(question);
  await panel.getByLabel("Option 1").fill("Filter");
  await panel.getByLabel("Option 2").fill("Espresso");
  await panel.getByLabel("Audience").selectOption("product");
  await panel.getByLabel("Product", { exact: true }).selectOption({ label: `Poll Roast ${tag}` });
  await panel.getByRole("button", { name: "Open it" }).click();
  await expect(panel.getByText("Poll opened.")).toBeVisible();

  // Both shoppers see it without reloading; nothing is shown as results before they answer.
  const cardA = pollCard(a, question);
  const cardB = pollCard(b, question);
  await expect(cardA).toBeVisible();
  await expect(cardB).toBeVisible();
  await expect(cardA.getByTestId("poll-result")).toHaveCount(0);

  // One answer is below the store's threshold (2): the count stays hidden.
  await cardA.getByRole("button", { name: "Filter" }).click();
  await expect(cardA.getByText("Too few answers to show yet.")).toBeVisible();
  await cardB.getByRole("button", { name: "Espresso" }).click();
  await expect(result(cardB, "Espresso")).toContainText("1 · 50%");
  // A's results update live from B's answer.
  await expect(result(cardA, "Filter")).toContainText("1 · 50%");
  // A changes their mind: both see it at once, and it stays one answer per person.
  await cardA.getByRole("button", { name: "Espresso" }).click();
  await expect(result(cardA, "Espresso")).toContainText("2 · 100%");
  await expect(result(cardB, "Espresso")).toContainText("2 · 100%");
  await expect(panel.getByTestId("staff-poll").filter({ hasText: question })).toContainText("2 answered");

  // The host posts a kitchen update about this product from the console.
  const update = `Roasting batch 42 of this one this morning. ${tag}`;
  await host.getByLabel("From the kitchen", { exact: true }).fill(update);
  await host.getByLabel("About", { exact: true }).selectOption({ label: `Poll Roast ${tag}` });
  await host.getByRole("button", { name: "Post update" }).click();
  await expect(host.getByText("Posted to the shop.")).toBeVisible();
  const kitchenA = a.getByTestId("kitchen-updates");
  await expect(kitchenA.getByTestId("kitchen-update").filter({ hasText: update })).toBeVisible();
  await expect(kitchenA.getByTestId("kitchen-update").filter({ hasText: update })).toContainText(DEMO_STAFF.host.name);
  await expectSameDocument(a);
  await expectSameDocument(b);

  // And in the server-rendered page after a reload (the cached read was expired by its tag).
  await a.reload();
  await expect(
    a.getByTestId("kitchen-updates").getByTestId("kitchen-update").filter({ hasText: update }),
  ).toBeVisible();
  await a.goto("/");
  await expect(
    a.getByTestId("kitchen-updates").getByTestId("kitchen-update").filter({ hasText: update }),
  ).toBeVisible();

  // Closing keeps the poll on its product page, under "What other shoppers said".
  await panel
    .getByTestId("staff-poll")
    .filter({ hasText: question })
    .getByRole("button", { name: /^Close now/ })
    .click();
  const said = b.getByRole("region", { name: "What other shoppers said" });
  await expect(pollCard(b, question)).toHaveCount(1);
  await expect(said.getByRole("heading", { name: question })).toBeVisible();
  await expect(result(pollCard(b, question), "Espresso")).toContainText("2 · 100%");
});

test("an opted-in buyer is asked to help with a waiting question and answers with the verified-buyer badge", async ({
  browser,
  baseURL,
}) => {
  const tag = runTag();
  const product = await createFreshProduct(`Help Roast ${tag}`);
  const path = `/products/${product.slug}`;
  // Ask buyers at once instead of after 5 minutes; the realtime layer re-reads settings within seconds.
  const updated = await sql(`UPDATE "StoreSettings" SET "buyerHelpAfterMinutes" = 0 WHERE id = 1 RETURNING id`);
  expect(updated).toHaveLength(1);
  try {
    const buyer = await newShopper(browser, baseURL);
    await buyer.goto(path);
    await addToCart(buyer, `Help Roast ${tag}`, 1);
    const orderUrl = await checkOut(buyer);
    // Paid on delivery: only a paid or delivered order makes a verified buyer (the owner records it).
    const orderId = new URL(orderUrl).pathname.split("/").pop();
    expect(await sql(`UPDATE "Order" SET "paidAt" = now() WHERE id = $1 RETURNING id`, [orderId])).toHaveLength(1);
    await buyer.goto("/");
    await waitForShopReady(buyer);
    const privacy = buyer.getByTestId("privacy-controls");
    await privacy.locator("summary").click();
    await privacy.getByLabel("I'm happy to help other shoppers with things I bought").click();
    await expect(privacy.getByText("Saved.")).toBeVisible();
    await expect(privacy.getByLabel("I'm happy to help other shoppers with things I bought")).toBeChecked();

    const asker = await newShopper(browser, baseURL);
    await asker.goto(path);
    const question = `Does it keep well for a month once opened? ${tag}`;
    await askQuestion(asker, question, "Bea");

    const prompt = buyer.getByTestId("help-request");
    await expect(prompt).toContainText(`Someone asks about Help Roast ${tag}, which you bought. Can you help?`);
    await prompt.getByRole("link", { name: "See the question" }).click();
    await expect(buyer).toHaveURL(new RegExp(`${path}/questions/[0-9a-f-]{36}$`));
    await buyer.getByRole("button", { name: "Answer this question" }).click();
    const answer = "It keeps well for about three weeks in an airtight tin.";
    await buyer.getByLabel("Your answer").fill(answer);
    await buyer.getByRole("button", { name: "Post answer" }).click();
    const thread = qaThread(asker, question);
    await expect(thread).toContainText(answer);
    await expect(thread.getByText("verified buyer")).toBeVisible();
  } finally {
    await sql(`UPDATE "StoreSettings" SET "buyerHelpAfterMinutes" = 5 WHERE id = 1`);
  }
});
