export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-full px-5 py-2.5 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-roast-900 text-roast-50 hover:bg-roast-700 disabled:hover:bg-roast-900",
  secondary: "border border-roast-700 bg-white text-roast-900 hover:bg-roast-100",
  ghost: "text-roast-900 underline-offset-4 hover:underline",
};

/** Shared by <Button> and links styled as buttons, so both look the same. */
export function buttonClasses(variant: ButtonVariant = "primary", extra = ""): string {
  return [base, variants[variant], extra].filter(Boolean).join(" ");
}
