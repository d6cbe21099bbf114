import { KITCHEN_ATTRIBUTE, KITCHEN_COOKIE } from "@/lib/platform/contracts/kitchen-cookie";

/**
 * Runs before the page paints, so an experiment's closed group never glimpses the live layer. The page is
 * cached and the same for everyone; only the browser's kitchen cookie (set by GET /api/shopper, checked
 * against the running experiment baked into the page) tells which kitchen to show. Without a cookie for the
 * running experiment the live layer stays hidden ("pending") until the server has decided.
 */
export function KitchenScript({ runningExperimentId }: { runningExperimentId: string | null }) {
  const script = `(function(){var d=document.documentElement,k="open",id=${JSON.stringify(runningExperimentId)};
if(id){k="pending";var m=document.cookie.match(/(?:^|; )${KITCHEN_COOKIE}=([^;]*)/);
if(m){var p=decodeURIComponent(m[1]).split(".");if(p.length===4&&p[1]===id&&Number(p[3])>Date.now())k=p[0];}}
d.setAttribute("${KITCHEN_ATTRIBUTE}",k);})();`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
