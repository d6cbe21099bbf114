import type { HealthCheck } from "@/lib/domains/experiments/health-checks";

/** The checks that must pass before any difference is read as a verdict. */
export function HealthList({ checks }: { checks: HealthCheck[] }) {
  return (
    <ul className="space-y-2" data-testid="health-checks">
      {checks.map((c) => (
        <li key={c.name} className="flex gap-2 text-sm">
          <span aria-hidden="true" className={c.ok ? "text-leaf-700" : "text-red-700"}>
            {c.ok ? "✓" : "✗"}
          </span>
          <span>
            <span className="font-semibold">{c.name}</span>
            <span className="sr-only">{c.ok ? " (passes)" : " (fails)"}</span>: {c.detail}
          </span>
        </li>
      ))}
    </ul>
  );
}
