// The page's static styles, written at build time (src/app/static-styles.tsx): a <link> of
// index.html, loaded beside the scripts.
import 'virtual:static-styles.css';
import './app/zod-setup';
import { sleep } from './api';
import { startEarly } from './app/early-start';

/*
 * The page's first act, before the application's code (a chunk of its own, fetched in parallel:
 * index.html preloads it) has arrived: read the URL and ask for the segment and what the first
 * screen shows (early-start.ts). The application then finds the answers in its query cache.
 */
const early = startEarly(window.location.search);

/*
 * The application's code is evaluated once the segment's reply has been read (or after this
 * long): reading it sends the request for its database's fields, which then travels while the code
 * is evaluated (some 40 ms of the main thread) instead of after it. A reply slower than this (a
 * remote Altcraft) gains nothing from waiting: the code is evaluated meanwhile, and the reply is
 * read after it, still before the code could have used it.
 */
const SEGMENT_FIRST_MS = 50;

const root = document.getElementById('root');
if (root)
  void Promise.race([early.segmentReceived, sleep(SEGMENT_FIRST_MS)])
    .then(() => import('./app/boot'))
    .then(({ boot }) => boot(early, root));
