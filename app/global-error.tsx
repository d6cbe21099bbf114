"use client";

import "./globals.css";

// Last-resort boundary when the root layout itself fails: it must render its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-roast-50 font-sans text-roast-900 antialiased">
        <main className="mx-auto max-w-xl px-4 py-20 text-center">
          <h1 className="text-4xl">Something went wrong</h1>
          <p className="mt-4 text-roast-700">
            The shop could not be shown. Please try again in a moment.
            {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
          </p>
          <button
            type="button"
            onClick={reset}
            className="mt-8 rounded-full bg-roast-900 px-5 py-2.5 text-sm font-semibold text-roast-50 hover:bg-roast-700"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
