import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";
import type { THostOnDuty, TQaThread, TResponseTimes } from "@/lib/platform/contracts/qa";
import { QaLiveProvider } from "./qa-live-provider";
import { AskBox } from "./ask-box";
import type { AskAction } from "./closed-kitchen-ask-form";
import { QaThreadList } from "./qa-thread-list";
import { HostsOnDuty } from "./hosts-on-duty";
import { ResponseTimeNote } from "./response-time-note";
import { ModerationPolicy } from "./moderation-policy";
import { KitchenHoursNote } from "./kitchen-hours-note";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";

export interface QaSectionProps {
  productId: string;
  threads: TQaThread[];
  seq: string;
  hosts: THostOnDuty[];
  responseTimes: TResponseTimes;
  promisedResponseMinutes: number;
  schedule: TKitchenSchedule;
  /** SMTP_URL is set: the ask box may offer "email me when it's answered". */
  emailEnabled: boolean;
  /** How the closed kitchen of an experiment asks (no live layer): the product page's server action. */
  askAction: AskAction;
}

/** The product's public Q&A: rendered on the server from a cached snapshot, kept live in the browser. */
export function QaSection(props: QaSectionProps) {
  const { productId, threads, seq, hosts, responseTimes, promisedResponseMinutes, schedule, emailEnabled, askAction } =
    props;
  return (
    <section aria-labelledby="qa-title" className="mt-14 border-t border-roast-200 pt-10" data-testid="qa-section">
      <h2 id="qa-title" className="text-3xl text-roast-900">
        Questions &amp; answers
      </h2>
      <QaLiveProvider productId={productId} initialThreads={threads} initialSeq={seq}>
        <div className="mt-6 grid gap-10 lg:grid-cols-[2fr_1fr]">
          <div className="order-2 lg:order-1">
            <QaThreadList />
          </div>
          <aside aria-label="Ask the shop" className="order-1 space-y-6 lg:order-2">
            <div className="space-y-4 rounded-2xl border border-roast-200 bg-white p-5">
              <AskBox closedKitchenAction={askAction} emailEnabled={emailEnabled} />
              <OpenKitchenOnly>
                <KitchenHoursNote
                  schedule={schedule}
                  medianSeconds={responseTimes.medianSeconds}
                  promisedMinutes={promisedResponseMinutes}
                />
              </OpenKitchenOnly>
            </div>
            <OpenKitchenOnly className="block space-y-6">
              <HostsOnDuty initial={hosts} />
              <ResponseTimeNote times={responseTimes} promisedMinutes={promisedResponseMinutes} />
            </OpenKitchenOnly>
            <ModerationPolicy />
          </aside>
        </div>
      </QaLiveProvider>
    </section>
  );
}
