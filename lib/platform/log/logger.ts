import pino from "pino";

const globalForLog = globalThis as unknown as { okLogger?: pino.Logger };

export const logger: pino.Logger =
  globalForLog.okLogger ??
  (globalForLog.okLogger = pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "open-kitchen" },
    redact: ["req.headers.cookie", "email", "password"],
  }));
