/**
 * `provlog serve --ca` from the command line: flags, the CA material created once (keys 0600) and reused on
 * restart, trusted_root.json gaining the CA and CT log exactly once (also for a log first run without --ca).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLogServer } from '../../../src/adapters/http/log-server.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runServe } from '../../../src/cli/serve.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { isCodedError } from '../../../src/core/errors.js';
import { type OidcIssuerStandin, startOidcIssuer } from '../../helpers/oidc-issuer.js';

let oidc: OidcIssuerStandin;
const dirs: string[] = [];
beforeAll(async () => {
  oidc = await startOidcIssuer();
});
afterAll(async () => {
  await oidc.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'provlog-serve-ca-'));
  dirs.push(d);
  return d;
}

function testIO(signal: AbortSignal): { io: CliIO; out: string[] } {
  const out: string[] = [];
  return { out, io: { stdout: (s) => out.push(s), stderr: () => {}, env: {}, cwd: tempDir(), isTTY: false, signal } };
}

async function serveOnce(args: string[]): Promise<string> {
  const ctl = new AbortController();
  const { io, out } = testIO(ctl.signal);
  const running = runServe(args, io);
  for (;;) {
    if (/listening on/.test(out.join(''))) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  ctl.abort();
  expect(await running).toBe(0);
  return out.join('');
}

describe('provlog serve --ca', () => {
  it('creates the CA once (keys 0600), reports it, and keeps the trusted root stable across restarts', async () => {
    const data = join(tempDir(), 'log');
    const args = ['--data', data, '--port', '0', '--ca', '--oidc-issuer', oidc.issuer];
    const out = await serveOnce(args);
    expect(out).toContain(`issuers: ${oidc.issuer}`);
    for (const file of ['ca-root-key.pem', 'ca-intermediate-key.pem', 'ct-log-key.pem', 'log-key.pem']) {
      expect(statSync(join(data, file)).mode & 0o777).toBe(0o600);
    }
    const rootBefore = readFileSync(join(data, 'trusted_root.json'), 'utf8');
    const certBefore = readFileSync(join(data, 'ca-root.pem'), 'utf8');
    await serveOnce(args);
    expect(readFileSync(join(data, 'trusted_root.json'), 'utf8')).toBe(rootBefore);
    expect(readFileSync(join(data, 'ca-root.pem'), 'utf8')).toBe(certBefore);
    const root = parseTrustedRoot(rootBefore);
    expect([root.tlogs.length, root.certificateAuthorities.length, root.ctlogs.length]).toEqual([1, 1, 1]);
  });

  it('adds the CA to the trusted root of a log first run without it, keeping its tlogs', async () => {
    const data = join(tempDir(), 'log');
    const plain = await startLogServer({ dataDir: data, port: 0 });
    await plain.close();
    const before = parseTrustedRoot(readFileSync(join(data, 'trusted_root.json'), 'utf8'));
    expect(before.certificateAuthorities).toHaveLength(0);
    const withCa = await startLogServer({
      dataDir: data,
      port: 0,
      ca: { issuers: [{ issuerUrl: oidc.issuer, serverUrl: 'https://github.com' }] },
    });
    await withCa.close();
    const after = parseTrustedRoot(readFileSync(join(data, 'trusted_root.json'), 'utf8'));
    expect(after.tlogs).toEqual(before.tlogs);
    expect(after.certificateAuthorities).toHaveLength(1);
    expect(after.ctlogs).toHaveLength(1);
  });

  it('refuses --oidc-issuer without --ca, --ca without an issuer, and http:// issuers off loopback', async () => {
    const data = join(tempDir(), 'log');
    const { io } = testIO(new AbortController().signal);
    const usage = (e: unknown) => isCodedError(e, 'USAGE');
    await expect(runServe(['--data', data, '--port', '0', '--oidc-issuer', oidc.issuer], io)).rejects.toSatisfy(usage);
    await expect(runServe(['--data', data, '--port', '0', '--ca'], io)).rejects.toSatisfy(usage);
    await expect(
      runServe(['--data', data, '--port', '0', '--ca', '--oidc-issuer', 'http://issuer.example.com'], io),
    ).rejects.toSatisfy(usage);
    await expect(
      runServe(['--data', data, '--port', '0', '--ca', '--oidc-issuer', `${oidc.issuer}=not a url`], io),
    ).rejects.toSatisfy(usage);
  });
});
