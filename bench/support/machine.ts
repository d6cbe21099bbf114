import os from "node:os";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function versionOf(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** Printed with every result: benchmark figures mean nothing without the box and versions behind them. */
export function machineReport(command: string): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  return [
    `machine: ${cpus[0]?.model ?? "unknown cpu"} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}`,
    `node ${process.version}; next ${versionOf("next")}, socket.io ${versionOf("socket.io")}, socket.io-client ${versionOf("socket.io-client")}, autocannon ${versionOf("autocannon")}`,
    `load average at start (1/5/15 min): ${load}`,
    `command: ${command}`,
  ].join("\n");
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}
