import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";

export function StoreHero({ storeName }: { storeName: string }) {
  return (
    <section
      aria-labelledby="hero-title"
      className="relative overflow-hidden rounded-3xl bg-roast-900 px-6 py-14 text-roast-50 sm:px-12 sm:py-20"
    >
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -right-24 -top-24 h-80 w-80 rounded-full bg-roast-700/60 blur-3xl"
      />
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -bottom-32 left-1/3 h-72 w-72 rounded-full bg-leaf-700/40 blur-3xl"
      />
      <div className="relative max-w-2xl">
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-roast-200">Roasted in small batches</p>
        <h1 id="hero-title" className="mt-3 text-4xl leading-tight sm:text-6xl">
          {storeName}
        </h1>
        <p className="mt-5 text-lg text-roast-100">
          Fresh coffee, honest gear, and the people who roast it right here with you. Ask anything, we answer in public.
        </p>
        <Link href="#products" className={buttonClasses("secondary", "mt-8 border-roast-50")}>
          Browse the shop
        </Link>
      </div>
    </section>
  );
}
