import type { Db } from "@/lib/platform/db/client";

export async function latestSeqOf(db: Db, questionId: string): Promise<string> {
  const last = await db.qaChange.findFirst({ where: { questionId }, orderBy: { id: "desc" }, select: { id: true } });
  return (last?.id ?? 0n).toString();
}
