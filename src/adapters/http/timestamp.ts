/**
 * The RFC 3161 timestamp authority over HTTP, as sigstore's timestamp-authority serves it:
 * `POST /api/v1/timestamp` (`application/timestamp-query` in, `application/timestamp-reply` out, RFC 3161 §3.4)
 * and `GET /api/v1/timestamp/certchain` (the PEM chain, leaf first). Every request that reaches the handler gets
 * a TimeStampResp: a refusal carries its PKIFailureInfo and HTTP 400 (our code in X-Provlog-Error), never a 500.
 * genTime is the server clock, the serial number 16 random bytes.
 */
import { randomBytes } from 'node:crypto';
import { grantTimestamp, refuseTimestamp } from '../../core/tsa/reply.js';
import { parseTimestampQuery } from '../../core/tsa/request.js';
import type { TimestampAuthority } from '../tsa/authority.js';
import type { HttpRequest, Router } from './router.js';
import type { HttpResponse } from './status.js';

export const TIMESTAMP_PATH = '/api/v1/timestamp';
export const TIMESTAMP_CERTCHAIN_PATH = '/api/v1/timestamp/certchain';
const QUERY_TYPE = 'application/timestamp-query';
const REPLY_TYPE = 'application/timestamp-reply';

export function registerTimestampAuthority(
  router: Router,
  tsa: TimestampAuthority,
  clock: () => Date = () => new Date(),
): void {
  router.post(TIMESTAMP_PATH, (req) => answer(req, tsa, clock));
  router.get(TIMESTAMP_CERTCHAIN_PATH, () => ({
    status: 200,
    headers: { 'content-type': 'application/pem-certificate-chain', 'cache-control': 'public, max-age=300' },
    body: tsa.chainPem,
  }));
}

function answer(req: HttpRequest, tsa: TimestampAuthority, clock: () => Date): HttpResponse {
  if (mediaType(req.headers['content-type']) !== QUERY_TYPE) {
    return refusal(refuseTimestamp('badRequest', `the request must be ${QUERY_TYPE}`));
  }
  const parsed = parseTimestampQuery(req.body, tsa.policy);
  if (!parsed.ok) return refusal(refuseTimestamp(parsed.failInfo, parsed.text));
  const reply = grantTimestamp(tsa, { query: parsed.query, time: clock(), serial: randomBytes(16) });
  return { status: 200, headers: { 'content-type': REPLY_TYPE, 'cache-control': 'no-store' }, body: reply };
}

function refusal(body: Uint8Array): HttpResponse {
  return {
    status: 400,
    headers: { 'content-type': REPLY_TYPE, 'cache-control': 'no-store', 'x-provlog-error': 'BAD_REQUEST' },
    body,
  };
}

function mediaType(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return (text.split(';')[0] ?? '').trim().toLowerCase();
}
