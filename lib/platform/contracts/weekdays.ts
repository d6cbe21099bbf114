// Zod-free, so the shop's client components that name weekdays (the kitchen-hours note) do not load zod.
export const WEEKDAYS = ["0", "1", "2", "3", "4", "5", "6"] as const;
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
