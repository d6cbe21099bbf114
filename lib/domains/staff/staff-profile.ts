import { ZStaffName } from "@/lib/platform/contracts/staff";
import { uploadFileName } from "@/lib/domains/uploads/upload-files";

/**
 * What is wrong with a staff name or avatar, or null. Both are shown to every shopper (host replies,
 * hosts on duty), so a name stays a short line of text and an avatar is one of the shop's own uploads,
 * never a third party's URL that would see every visitor.
 */
export function staffProfileProblem(fields: { name?: unknown; image?: unknown }): string | null {
  if (fields.name !== undefined) {
    const name = ZStaffName.safeParse(fields.name);
    if (!name.success) return `name: ${name.error.issues[0]?.message ?? "invalid"}`;
  }
  if (fields.image !== undefined && fields.image !== null) {
    if (typeof fields.image !== "string" || uploadFileName(fields.image) === null) {
      return "image: an avatar must be an image uploaded to this shop (/uploads/…)";
    }
  }
  return null;
}

/** An avatar URL fit to show, or null (an older row could hold anything). */
export function shownAvatar(image: string | null | undefined): string | null {
  return image && uploadFileName(image) !== null ? image : null;
}
