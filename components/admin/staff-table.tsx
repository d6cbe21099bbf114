import type { StaffRow } from "@/lib/domains/staff/list-staff";
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";

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
    <DataTable
      caption="Staff accounts"
      columns={[
        { label: "Name" },
        { label: "Email" },
        { label: "Role" },
        { label: "Status" },
        { label: "Actions", hidden: true },
      ]}
    >
      {staff.map((s) => (
        <tr key={s.id} className="border-t border-roast-100 align-top">
          <td className="px-3 py-2 font-medium">
            {s.name}
            {s.id === currentUserId ? <span className="font-normal text-roast-700"> (you)</span> : null}
          </td>
          <td className="px-3 py-2">{s.email}</td>
          <td className="px-3 py-2 capitalize">{s.role}</td>
          <td className="px-3 py-2">
            {s.active ? (
              <span className="text-leaf-600">Active</span>
            ) : (
              <span className="text-roast-700">Deactivated</span>
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
    </DataTable>
  );
}
