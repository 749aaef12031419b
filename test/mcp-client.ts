/**
 * An MCP client for the Workers tests: the MCP SDK's own client (Streamable HTTP) talking to the Worker's
 * fetch handler, and what the tests read from a tool result.
 */
import { exports } from 'cloudflare:workers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker-provider.js';
import { BASE } from './helpers';

export const workerFetch = (url: string | URL, init?: RequestInit) =>
  exports.default.fetch(new Request(url, init)) as Promise<Response>;

export async function connect(key?: string) {
  const client = new Client(
    { name: 'stellar-edge-test', version: '1.0.0' },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  const transport = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
    fetch: workerFetch,
    requestInit: key ? { headers: { Authorization: `Bearer ${key}` } } : {},
  });
  await client.connect(transport);
  return client;
}

/**
 * The free tier's burst limit is 5 requests a second per key, MCP messages included (a connection is two:
 * initialize and its notification): tests that make more calls than that on a free key pause between them.
 */
export const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100));

/** The text content of a tool result. */
export const textOf = (r: object) =>
  (((r as { content?: unknown }).content ?? []) as { type: string; text?: string }[])
    .filter((c) => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
