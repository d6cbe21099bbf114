// Staff sign-in for e2e tests: through better-auth's HTTP API, never the form (one UI test covers that).
import {
  request,
  type Browser,
  type BrowserContext,
  type Fixtures,
  type Page,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestFixture,
  type WorkerFixture,
} from "@playwright/test";

export type StaffRole = "owner" | "host";

/** The seeded demo store's staff (lib/domains/demo/seed-demo-store.ts); public on purpose. */
export const DEMO_STAFF: Record<StaffRole, { email: string; password: string; name: string }> = {
  owner: { email: "owner@demo.openkitchen.test", password: "demo-owner-pass", name: "Maya Lindqvist" },
  host: { email: "host@demo.openkitchen.test", password: "demo-host-pass", name: "Tomás Reyes" },
};

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Signs in with POST /api/auth/sign-in/email and returns the session cookie as a storage state. */
export async function signInThroughApi(baseURL: string, role: StaffRole): Promise<StorageState> {
  const { email, password } = DEMO_STAFF[role];
  // better-auth checks Origin on state-changing requests: it must be the shop's own origin.
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: new URL(baseURL).origin } });
  try {
    const response = await api.post("/api/auth/sign-in/email", { data: { email, password } });
    if (!response.ok()) throw new Error(`sign-in as ${role} failed: ${response.status()} ${await response.text()}`);
    return await api.storageState();
  } finally {
    await api.dispose();
  }
}

export interface StaffFixtures {
  /** A page in its own browser context, signed in as the demo owner. */
  ownerPage: Page;
  /** A page in its own browser context, signed in as the demo host. */
  hostPage: Page;
}

export interface StaffWorkerFixtures {
  /** Signs each role in through the API once per worker, on first use; tests get fresh contexts from it. */
  staffState: (role: StaffRole) => Promise<StorageState>;
}

const staffState: WorkerFixture<StaffWorkerFixtures["staffState"], PlaywrightWorkerArgs> = async (
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none of them.
  {},
  provide,
  workerInfo,
) => {
  const baseURL = workerInfo.project.use.baseURL;
  if (!baseURL) throw new Error("staff fixtures need use.baseURL (playwright.config.ts)");
  // Lazily and once: better-auth rate-limits sign-in per client, and most tests need one role at most.
  const states = new Map<StaffRole, Promise<StorageState>>();
  await provide((role) => {
    let state = states.get(role);
    if (!state) states.set(role, (state = signInThroughApi(baseURL, role)));
    return state;
  });
};

type StaffPageArgs = Pick<
  PlaywrightTestOptions,
  "baseURL" | "viewport" | "isMobile" | "hasTouch" | "deviceScaleFactor" | "userAgent"
> & { browser: Browser; staffState: StaffWorkerFixtures["staffState"] };

function staffPage(role: StaffRole): TestFixture<Page, StaffPageArgs> {
  // The project's screen (the phone project's too): a context made by hand gets none of it otherwise.
  return async (
    { browser, baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, userAgent, staffState },
    provide,
  ) => {
    const screen = { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent };
    const context = await browser.newContext({ baseURL, ...screen, storageState: await staffState(role) });
    await provide(await context.newPage());
    await context.close();
  };
}

/** Pass to `test.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures)`. */
export const staffFixtures: Fixtures<
  StaffFixtures,
  StaffWorkerFixtures,
  PlaywrightTestArgs & PlaywrightTestOptions,
  PlaywrightWorkerArgs & PlaywrightWorkerOptions
> = {
  staffState: [staffState, { scope: "worker" }],
  ownerPage: staffPage("owner"),
  hostPage: staffPage("host"),
};
