/** Signs the staff member out; the action comes from the route so components never import app/. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="rounded-md border border-roast-200 bg-white px-3 py-1.5 text-sm font-medium text-roast-900 hover:bg-roast-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
      >
        Sign out
      </button>
    </form>
  );
}
