/**
 * The modules that wrangler.toml's `[alias]` puts in the deployed bundle instead of dependencies
 * (src/platform/bundle/): the Zod stand-in is Zod minus its locales, export for export and instance for
 * instance; the others throw when reached instead of running. (vitest runs the sources without the
 * aliases; `npm run test:e2e` and the server tests run the bundle with them.)
 */
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as zodCore from 'zod/v4/core';
import Ajv from '../src/platform/bundle/ajv';
import addFormats from '../src/platform/bundle/ajv-formats';
import * as lean from '../src/platform/bundle/zod';
import { zodToJsonSchema } from '../src/platform/bundle/zod-to-json-schema';
import * as zodV3 from '../src/platform/bundle/zod-v3';

describe('bundle stand-ins', () => {
  it('the Zod stand-in exports what zod exports, the same bindings, only without the locales', () => {
    const [real, ours] = [{ ...zod } as Record<string, unknown>, { ...lean } as Record<string, unknown>];
    expect(Object.keys(ours).sort()).toEqual(Object.keys(real).sort());
    for (const name of Object.keys(real)) {
      if (!['locales', 'core', 'z', 'default'].includes(name)) expect(ours[name], name).toBe(real[name]);
    }
    const [realCore, ourCore] = [
      { ...zodCore } as Record<string, unknown>,
      { ...lean.core } as Record<string, unknown>,
    ];
    expect(Object.keys(ourCore).sort()).toEqual(Object.keys(realCore).sort());
    for (const name of Object.keys(realCore)) {
      if (name !== 'locales') expect(ourCore[name], `core.${name}`).toBe(realCore[name]);
    }
    expect(lean.locales).toEqual({});
    expect(lean.core.locales).toEqual({});
    expect(lean.z).toBe(lean);
    expect(lean.default).toBe(lean);
  });

  it('a schema built with the stand-in validates with Zod’s English messages', () => {
    const r = lean.z.object({ n: lean.z.number().int().max(3) }).safeParse({ n: 4.5 });
    const plain = zod.z.object({ n: zod.z.number().int().max(3) }).safeParse({ n: 4.5 });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual(plain.error?.issues);
    expect(r.error?.issues[0]?.message).toMatch(/^Invalid input: expected int/);
  });

  it('the stand-ins of modules this Worker never runs throw when reached', () => {
    expect(() => new Ajv()).toThrow(/CfWorkerJsonSchemaValidator/);
    expect(() => addFormats()).toThrow(/not bundled/);
    expect(() => zodV3.object()).toThrow(/Zod 4/);
    expect(() => zodToJsonSchema()).toThrow(/Zod 4/);
  });
});
