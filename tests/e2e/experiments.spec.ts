import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { createFreshProduct, sql } from "../e2e-support/database";
import { askBox, runTag } from "../e2e-support/qa";
import { addToCart, checkOut, waitForShopReady } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

/** A new shopper on a product page, once the server has decided its kitchen; counts the sockets it opens. */
async function shopperOn(browser: Browser, baseURL: string | undefined, slug: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on("websocket", (ws) => sockets.push(ws.url()));
  await page.goto(`/products/${slug}`);
  await waitForShopReady(page);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-kitchen", /^(open|closed)$/);
  const kitchen = (await html.getAttribute("data-kitchen")) as "open" | "closed";
  return { page, kitchen, sockets };
}

async function endAnyExperiment() {
  await sql(`UPDATE "Experiment" SET status = 'ENDED', "endedAt" = now() WHERE status <> 'ENDED'`);
}

test.afterAll(endAnyExperiment);

test("an owner runs a holdout: held-out shoppers see no live layer, both order, the owner sees counts and the gate", async ({
  ownerPage,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const tag = runTag();
  const product = await createFreshProduct(`Holdout Blend ${tag.slice(1, 9)}`);

  await ownerPage.goto("/admin/insights");
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Does the open kitchen sell here?" })).toBeVisible();
  await expect(ownerPage.getByTestId("experiment-list").getByText("Demo data")).toBeVisible();
  await expect(ownerPage.getByTestId("duration-estimates")).toContainText("Last 28 days");
  const form = ownerPage.getByRole("form", { name: "Start an experiment" });
  await form.getByLabel("Name").fill(`E2E holdout ${tag}`);
  await form.getByLabel("Holdout by shopper").check();
  await form.getByLabel("Shoppers in the closed group (%)").fill("50");
  await form.getByRole("button", { name: "Start the experiment" }).click();
  await expect(ownerPage.getByRole("heading", { name: `Running now: E2E holdout ${tag}` })).toBeVisible();

  // Half the shoppers get the closed kitchen: new shoppers until there is one of each (1 in 2²⁰ needs more).
  const seen: Partial<Record<"open" | "closed", Awaited<ReturnType<typeof shopperOn>>>> = {};
  for (let i = 0; i < 20 && !(seen.open && seen.closed); i++) {
    const shopper = await shopperOn(browser, baseURL, product.slug);
    if (seen[shopper.kitchen]) await shopper.page.context().close();
    else seen[shopper.kitchen] = shopper;
  }
  const open = seen.open!;
  const closed = seen.closed!;

  // The closed kitchen: the same page, no live layer and no socket; the open one has both.
  await expect(open.page.getByRole("region", { name: "Live in the shop" })).toBeVisible();
  await expect.poll(() => open.sockets.length).toBeGreaterThan(0);
  await expect(closed.page.getByRole("region", { name: "Live in the shop" })).toBeHidden();
  await expect(closed.page.getByTestId("store-presence")).toBeHidden();
  await closed.page.waitForTimeout(1_500); // the live layer would have opened its socket by now
  expect(closed.sockets).toEqual([]);

  // Held out, still served: the question is stored, and shows after a reload.
  const question = `Is this washed or natural? ${tag}`;
  await askBox(closed.page).getByLabel("Your question").fill(question);
  await askBox(closed.page).getByRole("button", { name: "Post question" }).click();
  await expect(askBox(closed.page)).toContainText("Your question is posted");
  await closed.page.reload();
  await expect(closed.page.getByRole("heading", { name: question })).toBeVisible();

  for (const shopper of [open, closed]) {
    await addToCart(shopper.page, `Holdout Blend ${tag.slice(1, 9)}`, 1);
    await checkOut(shopper.page);
  }

  const id = (await sql<{ id: string }>(`SELECT id FROM "Experiment" WHERE status = 'RUNNING'`))[0]!.id;
  await ownerPage.goto(`/admin/insights/${id}`);
  const groups = ownerPage.getByTestId("group-table");
  const exposedRow = groups.getByRole("row", { name: /Exposed shoppers/ });
  for (const kitchen of ["open", "closed"]) {
    const cell = exposedRow.locator(`[data-kitchen-cell="${kitchen}"]`);
    await expect.poll(async () => Number(await cell.textContent())).toBeGreaterThanOrEqual(1);
  }
  // Pay on delivery: placed but not paid, so no conversion yet; the gate says what is missing.
  await expect(ownerPage.getByTestId("gate-progress")).toContainText("more paid orders in the closed group");
  await expect(ownerPage.getByRole("heading", { name: "Not enough to say yet" })).toBeVisible();

  await ownerPage.getByRole("button", { name: `Pause E2E holdout ${tag}` }).click();
  await expect(ownerPage.getByRole("button", { name: `Resume E2E holdout ${tag}` })).toBeVisible();
  ownerPage.once("dialog", (dialog) => void dialog.accept());
  await ownerPage.getByRole("button", { name: `End E2E holdout ${tag}` }).click();
  await expect(ownerPage.getByRole("button", { name: `End E2E holdout ${tag}` })).toBeHidden();
  await expect(ownerPage.getByText(/ended/).first()).toBeVisible();

  // Ended: the held-out shopper has the open kitchen again on the next page.
  await closed.page.goto(`/products/${product.slug}`);
  await expect(closed.page.locator("html")).toHaveAttribute("data-kitchen", "open");
  await expect(closed.page.getByRole("region", { name: "Live in the shop" })).toBeVisible();
});

test("hosts and shoppers are refused the insights pages and exports", async ({ hostPage, page }) => {
  const [demo] = await sql<{ id: string }>(`SELECT id FROM "Experiment" WHERE demo LIMIT 1`);
  for (const path of ["/admin/insights", `/admin/insights/${demo!.id}`]) {
    const response = await hostPage.goto(path);
    expect(response?.status()).toBe(403);
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  }
  for (const kind of ["daily", "shoppers"]) {
    expect((await hostPage.request.get(`/admin/insights/${demo!.id}/export/${kind}`)).status()).toBe(403);
    expect((await page.request.get(`/admin/insights/${demo!.id}/export/${kind}`)).status()).toBe(403);
  }
});

test("the demo store's finished experiment reads as a result, marked as demo data, with its chart and exports", async ({
  ownerPage,
}) => {
  const [demo] = await sql<{ id: string }>(`SELECT id FROM "Experiment" WHERE demo LIMIT 1`);
  await ownerPage.goto(`/admin/insights/${demo!.id}`);
  await expect(ownerPage.getByTestId("demo-data-note")).toBeVisible();
  await expect(ownerPage.getByRole("heading", { name: "Result" })).toBeVisible();
  await expect(ownerPage.getByTestId("comparisons")).toContainText("95% interval");
  await expect(ownerPage.getByTestId("cumulative-chart")).toBeVisible();
  await ownerPage.getByText("How is this computed?").click();
  await expect(ownerPage.getByTestId("how-computed")).toContainText("confidence sequences");
  const csv = await ownerPage.request.get(`/admin/insights/${demo!.id}/export/daily`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\n");
  expect(lines[0]).toBe('"day","kitchen","new_exposed_shoppers","first_conversions"');
  expect(lines.length).toBeGreaterThan(30);
  await exportShoppersHasEveryExposure(ownerPage, demo!.id);
});

async function exportShoppersHasEveryExposure(page: Page, id: string) {
  const csv = await page.request.get(`/admin/insights/${id}/export/shoppers`);
  const [{ n }] = (await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ExperimentExposure" WHERE "experimentId" = $1`,
    [id],
  )) as [{ n: number }];
  expect((await csv.text()).trim().split("\n")).toHaveLength(n + 1);
}
