import { UserError } from "@/lib/platform/errors/user-error";

/** A refusal the owner can read (another experiment runs, the experiment has ended…). */
export class ExperimentError extends UserError {}
