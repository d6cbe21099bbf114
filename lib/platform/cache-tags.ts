/** Every Next cache tag in one place: catalog reads are cached by these, mutations revalidate them. */
export const cacheTags = {
  catalog: "catalog",
  categories: "categories",
  settings: "store-settings",
  activity: "activity",
  kitchen: "kitchen-updates",
  sessions: "kitchen-sessions",
  /** Whether an experiment runs: every shop page carries it for the kitchen script. */
  experiment: "experiment",
  product: (slug: string) => `product:${slug}`,
  category: (slug: string) => `category:${slug}`,
} as const;
