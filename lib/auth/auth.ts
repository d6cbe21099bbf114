import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { STAFF_PASSWORD_MAX, STAFF_PASSWORD_MIN } from "@/lib/contracts/limits";
import { authSecret, publicOrigin, allowedOrigins } from "@/lib/server/runtime-config";

function createAuth() {
  return betterAuth({
    database: prismaAdapter(db(), { provider: "postgresql" }),
    secret: authSecret(),
    baseURL: publicOrigin(),
    trustedOrigins: allowedOrigins(),
    telemetry: { enabled: false },
    // Staff accounts are created by owners and the staff CLI, never by self sign-up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: STAFF_PASSWORD_MIN,
      maxPasswordLength: STAFF_PASSWORD_MAX,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "host" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated staff member cannot start a new session.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? undefined : false;
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { okAuth?: Auth };

export function auth(): Auth {
  globalForAuth.okAuth ??= createAuth();
  return globalForAuth.okAuth;
}
