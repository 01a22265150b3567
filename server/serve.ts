import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Production server: serves `dist/`. The API route is added by the server side. */
const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.use('/*', serveStatic({ root: process.env.DIST_DIR ?? './dist' }));

const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';
serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Segment Editor on http://${hostname}:${info.port}`);
});
