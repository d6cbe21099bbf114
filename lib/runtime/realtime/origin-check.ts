/** Socket.IO does not check Origin by itself: a page on another site could otherwise open sockets with our cookies. */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return false;
  return allowed.includes(origin);
}
