import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports flow one way: app → components → lib. lib never reaches up; contracts stay universal.
const noUpwardImports = (message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/components/*"], message }] }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["lib/**/*.ts", "lib/**/*.tsx"], rules: noUpwardImports("lib must not import app or components") },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*"], message: "components must not import app" }] },
      ],
    },
  },
  {
    files: ["lib/contracts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "node:*", "@prisma/*", "next/*"],
              message: "contracts are zod only, shared with the browser",
            },
          ],
        },
      ],
    },
  },
  { rules: { "@next/next/no-img-element": "off" } },
  globalIgnores([
    ".next/**",
    "lib/db/generated/**",
    ".data/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
