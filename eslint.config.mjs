import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports flow one way: app → components → lib/runtime → lib/domains → lib/platform.
// The platform knows no domain; domains never reach the socket server, jobs or start-up that call them.
const upward = (groups, message) => ({ group: groups, message });
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const noLeavingFolder = upward(["../../*"], "import another lib folder by its @/lib path, so the layer rules see it");
const notAppOrComponents = upward(["@/app/*", "@/components/*"], "lib must not import app or components");

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/runtime/**/*.ts"],
    rules: restrict(notAppOrComponents, noLeavingFolder),
  },
  {
    files: ["lib/domains/**/*.ts", "lib/domains/**/*.tsx"],
    rules: restrict(
      notAppOrComponents,
      noLeavingFolder,
      upward(["@/lib/runtime/*"], "domains never import the runtime (socket server, jobs, start-up): publish instead"),
    ),
  },
  {
    files: ["lib/platform/**/*.ts"],
    ignores: ["lib/platform/contracts/**"],
    rules: restrict(
      notAppOrComponents,
      noLeavingFolder,
      upward(["@/lib/domains/*", "@/lib/runtime/*"], "the platform knows no domain and no runtime"),
    ),
  },
  {
    files: ["lib/platform/contracts/**/*.ts"],
    rules: restrict(
      notAppOrComponents,
      noLeavingFolder,
      upward(["@/lib/domains/*", "@/lib/runtime/*"], "the platform knows no domain and no runtime"),
      upward(
        ["@/lib/platform/db/*", "@/lib/platform/db-setup/*", "node:*", "@prisma/*", "next/*"],
        "contracts are zod only, shared with the browser",
      ),
    ),
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx", "app/**/*.ts", "app/**/*.tsx"],
    rules: restrict(
      upward(["@/lib/runtime/*"], "pages and components call domains; only the server entry starts the runtime"),
    ),
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: restrict(
      upward(["@/app/*"], "components must not import app"),
      upward(["@/lib/runtime/*"], "pages and components call domains; only the server entry starts the runtime"),
    ),
  },
  { rules: { "@next/next/no-img-element": "off" } },
  globalIgnores([
    ".next/**",
    "lib/platform/db/generated/**",
    ".data/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
