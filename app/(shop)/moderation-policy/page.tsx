import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "How we moderate questions and answers",
  description: "What our hosts hide, what they never hide, and how posting limits work.",
};

// Rendered per request like every shop page: the shop layout reads the store's settings, and the build has no database.
export const dynamic = "force-dynamic";

// The published policy shoppers can hold the shop to.
export default function ModerationPolicyPage() {
  return (
    <article className="prose max-w-2xl space-y-4">
      <h1 className="text-3xl text-roast-900">How we moderate questions and answers</h1>
      <p>
        Questions and answers on product pages are public. Our hosts answer in their own name, always marked as staff.
      </p>
      <h2 className="text-xl text-roast-900">What we never do</h2>
      <ul className="list-disc pl-6">
        <li>We never hide a question because it is critical of us or our products.</li>
        <li>We never delete posts: a hidden post stays in place, marked as hidden by a host.</li>
        <li>We never post as a shopper, and we never invent questions, answers, counts or votes.</li>
      </ul>
      <h2 className="text-xl text-roast-900">What hosts may hide</h2>
      <ul className="list-disc pl-6">
        <li>Insults, harassment or hate against anyone.</li>
        <li>Spam, advertising and links to other shops.</li>
        <li>Personal data such as phone numbers or addresses.</li>
      </ul>
      <h2 className="text-xl text-roast-900">Limits</h2>
      <p>
        To keep the page usable, each shopper and each network address can post only a few times a minute, and the shop
        may refuse posts with links or with words it lists. When that happens you are told why; nothing is dropped
        silently. A shopper who keeps breaking these rules can be stopped from posting.
      </p>
    </article>
  );
}
