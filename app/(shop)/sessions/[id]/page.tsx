import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { getSession } from "@/lib/domains/kitchen-sessions/list-sessions";
import { readSessionReplay } from "@/lib/domains/kitchen-sessions/read-session-replay";
import { getKitchenSchedule } from "@/lib/domains/kitchen-hours/kitchen-schedule";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { mailConfig } from "@/lib/domains/mail/mail-config";
import { sessionWindowLabel } from "@/lib/domains/kitchen-sessions/session-time";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SessionBanner } from "@/components/kitchen-sessions/session-banner";
import { SessionReplay } from "@/components/kitchen-sessions/session-replay";

interface SessionPageProps {
  params: Promise<{ id: string }>;
}

// A session's page: before and during it, the countdown and "Live now"; after it, the replay. Rendered
// on each request from stored rows (what happened in the window changes while it runs).
export const dynamic = "force-dynamic";

const loadSession = cache(async (id: string) => (z.uuid().safeParse(id).success ? getSession(db(), id) : null));

export async function generateMetadata({ params }: SessionPageProps): Promise<Metadata> {
  const session = await loadSession((await params).id);
  if (!session) return {};
  return {
    title: session.title,
    description: session.description || `A kitchen session with ${session.host.name}`,
    alternates: { canonical: `/sessions/${session.id}` },
    openGraph: { title: session.title, url: `/sessions/${session.id}` },
  };
}

export default async function SessionPage({ params }: SessionPageProps) {
  const session = await loadSession((await params).id);
  if (!session) notFound();
  const now = new Date();
  const started = Date.parse(session.startsAt) <= now.getTime();
  const [schedule, settings, stored] = await Promise.all([
    getKitchenSchedule(db()),
    getStoreSettings(db()),
    db().kitchenSession.findUnique({ where: { id: session.id }, select: { productId: true, hostId: true } }),
  ]);
  const replay =
    started && stored
      ? await readSessionReplay(
          db(),
          { ...stored, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) },
          settings.presenceThreshold,
        )
      : [];
  const ended = Date.parse(session.endsAt) <= now.getTime();
  return (
    <>
      <Breadcrumb
        crumbs={[
          { label: "Shop", href: "/" },
          ...(session.product ? [{ label: session.product.title, href: `/products/${session.product.slug}` }] : []),
          { label: session.title },
        ]}
      />
      <main className="max-w-3xl space-y-6">
        <header className="space-y-2">
          <h1 className="text-4xl leading-tight text-roast-900">{session.title}</h1>
          <p className="text-roast-800">
            {sessionWindowLabel(session.startsAt, session.endsAt, schedule.timezone)} ({schedule.timezone}) · with{" "}
            {session.host.name}
            {session.product ? (
              <>
                {" "}
                · on <Link href={`/products/${session.product.slug}`}>{session.product.title}</Link>
              </>
            ) : (
              " · the whole shop"
            )}
          </p>
          {session.description ? <p className="text-lg text-roast-800">{session.description}</p> : null}
        </header>
        {!ended ? (
          <SessionBanner
            sessions={[session]}
            emailEnabled={mailConfig() !== null}
            timezone={schedule.timezone}
            compact
          />
        ) : null}
        {started ? <SessionReplay items={replay} ended={ended} timezone={schedule.timezone} /> : null}
      </main>
    </>
  );
}
