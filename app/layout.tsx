import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import "./globals.css";

// A function, not a constant, so metadataBase follows PUBLIC_ORIGIN at run time rather than at build time.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: "Open Kitchen", template: "%s · Open Kitchen" },
    description: "A shop where you are never shopping alone.",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The shop layout's kitchen script sets data-kitchen on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen bg-roast-50 font-sans text-roast-900 antialiased">{children}</body>
    </html>
  );
}
