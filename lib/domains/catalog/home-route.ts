/**
 * The home page lives at /home/[edition] and `/` is rewritten to it (next.config.ts). As a dynamic segment
 * with no params known at build, it renders on its first request and is then served from the ISR cache,
 * like product pages; a plain `/` page would be prerendered by `next build`, which has no database.
 */
export const HOME_EDITION = "current";
export const HOME_ROUTE = `/home/${HOME_EDITION}`;
