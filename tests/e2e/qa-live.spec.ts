import { test as base, expect } from "@playwright/test";
import { DEMO_STAFF, staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { waitForShopReady } from "../e2e-support/shop";
import { expectSameDocument, markDocument, newShopper, productPresenceNumber } from "../e2e-support/live";
import {
  HIDDEN_NOTICE,
  askBox,
  askQuestion,
  expectNoInjectedMarkup,
  hostQueue,
  hostQueueItem,
  openAnswerWithKeyboard,
  qaPageJsonLd,
  qaThread,
  runTag,
  threadAnswers,
  waitForHostLive,
} from "../e2e-support/qa";

// Issue: shoppers ask on a product page, a host answers from the console, everyone on the page sees it live.
// Every shopper is its own browser context (own cookie, own socket); the host is signed in through the API
// (tests/e2e-support/staff.ts). Each test uses its own demo product, and no other spec asks questions.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

const HOST = DEMO_STAFF.host.name;

test.afterEach(async ({ browser }) => {
  // Shoppers' sockets go with their contexts, so nobody is left "looking" at a product for the next test.
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test("a question asked on the product page is answered from the host's keyboard, live for every shopper there", async ({
  browser,
  baseURL,
  hostPage: host,
}) => {
  const product = { path: "/products/kenya-nyeri-aa", title: "Kenya Nyeri AA" };
  const question = `Does the Kenya Nyeri AA work as a cold brew, or is it too bright? ${runTag()}`;
  const answer = "It makes a lovely cold brew: steep 80 g per litre for 14 hours and expect blackcurrant.";
  const a = await newShopper(browser, baseURL);
  const c = await newShopper(browser, baseURL);

  await host.goto("/host");
  await waitForHostLive(host);
  await markDocument(host);

  await a.goto(product.path);
  await waitForShopReady(a);
  await markDocument(a);
  await c.goto(product.path);
  await waitForShopReady(c);
  await markDocument(c);
  // Both shoppers' live connections are up (and in the product's room) once each counts the other.
  await expect(productPresenceNumber(a)).toHaveText("2");
  await expect(productPresenceNumber(c)).toHaveText("2");

  await askQuestion(a, question, "Ada");
  await expect(qaThread(a, question)).toBeVisible();
  // C did nothing: the question arrives on its page by itself.
  await expect(qaThread(c, question)).toBeVisible();
  await expect(qaThread(c, question)).toContainText("Ada");

  // The host's queue shows it live, with who asked, on which product, and a running wait timer.
  const item = hostQueueItem(host, question);
  await expect(item).toBeVisible();
  await expect(item).toContainText(`on ${product.title}`);
  await expect(item).toContainText("asked by Ada");
  const timer = item.getByText(/^waiting \d+:\d{2}$/);
  await expect(timer).toBeVisible();
  await expect(item).toContainText("within the 15 min promise");
  // It counts from the stored time of asking; it has left 0:00 once a second has passed.
  await expect(timer).not.toHaveText("waiting 0:00");

  // Keyboard only: j selects it, Enter opens the answer box (and tells shoppers a host has seen it).
  await openAnswerWithKeyboard(host, question);
  const answerBox = item.getByLabel("Your public answer to Ada");
  await expect(answerBox).toBeFocused();
  await expect(qaThread(c, question)).toContainText(`Seen by ${HOST}`);

  await host.keyboard.type(answer);
  await expect(answerBox).toHaveValue(answer);
  // Shoppers on the product see that a host is writing (the signal lasts a few seconds without typing).
  await expect(qaThread(c, question)).toContainText(`${HOST} (host) is answering…`);
  await host.keyboard.press("Control+Enter");

  await expect(host.getByText(`Answer posted on ${product.title}. The question left the queue.`)).toBeVisible();
  await expect(item).toHaveCount(0);

  // Both shoppers see the host's answer, badged and signed, without reloading.
  for (const shopper of [a, c]) {
    const answers = threadAnswers(qaThread(shopper, question));
    await expect(answers).toHaveCount(1);
    await expect(answers.first()).toContainText(answer);
    await expect(answers.first()).toContainText(HOST);
    await expect(answers.first().getByTitle("Works at this shop")).toHaveText("HOST");
    await expect(qaThread(shopper, question)).not.toContainText(`${HOST} (host) is answering…`);
    await expectSameDocument(shopper);
  }
  await expectSameDocument(host);

  // The asker (who follows their own question) is told; C, who neither asked nor follows, is not.
  const notice = a.getByRole("status").filter({ hasText: "A host answered a question you asked or follow" });
  await expect(notice).toContainText(`On ${product.title}.`);
  await expect(c.getByText("A host answered a question you asked or follow")).toHaveCount(0);

  await notice.getByRole("link", { name: "Read the answer" }).click();
  await expect(a).toHaveURL(/\/products\/kenya-nyeri-aa\/questions\/[0-9a-f-]{36}$/);
  const questionUrl = a.url();
  await expect(a.getByRole("heading", { level: 1, name: question })).toBeVisible();
  await expect(threadAnswers(qaThread(a, question))).toContainText([answer]);

  // What a search engine reads: the server-rendered question page carries QAPage JSON-LD.
  await a.goto(questionUrl);
  await expect(a.getByRole("heading", { level: 1, name: question })).toBeVisible();
  const replyId = await threadAnswers(qaThread(a, question)).first().getAttribute("id");
  expect(replyId).toMatch(/^reply-[0-9a-f-]{36}$/);
  expect(await qaPageJsonLd(a)).toEqual({
    "@context": "https://schema.org",
    "@type": "QAPage",
    mainEntity: expect.objectContaining({
      "@type": "Question",
      name: question,
      text: question,
      answerCount: 1,
      author: { "@type": "Person", name: "Ada" },
      suggestedAnswer: [
        expect.objectContaining({
          "@type": "Answer",
          text: answer,
          url: `${questionUrl}#${replyId}`,
          author: { "@type": "Person", name: HOST },
        }),
      ],
    }),
  });
});

test("posted markup is shown as text everywhere and never runs", async ({ browser, baseURL, hostPage: host }) => {
  const path = "/products/hand-grinder";
  const tag = runTag();
  const question = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> ${tag}`;
  // A reply that also tries to close the JSON-LD <script> element on the question's page.
  const reply = `</script><script>window.__xss=1</script><img src=x onerror="window.__xss=1"> ${tag}`;
  const shopper = await newShopper(browser, baseURL);

  await host.goto("/host");
  await waitForHostLive(host);

  await shopper.goto(path);
  await waitForShopReady(shopper);
  await askQuestion(shopper, question);
  const thread = qaThread(shopper, question);
  await expect(thread.getByRole("heading", { name: question, exact: true })).toBeVisible();

  await thread.getByRole("button", { name: "Answer this question" }).click();
  await thread.getByLabel("Your answer").fill(reply);
  await thread.getByRole("button", { name: "Post answer" }).click();
  await expect(thread.getByText("Your answer is posted.")).toBeVisible();
  await expect(threadAnswers(thread)).toHaveCount(1);

  // Rendered in the browser from the live data...
  await expect(shopper.getByText(question, { exact: true })).toBeVisible();
  await expect(shopper.getByText(reply, { exact: true })).toBeVisible();
  await expectNoInjectedMarkup(shopper);
  // ...and by the server, on a fresh load of the product page.
  await shopper.reload();
  await waitForShopReady(shopper);
  await expect(shopper.getByText(question, { exact: true })).toBeVisible();
  await expect(shopper.getByText(reply, { exact: true })).toBeVisible();
  await expectNoInjectedMarkup(shopper);

  // The question's own page, including the text in its JSON-LD.
  await thread.getByRole("link", { name: question, exact: true }).click();
  await expect(shopper.getByRole("heading", { level: 1, name: question, exact: true })).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByRole("heading", { level: 1, name: question, exact: true })).toBeVisible();
  await expect(shopper.getByText(reply, { exact: true })).toBeVisible();
  await expectNoInjectedMarkup(shopper);
  const jsonLd = await qaPageJsonLd(shopper);
  expect(jsonLd.mainEntity).toMatchObject({ text: question, suggestedAnswer: [{ text: reply }] });

  // The host console: the question arrived live, and renders the same after a fresh load.
  const item = hostQueueItem(host, question);
  await expect(item.getByText(question, { exact: true })).toBeVisible();
  await expect(item).toContainText("1 community reply");
  await expectNoInjectedMarkup(host);
  await host.reload();
  await waitForHostLive(host);
  await expect(item.getByText(question, { exact: true })).toBeVisible();
  await expectNoInjectedMarkup(host);
});

test("a question a host hides shows as hidden to shoppers already on the page, live", async ({
  browser,
  baseURL,
  hostPage: host,
}) => {
  const path = "/products/enamel-camp-mug";
  const question = `Is the enamel camp mug safe to put on a camping stove? ${runTag()}`;
  const asker = await newShopper(browser, baseURL);
  const c = await newShopper(browser, baseURL);

  await host.goto("/host");
  await waitForHostLive(host);

  await asker.goto(path);
  await waitForShopReady(asker);
  await c.goto(path);
  await waitForShopReady(c);
  await markDocument(c);
  await expect(productPresenceNumber(c)).toHaveText("2");

  await askQuestion(asker, question);
  await expect(qaThread(c, question)).toBeVisible();
  // Once hidden, the thread is named by the notice, as is every other hidden thread (say, from a retry):
  // follow this one by its question id.
  const questionId = await qaThread(c, question).getAttribute("data-question-id");
  expect(questionId).toMatch(/^[0-9a-f-]{36}$/);
  const threadOnC = c.locator(`article[data-question-id="${questionId}"]`);

  const item = hostQueueItem(host, question);
  await item.getByRole("button", { name: "Hide" }).click();
  await expect(
    host.getByText("Hidden from shoppers and from the queue. Restore it under “Hidden questions”."),
  ).toBeVisible();
  // It leaves the queue for the list of questions hidden while the console is open.
  await expect(hostQueue(host).getByText(/^Hidden questions \(1,/)).toBeVisible();

  // C's page keeps the thread in its place, marked, and without the text.
  await expect(threadOnC).toHaveAccessibleName(HIDDEN_NOTICE);
  await expect(threadOnC.getByRole("heading", { name: HIDDEN_NOTICE })).toBeVisible();
  await expect(threadOnC.getByRole("link", { name: "moderation policy" })).toHaveAttribute(
    "href",
    "/moderation-policy",
  );
  // Nothing to vote on or answer any more.
  await expect(threadOnC.getByRole("button", { name: /^Me too/ })).toHaveCount(0);
  await expect(threadOnC.getByRole("button", { name: "Answer this question" })).toHaveCount(0);
  await expect(c.getByText(question)).toHaveCount(0);
  await expect(askBox(c)).toBeVisible();
  await expectSameDocument(c);
});

test("a shopper edits their own question and everyone on the page sees the new text, marked edited, live", async ({
  browser,
  baseURL,
}) => {
  const path = "/products/stoneware-dripper";
  const tag = runTag();
  const question = `Does the stoneware dripper take size 2 filters? ${tag}`;
  const edited = `Does the stoneware dripper take size 02 paper filters, or only its own? ${tag}`;
  const asker = await newShopper(browser, baseURL);
  const c = await newShopper(browser, baseURL);

  await asker.goto(path);
  await waitForShopReady(asker);
  await c.goto(path);
  await waitForShopReady(c);
  await markDocument(c);
  await expect(productPresenceNumber(asker)).toHaveText("2");
  await expect(productPresenceNumber(c)).toHaveText("2");

  await askQuestion(asker, question);
  await expect(qaThread(c, question)).toBeVisible();
  // Only the asker's browser knows the question is theirs.
  await expect(qaThread(c, question).getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  const questionId = await qaThread(asker, question).getAttribute("data-question-id");
  // The thread's accessible name is its text, which the edit changes: follow it by id.
  const mine = asker.locator(`article[data-question-id="${questionId}"]`);
  const onC = c.locator(`article[data-question-id="${questionId}"]`);

  // Esc closes the editor without saving and gives the focus back to "Edit".
  const edit = mine.getByRole("button", { name: "Edit your question" });
  await edit.click();
  const box = mine.getByLabel("Edit your question");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(question);
  await box.fill("changed my mind");
  await asker.keyboard.press("Escape");
  await expect(box).toHaveCount(0);
  await expect(edit).toBeFocused();

  await edit.click();
  await expect(box).toHaveValue(question);
  await box.fill(edited);
  await mine.getByRole("button", { name: "Save" }).click();
  await expect(mine.getByRole("status").filter({ hasText: "Your edit is saved." })).toBeVisible();
  await expect(mine.getByRole("heading", { name: edited, exact: true })).toBeVisible();

  // C did nothing: the new text and the marker arrive by themselves.
  await expect(onC.getByRole("heading", { name: edited, exact: true })).toBeVisible();
  await expect(onC.getByText("(edited)")).toBeVisible();
  await expect(c.getByText(question, { exact: true })).toHaveCount(0);
  await expectSameDocument(c);
});

test("staff on a product page answer as themselves: no ask box, votes, follows or privacy panel", async ({
  browser,
  baseURL,
  hostPage: host,
}) => {
  const path = "/products/brew-scale";
  const question = `Does the brew scale have a built-in timer? ${runTag()}`;
  const answer = `Yes: it starts when the first drops land, and it reads to 0.1 g. ${runTag()}`;
  const shopper = await newShopper(browser, baseURL);

  await shopper.goto(path);
  await waitForShopReady(shopper);
  await askQuestion(shopper, question);

  await host.goto(path);
  await waitForShopReady(host);
  const aside = host.getByRole("complementary", { name: "Ask the shop" });
  await expect(aside).toContainText("You are signed in as staff: answer from here or from the host console");
  await expect(askBox(host)).toHaveCount(0);
  // The staff note shows once the tab knows who it is; by then the privacy panel would have too.
  await expect(host.getByTestId("privacy-controls")).toHaveCount(0);

  const thread = qaThread(host, question);
  await expect(thread).toBeVisible();
  await expect(thread.getByRole("button", { name: /^Me too/ })).toHaveCount(0);
  await expect(thread.getByRole("button", { name: "Follow this question" })).toHaveCount(0);

  await thread.getByRole("button", { name: "Answer this question" }).click();
  const box = thread.getByLabel(`Answer as ${HOST} (host)`);
  await expect(box).toBeFocused();
  await expect(thread.getByLabel("Display name")).toHaveCount(0);
  await box.fill(answer);
  await thread.getByRole("button", { name: "Post answer" }).click();
  await expect(thread.getByText("Your answer is posted.")).toBeVisible();

  const posted = threadAnswers(thread).filter({ hasText: answer });
  await expect(posted.getByTitle("Works at this shop")).toHaveText("HOST");
  await expect(posted.getByRole("button", { name: /^Helpful/ })).toHaveCount(0);
  // The ack told this tab which reply is its own, so the host may edit it.
  await expect(posted.getByRole("button", { name: "Edit your answer" })).toBeVisible();
  await expect(threadAnswers(qaThread(shopper, question)).filter({ hasText: answer })).toBeVisible();
});
