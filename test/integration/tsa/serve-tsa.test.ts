/** `provlog serve --tsa` through the CLI: flag, printed endpoints, and turning the TSA on for an existing log. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io.js';
import { runServe } from '../../../src/cli/serve.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { parseSigningConfig } from '../../../src/core/signing-config/config.js';

const root = mkdtempSync(join(tmpdir(), 'provlog-serve-tsa-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function serveOnce(data: string, flags: string[], during: (url: string, out: string) => Promise<void>) {
  const stop = new AbortController();
  const out: string[] = [];
  const io: CliIO = {
    stdout: (s) => out.push(s),
    stderr: () => {},
    env: {},
    cwd: root,
    isTTY: false,
    signal: stop.signal,
  };
  const running = runServe(['--data', data, '--port', '0', ...flags], io);
  let url: string | undefined;
  while (url === undefined) {
    url = /listening on (\S+)/.exec(out.join(''))?.[1];
    if (url === undefined) await new Promise((r) => setTimeout(r, 20));
  }
  try {
    await during(url, out.join(''));
  } finally {
    stop.abort();
    expect(await running).toBe(0);
  }
}

describe('provlog serve --tsa', () => {
  it('adds the TSA to an existing log: route, trusted root and signing config follow the flag', async () => {
    const data = join(root, 'log');
    await serveOnce(data, [], async (url, out) => {
      expect(out).toContain(join(data, 'signing_config.json'));
      expect(out).not.toContain('/api/v1/timestamp');
      expect((await fetch(`${url}/api/v1/timestamp/certchain`)).status).toBe(404);
    });
    const before = parseTrustedRoot(readFileSync(join(data, 'trusted_root.json'), 'utf8'));
    expect(before.timestampAuthorities).toEqual([]);

    await serveOnce(data, ['--tsa'], async (url, out) => {
      expect(out).toContain(`${url}/api/v1/timestamp`);
      const res = await fetch(`${url}/api/v1/timestamp/certchain`);
      expect(res.status).toBe(200);
      expect((await res.text()).match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    });
    const after = parseTrustedRoot(readFileSync(join(data, 'trusted_root.json'), 'utf8'));
    // the log's entry is untouched; the TSA is added once
    expect(after.tlogs).toEqual(before.tlogs);
    expect(after.timestampAuthorities).toHaveLength(1);
    expect(after.timestampAuthorities[0]?.certChain).toHaveLength(2);
    const config = parseSigningConfig(readFileSync(join(data, 'signing_config.json'), 'utf8'));
    expect(config.tsaUrls).toHaveLength(1);
    expect(config.tsaConfig).toEqual({ selector: 'ANY' });

    // turned off again: the signing config stops offering it (the trusted root keeps trusting old tokens)
    await serveOnce(data, [], async () => {});
    expect(parseSigningConfig(readFileSync(join(data, 'signing_config.json'), 'utf8')).tsaUrls).toEqual([]);
    expect(parseTrustedRoot(readFileSync(join(data, 'trusted_root.json'), 'utf8')).timestampAuthorities).toHaveLength(
      1,
    );
  });
});
