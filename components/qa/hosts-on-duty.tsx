"use client";

import { useState } from "react";
import type { THostOnDuty } from "@/lib/platform/contracts/qa";
import { useLive } from "@/components/live/realtime-provider";
import { useSocketEvent } from "@/components/live/connection/use-socket";
import { HowCounted } from "@/components/live/how-counted";
import { HostAvatar } from "./host-avatar";

/** Who is hosting right now: the server-rendered list, replaced by hosts:changed pushes. */
export function HostsOnDuty({ initial }: { initial: THostOnDuty[] }) {
  const { socket } = useLive();
  const [hosts, setHosts] = useState(initial);
  useSocketEvent(socket, "hosts:changed", ({ hosts: next }) => setHosts(next));

  return (
    <section aria-labelledby="hosts-on-duty" className="space-y-2" data-testid="hosts-on-duty">
      <h3 id="hosts-on-duty" className="text-sm font-semibold uppercase tracking-wide text-roast-700">
        Hosts on duty now
      </h3>
      <div aria-live="polite">
        {hosts.length === 0 ? (
          <p className="text-sm text-roast-700">
            No host is on duty right now. Your question is kept and answered when one is.
          </p>
        ) : (
          <ul className="flex flex-wrap gap-3">
            {hosts.map((host) => (
              <li key={host.handle} className="flex items-center gap-2 text-sm font-medium text-roast-900">
                <HostAvatar name={host.name} avatarUrl={host.avatarUrl} />
                {host.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <HowCounted>
        <p>
          People who work at this shop and have switched themselves on duty in the host console, updated live as they
          come and go. Being on duty means they are watching the question queue.
        </p>
      </HowCounted>
    </section>
  );
}
