import { z } from 'zod';

/*
 * Imported first by main.tsx, so that it runs before any module defines or parses a schema: zod's
 * JIT would try `new Function`, which the production CSP (no 'unsafe-eval') forbids.
 */
z.config({ jitless: true });
