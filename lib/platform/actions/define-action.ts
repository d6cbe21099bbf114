import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { TFormState } from "@/lib/platform/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/platform/contracts/zod-form-errors";
import { isUserError } from "@/lib/platform/errors/user-error";
import { logger } from "@/lib/platform/log/logger";

/** What `run` reports: a message (and data) for the form, or null to leave the form as it was. */
export type ActionResult<TData> = { message: string; data?: TData } | null;

export interface ActionDefinition<TSchema extends z.ZodType, TContext, TData> {
  /** Names the action in log lines. */
  name: string;
  /** The guard (lib/domains/auth/guards): throws a UserError to refuse, returns what `run` needs (the staff member…). */
  authorize: () => Promise<TContext>;
  /** The contract (lib/platform/contracts) the submission is parsed with. */
  schema: TSchema;
  /** Text fields read from the FormData; absent ones are skipped, so strict schemas see only what was sent. */
  fields?: readonly string[];
  /** Builds the rest of the raw input (repeated fields, checkboxes, files) around the picked `fields`. */
  input?: (formData: FormData, fields: Record<string, string>) => unknown;
  /** Echoed back on any refusal so the form keeps what was typed; defaults to `fields`. Never a password. */
  echo?: readonly string[];
  /** Fields the person cannot see (hidden inputs): an error on one of them becomes the form's message. */
  hidden?: readonly string[];
  /** The form's message when fields are refused (default "Check the highlighted fields."). */
  invalidMessage?: string;
  /** The domain call. A UserError it throws reaches the form as is; anything else is logged and hidden. */
  run: (input: z.output<TSchema>, context: TContext) => Promise<ActionResult<TData>>;
}

export type FormAction<TData = undefined> = (
  state: TFormState<TData>,
  formData: FormData,
) => Promise<TFormState<TData>>;

function invalidMessage(
  fieldErrors: Record<string, string>,
  definition: { hidden?: readonly string[]; invalidMessage?: string },
) {
  const hidden = (definition.hidden ?? []).map((name) => fieldErrors[name]).find(Boolean);
  return hidden ?? fieldErrors[""] ?? definition.invalidMessage ?? "Check the highlighted fields.";
}

/**
 * The one shape of a server action: authorize with a guard, parse with the contract, run the domain
 * function, answer one TFormState. Authorization comes first so a caller without the right learns
 * nothing from validation messages and never makes the server read an upload.
 */
export function defineAction<TSchema extends z.ZodType, TContext, TData = undefined>(
  definition: ActionDefinition<TSchema, TContext, TData>,
): FormAction<TData> {
  return async (_state, formData) => {
    const at = Date.now();
    const values = pickFormFields(formData, definition.echo ?? definition.fields ?? []);
    try {
      const context = await definition.authorize();
      const picked = pickFormFields(formData, definition.fields ?? []);
      const raw = definition.input ? await definition.input(formData, picked) : picked;
      const parsed = await definition.schema.safeParseAsync(raw);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        return { status: "error", message: invalidMessage(fieldErrors, definition), fieldErrors, values, at };
      }
      const result = await definition.run(parsed.data, context);
      if (!result) return { status: "idle" };
      return { status: "ok", message: result.message, data: result.data, at };
    } catch (error) {
      // redirect() and notFound() work by throwing: they are Next's to handle, not failures.
      unstable_rethrow(error);
      if (isUserError(error)) {
        return {
          status: "error",
          message: error.message,
          code: error.code,
          fieldErrors: error.fieldErrors,
          values,
          at,
        };
      }
      const ref = randomBytes(4).toString("hex");
      logger.error({ err: error, ref, action: definition.name }, "server action failed");
      return { status: "error", message: `Something went wrong (ref ${ref}). Please try again.`, values, at };
    }
  };
}
