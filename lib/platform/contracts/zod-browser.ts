import { z } from "zod";

/*
 * Imported first by every contracts module. In the browser, zod would probe `new Function` once to decide
 * whether to compile a faster object parser; under the shop's CSP (no 'unsafe-eval') the probe is refused
 * and reported as a violation. Without it zod parses as it would after a refused probe. The server has no
 * CSP and keeps the faster parser.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
