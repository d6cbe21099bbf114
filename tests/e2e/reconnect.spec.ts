import { test, expect } from "@playwright/test";
import { waitForShopReady } from "../e2e-support/shop";
import { newShopper } from "../e2e-support/live";
import { askBox, qaThread, runTag } from "../e2e-support/qa";

// Issue 13 item 4: during a database outage the socket server refuses handshakes (it cannot look the
// shopper up), and socket.io-client never retries a refusal by itself. The tab must come back on its own
// once the shop is healthy, and send what the shopper wrote meanwhile. The outage is staged in the browser's
// network: handshakes get the server's refusal and /api/health answers 503, as during a real one.
test("a tab refused during an outage reconnects once the shop is healthy and posts what was waiting", async ({
  browser,
  baseURL,
}) => {
  const page = await newShopper(browser, baseURL);
  let outage = true;
  let refusals = 0;
  let unhealthyAnswers = 0;
  await page.route("**/api/health", (route) =>
    outage
      ? (unhealthyAnswers++, route.fulfill({ status: 503, json: { status: "degraded", database: "unreachable" } }))
      : route.continue(),
  );
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      // "40…" asks to join the namespace; "44…" is the server's refusal (a socket.io CONNECT_ERROR packet).
      if (outage && typeof message === "string" && message.startsWith("40")) {
        refusals += 1;
        ws.send('44{"message":"could not identify this connection"}');
        return;
      }
      server.send(message);
    });
  });

  await page.goto("/products/walnut-serving-tray");
  await waitForShopReady(page);
  const question = `Is the walnut tray oiled or lacquered? ${runTag()}`;
  const form = askBox(page);
  await form.getByLabel("Your question").fill(question);
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByRole("status")).toContainText("You're offline.");

  // The tab was refused, and keeps asking the shop whether it is healthy rather than giving up.
  await expect.poll(() => refusals).toBeGreaterThan(0);
  await expect.poll(() => unhealthyAnswers).toBeGreaterThan(1);
  await expect(form.getByRole("status")).toContainText("You're offline.");
  outage = false;
  await expect(form.getByRole("status")).toHaveText("Your question is posted.");
  await expect(qaThread(page, question)).toBeVisible();
  await expect(form.getByLabel("Your question")).toHaveValue("");
});
