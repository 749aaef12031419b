/**
 * The MCP endpoint of the live server (`npm start`), driven by the MCP SDK's own client over Streamable
 * HTTP, as an assistant would connect to it: the key in the Authorization header, the tools listed, tool
 * calls answered with the same results as the HTTP routes, and no key refused.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { adminKey, baseUrl } from './api';

const EINSTEIN = {
  full_name: 'Albert Einstein',
  year: 1879,
  month: 3,
  day: 14,
  hour: 11,
  minute: 30,
  city: 'Ulm',
  country: 'DE',
};

async function connect(key?: string) {
  const client = new Client({ name: 'stellar-edge-e2e', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
    requestInit: key ? { headers: { Authorization: `Bearer ${key}` } } : {},
  });
  await client.connect(transport);
  return client;
}

describe('MCP over Streamable HTTP against the live server', () => {
  it('refuses a client without a key', async () => {
    await expect(connect()).rejects.toThrow(/401/);
  });

  it('lists the tools and answers a natal chart exactly as POST /v1/charts does', async () => {
    const client = await connect(adminKey);
    expect(client.getServerVersion()?.name).toBe('stellar-edge');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['natal_chart', 'chart_wheel', 'reading', 'synastry', 'places_search']),
    );
    const result = await client.callTool({ name: 'natal_chart', arguments: EINSTEIN });
    expect(result.isError).toBeFalsy();
    const http = await fetch(`${baseUrl}/v1/charts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(EINSTEIN),
    });
    expect(result.structuredContent).toEqual(await http.json());
    const text = (result.content as { type: string; text?: string }[])[0]?.text ?? '';
    expect(text).toMatch(/^Albert Einstein: Sun 23°\d{2}′ Pisces, Moon \d+°\d{2}′ Sagittarius, Ascendant/);

    const wheel = await client.callTool({
      name: 'chart_wheel',
      arguments: { birth: EINSTEIN, format: 'png', width: 300 },
    });
    const image = (wheel.content as { type: string; data?: string }[]).find((c) => c.type === 'image');
    const png = decode(Buffer.from(image?.data ?? '', 'base64'));
    expect([png.width, png.height]).toEqual([300, 300]);

    const invalid = await client.callTool({ name: 'natal_chart', arguments: { ...EINSTEIN, day: 32 } });
    expect(invalid.isError).toBe(true);
    await client.close();
  });
});
