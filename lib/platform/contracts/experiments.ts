import "./zod-browser";
import { z } from "zod";
import { zLine } from "./text";

export const ZKitchen = z.enum(["open", "closed"]);
export type TKitchen = z.infer<typeof ZKitchen>;

export const ZExperimentDesign = z.enum(["holdout", "switchback"]);
export type TExperimentDesign = z.infer<typeof ZExperimentDesign>;

const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${what}` })
    .int(`Enter whole ${what}`)
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`);

/** /admin/insights "Start an experiment". Fields of the other design are ignored, so the form can show both. */
export const ZStartExperiment = z
  .object({
    name: zLine().min(1, "Give the experiment a name").max(80),
    design: ZExperimentDesign,
    closedSharePercent: wholeNumber("a percentage", 1, 50),
    blockHours: wholeNumber("hours", 1, 24),
    washoutMinutes: wholeNumber("minutes", 0, 60),
    windowDays: wholeNumber("days", 1, 28),
  })
  .strict()
  .refine((e) => e.design !== "switchback" || e.washoutMinutes < e.blockHours * 60, {
    message: "The washout must be shorter than a block",
    path: ["washoutMinutes"],
  });
export type TStartExperiment = z.infer<typeof ZStartExperiment>;

/** Pause, resume or end one experiment. */
export const ZChangeExperiment = z
  .object({ experimentId: z.uuid("Unknown experiment"), to: z.enum(["pause", "resume", "end"]) })
  .strict();
export type TChangeExperiment = z.infer<typeof ZChangeExperiment>;
