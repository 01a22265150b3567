import * as z from 'zod/mini';

/*
 * The production CSP has no 'unsafe-eval'. The browser code uses zod/mini, whose objects never
 * compile a parser with `new Function`; classic zod's do unless `jitless` is set before they are
 * made. This is the second line of defence, imported first by main.tsx.
 */
z.config({ jitless: true });
