/**
 * The documented examples are real: POST /v1/charts with the ChartRequest example of /openapi.json
 * answers exactly the Chart example of the document (src/routes/chart-example.ts). When the engine
 * changes a digit, this fails and prints the new body to paste there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createAccount, json } from './helpers';
import { loadPlaceFixtures } from './places-fixtures';

beforeAll(async () => {
  await loadPlaceFixtures();
});

describe('documented examples', () => {
  it('the Chart example is the answer to the ChartRequest example', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      components: { schemas: Record<string, { example?: unknown }> };
    };
    const request = doc.components.schemas.ChartRequest?.example;
    expect(request).toBeDefined();
    const { key } = await createAccount({ tier: 'unlimited' });
    const res = await json('/v1/charts', request, { key });
    expect(res.status).toBe(200);
    const body = await res.json();
    const documented = doc.components.schemas.Chart?.example;
    if (JSON.stringify(documented) !== JSON.stringify(body)) {
      console.log(`src/routes/chart-example.ts should hold:\n${JSON.stringify(body, null, 2)}`);
    }
    expect(documented).toEqual(body);
  });
});
