import { afterEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/platform/actions/define-action";
import { allowAnyone, assertRole, ForbiddenError } from "@/lib/domains/auth/guards";
import { ZCategoryInput } from "@/lib/platform/contracts/admin";
import { ZStaffInput } from "@/lib/platform/contracts/staff";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import { UserError } from "@/lib/platform/errors/user-error";
import { logger } from "@/lib/platform/log/logger";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const OWNER = { id: "u1", name: "Maya", email: "maya@example.test", role: "owner" as const, image: null };

describe("defineAction", () => {
  afterEach(() => vi.restoreAllMocks());

  it("parses the form with the contract and answers the domain's message", async () => {
    const seen: unknown[] = [];
    const action = defineAction({
      name: "create category",
      authorize: async () => assertRole(OWNER, "owner"),
      schema: ZCategoryInput,
      fields: ["name", "slug", "description"],
      run: async (input, staff) => {
        seen.push(input, staff.id);
        return { message: `Created “${input.name}”.`, data: { slug: input.slug } };
      },
    });
    const state = await action(IDLE_FORM_STATE, form({ name: "  Tea & Tisanes ", description: "Leaves" }));
    expect(state).toMatchObject({ status: "ok", message: "Created “Tea & Tisanes”.", data: { slug: "tea-tisanes" } });
    expect(seen).toEqual([{ name: "Tea & Tisanes", slug: "tea-tisanes", description: "Leaves" }, "u1"]);
  });

  it("refuses bad input per field, echoes what was typed but never the password, and runs nothing", async () => {
    const run = vi.fn(async () => ({ message: "created" }));
    const action = defineAction({
      name: "create staff",
      authorize: allowAnyone,
      schema: ZStaffInput,
      fields: ["name", "email", "role", "password"],
      echo: ["name", "email", "role"],
      run,
    });
    const state = await action(
      IDLE_FORM_STATE,
      form({ name: "", email: "not-an-email", role: "host", password: "short" }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "Check the highlighted fields.",
      fieldErrors: {
        name: "Name is required",
        email: "Enter a valid email address",
        password: "Password must be at least 10 characters",
      },
      values: { name: "", email: "not-an-email", role: "host" },
    });
    expect(state.status === "error" && state.values).not.toHaveProperty("password");
    expect(run).not.toHaveBeenCalled();
  });

  it("reports an error on a hidden field as the form's message", async () => {
    const action = defineAction({
      name: "rename",
      authorize: allowAnyone,
      schema: ZCategoryInput,
      fields: ["name", "slug"],
      hidden: ["slug"],
      run: async () => ({ message: "saved" }),
    });
    const state = await action(IDLE_FORM_STATE, form({ name: "Tea", slug: "Not A Slug" }));
    expect(state).toMatchObject({ status: "error", message: "Use lowercase letters, digits and single hyphens" });
  });

  it("refuses a caller the guard turns away before parsing or running anything", async () => {
    const run = vi.fn(async () => ({ message: "created" }));
    const hostOnly = { ...OWNER, role: "host" as const };
    const action = defineAction({
      name: "create category",
      authorize: async () => assertRole(hostOnly, "owner"),
      schema: ZCategoryInput,
      fields: ["name"],
      run,
    });
    // Invalid input too: a refused caller learns nothing about validation.
    const state = await action(IDLE_FORM_STATE, form({ name: "" }));
    expect(state).toMatchObject({
      status: "error",
      code: "forbidden",
      message: "Only a signed-in owner can do this. Sign in again as an owner.",
    });
    expect(state.status === "error" && state.fieldErrors).toBeFalsy();
    expect(run).not.toHaveBeenCalled();
    await expect(async () => assertRole(null, "host")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("passes a UserError through with its message, code and field errors", async () => {
    const action = defineAction({
      name: "create category",
      authorize: allowAnyone,
      schema: ZCategoryInput,
      fields: ["name", "slug"],
      run: async () => {
        throw new UserError("Another category already uses this slug", "conflict", {
          slug: "Another category already uses this slug",
        });
      },
    });
    const state = await action(IDLE_FORM_STATE, form({ name: "Blends", slug: "blends" }));
    expect(state).toMatchObject({
      status: "error",
      code: "conflict",
      message: "Another category already uses this slug",
      fieldErrors: { slug: "Another category already uses this slug" },
      values: { name: "Blends", slug: "blends" },
    });
  });

  it("hides an unexpected error behind a generic message whose reference is in the log line", async () => {
    const logged = vi.spyOn(logger, "error");
    const action = defineAction({
      name: "create category",
      authorize: allowAnyone,
      schema: ZCategoryInput,
      fields: ["name"],
      run: async () => {
        throw new Error("connection to 10.0.0.5:5432 refused");
      },
    });
    const state = await action(IDLE_FORM_STATE, form({ name: "Blends" }));
    expect(state.status).toBe("error");
    const message = state.status === "error" ? state.message : "";
    expect(message).not.toContain("10.0.0.5");
    const ref = /^Something went wrong \(ref ([0-9a-f]{8})\)\. Please try again\.$/.exec(message)?.[1];
    expect(ref).toBeDefined();
    expect(logged).toHaveBeenCalledTimes(1);
    const [fields] = logged.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(fields).toMatchObject({ ref, action: "create category" });
    expect((fields.err as Error).message).toBe("connection to 10.0.0.5:5432 refused");
  });

  it("lets redirect() through to Next instead of reporting it as a failure", async () => {
    const action = defineAction({
      name: "sign in",
      authorize: allowAnyone,
      schema: ZCategoryInput,
      fields: ["name"],
      run: async () => redirect("/admin"),
    });
    await expect(action(IDLE_FORM_STATE, form({ name: "Blends" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});
