/**
 * `/mcp`: a remote Model Context Protocol server (Streamable HTTP transport, stateless: every POST is
 * answered with JSON, no session), built with the official TypeScript SDK.
 *
 * Authentication is the API's own (the same middleware, the same keys: `Authorization: Bearer sk_live_...`
 * or `X-API-Key`), applied in src/app.ts before this handler; an MCP message costs one burst token like
 * any request. A tool call is dispatched as the matching HTTP request through the same app (tools.ts):
 * its scope check, daily quota, cache and analytics are those of the HTTP route, and a problem (429 quota
 * exceeded, 400 invalid input, 404...) comes back as a tool error carrying the problem.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker-provider.js';
import type { Context } from 'hono';
import { encodeBase64 } from 'hono/utils/encode';
import type { AppEnv } from '../../platform/context';
import { renderProblem } from '../../platform/problem';
import { statedForZod } from '../../schemas/rules';
import { VERSION } from '../health';
import { dotSegmentArgs, TOOLS, type ToolRequest, type ToolSpec } from './tools';

// A tool's inputSchema (zod's JSON Schema, from the SDK) states the rules its route's document states.
for (const spec of TOOLS) statedForZod(spec.input);

/** Sends a request through the whole app (middleware, route, error handler) and returns its response. */
export type Dispatch = (req: Request) => Promise<Response>;

/** Requests the MCP endpoint makes on a caller's behalf: its burst token was taken by the MCP message. */
const internal = new WeakSet<Request>();
export const isInternalRequest = (req: Request) => internal.has(req);

/** Headers of the MCP request that the dispatched request carries: the key, the language, the id. */
const FORWARDED = ['Authorization', 'X-API-Key', 'Accept-Language'];

function toHttpRequest(origin: string, mcp: Request, r: ToolRequest): Request {
  const url = new URL(r.path, origin);
  for (const [k, v] of Object.entries(r.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  const headers = new Headers();
  for (const name of FORWARDED) {
    const v = mcp.headers.get(name);
    if (v !== null) headers.set(name, v);
  }
  const id = mcp.headers.get('X-Request-Id');
  if (id) headers.set('X-Request-Id', id);
  if (r.body !== undefined) headers.set('Content-Type', 'application/json');
  const req = new Request(url, {
    method: r.method,
    headers,
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  internal.add(req);
  return req;
}

/** A problem+json answer as a tool error: the text an assistant reads, the problem as structured content. */
async function toolError(res: Response): Promise<CallToolResult> {
  const text = await res.text();
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(text) as Record<string, unknown>;
  } catch {
    problem = { status: res.status, title: res.statusText, detail: text.slice(0, 500) };
  }
  const errors = Array.isArray(problem.errors)
    ? (problem.errors as { path?: string; message?: string }[])
        .map((e) => `${e.path ? `${e.path}: ` : ''}${e.message ?? ''}`)
        .join('; ')
    : '';
  const retry = res.headers.get('Retry-After');
  const line = [
    `${res.status} ${String(problem.title ?? 'Error')}`,
    problem.detail ? `: ${String(problem.detail)}` : '',
    errors ? ` (${errors})` : '',
    retry ? ` Retry after ${retry} s.` : '',
  ].join('');
  return { isError: true, content: [{ type: 'text', text: line }], structuredContent: problem };
}

async function callTool(
  spec: ToolSpec,
  args: unknown,
  c: Context<AppEnv>,
  dispatch: Dispatch,
): Promise<CallToolResult> {
  const origin = new URL(c.req.url).origin;
  const request = spec.request(args as never);
  const resolved = new URL(request.path, origin).pathname;
  if (resolved !== request.path || /\/(\/|$)/.test(request.path)) {
    // An argument made a path segment empty or resolve elsewhere (a dot segment): the call would reach
    // another route.
    // The id inputs refuse such values already (tools.ts, pathId); this holds for any tool added later.
    const fields = dotSegmentArgs(args);
    const message = 'Must be an id, not "", "." or "..".';
    return toolError(
      renderProblem(c, {
        status: 400,
        type: 'validation-error',
        title: 'Invalid request',
        detail: `The arguments of ${spec.name} lead to ${resolved}, which is not one of its resources.`,
        errors: (fields.length ? fields : ['arguments']).map((path) => ({ path, message })),
      }),
    );
  }
  const res = await dispatch(toHttpRequest(origin, c.req.raw, request));
  if (res.status >= 400) return toolError(res);
  const type = res.headers.get('Content-Type') ?? '';
  const uri = new URL(request.path, origin).href;
  if (type.startsWith('image/svg+xml')) {
    const text = await res.text();
    return {
      content: [
        { type: 'text', text: spec.summarize(undefined as never, args as never, res.status) },
        { type: 'resource', resource: { uri, mimeType: 'image/svg+xml', text } },
      ],
      structuredContent: { format: 'svg', media_type: 'image/svg+xml', bytes: text.length, uri },
    };
  }
  if (type.startsWith('image/png')) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      content: [
        { type: 'text', text: spec.summarize(undefined as never, args as never, res.status) },
        { type: 'image', data: encodeBase64(bytes.buffer), mimeType: 'image/png' },
      ],
      structuredContent: { format: 'png', media_type: 'image/png', bytes: bytes.length, uri },
    };
  }
  if (res.status === 204) {
    // A deletion: nothing to structure, the summary says what happened.
    return {
      content: [{ type: 'text', text: spec.summarize(undefined as never, args as never, res.status) }],
    };
  }
  const data = (await res.json()) as Record<string, unknown>;
  return {
    content: [{ type: 'text', text: spec.summarize(data as never, args as never, res.status) }],
    structuredContent: data,
  };
}

/** One MCP server per request (stateless): the tools, bound to this caller's request. */
function serverFor(c: Context<AppEnv>, dispatch: Dispatch): McpServer {
  const server = new McpServer(
    { name: 'stellar-edge', title: 'Stellar Edge astrology API', version: VERSION },
    {
      instructions:
        'Astrology calculations and texts: natal charts, wheels, readings, synastry, composite charts, ' +
        'transits and forecasts, calendar feeds and transit alerts of saved charts, famous births and a ' +
        'place gazetteer. Calculations are metered against the daily quota of the API key (the same as ' +
        "the HTTP API's); managing calendar feeds and alerts is not (each fetch of a feed is). " +
        'Resolve ambiguous birthplaces with places_search first.',
      // Ajv (the SDK's default) compiles validators with new Function, which Workers forbid.
      jsonSchemaValidator: new CfWorkerJsonSchemaValidator(),
    },
  );
  for (const spec of TOOLS) {
    server.registerTool(
      spec.name,
      {
        title: spec.title,
        description: spec.description,
        inputSchema: spec.input as never,
        ...(spec.output ? { outputSchema: spec.output as never } : {}),
        annotations: {
          title: spec.title,
          readOnlyHint: spec.readOnly,
          destructiveHint: spec.destructive ?? false,
          idempotentHint: spec.idempotent ?? false,
          openWorldHint: false,
        },
      },
      ((args: unknown) => callTool(spec, args, c, dispatch)) as never,
    );
  }
  return server;
}

/** Answers one MCP HTTP request (POST: JSON-RPC messages; GET/DELETE: 405 in stateless mode). */
export async function handleMcp(c: Context<AppEnv>, dispatch: Dispatch): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  const server = serverFor(c, dispatch);
  await server.connect(transport);
  try {
    return await transport.handleRequest(c.req.raw);
  } finally {
    c.executionCtx.waitUntil(server.close());
  }
}
