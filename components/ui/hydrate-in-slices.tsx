import { Suspense, type ReactNode } from "react";

/**
 * For cached pages (rendered whole before they are stored): React hydrates a Suspense boundary's server-rendered
 * content after the page's shell, in time slices that yield to the browser, instead of in one long task that
 * blocks a phone's main thread. Not for pages rendered per request: there the boundary would let the shell
 * (and the head's metadata) go out before the content.
 */
export function HydrateInSlices({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
