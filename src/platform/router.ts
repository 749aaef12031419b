/**
 * Every route module builds its router with createRouter(), so request validation is the same
 * everywhere: failures render as RFC 9457 problems naming the field, and unknown query parameters are
 * refused like unknown body fields (a 400 naming the parameter; one rule for the whole API, stated in
 * the document's description and docs/api-guide.md): a misspelt `?limt=5` fails loudly instead of
 * being silently ignored.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
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

const NO_QUERY = z.object({}).strict();

/** A route's query schema that refuses parameters it does not declare (none when it declares none). */
function strictQuery(query: unknown): z.ZodType {
  if (query === undefined) return NO_QUERY;
  if (query instanceof z.ZodObject) return query.strict();
  throw new Error('A route query must be a z.object (createRouter makes it strict).');
}

export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const location = LOCATIONS[result.target] ?? 'body';
        return renderProblem(c, validationProblem(result.error, location).init);
      }
    },
  });
  const openapi = router.openapi;
  router.openapi = ((route, handler, hook) =>
    openapi(
      { ...route, request: { ...route.request, query: strictQuery(route.request?.query) } } as typeof route,
      handler,
      hook,
    )) as typeof openapi;
  return router;
}
