import type { StaffRow } from "@/lib/staff/list-staff";
import { ActionForm, type FormAction } from "./action-form";

export function StaffTable({
  staff,
  currentUserId,
  setActive,
}: {
  staff: StaffRow[];
  currentUserId: string;
  setActive: FormAction;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-roast-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Staff accounts</caption>
        <thead className="bg-roast-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Email
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id} className="border-t border-roast-100 align-top">
              <td className="px-3 py-2 font-medium">
                {s.name}
                {s.id === currentUserId ? <span className="font-normal text-roast-500"> (you)</span> : null}
              </td>
              <td className="px-3 py-2">{s.email}</td>
              <td className="px-3 py-2 capitalize">{s.role}</td>
              <td className="px-3 py-2">
                {s.active ? (
                  <span className="text-leaf-600">Active</span>
                ) : (
                  <span className="text-roast-500">Deactivated</span>
                )}
              </td>
              <td className="px-3 py-2">
                {s.id === currentUserId ? null : s.active ? (
                  <ActionForm
                    action={setActive}
                    fields={{ userId: s.id, active: "false" }}
                    label="Deactivate"
                    ariaLabel={`Deactivate ${s.name}`}
                    variant="danger"
                    confirm={`Deactivate ${s.name}? They are signed out everywhere and cannot sign in until reactivated.`}
                  />
                ) : (
                  <ActionForm
                    action={setActive}
                    fields={{ userId: s.id, active: "true" }}
                    label="Reactivate"
                    ariaLabel={`Reactivate ${s.name}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
