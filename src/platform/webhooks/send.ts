/**
 * One HTTP attempt: POST the signed payload to the endpoint (15 s timeout, redirects not followed, the
 * URL checked again), read at most 1 KiB of the answer. Never throws: every failure is a result.
 */
import type { Env } from '../../env';
import { checkWebhookUrl } from '../url-safety';
import { ATTEMPT_TIMEOUT_MS, RESPONSE_BODY_LIMIT } from './schedule';
import { activeSecrets, type SigningSecrets, signedHeaders } from './signing';

export interface AttemptResult {
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

export const isSuccess = (r: AttemptResult) =>
  r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;

/** Reads at most `limit` bytes of a body as text, then lets the rest go. */
async function readPrefix(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let offset = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, bytes.length - offset);
    bytes.set(p.subarray(0, take), offset);
    offset += take;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      return `Timed out after ${ATTEMPT_TIMEOUT_MS / 1000} s.`;
    }
    return err.message.slice(0, 500) || err.name;
  }
  return String(err).slice(0, 500);
}

/** One HTTP attempt: POST the signed payload; never throws. */
export async function sendWebhook(
  env: Pick<Env, 'ENVIRONMENT'>,
  target: SigningSecrets & { url: string },
  msgId: string,
  payload: string,
): Promise<AttemptResult> {
  const check = checkWebhookUrl(target.url, env.ENVIRONMENT);
  if (!check.ok) {
    return { statusCode: null, responseBody: null, error: `URL not allowed: ${check.reason}`, durationMs: 0 };
  }
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(check.url, {
      method: 'POST',
      headers: signedHeaders(activeSecrets(target, started), msgId, payload, started),
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
  } catch (err) {
    return {
      statusCode: null,
      responseBody: null,
      error: describeError(err),
      durationMs: Date.now() - started,
    };
  }
  let responseBody: string | null = null;
  let error: string | null = null;
  try {
    responseBody = await readPrefix(res, RESPONSE_BODY_LIMIT);
  } catch (err) {
    error = `Reading the response failed: ${describeError(err)}`;
  }
  if (error === null && res.status >= 300 && res.status < 400) {
    error = 'Redirects are not followed: answer 2xx at the configured URL.';
  }
  return { statusCode: res.status, responseBody, error, durationMs: Date.now() - started };
}
