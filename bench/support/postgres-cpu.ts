// CPU time of one Postgres cluster (postmaster and backends), read from /proc, so a bench can say whether
// the database or the Node side is the busy one. Linux only; null elsewhere or when the cluster is not ours.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** Seconds of CPU the cluster in `clusterDir` has used so far, backends that exited included. */
export function postgresCpuSeconds(clusterDir: string): number | null {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
  const own = statFields(postmaster);
  if (!own) return null;
  // utime, stime, cutime, cstime are fields 14–17 (indexes 11–14 after the name); exited backends are in cutime/cstime.
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === postmaster) continue;
    const fields = statFields(pid);
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}
