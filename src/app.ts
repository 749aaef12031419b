/**
 * The HTTP application: cross-cutting middleware, then one router per resource (src/routes).
 *
 * Order matters:
 *   request id → timing → secure headers → CORS → body limit → JSON body normalisation
 *   → authentication (every /v1 route except the PUBLIC ones: new routes are private by default)
 *   → burst limits (per key and per account) → route (validation → metering of its endpoint class → handler).
 * Every error, wherever thrown, leaves through onError as RFC 9457 problem+json (src/platform/problem.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import { recordAnalytics } from './platform/analytics';
import { authenticate } from './platform/auth';
import { FEED_PATH } from './platform/calendars';
import type { AppEnv } from './platform/context';
import { completeDocument, RESPONSE_HEADERS } from './platform/openapi';
import { loggable, ProblemError, problem, renderProblem, toProblem } from './platform/problem';
import { refundCharged, takeBurstToken } from './platform/quota';
import { registerEventWebhooks } from './platform/webhooks';
import { accountRoutes } from './routes/accounts';
import { adminCacheRoutes } from './routes/admin-cache';
import { alertRoutes } from './routes/alerts';
import { analyticsRoutes } from './routes/analytics';
import { apiKeyRoutes } from './routes/api-keys';
import { batchRoutes } from './routes/batch';
import { billingRoutes } from './routes/billing';
import { calendarRoutes } from './routes/calendars';
import { chartRoutes } from './routes/charts';
import { docsRoutes } from './routes/docs';
import { famousRoutes } from './routes/famous';
import { healthRoutes, VERSION } from './routes/health';
import { handleMcp, isInternalRequest } from './routes/mcp';
import { periodReadingRoutes } from './routes/period-readings';
import { placesRoutes } from './routes/places';
import { progressionRoutes } from './routes/progressions';
import { readingRoutes } from './routes/readings';
import { relationshipRoutes } from './routes/relationships';
import { returnRoutes } from './routes/returns';
import { skyRoutes } from './routes/sky';
import { transitRoutes } from './routes/transits';
import { webhookRoutes } from './routes/webhooks';
import { wheelRoutes } from './routes/wheels';

/** Routes reachable without an API key: "METHOD path". */
const PUBLIC = new Set(['GET /v1/health', 'POST /v1/accounts', 'POST /v1/billing/stripe']);

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * curl sends `-d` bodies as application/x-www-form-urlencoded. Every body this API takes is JSON, so a
 * body without a content type, or with curl's default one, is read as JSON (and a broken one is a 400
 * "malformed JSON", never a confusing list of missing fields). Other media types get a 415, and so does
 * a body declared in a charset other than UTF-8 (JSON is UTF-8, RFC 8259; reading Latin-1 bytes as UTF-8
 * would store other text than was sent).
 */
const jsonBodies = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return next();
  if (c.req.path === '/v1/billing/stripe') return next(); // verified over the raw bytes
  const [media = '', ...params] = (c.req.header('Content-Type') ?? '').split(';');
  const type = media.trim().toLowerCase();
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1])
    .find((v) => v !== undefined);
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw problem(415, `Send the request body as UTF-8 JSON; "charset=${charset}" is not accepted.`);
  }
  if (/^application\/([\w.-]+\+)?json$/.test(type)) return next();
  const hasBody = c.req.raw.body !== null && c.req.header('Content-Length') !== '0';
  if (type === '' || type === 'application/x-www-form-urlencoded' || type === 'text/plain') {
    if (hasBody || type !== '') {
      const headers = new Headers(c.req.raw.headers);
      headers.set('Content-Type', 'application/json');
      c.req.raw = new Request(c.req.raw, { headers });
    }
    return next();
  }
  if (!hasBody) return next();
  throw problem(415, `Send the request body as JSON (Content-Type: application/json), not ${type}.`);
});

export function createApp() {
  const app = new OpenAPIHono<AppEnv>();

  app.use(
    '*',
    requestId({
      headerName: 'X-Request-Id',
      // A caller's own id is kept when it matches /^[\w\-=]+$/ (≤ 128 chars); otherwise a UUID.
      generator: () => crypto.randomUUID(),
      limitLength: 128,
    }),
  );
  app.use('*', recordAnalytics); // wraps everything below, including onError/notFound responses
  // Before any middleware that may replace c.req.raw (body-limit wraps a body of unknown length).
  app.use('/v1/*', async (c, next) => {
    if (isInternalRequest(c.req.raw)) c.set('viaMcp', true);
    await next();
  });
  app.use('*', timing({ totalDescription: 'total', crossOrigin: true }));
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin', // wheels are embedded as <img> by other origins
      crossOriginOpenerPolicy: false,
    }),
  );
  app.use(
    '/v1/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'X-API-Key',
        'Content-Type',
        'Idempotency-Key',
        'If-None-Match',
        'X-Request-Id',
      ],
      // Every response header the API documents (src/platform/openapi.ts) is readable by browsers.
      exposeHeaders: Object.keys(RESPONSE_HEADERS),
      maxAge: 86400,
    }),
  );
  // The MCP endpoint: browser-based assistants send the MCP headers and read the session header.
  app.use(
    '/mcp',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'X-API-Key',
        'Content-Type',
        'Accept',
        'Mcp-Protocol-Version',
        'Mcp-Session-Id',
        'Last-Event-ID',
        'X-Request-Id',
      ],
      exposeHeaders: ['Mcp-Session-Id', 'X-Request-Id', 'WWW-Authenticate'],
      maxAge: 86400,
    }),
  );
  for (const path of ['/v1/*', '/mcp']) {
    app.use(
      path,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw problem(413, `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
        },
      }),
    );
  }
  app.use('/v1/*', jsonBodies);
  app.use('/v1/*', async (c, next) => {
    if (c.req.method === 'OPTIONS' || PUBLIC.has(`${c.req.method} ${c.req.path}`)) return next();
    // A calendar feed is authenticated by the token in its URL (calendar apps send no headers).
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && FEED_PATH.test(c.req.path)) return next();
    return authenticate(c, async () => {
      const p = c.get('principal');
      // A tool call of /mcp already paid its burst token with the MCP message that carried it.
      if (p && !c.get('viaMcp')) takeBurstToken(p);
      await next();
    });
  });
  // /mcp: the same keys, the same burst limit (one token per MCP message).
  app.use('/mcp', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    return authenticate(c, async () => {
      const p = c.get('principal');
      if (p) takeBurstToken(p);
      await next();
    });
  });
  // A path that is a route of its own (POST /v1/charts/wheel.svg) is that route's, whatever the method:
  // another method is a 405, not the templated sibling that would otherwise take it (GET /v1/charts/{id}
  // with id "wheel.svg", a 404).
  app.use('/v1/*', async (c, next) => {
    const own = staticRoutes().get(c.req.path);
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (own && method !== 'OPTIONS' && !own.has(method)) return methodNotAllowed(c, [...own].sort());
    return next();
  });
  app.on(['GET', 'POST', 'DELETE'], '/mcp', (c) =>
    handleMcp(c, (req) => app.fetch(req, c.env, c.executionCtx) as Promise<Response>),
  );

  app.route('/', healthRoutes);
  app.route('/', docsRoutes);
  app.route('/', accountRoutes);
  app.route('/', apiKeyRoutes);
  app.route('/', billingRoutes);
  app.route('/', wheelRoutes);
  app.route('/', chartRoutes);
  app.route('/', readingRoutes);
  app.route('/', periodReadingRoutes);
  app.route('/', relationshipRoutes);
  app.route('/', transitRoutes);
  app.route('/', skyRoutes);
  app.route('/', returnRoutes);
  app.route('/', progressionRoutes);
  app.route('/', calendarRoutes);
  app.route('/', alertRoutes);
  app.route('/', famousRoutes);
  app.route('/', adminCacheRoutes);
  app.route('/', placesRoutes);
  app.route('/', analyticsRoutes);
  app.route('/', batchRoutes);
  app.route('/', webhookRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key: `Authorization: Bearer sk_live_...`.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'calendarToken', {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description: "A calendar feed's token (POST /v1/calendars), in its URL: only for that feed.",
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKeyHeader', {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
    description: 'The same API key in the `X-API-Key` header.',
  });
  // The events a webhook endpoint receives: the document's top-level `webhooks`, one per event type.
  registerEventWebhooks(app.openAPIRegistry);
  // The document: what the routes declare, completed with what app-wide middleware adds to every route.
  // Built once per origin (the only thing that varies: `servers`) and per isolate: generating it walks
  // every route's schemas, ~150 KB of JSON.
  const documents = new Map<string, string>();
  app.get('/openapi.json', (c) => {
    const origin = new URL(c.req.url).origin;
    let text = documents.get(origin);
    if (text === undefined) {
      const doc = completeDocument(app.getOpenAPI31Document(documentConfig(c)));
      // SPDX has no id for "all rights reserved"; a LicenseRef- is the SPDX way to name one.
      doc.info.license = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };
      text = JSON.stringify(doc);
      if (documents.size >= 8) documents.clear();
      documents.set(origin, text);
    }
    return c.body(text, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  });
  const documentConfig = (c: Context<AppEnv>): Parameters<typeof app.getOpenAPI31Document>[0] => ({
    openapi: '3.1.0',
    info: {
      title: 'Stellar Edge API',
      version: VERSION,
      description:
        'Astrology charts at the edge: natal charts, synastry, composite charts, readings, famous people and ' +
        'SVG and PNG chart wheels, with API keys, tiered quotas, a two-level cache, signed webhooks and batch jobs. ' +
        'Errors are RFC 9457 `application/problem+json`.\n\n' +
        'This document states every rule the server enforces on a request. A request that breaks it is a 400 ' +
        '(`errors` names each field); unknown body fields and unknown query parameters are refused the same ' +
        'way, on every operation. A request it allows but the world does not (30 February, a local time ' +
        'skipped by a clock change, an unknown place or zone) is a 422 whose `type` each operation lists.\n\n' +
        'AI assistants reach the same operations as tools of a Model Context Protocol server at `/mcp` ' +
        '(Streamable HTTP, the same API keys and quotas; JSON-RPC, so not described here: list them with ' +
        '`tools/list`).',
    },
    servers: [{ url: new URL(c.req.url).origin, description: 'This server' }],
    security: [{ bearerAuth: [] as string[] }, { apiKeyHeader: [] as string[] }] as Array<
      Record<string, string[]>
    >,
    tags: [
      { name: 'Health', description: 'Liveness and dependencies.' },
      { name: 'Charts', description: 'Natal charts: compute, save, list, delete; SVG and PNG wheels.' },
      { name: 'Relationships', description: 'Synastry and composite charts of two people.' },
      { name: 'Readings', description: 'Interpretive readings built from a chart.' },
      {
        name: 'Famous people',
        description: 'A sourced collection of famous births: search, charts, matches.',
      },
      { name: 'Places', description: 'Offline gazetteer (GeoNames cities500) for birthplaces.' },
      { name: 'Batch', description: 'Batch jobs: up to 100 charts or 50 readings per job, queued.' },
      {
        name: 'Webhooks',
        description: 'Signed (Standard Webhooks) event deliveries, queued and retried, with a delivery log.',
      },
      { name: 'Accounts', description: 'Sign-up and the calling account: tier, limits, usage.' },
      { name: 'API keys', description: 'Keys of the calling account. A key is shown once, at creation.' },
      { name: 'Analytics', description: 'Usage, endpoint performance and event counts.' },
      { name: 'Admin', description: 'Operator routes (admin keys only).' },
      { name: 'Billing', description: 'Stripe subscription events.' },
    ],
  });

  // A path that exists with other methods is a 405 with Allow; anything else a 404.
  let byPath: Map<string, Set<string>> | null = null;
  let routeTable: { pattern: RegExp; methods: Set<string> }[] | null = null;
  /** Each route path (Hono's form, `/v1/charts/:id`) and its methods. */
  const routePaths = () => {
    if (!byPath) {
      byPath = new Map<string, Set<string>>();
      for (const r of app.routes) {
        if (r.method === 'ALL' || r.path.includes('*')) continue;
        const methods = byPath.get(r.path) ?? new Set<string>();
        methods.add(r.method);
        byPath.set(r.path, methods);
      }
    }
    return byPath;
  };
  let statics: Map<string, Set<string>> | null = null;
  /** Paths without parameters: each is its own route's, whatever templated sibling also matches it. */
  const staticRoutes = () => {
    statics ??= new Map([...routePaths()].filter(([p]) => !p.includes(':')));
    return statics;
  };
  const allowedMethods = (path: string): string[] => {
    const own = staticRoutes().get(path);
    if (own) return [...own].sort();
    routeTable ??= [...routePaths()].map(([p, methods]) => ({
      pattern: new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+')}$`),
      methods,
    }));
    const out = new Set<string>();
    for (const r of routeTable) if (r.pattern.test(path)) for (const m of r.methods) out.add(m);
    return [...out].sort();
  };
  const methodNotAllowed = (c: Context<AppEnv>, allowed: string[]) =>
    renderProblem(
      c,
      problem(405, `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(', ')}.`, {
        headers: { Allow: allowed.join(', ') },
      }).init,
    );
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length > 0 && !allowed.includes(c.req.method)) return methodNotAllowed(c, allowed);
    return renderProblem(c, problem(404, `No route for ${c.req.method} ${c.req.path}.`).init);
  });
  app.onError(async (err, c) => {
    const init = toProblem(err);
    // A metered call that failed after it was charged gives its units back (quota.ts, refundCharged):
    // a 5xx, and a 4xx found only after the charge (a chart_id or slug that does not resolve, a local
    // time that never existed found while computing...): a rejected request costs no quota.
    await refundCharged(c);
    if (init.status >= 500 && !(err instanceof ProblemError)) {
      console.error(
        JSON.stringify({
          msg: 'unhandled error',
          request_id: c.get('requestId'),
          path: c.req.path,
          error: loggable(err, true),
        }),
      );
    }
    return renderProblem(c, init);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
