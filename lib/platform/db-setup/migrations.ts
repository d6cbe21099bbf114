import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { prismaPaths, readMigrations, type PrismaPaths } from "./migration-files";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let bindingsReady: Promise<typeof engineBindings> | undefined;

// The wasm reports Rust panics here before trapping; without it the panic hook itself crashes the process.
const panics = {
  message: "",
  set_message(message: string) {
    panics.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY ??= panics;

/**
 * The package's own entry point imports the .wasm as an ES module, which Node 20 only allows behind
 * --experimental-wasm-modules; instantiating the bytes ourselves works in any Node process.
 */
function loadBindings(): Promise<typeof engineBindings> {
  bindingsReady ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return bindingsReady;
}

/**
 * The engine wants a migration-aware adapter factory wrapped the way Prisma's CLI wraps it. With
 * `useAsShadow`, the database itself serves as the shadow database (it must be an empty scratch one);
 * otherwise asking for a shadow database fails rather than touching a real one.
 */
function adapterFactory(databaseUrl: string, useAsShadow: boolean) {
  const pg = new PrismaPg({ connectionString: databaseUrl });
  const disposers: Array<() => Promise<void>> = [];

  const connect = async () => {
    const adapter = await pg.connect();
    const pool = adapter.underlyingDriver();
    const io = adapter as unknown as {
      performIO(query: object): Promise<{ fields: { dataTypeID: number }[] }>;
      onError(error: unknown): never; // converts pg errors into ones the engine can report
    };
    // adapter-pg splits scripts on every ";", breaking $$-quoted function bodies and string literals.
    // One simple-protocol query runs the whole script, as Prisma's native engine does.
    adapter.executeScript = async (script: string) => {
      await pool.query(script).catch((error: unknown) => io.onError(error));
    };
    // The engine reads catalog "char" columns (pg_constraint.contype...) as Character, but adapter-pg
    // rejects that type: pass them through as text, then label them Character.
    const charColumns = new WeakMap<object, number[]>();
    const performIO = io.performIO.bind(adapter);
    io.performIO = async (query) => {
      const result = await performIO(query);
      const chars = result.fields.flatMap((field, i) => (field.dataTypeID === PG_CHAR_OID ? [i] : []));
      for (const i of chars) result.fields[i]!.dataTypeID = PG_TEXT_OID;
      if (chars.length) charColumns.set(query, chars);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
    const release = adapter.dispose.bind(adapter);
    let released: Promise<void> | undefined;
    adapter.dispose = () => (released ??= release());
    disposers.push(adapter.dispose);
    return adapter;
  };

  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect,
    connectToShadowDb: async () => {
      if (!useAsShadow) throw new Error("refusing to use this database as a shadow database");
      return connect();
    },
  });
  return { factory, close: async () => void (await Promise.all(disposers.map((d) => d()))) };
}

async function withEngine<T>(
  databaseUrl: string,
  useAsShadow: boolean,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const { factory, close } = adapterFactory(databaseUrl, useAsShadow);
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => undefined, factory);
  try {
    return await run(engine);
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) throw error;
    bindingsReady = undefined; // a trapped instance is unusable; the next call instantiates a fresh one
    throw new Error(`schema engine panicked: ${panics.message || error.message}`, { cause: error });
  } finally {
    engine.free();
    await close();
  }
}

/**
 * Applies pending migrations like `prisma migrate deploy` (same `_prisma_migrations` bookkeeping and
 * checksums). Returns the names of the migrations it applied; an up-to-date database yields [].
 */
export async function applyMigrations(databaseUrl: string, options: PrismaPaths = {}): Promise<string[]> {
  const migrationsList = await readMigrations(prismaPaths(options).migrationsDir);
  return withEngine(databaseUrl, false, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/**
 * SQL that takes a database from the state the migrations produce to the state schema.prisma describes;
 * "" when they agree. `scratchDatabaseUrl` must name an empty, throwaway database: the migrations are
 * replayed into it.
 */
export async function diffSchemaAgainstMigrations(
  scratchDatabaseUrl: string,
  options: PrismaPaths = {},
): Promise<string> {
  const { schemaPath, migrationsDir } = prismaPaths(options);
  const migrationsList = await readMigrations(migrationsDir);
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  return withEngine(scratchDatabaseUrl, true, async (engine) => {
    const { exitCode, stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // With exitCode requested, the engine answers 2 for "differences found" and 0 for none.
    return exitCode === 2 ? (stdout ?? "") : "";
  });
}
