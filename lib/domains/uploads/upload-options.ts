import { serverEnv } from "@/lib/platform/env";
import { resolveUploadDir } from "./upload-files";
import type { UploadOptions } from "./store-upload";

/** Where uploads live and how large one may be, from the validated environment. */
export function uploadOptions(): UploadOptions {
  const env = serverEnv();
  return { dir: resolveUploadDir(env), maxBytes: env.UPLOAD_MAX_BYTES };
}
