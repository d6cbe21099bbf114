import { ActionForm, type FormAction } from "@/components/ui/action-form";
import type { ExperimentSummary } from "@/lib/domains/experiments/experiment-dto";

/** Pause, resume and end, for the experiment that runs or pauses now. */
export function ExperimentControls({ experiment, action }: { experiment: ExperimentSummary; action: FormAction }) {
  if (experiment.status === "ended" || experiment.demo) return null;
  const fields = (to: string) => ({ experimentId: experiment.id, to });
  return (
    <div className="flex flex-wrap gap-3" data-testid="experiment-controls">
      {experiment.status === "running" ? (
        <ActionForm action={action} fields={fields("pause")} label="Pause" ariaLabel={`Pause ${experiment.name}`} />
      ) : (
        <ActionForm action={action} fields={fields("resume")} label="Resume" ariaLabel={`Resume ${experiment.name}`} />
      )}
      <ActionForm
        action={action}
        fields={fields("end")}
        label="End experiment"
        variant="danger"
        ariaLabel={`End ${experiment.name}`}
        confirm="End this experiment? Everyone gets the open kitchen again, and it cannot be restarted."
      />
    </div>
  );
}
