import './app/zod-setup';
import { startEarly } from './app/early-start';

/*
 * The page's first act, before the application's code (a chunk of its own, fetched in parallel:
 * index.html preloads it) has arrived: read the URL and ask for the segment and what the first
 * screen shows (early-start.ts). The application then finds the answers in its query cache.
 */
const early = startEarly(window.location.search);
const root = document.getElementById('root');
if (root) void import('./app/boot').then(({ boot }) => boot(early, root));
