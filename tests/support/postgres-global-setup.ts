import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";

export const TEMPLATE_DATABASE = "ok_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/**
 * One throw-away Postgres for the run: TEST_DATABASE_SERVER_URL when given (a server we may create
 * databases on), else an embedded cluster in a temp dir. Migrations run once into a template database.
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  let stop = async (): Promise<void> => undefined;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-test-pg-"));
    const embedded = await startEmbeddedPostgres(dataDir, "postgres");
    serverUrl = embedded.url;
    stop = embedded.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString());

  project.provide("pgServerUrl", serverUrl);
  return async () => {
    await stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
