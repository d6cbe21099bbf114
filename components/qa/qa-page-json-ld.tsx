import type { TQaThread } from "@/lib/platform/contracts/qa";
import { jsonForScript, qaPageJsonLd } from "./qa-page-json-ld-data";

/** schema.org QAPage, only once the question has a visible answer and is itself visible. */
export function QaPageJsonLd({ thread, url }: { thread: TQaThread; url: string }) {
  const data = qaPageJsonLd(thread, url);
  if (!data) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
