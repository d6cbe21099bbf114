/**
 * The demo store: a small craft coffee roastery. Pure data (no Prisma, no Node APIs) so the seeder,
 * the product-art generator and unit tests can all read it.
 *
 * Stock is deliberately uneven: some items are sold out and some are nearly gone, so the shop shows
 * those states from the first start. No activity, orders or shoppers are part of the demo.
 */

export const DEMO_STORE_NAME = "Ember & Oak Roasters";

/** Which flat illustration scripts/generate-product-art.ts draws for a product. */
export type TDemoArtKind =
  | "bag"
  | "kettle"
  | "dripper"
  | "grinder"
  | "filters"
  | "scale"
  | "press"
  | "cup"
  | "espresso-cups"
  | "carafe"
  | "mug"
  | "tray"
  | "gift-box"
  | "card"
  | "spoon";

export interface TDemoCategory {
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface TDemoProduct {
  slug: string;
  categorySlug: string;
  title: string;
  description: string;
  story: string;
  priceCents: number;
  stock: number;
  /** File name inside public/images/products. */
  image: string;
  /** Describes the illustration for screen readers. */
  imageAlt: string;
  art: {
    kind: TDemoArtKind;
    /** Base hue (0–360) of the illustration's palette. */
    hue: number;
    /** Short second line printed on the illustration, e.g. process and origin. */
    tagline: string;
    /** A short mark on the object itself: the bag weight, the gift card value. */
    badge?: string;
  };
}

export const DEMO_CATEGORIES: readonly TDemoCategory[] = [
  {
    slug: "single-origin",
    name: "Single-origin beans",
    description: "One farm or washing station per bag, roasted light to medium so the place still shows in the cup.",
    position: 0,
  },
  {
    slug: "blends",
    name: "Blends",
    description:
      "Year-round coffees built from two or three lots for balance, for espresso machines and big batch brewers.",
    position: 1,
  },
  {
    slug: "brewing-gear",
    name: "Brewing gear",
    description: "The kettles, drippers and grinders we use on our own brew bar, nothing we would not buy twice.",
    position: 2,
  },
  {
    slug: "cups-and-servers",
    name: "Cups & servers",
    description: "Stoneware, enamel and glass for drinking and sharing, much of it made by potters near the roastery.",
    position: 3,
  },
  {
    slug: "gifts",
    name: "Gifts",
    description: "Boxed sets, subscriptions and gift cards for someone who likes their coffee a little too much.",
    position: 4,
  },
];

function product(p: Omit<TDemoProduct, "image" | "imageAlt"> & { imageAlt?: string }): TDemoProduct {
  const kindWords: Record<TDemoArtKind, string> = {
    bag: "coffee bag",
    kettle: "pour-over kettle",
    dripper: "cone dripper on a cup",
    grinder: "hand grinder",
    filters: "stack of paper filters",
    scale: "brew scale",
    press: "French press",
    cup: "stoneware cup",
    "espresso-cups": "pair of espresso cups",
    carafe: "glass server",
    mug: "enamel mug",
    tray: "wooden tray with a cup",
    "gift-box": "gift box tied with ribbon",
    card: "gift card",
    spoon: "cupping spoon",
  };
  return {
    ...p,
    image: `${p.slug}.svg`,
    imageAlt:
      p.imageAlt ?? `Flat illustration of a ${kindWords[p.art.kind]} labelled "${p.title}" on a warm background`,
  };
}

export const DEMO_PRODUCTS: readonly TDemoProduct[] = [
  // ---- Single-origin beans
  product({
    slug: "ethiopia-guji-hambela",
    categorySlug: "single-origin",
    title: "Ethiopia Guji Hambela",
    description: "Natural-process Guji with blueberry, bergamot and a long cocoa finish. 250 g whole bean.",
    story:
      "These cherries are grown by about 400 smallholders around Hambela Wamena at 1,950 to 2,200 metres. The washing station dries them whole on raised beds for 18 to 21 days, turning them by hand every couple of hours so the fruit dries evenly. Only the darkest red cherries go on the beds; the rest is sold locally. We roast it in 12 kg batches and drop it early to keep the berry notes bright.",
    priceCents: 1650,
    stock: 34,
    art: { kind: "bag", hue: 262, tagline: "Natural · Guji, Ethiopia" },
  }),
  product({
    slug: "kenya-nyeri-aa",
    categorySlug: "single-origin",
    title: "Kenya Nyeri AA",
    description: "Washed SL28 and SL34 from Nyeri: blackcurrant, grapefruit and a juicy, winey acidity. 250 g.",
    story:
      "This lot comes from a cooperative factory on the slopes of Mount Kenya where members deliver cherry each evening during the main crop. It is pulped, fermented overnight, washed in clean river water and soaked again before drying, the Kenyan double fermentation that gives it that clarity. AA means the screen size: the largest, densest beans after grading. We buy it through an importer who cups every lot at the Nairobi auction.",
    priceCents: 1890,
    stock: 3,
    art: { kind: "bag", hue: 350, tagline: "Washed · Nyeri, Kenya" },
  }),
  product({
    slug: "colombia-huila-el-mirador",
    categorySlug: "single-origin",
    title: "Colombia Finca El Mirador",
    description: "Washed Caturra from Huila with red apple, panela sugar and a soft, round body. 250 g.",
    story:
      "Finca El Mirador is an eight-hectare family farm near Pitalito, run by two brothers who took it over from their father in 2016. They ferment the pulped coffee in tanks for about 30 hours and dry it under a parabolic greenhouse roof to keep the rain off. This is our third harvest from them, bought at a price agreed before the picking started. It is the coffee we reach for when we cannot decide.",
    priceCents: 1550,
    stock: 41,
    art: { kind: "bag", hue: 28, tagline: "Washed · Huila, Colombia" },
  }),
  product({
    slug: "guatemala-huehuetenango",
    categorySlug: "single-origin",
    title: "Guatemala Huehuetenango",
    description: "Washed Bourbon and Catuaí with milk chocolate, almond and a clean orange finish. 250 g.",
    story:
      "Huehuetenango sits high in the west of Guatemala, where dry winds from the Mexican plateau protect the farms from frost. This lot blends coffee from twelve neighbouring growers around La Libertad who share one wet mill. The beans are sun-dried on concrete patios for about a week. We roast it a touch longer than our African coffees to bring the chocolate forward.",
    priceCents: 1500,
    stock: 27,
    art: { kind: "bag", hue: 145, tagline: "Washed · Huehuetenango" },
  }),
  product({
    slug: "costa-rica-tarrazu-honey",
    categorySlug: "single-origin",
    title: "Costa Rica Tarrazú Honey",
    description: "Yellow-honey Catuaí from Tarrazú: apricot, honey and a syrupy body. 250 g.",
    story:
      "A micro-mill in Tarrazú pulps the cherries but leaves roughly half the sticky mucilage on the beans before drying. That layer caramelises on the raised beds over ten to twelve days, which is where the apricot sweetness comes from. The mill processes only its own family's farms, so each day's picking is kept as a separate lot. This one was picked in the second week of February.",
    priceCents: 1700,
    stock: 18,
    art: { kind: "bag", hue: 44, tagline: "Yellow honey · Tarrazú", badge: "250 g" },
  }),
  product({
    slug: "rwanda-nyamasheke",
    categorySlug: "single-origin",
    title: "Rwanda Nyamasheke",
    description: "Washed Red Bourbon from the shores of Lake Kivu: red tea, cranberry and cane sugar. 250 g.",
    story:
      "This washing station near Lake Kivu collects cherry from around 1,800 growers, most farming less than a hectare each. Cherry is floated and hand-sorted on arrival, then the parchment is sorted again on drying tables for defects. Lots this clean sell out fast, and we bought only 20 bags this season. It will be back after the next harvest lands in late summer.",
    priceCents: 1600,
    stock: 0,
    art: { kind: "bag", hue: 8, tagline: "Washed · Lake Kivu, Rwanda" },
  }),
  product({
    slug: "sumatra-aceh-gayo",
    categorySlug: "single-origin",
    title: "Sumatra Aceh Gayo",
    description: "Wet-hulled coffee from the Gayo highlands: cedar, dark cocoa and a heavy, earthy body. 250 g.",
    story:
      "Farmers around Lake Laut Tawar pulp their cherries at home and sell the parchment half-dry to local collectors. It is then hulled while still wet, giling basah, and finished drying as green bean, which gives Sumatran coffee its deep, savoury character. The process is a practical answer to a humid climate, not a style choice. We keep the roast gentle so it stays earthy without turning smoky.",
    priceCents: 1550,
    stock: 22,
    art: { kind: "bag", hue: 190, tagline: "Wet-hulled · Aceh, Sumatra" },
  }),

  // ---- Blends
  product({
    slug: "hearth-espresso",
    categorySlug: "blends",
    title: "Hearth Espresso",
    description:
      "Our house espresso: hazelnut, dark chocolate and a little cherry. Sweet in milk, steady straight. 250 g.",
    story:
      "Hearth is two-thirds natural Brazil from Cerrado Mineiro for body and one third washed Colombia for sweetness and lift. We roast the components separately, because they brown at different speeds, and blend them after roasting. Every batch is pulled as espresso on the roastery machine before it is bagged. The recipe has changed only once in five years, when a frost cut the Brazil harvest.",
    priceCents: 1450,
    stock: 60,
    art: { kind: "bag", hue: 18, tagline: "Brazil · Colombia" },
  }),
  product({
    slug: "morning-ember",
    categorySlug: "blends",
    title: "Morning Ember",
    description: "A bright, forgiving filter blend with stone fruit and brown sugar. Made for batch brewers. 250 g.",
    story:
      "Morning Ember changes with the seasons: it is always a washed Central American coffee for sweetness, plus a smaller share of an East African lot for fruit. We cup the candidates side by side through a batch brewer at office strength, the way most people will drink it. The current version is Guatemala with a quarter Ethiopian Sidama. The blend card in the bag says which lots are inside.",
    priceCents: 1390,
    stock: 45,
    art: { kind: "bag", hue: 36, tagline: "Seasonal filter blend" },
  }),
  product({
    slug: "oak-smoke-dark",
    categorySlug: "blends",
    title: "Oak Smoke Dark Roast",
    description: "Our one dark roast: bittersweet cocoa, molasses and toasted walnut, with no burnt edge. 250 g.",
    story:
      "A lot of dark roasts taste of the roaster rather than the coffee. We build this one on Sumatra and Brazil, coffees with enough body to carry a longer roast, and stop just as the first oils appear on the surface. The batch is cooled in under four minutes so it does not keep baking in the tray. It is the bag our neighbours at the bakery buy by the case.",
    priceCents: 1350,
    stock: 38,
    art: { kind: "bag", hue: 22, tagline: "Sumatra · Brazil · Dark" },
  }),
  product({
    slug: "night-shift-decaf",
    categorySlug: "blends",
    title: "Night Shift Decaf",
    description: "Sugarcane-process decaf from Colombia: caramel, red apple and none of the cardboard. 250 g.",
    story:
      "The caffeine is removed in Manizales with ethyl acetate made from fermented local sugarcane, then the beans are steamed and dried. Because the solvent is a natural by-product of the sugar industry, the process is cheap enough to use on good coffee. We roast it slower than the rest, since decaf beans colour faster and can scorch. It is what the roasting team drinks after three in the afternoon.",
    priceCents: 1500,
    stock: 16,
    art: { kind: "bag", hue: 220, tagline: "Sugarcane decaf · Colombia" },
  }),
  product({
    slug: "hearth-espresso-1kg",
    categorySlug: "blends",
    title: "Hearth Espresso 1 kg",
    description: "Our house espresso in the café bag: the same roast we send to the cafés we supply.",
    story:
      "Cafés get this bag twice a week, roasted on Monday and Thursday mornings. It comes with a one-way valve and no nitrogen flush: we would rather you open it within three weeks. A kilo makes about sixty doubles. At home, decant a week's worth into a small airtight jar and keep the rest sealed.",
    priceCents: 4900,
    stock: 12,
    art: { kind: "bag", hue: 12, tagline: "Café bag · whole bean", badge: "1 kg" },
  }),

  // ---- Brewing gear
  product({
    slug: "pour-over-kettle",
    categorySlug: "brewing-gear",
    title: "Pour-Over Kettle 0.9 L",
    description: "A stainless gooseneck kettle with a thermometer in the lid. Works on gas, electric and induction.",
    story:
      "The spout is long and narrow, which is what lets you pour a steady three-millimetre stream over the grounds. The body is 18/8 stainless steel with a brushed copper finish on the handle band. We tried six kettles on our brew bar for a month and this was the one nobody wanted to hand back. The dial thermometer is accurate to about two degrees, which is all pour-over needs.",
    priceCents: 6400,
    stock: 3,
    art: { kind: "kettle", hue: 24, tagline: "Gooseneck · induction-ready" },
  }),
  product({
    slug: "stoneware-dripper",
    categorySlug: "brewing-gear",
    title: "Stoneware Cone Dripper",
    description: "A hand-thrown cone dripper for size 02 filters, glazed inside and left raw at the foot.",
    story:
      "Our dripper is thrown by a two-person pottery workshop forty minutes from the roastery, twenty at a time. The spiral ribs inside are cut by hand with a wire tool so the paper does not stick to the wall and the water can drain. Each one is fired twice, the second time to 1,260 °C, so it holds heat well once warmed. No two glazes come out of the kiln quite the same.",
    priceCents: 3200,
    stock: 9,
    art: { kind: "dripper", hue: 16, tagline: "Hand-thrown · size 02" },
  }),
  product({
    slug: "hand-grinder",
    categorySlug: "brewing-gear",
    title: "Steel Burr Hand Grinder",
    description: "A 38 mm stainless conical burr grinder with 40 clicks, from espresso to French press.",
    story:
      "A consistent grind matters more to your cup than any other piece of gear, and a blade grinder cannot give you one. The burrs here are held by two bearings so they do not wobble, which keeps the particles an even size. Grinding 18 g for a pour-over takes about forty seconds. The whole thing comes apart without tools for cleaning.",
    priceCents: 8900,
    stock: 5,
    art: { kind: "grinder", hue: 30, tagline: "38 mm conical burrs" },
  }),
  product({
    slug: "paper-filters-100",
    categorySlug: "brewing-gear",
    title: "Paper Filters, 100 pack",
    description: "Unbleached size 02 cone filters that fit our dripper and most others of the same shape.",
    story:
      "These are oxygen-whitened rather than chlorine-bleached, and they leave no papery taste if you rinse them with hot water first. The paper is a little thicker than supermarket filters, which slows the drawdown just enough for a 250 ml cup. They come flat-packed in a recycled card box. One pack lasts most people about three months.",
    priceCents: 650,
    stock: 120,
    art: { kind: "filters", hue: 38, tagline: "Size 02 · unbleached" },
  }),
  product({
    slug: "brew-scale",
    categorySlug: "brewing-gear",
    title: "Pocket Brew Scale",
    description: "A 0.1 g scale with a built-in timer, small enough to sit under a dripper and cup.",
    story:
      "Weighing coffee and water is the single cheapest way to make the same good cup twice. This scale reads to 0.1 g up to 2 kg and starts its timer automatically when you begin pouring. The top is a silicone mat that keeps hot drips off the electronics. It charges over USB-C and lasts a couple of months between charges.",
    priceCents: 3900,
    stock: 14,
    art: { kind: "scale", hue: 200, tagline: "0.1 g · auto timer" },
  }),
  product({
    slug: "enamel-french-press",
    categorySlug: "brewing-gear",
    title: "Enamel French Press 0.8 L",
    description: "A double-mesh press with an enamelled steel body that keeps four minutes of brewing hot.",
    story:
      "Glass presses crack; this one is enamelled steel, the same material as an old camping mug, and it keeps the brew warmer. The plunger has two mesh layers, so less silt ends up in your cup. It is made in a family-run enamel works in Slovenia that has been pressing and dipping steel since the 1920s. The current batch sold out in a week; the next one is on its way.",
    priceCents: 4200,
    stock: 0,
    art: { kind: "press", hue: 168, tagline: "Enamelled steel · 0.8 L" },
  }),

  // ---- Cups & servers
  product({
    slug: "ash-glaze-cup",
    categorySlug: "cups-and-servers",
    title: "Ash-Glaze Cup 180 ml",
    description: "A handleless stoneware cup with a speckled ash glaze, sized for a filter coffee or a flat white.",
    story:
      "The glaze is made from the wood ash of our potter's own kiln mixed with feldspar and clay. It runs a little in the firing, so the speckle and the drip line are different on every cup. The foot is left unglazed and sanded smooth so it will not scratch a table. Dishwasher safe, though the glaze keeps its sheen longer if washed by hand.",
    priceCents: 1800,
    stock: 24,
    art: { kind: "cup", hue: 34, tagline: "Stoneware · 180 ml" },
  }),
  product({
    slug: "espresso-cup-pair",
    categorySlug: "cups-and-servers",
    title: "Espresso Cup Pair",
    description: "Two thick-walled 80 ml espresso cups in our ember-red glaze, to keep a shot warm.",
    story:
      "Espresso cools quickly, so these cups have walls almost a centimetre thick at the base to hold heat. They are slip-cast in the same workshop as our dripper and dipped in a red glaze mixed specially for us. We warm ours on top of the espresso machine before pulling a shot. Sold as a pair, boxed.",
    priceCents: 2600,
    stock: 11,
    art: { kind: "espresso-cups", hue: 6, tagline: "2 × 80 ml · ember glaze" },
  }),
  product({
    slug: "glass-server-600",
    categorySlug: "cups-and-servers",
    title: "Glass Server 600 ml",
    description: "A heat-proof borosilicate server with a wide mouth for two cups of pour-over.",
    story:
      "Borosilicate glass barely expands when it heats, so it takes boiling water straight from the kettle without cracking. The wide mouth sits a dripper steadily and makes the server easy to clean. Measuring lines are printed at 200, 400 and 600 ml. We use three of these on the brew bar every day.",
    priceCents: 2400,
    stock: 19,
    art: { kind: "carafe", hue: 196, tagline: "Borosilicate · 600 ml" },
  }),
  product({
    slug: "enamel-camp-mug",
    categorySlug: "cups-and-servers",
    title: "Enamel Camp Mug",
    description: "A 350 ml enamel mug with a rolled steel rim, for the garden, the tent or the desk.",
    story:
      "Each mug is a steel blank dipped twice in enamel and fired at about 820 °C, which fuses the glass to the metal. The rim is rolled and left as bare steel, so you may see a hint of rust there over time: a little oil will stop it. It weighs 190 g and survives being dropped on rocks. Ours has been on the roastery's delivery run for three years.",
    priceCents: 1400,
    stock: 33,
    art: { kind: "mug", hue: 150, tagline: "Enamel · 350 ml" },
  }),
  product({
    slug: "walnut-serving-tray",
    categorySlug: "cups-and-servers",
    title: "Walnut Serving Tray",
    description: "A solid walnut tray that carries a server and two cups, finished with food-safe oil.",
    story:
      "The trays are cut from offcuts of a furniture maker's walnut boards, so no tree is felled for them. Each is shaped with a router, sanded to a fine grit and finished with three coats of linseed oil and beeswax. The grain and colour vary from tray to tray. Wipe it clean and re-oil it once or twice a year.",
    priceCents: 3800,
    stock: 4,
    art: { kind: "tray", hue: 26, tagline: "Solid walnut · oiled" },
  }),

  // ---- Gifts
  product({
    slug: "origins-tasting-flight",
    categorySlug: "gifts",
    title: "Origins Tasting Flight",
    description: "Four 100 g bags from four countries, with tasting notes and a brew guide. A tour in one box.",
    story:
      "We pack the flight every Monday from whatever single origins are freshest that week, so it changes through the year. Each bag has a card with the farm, the process and what we taste in it. The idea is to brew them side by side with the same recipe and notice how much the place changes the coffee. It is the best introduction to speciality coffee we know.",
    priceCents: 2900,
    stock: 15,
    art: { kind: "gift-box", hue: 340, tagline: "4 × 100 g · 4 origins" },
  }),
  product({
    slug: "gift-subscription-3-months",
    categorySlug: "gifts",
    title: "Three-Month Subscription",
    description: "A 250 g bag of our newest single origin, roasted and posted on the first Monday of each month.",
    story:
      "Subscribers get each new lot before it appears in the shop, roasted the Friday before it ships. We write a short letter for every delivery about where the coffee came from and how we like to brew it. The gift is paid up front and simply ends after three deliveries, with no renewal. You choose the start month at checkout.",
    priceCents: 4500,
    stock: 50,
    art: { kind: "card", hue: 280, tagline: "3 deliveries · no renewal", badge: "3 months" },
  }),
  product({
    slug: "pour-over-starter-kit",
    categorySlug: "gifts",
    title: "Pour-Over Starter Kit",
    description: "Our stoneware dripper, 100 filters, a 250 g bag of Morning Ember and a printed brew guide.",
    story:
      "This is everything we would give a friend who wants to start brewing by hand, without the kettle and scale they can add later. The guide walks through our recipe: 15 g of coffee, 250 g of water, three pours, done in three minutes. The kit is packed in a recycled board box with a paper-string handle. Because the dripper is handmade, we can only put together a few at a time.",
    priceCents: 7900,
    stock: 3,
    art: { kind: "gift-box", hue: 24, tagline: "Dripper · filters · beans" },
  }),
  product({
    slug: "gift-card-25",
    categorySlug: "gifts",
    title: "Gift Card €25",
    description: "A printed card with a code worth €25 in the shop, sent in a letterpress envelope.",
    story:
      "The cards are letterpress-printed on cotton paper by a small print studio two streets from the roastery. Each has a unique code on the back that never expires. We post it to you, not the recipient, so you can write in it first. A €25 card buys a bag of coffee and a paper filter pack with change to spare.",
    priceCents: 2500,
    stock: 80,
    art: { kind: "card", hue: 40, tagline: "Never expires", badge: "€25" },
  }),
  product({
    slug: "brass-cupping-spoon",
    categorySlug: "gifts",
    title: "Brass Cupping Spoon",
    description: "A deep-bowled cupping spoon in solid brass, the kind roasters use to taste every batch.",
    story:
      "Cupping spoons have a deep, round bowl that holds about 8 ml, enough to slurp a spray of coffee across the palate. This one is cast in solid brass and hand-polished, and it will slowly darken to a warm patina. We use the same spoons on our own cupping table every morning. Engraving is not offered; the spoon is meant to be used, not displayed.",
    priceCents: 1600,
    stock: 21,
    art: { kind: "spoon", hue: 46, tagline: "Solid brass · 8 ml bowl" },
  }),
];
