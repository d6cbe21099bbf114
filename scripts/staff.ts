/**
 * Staff accounts from the command line: `npm run staff -- <command>`.
 *
 *   add --email <email> --name <name> --role owner|host   (password: $STAFF_PASSWORD or a hidden prompt)
 *   list
 *   password --email <email>                               (new password: as for add; ends its sessions)
 *   deactivate --email <email>
 *
 * Uses DATABASE_URL when set, else the embedded Postgres under DATA_DIR (joining the running shop's
 * cluster, or starting it just for this command).
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres } from "@/lib/platform/db-setup/embedded-postgres";
import type { PrismaClient } from "@/lib/platform/db/generated/client";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { EnvError, parseServerEnv } from "@/lib/platform/env";
import { ZStaffEmail, ZStaffInput, ZStaffPassword } from "@/lib/platform/contracts/staff";
import { STAFF_PASSWORD_MIN } from "@/lib/platform/contracts/limits";
import { StaffAccountExistsError, createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { setStaffPassword } from "@/lib/domains/staff/set-staff-password";

const USAGE = `usage: npm run staff -- <command> [options]

commands:
  add --email <email> --name <name> --role owner|host
        create a staff account; the password comes from $STAFF_PASSWORD,
        or is asked for (hidden) when run in a terminal
  list  show all staff accounts
  password --email <email>
        give an account a new password (read as for add) and end its sessions
  deactivate --email <email>
        stop an account from signing in and end its sessions

database: $DATABASE_URL if set, else the embedded Postgres in $DATA_DIR (default .data)`;

/** Exit codes: 0 done, 1 the operation failed, 2 the command line was wrong. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}
class CommandError extends Error {}

const ZAddArgs = ZStaffInput.omit({ password: true });
const ZAccountArgs = z.object({ email: ZStaffEmail }).strict();

function parseCommandLine(argv: string[]) {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    return { positionals, values };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses with zod and turns issues into one readable usage error. */
function parseOrUsage<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const field = i.path.join(".");
    if (i.code === "unrecognized_keys") return `  unexpected option(s): ${i.keys.map((k) => `--${k}`).join(", ")}`;
    if (i.code === "invalid_type") return `  --${field} is required`;
    return `  --${field}: ${i.message}`;
  });
  throw new UsageError(`invalid options:\n${lines.join("\n")}`);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  const output = process.stderr;
  return new Promise((resolve, reject) => {
    let value = "";
    readline.emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    output.write(question);

    const finish = (error?: Error) => {
      input.off("keypress", onKeypress);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onKeypress = (chunk: string | undefined, key: readline.Key | undefined) => {
      if (key?.ctrl && (key.name === "c" || key.name === "d")) finish(new CommandError("cancelled"));
      else if (key?.name === "return" || key?.name === "enter") finish();
      else if (key?.name === "backspace") value = value.slice(0, -1);
      else if (chunk && !key?.ctrl && !key?.meta && chunk >= " ") value += chunk;
    };
    input.on("keypress", onKeypress);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.STAFF_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") {
    const parsed = ZStaffPassword.safeParse(fromEnv);
    if (!parsed.success) throw new UsageError(`STAFF_PASSWORD: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError("no password: set STAFF_PASSWORD, or run the command in an interactive terminal");
  }
  for (;;) {
    const password = await promptHidden(`Password (at least ${STAFF_PASSWORD_MIN} characters): `);
    const parsed = ZStaffPassword.safeParse(password);
    if (!parsed.success) {
      process.stderr.write(`${parsed.error.issues[0]?.message}\n`);
      continue;
    }
    if ((await promptHidden("Repeat the password: ")) === password) return password;
    process.stderr.write("The passwords do not match; try again.\n");
  }
}

// ---- commands

async function add(db: PrismaClient, args: z.infer<typeof ZAddArgs>, password: string): Promise<void> {
  try {
    const { id } = await createStaffAccount(db, { ...args, password });
    console.log(`created ${args.role} ${args.email} (${args.name}), id ${id}`);
  } catch (error) {
    if (error instanceof StaffAccountExistsError) throw new CommandError(error.message);
    throw error;
  }
}

async function list(db: PrismaClient): Promise<void> {
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: { email: true, name: true, role: true, active: true, createdAt: true },
  });
  if (users.length === 0) {
    console.log("no staff accounts yet: add one with `npm run staff -- add --email ... --name ... --role owner`");
    return;
  }
  const rows = [
    ["EMAIL", "NAME", "ROLE", "STATUS", "CREATED"],
    ...users.map((u) => [
      u.email,
      u.name,
      u.role,
      u.active ? "active" : "deactivated",
      u.createdAt.toISOString().slice(0, 10),
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join("  ")
        .trimEnd(),
    );
}

async function password(db: PrismaClient, { email }: z.infer<typeof ZAccountArgs>, secret: string): Promise<void> {
  const outcome = await setStaffPassword(db, { email, password: secret });
  if (!outcome) throw new CommandError(`no staff account with the email ${email}`);
  console.log(`changed the password of ${email}; ended ${outcome.sessions} session(s)`);
}

async function deactivate(db: PrismaClient, { email }: z.infer<typeof ZAccountArgs>): Promise<void> {
  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
    if (!user) return "missing" as const;
    if (!user.active) return "already" as const;
    if (user.role === "owner") {
      const owners = await tx.user.count({ where: { role: "owner", active: true } });
      // Without an active owner nobody could manage the shop from the admin pages.
      if (owners <= 1) return "last-owner" as const;
    }
    await tx.user.update({ where: { id: user.id }, data: { active: false, onDutySince: null } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    return { sessions: count };
  });
  if (outcome === "missing") throw new CommandError(`no staff account with the email ${email}`);
  if (outcome === "already") {
    console.log(`${email} is already deactivated`);
    return;
  }
  if (outcome === "last-owner") {
    throw new CommandError(`${email} is the only active owner; add another owner before deactivating this one`);
  }
  console.log(`deactivated ${email}; ended ${outcome.sessions} session(s)`);
}

// ---- database

async function withDatabase(run: (db: PrismaClient) => Promise<void>): Promise<void> {
  let env;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) throw new UsageError(error.message);
    throw error;
  }

  let url = env.DATABASE_URL;
  let stopEmbedded: () => Promise<void> = async () => undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(env.DATA_DIR);
    url = embedded.url;
    stopEmbedded = embedded.stop;
    console.error(
      embedded.owned
        ? `using the embedded database in ${env.DATA_DIR} (started for this command)`
        : `using the running shop's embedded database in ${env.DATA_DIR}`,
    );
  }

  try {
    const applied = await applyMigrations(url);
    if (applied.length > 0) console.error(`applied migrations: ${applied.join(", ")}`);
    const db = createDb(url, 2);
    try {
      await run(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await stopEmbedded();
  }
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseCommandLine(argv);
  const [command, ...extra] = positionals;
  if (values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument(s): ${extra.join(" ")}`);
  const options = { email: values.email, name: values.name, role: values.role };
  // parseArgs leaves absent options undefined; drop them so zod reports them as missing, not mistyped.
  for (const key of Object.keys(options) as Array<keyof typeof options>) {
    if (options[key] === undefined) delete options[key];
  }

  switch (command) {
    case "add": {
      const args = parseOrUsage(ZAddArgs, options);
      // Ask for the password before touching the database, so a typo costs nothing.
      const password = await readPassword();
      await withDatabase((db) => add(db, args, password));
      return;
    }
    case "list":
      parseOrUsage(z.object({}).strict(), options);
      await withDatabase(list);
      return;
    case "password": {
      const args = parseOrUsage(ZAccountArgs, options);
      const secret = await readPassword();
      await withDatabase((db) => password(db, args, secret));
      return;
    }
    case "deactivate": {
      const args = parseOrUsage(ZAccountArgs, options);
      await withDatabase((db) => deactivate(db, args));
      return;
    }
    case undefined:
      throw new UsageError("no command given");
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Maps a failure to its message and exit code. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT_FAILED;
}

// Exit explicitly: embedded-postgres pulls in async-exit-hook, whose beforeExit handler calls
// process.exit(0) and so would swallow a failing process.exitCode.
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => process.exit(report(error)),
);
