/**
 * GET /docs: an interactive API reference (Scalar) that works offline. Its script is served by this
 * Worker from static assets (public/vendor/scalar, copied from node_modules at install time by
 * scripts/copy-assets.mjs), never from a CDN, and it is told not to load web fonts.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../platform/context';

const CONFIG = {
  url: '/openapi.json',
  withDefaultFonts: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  telemetry: false,
  metaData: { title: 'Stellar Edge API reference' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Stellar Edge API reference</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}</style>
</head>
<body>
<div id="app"></div>
<script src="/vendor/scalar/standalone.js"></script>
<script>Scalar.createApiReference('#app', ${JSON.stringify(CONFIG)});</script>
</body>
</html>`;

export const docsRoutes = new Hono<AppEnv>()
  .get('/docs', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(PAGE);
  })
  .get('/vendor/*', async (c) => {
    // Asset responses have immutable headers; copy so the header middleware can add to them.
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    const res = new Response(asset.body, asset);
    if (res.ok) res.headers.set('Cache-Control', 'public, max-age=86400');
    return res;
  });
