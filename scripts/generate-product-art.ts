/**
 * Writes one flat SVG illustration per demo product to public/images/products/<slug>.svg.
 * Run once after changing lib/domains/demo/demo-catalog.ts: `npx tsx scripts/generate-product-art.ts`.
 * The output is committed, so the shop needs no remote images and no web fonts.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_PRODUCTS, DEMO_STORE_NAME, type TDemoProduct } from "../lib/domains/demo/demo-catalog";

const OUT_DIR = path.resolve(import.meta.dirname, "../public/images/products");
const FONT = "system-ui, sans-serif";
const INK = "#2b1d14";
const PAPER = "#f8f0e3";

// ---- helpers

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** HSL to #rrggbb, so the files use plain hex colours every SVG renderer understands. */
function hsl(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

interface Palette {
  bg: string;
  halo: string;
  light: string;
  main: string;
  deep: string;
  dark: string;
  accent: string;
}

function paletteFor(hue: number): Palette {
  return {
    bg: hsl(hue, 42, 93),
    halo: hsl(hue, 40, 85),
    light: hsl(hue, 48, 72),
    main: hsl(hue, 46, 47),
    deep: hsl(hue, 45, 34),
    dark: hsl(hue, 38, 20),
    accent: hsl((hue + 35) % 360, 70, 55),
  };
}

/** A small deterministic PRNG so each product's decoration is stable across runs. */
function seeded(text: string): () => number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

/** Rough advance width of system-ui text; enough to keep labels inside their shapes. */
function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) {
    if (ch === " ") units += 0.28;
    else if (/[iIl.,'·|]/.test(ch)) units += 0.3;
    else if (/[mwMW€]/.test(ch)) units += 0.85;
    else if (/[A-Z0-9]/.test(ch)) units += 0.66;
    else units += 0.55;
  }
  // Measured against DejaVu Sans, the widest common system-ui fallback, so other fonts fit too.
  return units * size * (bold ? 1.18 : 1.1);
}

/** Wraps words into at most `maxLines` lines at the largest font size that fits `maxWidth`. */
function fitText(text: string, maxWidth: number, startSize: number, maxLines: number, bold = true) {
  for (let size = startSize; size >= 16; size -= 2) {
    const lines: string[] = [];
    let line = "";
    // Keep a number with its unit ("1 kg", "0.9 L") on one line.
    const words = text.replace(/(\d) (kg|g|L|ml)\b/g, "$1\u00a0$2").split(" ");
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, bold) <= maxWidth || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, bold) <= maxWidth)) {
      return { size, lines };
    }
  }
  return { size: 16, lines: [text] };
}

function textLines(
  lines: string[],
  x: number,
  firstBaseline: number,
  size: number,
  attrs: string,
  lineHeight = 1.15,
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${Math.round(firstBaseline + i * size * lineHeight)}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`,
    )
    .join("\n    ");
}

function bean(x: number, y: number, r: number, angle: number, fill: string, line: string): string {
  return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${angle.toFixed(0)})">
    <ellipse rx="${r}" ry="${(r * 0.68).toFixed(1)}" fill="${fill}"/>
    <path d="M ${-r * 0.8} 0 C ${-r * 0.3} ${-r * 0.25}, ${r * 0.3} ${r * 0.25}, ${r * 0.8} 0" fill="none" stroke="${line}" stroke-width="${(r * 0.14).toFixed(1)}" stroke-linecap="round"/>
  </g>`;
}

/** Beans scattered near the corners, clear of the object and the caption. */
function backgroundBeans(slug: string, p: Palette): string {
  const rand = seeded(slug);
  const spots = [
    [90, 170],
    [700, 150],
    [80, 520],
    [720, 560],
    [150, 90],
    [640, 90],
  ] as const;
  return spots
    .map(([x, y]) =>
      bean(x + (rand() - 0.5) * 50, y + (rand() - 0.5) * 50, 18 + rand() * 10, rand() * 360, p.halo, p.bg),
    )
    .join("\n  ");
}

function steam(x: number, y: number, color: string): string {
  return [0, 34, 68]
    .map(
      (dx, i) =>
        `<path d="M ${x + dx} ${y} c -18 -22, 18 -38, 0 -62 s 18 -40, 0 -62" fill="none" stroke="${color}" stroke-width="8" stroke-linecap="round" opacity="${0.75 - i * 0.12}"/>`,
    )
    .join("\n    ");
}

function shadow(cx: number, cy: number, rx: number, p: Palette): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${Math.round(rx * 0.12)}" fill="${p.dark}" opacity="0.14"/>`;
}

// ---- objects (each draws inside roughly x 120..680, y 110..620)

function bagArt(product: TDemoProduct, p: Palette): string {
  const badge = product.art.badge ?? "250 g";
  const tagline = fitText(product.art.tagline, 270, 22, 2, false);
  const taglineBlock = tagline.lines.length * tagline.size * 1.15;
  // The label's free area runs from below its header (y 346) to above the weight badge (y 586).
  const area = { top: 346, bottom: 586 };
  let title = fitText(product.title, 270, 44, 3);
  const blockHeight = () => title.lines.length * title.size * 1.12 + 22 + taglineBlock;
  for (let size = 42; blockHeight() > area.bottom - area.top - 16 && size >= 20; size -= 2) {
    title = fitText(product.title, 270, size, 3);
  }
  const titleTop = area.top + (area.bottom - area.top - blockHeight()) / 2;
  const taglineY = titleTop + title.lines.length * title.size * 1.12 + 10;
  return `${shadow(400, 712, 230, p)}
  <path d="M 228 150 L 572 150 L 598 700 Q 600 712 588 712 L 212 712 Q 200 712 202 700 Z" fill="${p.main}"/>
  <path d="M 520 150 L 572 150 L 598 700 Q 600 712 588 712 L 548 712 Z" fill="${p.deep}" opacity="0.45"/>
  <path d="M 224 110 L 576 110 L 576 168 L 224 168 Z" fill="${p.deep}"/>
  <path d="M 224 110 ${Array.from({ length: 22 }, (_, i) => `L ${224 + (i + 0.5) * 16} ${i % 2 ? 110 : 100} L ${224 + (i + 1) * 16} 110`).join(" ")} Z" fill="${p.deep}"/>
  <rect x="224" y="174" width="352" height="10" fill="${p.dark}" opacity="0.25"/>
  <circle cx="520" cy="222" r="16" fill="${p.deep}"/>
  <circle cx="520" cy="222" r="7" fill="${p.dark}"/>
  <rect x="248" y="262" width="304" height="392" rx="14" fill="${PAPER}"/>
  <rect x="248" y="262" width="304" height="70" rx="14" fill="${p.dark}"/>
  <rect x="248" y="312" width="304" height="20" fill="${p.dark}"/>
  <path d="M 283 310 c -8 -12, 4 -22, 2 -34 c 10 8, 16 20, 10 30 c 6 -4, 6 -10, 6 -14 c 8 8, 8 18, 0 22 Z" fill="${p.accent}"/>
  <text x="312" y="305" font-size="21" font-weight="700" letter-spacing="3" fill="${PAPER}">EMBER &amp; OAK</text>
  ${textLines(title.lines, 400, titleTop + title.size * 0.85, title.size, `text-anchor="middle" font-weight="800" fill="${INK}"`, 1.12)}
  <rect x="320" y="${Math.round(taglineY)}" width="160" height="3" fill="${p.main}"/>
  ${textLines(tagline.lines, 400, taglineY + 12 + tagline.size, tagline.size, `text-anchor="middle" fill="${p.deep}" font-weight="600"`)}
  <rect x="340" y="598" width="120" height="38" rx="19" fill="${p.main}"/>
  <text x="400" y="624" font-size="21" font-weight="700" text-anchor="middle" fill="${PAPER}">${escapeXml(badge)}</text>`;
}

function kettleArt(p: Palette): string {
  const body =
    "M 300 330 L 540 330 C 560 420 600 520 600 570 Q 600 596 572 596 L 268 596 Q 240 596 240 570 C 240 520 280 420 300 330 Z";
  return `<defs><clipPath id="kettle-body"><path d="${body}"/></clipPath></defs>
  ${shadow(410, 600, 210, p)}
  <path d="M 300 590 C 230 600 150 560 150 470 C 150 410 130 360 96 330" fill="none" stroke="${p.dark}" stroke-width="22" stroke-linecap="round"/>
  <path d="M 96 330 L 74 342" stroke="${p.dark}" stroke-width="18" stroke-linecap="round"/>
  <path d="M 555 330 C 650 330 660 470 590 540" fill="none" stroke="${p.dark}" stroke-width="30" stroke-linecap="round"/>
  <path d="${body}" fill="${p.light}"/>
  <path d="M 470 330 L 540 330 C 560 420 600 520 600 570 Q 600 596 572 596 L 540 596 C 560 500 520 400 470 330 Z" fill="${p.main}" opacity="0.55"/>
  <rect x="200" y="470" width="440" height="26" fill="${p.deep}" clip-path="url(#kettle-body)"/>
  <ellipse cx="420" cy="330" rx="128" ry="22" fill="${p.deep}"/>
  <path d="M 316 326 Q 420 250 524 326 Z" fill="${p.main}"/>
  <circle cx="420" cy="258" r="40" fill="${PAPER}" stroke="${p.dark}" stroke-width="8"/>
  <path d="M 420 258 L 440 236" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>
  <circle cx="420" cy="258" r="5" fill="${p.dark}"/>
  ${steam(600, 250, p.halo)}`;
}

function dripperArt(p: Palette): string {
  return `${shadow(400, 610, 190, p)}
  <path d="M 270 430 L 530 430 L 510 590 Q 506 606 490 606 L 310 606 Q 294 606 290 590 Z" fill="${p.main}"/>
  <path d="M 530 460 C 600 460 600 560 520 560" fill="none" stroke="${p.main}" stroke-width="22"/>
  <ellipse cx="400" cy="420" rx="170" ry="20" fill="${p.deep}"/>
  <rect x="236" y="396" width="328" height="20" rx="10" fill="${p.dark}"/>
  <path d="M 226 190 L 574 190 L 456 396 L 344 396 Z" fill="${p.light}"/>
  <path d="M 474 190 L 574 190 L 456 396 L 420 396 Z" fill="${p.main}" opacity="0.5"/>
  <path d="M 226 190 L 574 190 L 566 206 L 234 206 Z" fill="${p.deep}"/>
  <path d="M 252 190 ${Array.from({ length: 15 }, (_, i) => `L ${252 + (i + 0.5) * 20} ${i % 2 ? 176 : 168} L ${252 + (i + 1) * 20} 176`).join(" ")} L 552 190 Z" fill="${PAPER}"/>
  ${[0, 1, 2, 3]
    .map(
      (i) =>
        `<path d="M ${292 + i * 60} 230 q 18 60 ${46 - i * 12} 140" fill="none" stroke="${p.deep}" stroke-width="5" opacity="0.35" stroke-linecap="round"/>`,
    )
    .join("\n  ")}
  <path d="M 400 400 L 400 470" stroke="${p.dark}" stroke-width="8" stroke-linecap="round" opacity="0.7"/>`;
}

function grinderArt(p: Palette): string {
  const knurl = Array.from(
    { length: 9 },
    (_, i) => `<rect x="${322 + i * 18}" y="286" width="8" height="56" rx="4" fill="${p.dark}" opacity="0.35"/>`,
  ).join("");
  return `${shadow(400, 640, 150, p)}
  <rect x="310" y="232" width="180" height="400" rx="24" fill="${p.light}"/>
  <rect x="430" y="232" width="60" height="400" rx="24" fill="${p.main}" opacity="0.45"/>
  <rect x="304" y="280" width="192" height="68" rx="10" fill="${p.deep}"/>
  ${knurl}
  <rect x="304" y="500" width="192" height="10" fill="${p.dark}" opacity="0.5"/>
  <rect x="310" y="510" width="180" height="122" rx="20" fill="${p.main}"/>
  <rect x="372" y="200" width="56" height="40" rx="8" fill="${p.dark}"/>
  <rect x="392" y="170" width="16" height="40" fill="${p.dark}"/>
  <rect x="392" y="160" width="230" height="22" rx="11" fill="${p.dark}"/>
  <rect x="600" y="104" width="44" height="74" rx="22" fill="${p.accent}"/>
  <circle cx="400" cy="171" r="20" fill="${p.deep}"/>
  <text x="400" y="430" font-size="26" font-weight="800" letter-spacing="4" text-anchor="middle" fill="${p.dark}" opacity="0.7">E&amp;O</text>`;
}

function filtersArt(p: Palette): string {
  const filter = (dx: number, dy: number, shade: string) => `<g transform="translate(${dx} ${dy})">
    <path d="M 250 220 Q 400 170 550 220 L 470 520 L 330 520 Z" fill="${shade}"/>
    <path d="M 330 520 L 470 520 L 476 500 L 324 500 Z" fill="${p.light}" opacity="0.6"/>
    <path d="M 250 220 L 330 520" stroke="${p.light}" stroke-width="10" stroke-dasharray="6 6"/>
  </g>`;
  return `${shadow(400, 608, 220, p)}
  ${filter(40, 70, hsl(38, 40, 80))}
  ${filter(0, 40, hsl(38, 45, 86))}
  ${filter(-40, 10, PAPER)}
  <rect x="280" y="560" width="240" height="52" rx="10" fill="${p.main}"/>
  <text x="400" y="595" font-size="24" font-weight="700" letter-spacing="2" text-anchor="middle" fill="${PAPER}">× 100</text>`;
}

function scaleArt(p: Palette): string {
  return `${shadow(400, 600, 250, p)}
  <path d="M 180 440 L 620 440 L 640 580 Q 642 596 626 596 L 174 596 Q 158 596 160 580 Z" fill="${p.deep}"/>
  <path d="M 200 300 L 600 300 L 620 440 L 180 440 Z" fill="${p.dark}"/>
  <path d="M 230 318 L 570 318 L 584 420 L 216 420 Z" fill="${p.main}" opacity="0.5"/>
  <rect x="250" y="470" width="300" height="86" rx="12" fill="${hsl(150, 30, 12)}"/>
  <text x="290" y="528" font-size="40" font-weight="700" fill="${hsl(45, 95, 62)}" font-family="ui-monospace, monospace">18.0g</text>
  <text x="530" y="528" font-size="26" font-weight="600" text-anchor="end" fill="${hsl(45, 60, 55)}" font-family="ui-monospace, monospace">0:00</text>
  <circle cx="200" cy="520" r="16" fill="${p.light}"/>
  <circle cx="600" cy="520" r="16" fill="${p.light}"/>
  <path d="M 330 206 L 470 206 L 462 320 Q 460 330 450 330 L 350 330 Q 340 330 338 320 Z" fill="${PAPER}"/>
  <path d="M 470 228 C 520 228 520 296 464 296" fill="none" stroke="${PAPER}" stroke-width="14"/>
  ${steam(366, 190, p.halo)}`;
}

function pressArt(p: Palette): string {
  return `${shadow(390, 630, 180, p)}
  <rect x="386" y="110" width="16" height="130" fill="${p.dark}"/>
  <circle cx="394" cy="112" r="24" fill="${p.dark}"/>
  <path d="M 470 270 C 560 270 570 500 476 520" fill="none" stroke="${p.dark}" stroke-width="28" stroke-linecap="round"/>
  <rect x="270" y="250" width="250" height="378" rx="30" fill="${p.light}"/>
  <rect x="448" y="250" width="72" height="378" rx="30" fill="${p.main}" opacity="0.45"/>
  <rect x="262" y="228" width="266" height="40" rx="14" fill="${p.dark}"/>
  <path d="M 262 244 L 236 236 L 240 256 L 262 258 Z" fill="${p.dark}"/>
  <rect x="270" y="600" width="250" height="28" rx="14" fill="${p.deep}"/>
  <circle cx="350" cy="400" r="44" fill="${PAPER}" opacity="0.9"/>
  <path d="M 334 418 c -8 -16, 6 -28, 4 -46 c 14 10, 22 26, 14 40 c 8 -6, 8 -14, 8 -20 c 10 10, 10 24, 0 30 Z" fill="${p.accent}"/>`;
}

function cupArt(p: Palette): string {
  const rand = seeded(`${p.main}-speckle`);
  const speckles = Array.from({ length: 36 }, () => {
    const x = 250 + rand() * 300;
    const y = 300 + rand() * 150;
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(2 + rand() * 3).toFixed(1)}" fill="${p.dark}" opacity="0.35"/>`;
  }).join("");
  return `${shadow(400, 620, 200, p)}
  <path d="M 230 280 L 570 280 C 570 420 550 560 490 606 Q 480 614 466 614 L 334 614 Q 320 614 310 606 C 250 560 230 420 230 280 Z" fill="${hsl(30, 30, 72)}"/>
  <path d="M 230 280 L 570 280 C 570 380 566 440 560 470 C 520 500 500 450 470 490 C 440 520 420 470 380 500 C 340 530 320 470 280 500 C 260 510 246 490 240 470 C 234 430 230 380 230 280 Z" fill="${p.main}"/>
  ${speckles}
  <path d="M 500 280 L 570 280 C 570 420 550 560 490 606 C 530 500 520 380 500 280 Z" fill="${p.dark}" opacity="0.18"/>
  <ellipse cx="400" cy="280" rx="170" ry="26" fill="${p.deep}"/>
  <ellipse cx="400" cy="284" rx="150" ry="18" fill="${hsl(25, 55, 22)}"/>
  ${steam(366, 236, p.halo)}`;
}

function espressoCupsArt(p: Palette): string {
  const cup = (x: number) => `<g transform="translate(${x} 0)">
    <ellipse cx="0" cy="560" rx="130" ry="26" fill="${p.deep}"/>
    <ellipse cx="0" cy="552" rx="130" ry="24" fill="${PAPER}"/>
    <path d="M 70 420 C 130 420 130 500 66 500" fill="none" stroke="${p.main}" stroke-width="18"/>
    <path d="M -86 390 L 86 390 C 86 470 70 530 30 548 L -30 548 C -70 530 -86 470 -86 390 Z" fill="${p.main}"/>
    <path d="M 40 390 L 86 390 C 86 470 70 530 30 548 C 56 500 56 440 40 390 Z" fill="${p.dark}" opacity="0.2"/>
    <ellipse cx="0" cy="390" rx="86" ry="16" fill="${p.deep}"/>
    <ellipse cx="0" cy="393" rx="74" ry="11" fill="${hsl(28, 50, 34)}"/>
  </g>`;
  return `${shadow(400, 600, 290, p)}
  ${cup(260)}
  ${cup(540)}
  ${steam(505, 350, p.halo)}`;
}

function carafeArt(p: Palette): string {
  const ticks = [0, 1, 2]
    .map((i) => `<rect x="300" y="${520 - i * 70}" width="36" height="6" rx="3" fill="${PAPER}" opacity="0.9"/>`)
    .join("");
  return `${shadow(400, 616, 180, p)}
  <path d="M 300 180 L 500 180 L 510 150 L 528 160 L 514 200 C 560 260 590 380 590 480 C 590 580 540 612 400 612 C 260 612 210 580 210 480 C 210 380 240 260 286 200 Z" fill="${hsl(195, 40, 92)}" opacity="0.85" stroke="${p.dark}" stroke-width="6"/>
  <path d="M 222 430 C 300 410 500 450 578 430 C 590 520 570 600 400 604 C 230 600 212 520 222 430 Z" fill="${hsl(24, 55, 26)}"/>
  <path d="M 222 430 C 300 410 500 450 578 430" fill="none" stroke="${hsl(28, 60, 45)}" stroke-width="8"/>
  ${ticks}
  <path d="M 268 250 C 248 320 240 400 246 470" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.6"/>
  <rect x="282" y="168" width="236" height="20" rx="10" fill="${p.main}"/>`;
}

function mugArt(p: Palette): string {
  return `${shadow(400, 612, 210, p)}
  <path d="M 512 330 C 640 330 640 520 512 520" fill="none" stroke="${p.main}" stroke-width="34"/>
  <path d="M 512 330 C 640 330 640 520 512 520" fill="none" stroke="${p.dark}" stroke-width="6" opacity="0.25"/>
  <rect x="248" y="270" width="280" height="340" rx="26" fill="${p.main}"/>
  <rect x="460" y="270" width="68" height="340" rx="26" fill="${p.dark}" opacity="0.2"/>
  <ellipse cx="388" cy="272" rx="142" ry="22" fill="${p.dark}"/>
  <ellipse cx="388" cy="276" rx="128" ry="15" fill="${hsl(28, 55, 26)}"/>
  <circle cx="300" cy="560" r="10" fill="${p.dark}"/>
  <circle cx="388" cy="430" r="50" fill="${PAPER}"/>
  <path d="M 370 452 c -8 -16, 6 -28, 4 -46 c 14 10, 22 26, 14 40 c 8 -6, 8 -14, 8 -20 c 10 10, 10 24, 0 30 Z" fill="${p.accent}"/>
  ${steam(354, 230, p.halo)}`;
}

function trayArt(p: Palette): string {
  const grain = [0, 1, 2, 3, 4]
    .map(
      (i) =>
        `<path d="M 170 ${360 + i * 40} C 300 ${340 + i * 40}, 420 ${390 + i * 40}, 630 ${352 + i * 40}" fill="none" stroke="${hsl(24, 45, 26)}" stroke-width="4" opacity="0.4"/>`,
    )
    .join("");
  const cupTop = (
    x: number,
    y: number,
    r: number,
  ) => `<circle cx="${x}" cy="${y}" r="${r + 12}" fill="${p.dark}" opacity="0.18" transform="translate(8 10)"/>
  <circle cx="${x}" cy="${y}" r="${r + 12}" fill="${PAPER}"/>
  <circle cx="${x}" cy="${y}" r="${r}" fill="${hsl(25, 55, 24)}"/>
  <ellipse cx="${x - r * 0.3}" cy="${y - r * 0.35}" rx="${r * 0.35}" ry="${r * 0.15}" fill="${hsl(30, 50, 55)}" opacity="0.6"/>`;
  return `${shadow(400, 600, 300, p)}
  <rect x="130" y="300" width="540" height="300" rx="40" fill="${hsl(24, 40, 24)}"/>
  <rect x="150" y="316" width="500" height="264" rx="30" fill="${hsl(24, 42, 38)}"/>
  ${grain}
  ${cupTop(290, 450, 62)}
  ${cupTop(500, 420, 52)}
  <circle cx="540" cy="530" r="18" fill="${p.accent}" opacity="0.8"/>`;
}

function giftBoxArt(product: TDemoProduct, p: Palette): string {
  const tag = fitText(product.title, 150, 24, 3);
  return `${shadow(400, 620, 240, p)}
  <rect x="200" y="330" width="400" height="286" rx="12" fill="${p.main}"/>
  <rect x="470" y="330" width="130" height="286" rx="12" fill="${p.dark}" opacity="0.18"/>
  <rect x="180" y="276" width="440" height="76" rx="12" fill="${p.deep}"/>
  <rect x="370" y="276" width="60" height="340" fill="${PAPER}"/>
  <path d="M 400 276 C 320 180 250 230 300 276 Z" fill="${PAPER}" stroke="${p.light}" stroke-width="4"/>
  <path d="M 400 276 C 480 180 550 230 500 276 Z" fill="${PAPER}" stroke="${p.light}" stroke-width="4"/>
  <path d="M 400 280 L 350 360 M 400 280 L 450 360" stroke="${PAPER}" stroke-width="18" stroke-linecap="round"/>
  <circle cx="400" cy="276" r="20" fill="${p.accent}"/>
  <g transform="rotate(-8 560 420)">
    <rect x="470" y="380" width="180" height="118" rx="10" fill="${PAPER}"/>
    <circle cx="488" cy="398" r="6" fill="${p.deep}"/>
    ${textLines(tag.lines, 560, 428 + (3 - tag.lines.length) * 10, tag.size, `text-anchor="middle" font-weight="700" fill="${INK}"`)}
  </g>`;
}

function cardArt(product: TDemoProduct, p: Palette): string {
  const badge = product.art.badge ?? "";
  const badgeFit = fitText(badge, 230, 76, 1);
  return `${shadow(400, 610, 260, p)}
  <rect x="160" y="360" width="480" height="250" rx="16" fill="${p.deep}"/>
  <g transform="rotate(-6 400 330)">
    <rect x="210" y="160" width="380" height="260" rx="18" fill="${PAPER}"/>
    <rect x="210" y="160" width="380" height="64" rx="18" fill="${p.main}"/>
    <rect x="210" y="200" width="380" height="24" fill="${p.main}"/>
    <text x="236" y="202" font-size="22" font-weight="700" letter-spacing="3" fill="${PAPER}">EMBER &amp; OAK</text>
    <text x="400" y="${322 + badgeFit.size * 0.2}" font-size="${badgeFit.size}" font-weight="800" text-anchor="middle" fill="${INK}">${escapeXml(badge)}</text>
    <rect x="300" y="372" width="200" height="6" rx="3" fill="${p.light}"/>
  </g>
  <path d="M 160 376 L 400 500 L 640 376 L 640 594 Q 640 610 624 610 L 176 610 Q 160 610 160 594 Z" fill="${p.main}"/>
  <path d="M 160 610 L 360 470 M 640 610 L 440 470" stroke="${p.deep}" stroke-width="6"/>
  <circle cx="400" cy="500" r="26" fill="${p.accent}"/>
  <path d="M 392 512 c -4 -8, 3 -14, 2 -22 c 7 5, 11 13, 7 20 c 4 -3, 4 -7, 4 -10 c 5 5, 5 12, 0 15 Z" fill="${PAPER}"/>`;
}

function spoonArt(p: Palette): string {
  const brass = hsl(42, 62, 52);
  const brassLight = hsl(46, 75, 72);
  const brassDark = hsl(36, 55, 34);
  return `${shadow(400, 600, 250, p)}
  <g transform="rotate(-32 400 400)">
    <rect x="170" y="385" width="330" height="30" rx="15" fill="${brassDark}" transform="translate(6 10)" opacity="0.3"/>
    <rect x="170" y="385" width="330" height="30" rx="15" fill="${brass}"/>
    <rect x="180" y="390" width="300" height="8" rx="4" fill="${brassLight}" opacity="0.8"/>
    <circle cx="560" cy="400" r="98" fill="${brassDark}"/>
    <circle cx="560" cy="400" r="88" fill="${brass}"/>
    <circle cx="560" cy="404" r="66" fill="${hsl(25, 60, 24)}"/>
    <ellipse cx="540" cy="382" rx="26" ry="10" fill="${hsl(32, 55, 52)}" opacity="0.7"/>
    <path d="M 482 358 A 88 88 0 0 1 560 312" fill="none" stroke="${brassLight}" stroke-width="8" stroke-linecap="round"/>
  </g>
  ${bean(230, 560, 30, 20, p.deep, p.light)}
  ${bean(300, 600, 26, -40, p.main, p.light)}`;
}

function caption(product: TDemoProduct, p: Palette): string {
  const title = fitText(product.title, 680, 46, 1);
  const tagline = fitText(product.art.tagline, 680, 26, 1, false);
  return `<text x="400" y="700" font-size="${title.size}" font-weight="800" text-anchor="middle" fill="${INK}">${escapeXml(title.lines[0] ?? "")}</text>
  <text x="400" y="742" font-size="${tagline.size}" font-weight="600" text-anchor="middle" fill="${p.deep}">${escapeXml(tagline.lines[0] ?? "")}</text>`;
}

function objectArt(product: TDemoProduct, p: Palette): string {
  switch (product.art.kind) {
    case "bag":
      return bagArt(product, p);
    case "kettle":
      return kettleArt(p);
    case "dripper":
      return dripperArt(p);
    case "grinder":
      return grinderArt(p);
    case "filters":
      return filtersArt(p);
    case "scale":
      return scaleArt(p);
    case "press":
      return pressArt(p);
    case "cup":
      return cupArt(p);
    case "espresso-cups":
      return espressoCupsArt(p);
    case "carafe":
      return carafeArt(p);
    case "mug":
      return mugArt(p);
    case "tray":
      return trayArt(p);
    case "gift-box":
      return giftBoxArt(product, p);
    case "card":
      return cardArt(product, p);
    case "spoon":
      return spoonArt(p);
  }
}

export function productSvg(product: TDemoProduct): string {
  const p = paletteFor(product.art.hue);
  const isBag = product.art.kind === "bag";
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img" aria-label="${escapeXml(product.imageAlt)}" font-family="${FONT}">
  <title>${escapeXml(product.title)}</title>
  <rect width="800" height="800" fill="${p.bg}"/>
  <circle cx="400" cy="${isBag ? 420 : 390}" r="${isBag ? 330 : 290}" fill="${p.halo}" opacity="0.7"/>
  ${backgroundBeans(product.slug, p)}
  ${isBag ? "" : `<text x="400" y="64" font-size="20" font-weight="700" letter-spacing="5" text-anchor="middle" fill="${p.deep}">${escapeXml(DEMO_STORE_NAME.toUpperCase())}</text>`}
  ${objectArt(product, p)}
  ${isBag ? "" : caption(product, p)}
</svg>
`;
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const product of DEMO_PRODUCTS) {
    await writeFile(path.join(OUT_DIR, product.image), productSvg(product));
  }
  const wanted = new Set(DEMO_PRODUCTS.map((p) => p.image));
  const stale = (await readdir(OUT_DIR)).filter((f) => f.endsWith(".svg") && !wanted.has(f));
  console.log(`wrote ${DEMO_PRODUCTS.length} images to ${path.relative(process.cwd(), OUT_DIR)}`);
  if (stale.length) console.log(`not in the catalog (remove by hand if unused): ${stale.join(", ")}`);
}

await main();
