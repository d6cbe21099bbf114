// `npm start`'s first step: run `next build` only when the sources differ from those of the existing build.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashBuildInputs } from "./build/build-inputs";

const root = process.cwd();
const stampFile = path.join(root, ".next", "source-hash");
const wanted = hashBuildInputs(root);
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile);

if (built && readFileSync(stampFile, "utf8").trim() === wanted) {
  console.log("[start] The build matches the sources: skipping next build.");
} else {
  console.log("[start] Building (the sources changed or there is no build yet)...");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The digest from before the build: a file edited while it ran makes the next start build again.
  writeFileSync(stampFile, `${wanted}\n`);
}
