"use client";

import { useCallback, useState } from "react";
import type { TFloor, THostOnDuty } from "@/lib/platform/contracts/qa";
import { emitWithAck, type LiveSocket } from "@/components/live/connection/emit-with-ack";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";

/** The live floor (loaded on every connect, then pushed) and who is on duty, with this host's switch. */
export function useFloorAndDuty(socket: LiveSocket | null, initialHosts: THostOnDuty[], announce: (t: string) => void) {
  const [floor, setFloor] = useState<TFloor | null>(null);
  const [hosts, setHosts] = useState(initialHosts);
  const [dutyBusy, setDutyBusy] = useState(false);

  useOnConnect(socket, (s) => {
    void emitWithAck(s, "host:get-floor", {}).then((ack) => {
      if (ack.ok) setFloor(ack.data);
    });
  });
  useSocketEvent(socket, "floor:updated", setFloor);
  useSocketEvent(socket, "hosts:changed", ({ hosts: next }) => setHosts(next));

  const setDuty = useCallback(
    async (onDuty: boolean) => {
      setDutyBusy(true);
      const ack = await emitWithAck(socket, "host:set-duty", { onDuty });
      setDutyBusy(false);
      if (!ack.ok) return announce(`Could not change duty: ${ack.error}`);
      setHosts(ack.data.hosts);
      announce(onDuty ? "You are on duty: shoppers see you." : "You are off duty.");
    },
    [socket, announce],
  );

  return { floor, hosts, dutyBusy, setDuty };
}
