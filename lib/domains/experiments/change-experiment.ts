import type { Db } from "@/lib/platform/db/client";
import type { TChangeExperiment } from "@/lib/platform/contracts/experiments";
import { ExperimentError } from "./experiment-error";
import { forgetActiveExperiment } from "./active-experiment";

type Status = "RUNNING" | "PAUSED" | "ENDED";

const MOVES: Record<TChangeExperiment["to"], { from: Status[]; to: Status; done: string }> = {
  pause: {
    from: ["RUNNING"],
    to: "PAUSED",
    done: "Paused: everyone sees the open kitchen, and nothing is counted until you resume.",
  },
  resume: { from: ["PAUSED"], to: "RUNNING", done: "Resumed: shoppers are back in their groups." },
  end: {
    from: ["RUNNING", "PAUSED"],
    to: "ENDED",
    done: "Ended: everyone sees the open kitchen. The results stay here.",
  },
};

/** Pause, resume or end; a move the experiment's status does not allow (ended twice…) is refused. */
export async function changeExperiment(
  db: Db,
  { experimentId, to }: TChangeExperiment,
  now = new Date(),
): Promise<string> {
  const move = MOVES[to];
  const { count } = await db.experiment.updateMany({
    where: { id: experimentId, demo: false, status: { in: move.from } },
    data: {
      status: move.to,
      ...(to === "pause" ? { pausedAt: now } : {}),
      ...(to === "resume" ? { pausedAt: null } : {}),
      ...(to === "end" ? { endedAt: now, pausedAt: null } : {}),
    },
  });
  if (count === 0)
    throw new ExperimentError(
      "This experiment cannot be changed that way now: reload to see where it stands.",
      "conflict",
    );
  forgetActiveExperiment(db);
  return move.done;
}
