/** RekorClient against small local servers that misbehave: retries, backoff, Retry-After, timeouts, bad answers. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { parseRetryAfter } from '../../../src/adapters/client/retry-after.js';
import { isCodedError } from '../../../src/core/errors.js';
import { hashedRekordProposal, newKey, startTestServer } from './fixtures.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function flaky(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<string> {
  let n = 0;
  const server = createServer((req, res) => {
    n++;
    req.resume();
    req.on('end', () => handler(req, res, n));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Records the waits instead of sleeping, so the test checks the schedule without timing assertions. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

describe('RekorClient retries', () => {
  it('retries 503 and 429 with exponential backoff, honours Retry-After, then relays the real server', async () => {
    const real = await startTestServer();
    try {
      const upstream = real.server.url;
      const base = await flaky((req, res, n) => {
        if (n === 1) {
          res.writeHead(503, { 'retry-after': '2', 'content-type': 'application/json' });
          res.end('{"code":503,"message":"queue full"}');
        } else if (n === 2) {
          res.writeHead(429);
          res.end();
        } else {
          void fetch(`${upstream}${req.url}`).then(async (r) => {
            res.writeHead(r.status, { 'content-type': 'application/json' });
            res.end(await r.text());
          });
        }
      });
      const { sleep, waits } = recordingSleep();
      const client = new RekorClient({ baseUrl: base, retries: 3, sleep, random: () => 1, backoffMs: 100 });
      const info = await client.getLogInfo();
      expect(info.treeId).toBe(real.server.treeId);
      expect(waits).toEqual([2000, 200]);
    } finally {
      await real.cleanup();
    }
  });

  it('gives up with LOG_UNREACHABLE after the retries, naming the attempts', async () => {
    let calls = 0;
    const base = await flaky((_req, res) => {
      calls++;
      res.writeHead(500);
      res.end();
    });
    const { sleep, waits } = recordingSleep();
    const client = new RekorClient({ baseUrl: base, retries: 2, sleep, random: () => 0.5, backoffMs: 100 });
    const error = await client.getLogInfo().catch((e: unknown) => e);
    expect(isCodedError(error, 'LOG_UNREACHABLE')).toBe(true);
    expect(calls).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  it('times out a stalled server and retries (AbortSignal)', async () => {
    let calls = 0;
    const base = await flaky((_req, res, n) => {
      calls++;
      if (n === 1) return; // never answers
      res.writeHead(404);
      res.end();
    });
    const client = new RekorClient({ baseUrl: base, retries: 1, timeoutMs: 200, sleep: async () => {} });
    expect(await client.getEntryByIndex(5)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('times out a server that stalls halfway through the body, and refuses an oversized answer', async () => {
    const stalled = await flaky((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"rootHash":'); // and never the rest
    });
    const slow = new RekorClient({ baseUrl: stalled, retries: 0, timeoutMs: 200 });
    const error = await slow.getLogInfo().catch((e: unknown) => e);
    expect(isCodedError(error, 'LOG_UNREACHABLE')).toBe(true);
    expect((error as Error).message).toContain('no answer within 200 ms');

    const huge = await flaky((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"pad":"${'x'.repeat(20_000)}"}`);
    });
    const capped = new RekorClient({ baseUrl: huge, retries: 0, maxResponseBytes: 10_000 });
    const tooBig = await capped.getLogInfo().catch((e: unknown) => e);
    expect(isCodedError(tooBig, 'LOG_UNREACHABLE')).toBe(true);
    expect((tooBig as Error).message).toContain('the response exceeds 10000 bytes');
  });

  it('does not follow a redirect: a USAGE error naming where the log moved, nothing re-sent', async () => {
    let calls = 0;
    const base = await flaky((_req, res) => {
      calls++;
      res.writeHead(301, { location: 'https://log.example.com/api/v1/log/entries' });
      res.end();
    });
    const client = new RekorClient({ baseUrl: base, retries: 3, sleep: async () => {} });
    const error = await client.createEntry({}).catch((e: unknown) => e);
    expect(isCodedError(error, 'USAGE')).toBe(true);
    expect((error as Error).message).toContain('redirects (HTTP 301) to https://log.example.com/api/v1/log/entries');
    expect(calls).toBe(1);
  });

  it('reports connection failures as LOG_UNREACHABLE', async () => {
    const base = await flaky((_req, res) => res.end());
    const port = new URL(base).port;
    for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
    const client = new RekorClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 1, sleep: async () => {} });
    const error = await client.getLogInfo().catch((e: unknown) => e);
    expect(isCodedError(error, 'LOG_UNREACHABLE')).toBe(true);
  });

  it('does not retry a 4xx: LOG_REJECTED with the server message', async () => {
    let calls = 0;
    const base = await flaky((_req, res) => {
      calls++;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"code":400,"message":"error processing entry: bad"}');
    });
    const client = new RekorClient({ baseUrl: base, retries: 3, sleep: async () => {} });
    const error = await client.createEntry({}).catch((e: unknown) => e);
    expect(isCodedError(error, 'LOG_REJECTED')).toBe(true);
    expect((error as { details: { message: string } }).details.message).toBe('error processing entry: bad');
    expect(calls).toBe(1);
  });

  it('rejects malformed success bodies with LOG_RESPONSE_INVALID', async () => {
    const bodies = ['not json', '{}', '{"a":1,"b":2}', `{"${'ab'.repeat(40)}":{"body":"!!"}}`];
    for (const body of bodies) {
      const base = await flaky((_req, res) => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(body);
      });
      const client = new RekorClient({ baseUrl: base, retries: 0 });
      const error = await client.createEntry({}).catch((e: unknown) => e);
      expect(isCodedError(error, 'LOG_RESPONSE_INVALID'), body).toBe(true);
    }
  });

  it('retries a POST whose answer was lost and adopts the entry it created (409)', async () => {
    const real = await startTestServer();
    try {
      const upstream = real.server.url;
      const base = await flaky((req, res, n) => {
        void fetch(`${upstream}${req.url}`, {
          method: req.method ?? 'GET',
          ...(req.method === 'POST' ? { body: lastBody, headers: { 'content-type': 'application/json' } } : {}),
        }).then(async (r) => {
          if (n === 1) {
            res.destroy(); // the entry is logged, but the client never hears about it
            return;
          }
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          const location = r.headers.get('location');
          if (location !== null) headers.location = location;
          res.writeHead(r.status, headers);
          res.end(await r.text());
        });
      });
      const { proposed } = hashedRekordProposal(newKey());
      lastBody = JSON.stringify(proposed);
      const client = new RekorClient({ baseUrl: base, retries: 2, sleep: async () => {} });
      const created = await client.createEntry(proposed);
      expect(created.adopted).toBe(true);
      expect(real.server.log.head().size).toBe(1);
    } finally {
      await real.cleanup();
    }
  });

  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

let lastBody = '';
