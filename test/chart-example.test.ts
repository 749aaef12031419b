/**
 * The documented examples are real: POST /v1/charts with the ChartRequest example of /openapi.json
 * answers exactly the Chart example of the document, which is src/schemas/chart-example.json. When the
 * engine changes a digit, this fails; `npm run examples` rewrites the file from the live answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import CHART_EXAMPLE from '../src/schemas/chart-example.json';
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
    // The document shows the fixture as it is ...
    expect(doc.components.schemas.Chart?.example).toEqual(CHART_EXAMPLE);
    // ... and the fixture is this answer, to the byte (`npm run examples` writes it from the answer).
    await expect(`${JSON.stringify(body, null, 2)}\n`).toMatchFileSnapshot(
      '../src/schemas/chart-example.json',
    );
  });
});
