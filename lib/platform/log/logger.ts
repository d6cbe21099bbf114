import pino from "pino";
import { processSingleton } from "@/lib/platform/process-singleton";

export const logger: pino.Logger = processSingleton("logger", () =>
  pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "open-kitchen" },
    redact: ["req.headers.cookie", "email", "password"],
  }),
);
