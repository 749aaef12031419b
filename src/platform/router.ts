/**
 * Every route module builds its router with createRouter(), so request validation failures render as
 * RFC 9457 problems naming the field, the same way everywhere.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { type FieldLocation, renderProblem, validationProblem } from './problem';

const LOCATIONS: Record<string, FieldLocation> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'header',
};

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const location = LOCATIONS[result.target] ?? 'body';
        return renderProblem(c, validationProblem(result.error, location).init);
      }
    },
  });
}
