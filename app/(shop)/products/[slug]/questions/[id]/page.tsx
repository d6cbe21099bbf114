import Link from "next/link";
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { getCachedProduct } from "@/lib/domains/catalog/cached-catalog";
import { currentQaSeq, getThread } from "@/lib/domains/qa/read-threads";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { EnterProductRoom } from "@/components/live/enter-product-room";
import { QaLiveProvider } from "@/components/qa/qa-live-provider";
import { QaThreadList } from "@/components/qa/qa-thread-list";
import { QaPageJsonLd } from "@/components/qa/qa-page-json-ld";
import { ModerationPolicy } from "@/components/qa/moderation-policy";
import { truncateText } from "@/components/qa/qa-thread-merge";
import { AnswerEmailForm } from "@/components/qa/answer-email-form";
import { mailConfig } from "@/lib/domains/mail/mail-config";

interface QuestionPageProps {
  params: Promise<{ slug: string; id: string }>;
}

// One page per question, always current: its answers and moderation state change often.
export const dynamic = "force-dynamic";

/** The question with the change number read before it, or null for an unknown id or another product's question. */
const loadQuestion = cache(async (slug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  const product = await getCachedProduct(slug);
  if (!product) return null;
  const seq = await currentQaSeq(db(), product.id);
  const thread = await getThread(db(), id, "public");
  if (!thread || thread.product.id !== product.id) return null;
  return { product, thread, seq };
});

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const { slug, id } = await params;
  const found = await loadQuestion(slug, id);
  if (!found) return {};
  const { thread, product } = found;
  const canonical = `/products/${product.slug}/questions/${thread.id}`;
  if (thread.hidden || thread.body === null) {
    return { title: `Hidden question about ${product.title}`, robots: { index: false }, alternates: { canonical } };
  }
  const title = truncateText(thread.body, 70);
  const description = `A question about ${product.title}, answered in public by the shop and its shoppers.`;
  const image = product.images[0];
  const settings = await getCachedStoreSettings();
  // A shared link shows the question over the product's picture. Set whole: a page's openGraph replaces the
  // layout's, so the site name is repeated here; Next derives the twitter: tags (card, image) from these.
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: {
      type: "website",
      siteName: settings.name,
      title,
      description,
      url: canonical,
      images: image
        ? [{ url: new URL(image.url, publicOrigin()).toString(), alt: image.alt || product.title }]
        : undefined,
    },
  };
}

export default async function QuestionPage({ params }: QuestionPageProps) {
  const { slug, id } = await params;
  const found = await loadQuestion(slug, id);
  if (!found) notFound();
  const { product, thread, seq } = found;
  const url = new URL(`/products/${product.slug}/questions/${thread.id}`, publicOrigin()).toString();

  return (
    <>
      <QaPageJsonLd thread={thread} url={url} />
      <EnterProductRoom productId={product.id} />
      <Breadcrumb
        crumbs={[
          { label: "Shop", href: "/" },
          { label: product.title, href: `/products/${product.slug}` },
          { label: "Question" },
        ]}
      />
      <div className="max-w-3xl space-y-8">
        <QaLiveProvider productId={product.id} initialThreads={[thread]} initialSeq={seq} onlyQuestionId={thread.id}>
          <QaThreadList standalone />
        </QaLiveProvider>
        {mailConfig() && !thread.hidden ? (
          <AnswerEmailForm questionId={thread.id} answered={thread.firstHostAnswerAt !== null} />
        ) : null}
        <p>
          <Link href={`/products/${product.slug}#qa-title`} className="font-semibold underline underline-offset-2">
            More questions about {product.title}, or ask your own
          </Link>
        </p>
        <ModerationPolicy />
      </div>
    </>
  );
}
