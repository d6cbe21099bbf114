"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

// Error boundary for every page below the root layout: a plain apology and a retry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-4xl text-roast-900">Something went wrong</h1>
      <p className="mt-4 text-roast-700">
        We could not load this page just now. It is usually brief; please try again.
        {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
      </p>
      <Button onClick={reset} className="mt-8">
        Try again
      </Button>
    </main>
  );
}
