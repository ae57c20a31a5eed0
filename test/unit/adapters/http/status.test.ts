import { describe, expect, it } from 'vitest';
import { errorResponse, HTTP_STATUS, responseForError } from '../../../../src/adapters/http/status.js';
import { CodedError, type ErrorCode } from '../../../../src/core/errors.js';

/** Codes that mean the server itself failed; every other code a request can provoke is the client's mistake. */
const SERVER_FAULTS = new Set<ErrorCode>([
  'STORAGE_CORRUPT',
  'STORAGE_FAILURE',
  'INTERNAL',
  'QUEUE_FULL',
  'SHUTTING_DOWN',
  'ADMISSION_TIMEOUT', // back-pressure like QUEUE_FULL: 503 + Retry-After
  'LOG_UNREACHABLE',
  'LOG_RESPONSE_INVALID',
  'GITHUB_API_ERROR',
  'FILE_UNREADABLE',
  'SIGNING_KEY_MISSING',
  // the CA: the OIDC issuer (a third party) cannot be reached; a remote CA fails (client side)
  'OIDC_ISSUER_UNREACHABLE',
  'CA_UNREACHABLE',
  'CA_RESPONSE_INVALID',
]);

describe('HTTP status table', () => {
  it('maps every client-side code to a 4xx', () => {
    for (const [code, status] of Object.entries(HTTP_STATUS) as [ErrorCode, number][]) {
      if (SERVER_FAULTS.has(code)) expect(status, code).toBeGreaterThanOrEqual(500);
      else expect(status, code).toBeLessThan(500);
    }
  });

  it('answers back-pressure with 503 + Retry-After and a Rekor body', () => {
    const res = responseForError(new CodedError('QUEUE_FULL', 'the write queue is full'));
    expect(res.status).toBe(503);
    expect(res.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(Buffer.from(res.body ?? '').toString())).toEqual({
      code: 503,
      message: 'the write queue is full',
    });
  });

  it('keeps server-side messages out of 500 bodies and wraps non-coded errors as INTERNAL', () => {
    const res = responseForError(new Error('/secret/path/log.sqlite is locked'));
    expect(res.status).toBe(500);
    expect(res.headers?.['x-provlog-error']).toBe('INTERNAL');
    expect(Buffer.from(res.body ?? '').toString()).not.toContain('secret');
  });

  it('builds Rekor error bodies with the HTTP status as code', () => {
    const res = errorResponse(422, 'more than max allowed 10 entries in request', 'TOO_LARGE');
    expect(JSON.parse(Buffer.from(res.body ?? '').toString())).toEqual({
      code: 422,
      message: 'more than max allowed 10 entries in request',
    });
  });
});
