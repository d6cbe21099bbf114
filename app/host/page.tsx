import type { Metadata } from "next";
import { db } from "@/lib/platform/db/client";
import { openQuestions } from "@/lib/domains/qa/read-threads";
import { lastDays, MIN_ANSWERS_FOR_MEDIAN, responseTimes, startOfUtcDay } from "@/lib/domains/qa/response-times";
import { listHostsOnDuty } from "@/lib/domains/hosts/hosts-on-duty";
import { getKitchenSchedule } from "@/lib/domains/kitchen-hours/kitchen-schedule";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { StaffHeader } from "@/components/admin/staff-header";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HostConsole } from "@/components/host/host-console";
import { ResponseMetrics } from "@/components/host/response-metrics";
import { signOutAction } from "../sign-in/actions";
import { PollsPanel } from "@/components/host/polls-panel";
import { KitchenComposer } from "@/components/host/kitchen-composer";
import { listPublishedProducts } from "@/lib/domains/catalog/read-catalog";
import { postKitchenUpdateAction } from "../admin/kitchen/actions";
import { scheduleSessionAction } from "./session-actions";
import { SessionScheduler } from "@/components/host/session-scheduler";
import { HostSessions } from "@/components/host/host-sessions";
import { listPastSessions, listUpcomingSessions } from "@/lib/domains/kitchen-sessions/list-sessions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Host console", robots: { index: false } };

/** /host — the hosts' console (owners may use it too): duty, the question queue, the live floor. */
export default async function HostPage() {
  const staff = await staffForPage("host", "/host");
  if (!staff) return <ForbiddenNotice needed="host" />;
  const database = db();
  const now = new Date();
  const schedule = await getKitchenSchedule(database);
  const [queue, hosts, settings, today, week, products, upcoming, past] = await Promise.all([
    openQuestions(database),
    listHostsOnDuty(database),
    getStoreSettings(database),
    responseTimes(database, startOfUtcDay(now), 1, schedule),
    responseTimes(database, lastDays(7, now), 7, schedule),
    // Uncached: a product published a moment ago can be chosen at once.
    listPublishedProducts(database, 500),
    listUpcomingSessions(database, "all", now, 10),
    listPastSessions(database, now, 5),
  ]);
  const choices = products.map((p) => ({ id: p.id, title: p.title }));
  return (
    <>
      <StaffHeader
        title="Open Kitchen · Host"
        name={staff.name}
        role={staff.role}
        signOut={<SignOutButton action={signOutAction} />}
      >
        <AdminNav role={staff.role} />
      </StaffHeader>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="sr-only">Host console</h1>
        <HostConsole
          me={{ id: staff.id, name: staff.name }}
          initialThreads={queue.threads}
          initialSeq={queue.seq}
          initialHosts={hosts}
          promisedMinutes={settings.promisedResponseMinutes}
          schedule={schedule}
          renderedAt={now.getTime()}
          metrics={
            <ResponseMetrics
              today={today}
              week={week}
              promisedMinutes={settings.promisedResponseMinutes}
              minAnswers={MIN_ANSWERS_FOR_MEDIAN}
            />
          }
        />
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <PollsPanel products={choices} />
          <section
            aria-labelledby="kitchen-composer-title"
            className="h-fit rounded-2xl border border-roast-200 bg-white p-5"
          >
            <h2 id="kitchen-composer-title" className="mb-3 text-xl text-roast-900">
              Post a kitchen update
            </h2>
            <KitchenComposer action={postKitchenUpdateAction} products={choices} />
          </section>
          <section
            aria-labelledby="session-scheduler-title"
            className="h-fit rounded-2xl border border-roast-200 bg-white p-5"
          >
            <h2 id="session-scheduler-title" className="mb-3 text-xl text-roast-900">
              Schedule a kitchen session
            </h2>
            <SessionScheduler action={scheduleSessionAction} products={choices} timezone={schedule.timezone} />
          </section>
          <HostSessions upcoming={upcoming} past={past} timezone={schedule.timezone} />
        </div>
      </main>
    </>
  );
}
