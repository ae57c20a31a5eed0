/** `provlog serve` (runServe) end to end in-process, plus back-pressure and graceful close of the wiring. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { startLogServer } from '../../../src/adapters/http/log-server.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runServe } from '../../../src/cli/serve.js';
import { isCodedError } from '../../../src/core/errors.js';
import { admitProposedEntry } from '../../../src/core/rekor/admit.js';
import { dsseProposal, expectValidEntry, hashedRekordProposal, newKey, startTestServer } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'provlog-serve-'));
  dirs.push(d);
  return d;
}

function testIO(signal: AbortSignal): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: {}, cwd: tempDir(), isTTY: false, signal },
  };
}

async function waitFor(check: () => string | undefined): Promise<string> {
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const key = newKey();

describe('provlog serve', () => {
  it('prints URL, log ID and trusted root; serves; exits 0 on abort; a restart on port 0 keeps the identity', async () => {
    const data = join(tempDir(), 'log');
    const first = new AbortController();
    const a = testIO(first.signal);
    const running = runServe(['--data', data, '--port', '0'], a.io);
    const url = await waitFor(() => /listening on (\S+)/.exec(a.out.join(''))?.[1]);
    const logId = /log ID\s+([0-9a-f]{64})/.exec(a.out.join(''))?.[1];
    expect(a.out.join('')).toContain(join(data, 'trusted_root.json'));
    const client = new RekorClient({ baseUrl: url, retries: 0 });
    const created = await client.createEntry(dsseProposal(key));
    const rootBefore = readFileSync(join(data, 'trusted_root.json'), 'utf8');
    first.abort();
    expect(await running).toBe(0);

    const second = new AbortController();
    const b = testIO(second.signal);
    const again = runServe(['--data', data, '--port', '0'], b.io);
    const url2 = await waitFor(() => /listening on (\S+)/.exec(b.out.join(''))?.[1]);
    expect(/log ID\s+([0-9a-f]{64})/.exec(b.out.join(''))?.[1]).toBe(logId);
    expect(readFileSync(join(data, 'trusted_root.json'), 'utf8')).toBe(rootBefore);
    const name = new URL(url).host;
    const fetched = await new RekorClient({ baseUrl: url2, retries: 0 }).getEntryByUuid(created.uuid);
    if (fetched === undefined) throw new Error('entry lost across restart');
    const { parsePublicKeyPem } = await import('../../../src/core/keys/keys.js');
    const pub = parsePublicKeyPem(
      await client.getPublicKey().catch(() => new RekorClient({ baseUrl: url2 }).getPublicKey()),
    );
    expectValidEntry(fetched.uuid, fetched.entry, pub, name, /tree ID\s+(\d+)/.exec(b.out.join(''))?.[1] ?? '');
    second.abort();
    expect(await again).toBe(0);
  });

  it('refuses bad flags and a --name that differs from the stored one', async () => {
    const data = join(tempDir(), 'log');
    const ctl = new AbortController();
    const { io } = testIO(ctl.signal);
    await expect(runServe(['--port', '0'], io)).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
    await expect(runServe(['--data', data, '--port', '70000'], io)).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
    await expect(runServe(['--data', data, '--bogus'], io)).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
    const s = await startLogServer({ dataDir: data, port: 0, name: 'log.example' });
    expect(s.baseUrl).toBe('http://log.example');
    await s.close();
    await expect(startLogServer({ dataDir: data, port: 0, name: 'other.example' })).rejects.toSatisfy((e) =>
      isCodedError(e, 'USAGE'),
    );
  });

  it('--public-url puts the proxy URL into trusted_root.json, names checkpoints after its host, and is fixed', async () => {
    const data = join(tempDir(), 'log');
    const s = await startLogServer({ dataDir: data, port: 0, publicUrl: 'https://log.example.com/' });
    expect(s.baseUrl).toBe('https://log.example.com');
    expect(s.name).toBe('log.example.com');
    const root = JSON.parse(readFileSync(s.trustedRootPath, 'utf8')) as { tlogs: { baseUrl: string }[] };
    expect(root.tlogs[0]?.baseUrl).toBe('https://log.example.com');
    expect(s.log.head().checkpoint.startsWith('log.example.com - ')).toBe(true);
    await s.close();
    const again = await startLogServer({ dataDir: data, port: 0 });
    expect(again.baseUrl).toBe('https://log.example.com');
    await again.close();
    for (const publicUrl of ['https://other.example.com', 'ftp://log.example.com', 'not a url']) {
      await expect(startLogServer({ dataDir: data, port: 0, publicUrl })).rejects.toSatisfy((e) =>
        isCodedError(e, 'USAGE'),
      );
    }
    const mismatch = join(tempDir(), 'log2');
    await expect(
      startLogServer({ dataDir: mismatch, port: 0, publicUrl: 'https://log.example.com', name: 'elsewhere.example' }),
    ).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
  });

  it('takes the connection and time limits from flags, and refuses bad ones (issue 11 §2)', async () => {
    const ctl = new AbortController();
    const a = testIO(ctl.signal);
    const data = join(tempDir(), 'log');
    for (const bad of [
      ['--max-connections', '0'],
      ['--headers-timeout', 'soon'],
      ['--admission-timeout', '0'],
      ['--admission-threads', '65'],
      ['--headers-timeout', '5000', '--request-timeout', '1000'],
    ]) {
      await expect(runServe(['--data', data, ...bad], a.io)).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
    }
    const running = runServe(
      ['--data', data, '--port', '0', '--max-connections', '1', '--headers-timeout', '300', '--request-timeout', '600'],
      a.io,
    );
    const url = new URL(await waitFor(() => /listening on (\S+)/.exec(a.out.join(''))?.[1]));
    const open = (): Promise<Socket> =>
      new Promise((resolve) => {
        const s = connect(Number(url.port), url.hostname, () => resolve(s));
        s.on('error', () => {});
      });
    const closed = (s: Socket): Promise<string> => {
      let got = '';
      s.on('data', (d: Buffer) => {
        got += d.toString('latin1');
      });
      return new Promise((resolve) => s.once('close', () => resolve(got)));
    };
    const held = await open();
    const heldClosed = closed(held);
    held.write('GET /api/v1/log HTTP/1.1\r\nhost: x\r\n'); // headers never finished
    await new Promise((r) => setTimeout(r, 50));
    expect(await closed(await open())).toBe(''); // past --max-connections 1
    expect(await heldClosed).not.toMatch(/^HTTP\/1\.1 200/); // cut off by --headers-timeout 300
    ctl.abort();
    expect(await running).toBe(0);
  });

  it('prints help', async () => {
    const { io, out } = testIO(new AbortController().signal);
    expect(await runServe(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('--data DIR');
    for (const flag of ['--max-connections N', '--headers-timeout MS', '--body-timeout MS', '--admission-timeout MS']) {
      expect(out.join('')).toContain(flag);
    }
  });
});

describe('back-pressure and graceful close', () => {
  it('answers 503 + Retry-After when the write queue is full, and stores nothing of the refused request', async () => {
    // Inline admission (no worker threads): the request must reach the write queue within the same turns.
    const t = await startTestServer({ maxPending: 1, maxBatch: 1, admissionThreads: 0 });
    try {
      const { port } = new URL(t.server.url);
      const socket = await new Promise<Socket>((resolve) => {
        const s = connect(Number(port), '127.0.0.1', () => resolve(s));
      });
      await new Promise((r) => setTimeout(r, 50)); // let the server accept the connection
      let answer = '';
      const answered = new Promise<void>((resolve) => {
        socket.on('data', (d: Buffer) => {
          answer += d.toString('utf8');
        });
        socket.on('end', () => resolve());
      });
      const queued = admitProposedEntry(hashedRekordProposal(key).proposed);
      const body = JSON.stringify(hashedRekordProposal(key).proposed);
      let acknowledged: Promise<unknown> = Promise.resolve();
      // Inside a check-phase callback: fill the one queue slot (its flush runs in the NEXT check phase), make
      // sure the request bytes sit in the server's socket, and return. The server's poll phase then reads the
      // request while the queue is still full, deterministically.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          socket.end(
            `POST /api/v1/log/entries HTTP/1.1\r\nhost: x\r\nconnection: close\r\n` +
              `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
          acknowledged = t.server.log.add(queued);
          const until = Date.now() + 50;
          while (Date.now() < until) {
            // busy-wait: keep the loop from reaching the flush before the request is readable
          }
          resolve();
        }),
      );
      await answered;
      await acknowledged;
      expect(answer.startsWith('HTTP/1.1 503')).toBe(true);
      expect(answer).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(answer).toContain('"code":503');
      expect(t.server.log.head().size).toBe(1);
    } finally {
      await t.cleanup();
    }
  });

  it('close() finishes in-flight writes: every acknowledged entry survives a reopen', async () => {
    const dir = tempDir();
    const s = await startLogServer({ dataDir: dir, port: 0 });
    const client = new RekorClient({ baseUrl: s.url, retries: 0 });
    const pending = Array.from({ length: 40 }, () =>
      client.createEntry(dsseProposal(key)).then(
        (e) => e.uuid,
        () => undefined,
      ),
    );
    await new Promise((r) => setTimeout(r, 5));
    await s.close();
    const acknowledged = (await Promise.all(pending)).filter((u) => u !== undefined);
    const reopened = await startLogServer({ dataDir: dir, port: 0 });
    try {
      for (const uuid of acknowledged) expect(reopened.log.entryByUuid(uuid)?.uuid).toBe(uuid);
    } finally {
      await reopened.close();
    }
  });
});
