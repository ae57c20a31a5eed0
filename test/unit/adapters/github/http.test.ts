import { describe, expect, it } from 'vitest';
import { nextLink, retryWaitMs } from '../../../../src/adapters/github/http.js';

describe('nextLink', () => {
  it('finds rel="next" among GitHub Link values', () => {
    const h = '<https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"';
    expect(nextLink(h)).toBe('https://api.github.com/x?page=3');
    expect(nextLink('<https://a/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('retryWaitMs', () => {
  const res = (status: number, headers: Record<string, string> = {}): Response =>
    new Response(null, { status, headers });
  it('retries 5xx and 429 with backoff, honouring retry-after', () => {
    expect(retryWaitMs(res(502), 1)).toBe(1000);
    expect(retryWaitMs(res(503), 3)).toBe(4000);
    expect(retryWaitMs(res(429, { 'retry-after': '7' }), 1)).toBe(7000);
    expect(retryWaitMs(res(403, { 'retry-after': '2' }), 1)).toBe(2000);
  });
  it('does not retry permission or validation failures', () => {
    expect(retryWaitMs(res(403), 1)).toBeUndefined();
    expect(retryWaitMs(res(401), 1)).toBeUndefined();
    expect(retryWaitMs(res(422), 1)).toBeUndefined();
  });
});
