/**
 * `provlog attest` (the built CLI) over HTTPS, as users reach a private log behind a TLS proxy: a real
 * `provlog serve` started with --public-url, a real TLS terminator in front of it with a certificate from a
 * "private CA" (a self-signed certificate made by openssl here), trusted through NODE_EXTRA_CA_CERTS.
 * Without that variable the run fails at once, names the fix, and records nothing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem } from '../../src/adapters/crypto/node-signer.js';
import { type LogServer, startLogServer } from '../../src/adapters/http/log-server.js';
import { parseBundle } from '../../src/core/bundle/codec.js';

const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

function runCli(args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

describe('provlog attest over HTTPS to a log behind a TLS proxy', () => {
  let dir: string;
  let proxy: Server;
  let proxyUrl: string;
  let log: LogServer;
  let upstreamPort = 0;
  let refusedHandshakes = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'provlog-https-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
        ...['-keyout', join(dir, 'tls-key.pem'), '-out', join(dir, 'ca.pem'), '-days', '2'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      ],
      { stdio: 'pipe' },
    );
    proxy = createServer(
      { key: readFileSync(join(dir, 'tls-key.pem')), cert: readFileSync(join(dir, 'ca.pem')) },
      (req, res) => {
        const upstream = request(
          { host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      },
    );
    proxy.on('tlsClientError', () => refusedHandshakes++);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    log = await startLogServer({ dataDir: join(dir, 'log'), port: 0, publicUrl: proxyUrl });
    upstreamPort = Number(new URL(log.url).port);

    const work = join(dir, 'work');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
    execFileSync('mkdir', ['-p', work]);
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', 'https://github.com/acme/tool.git');
    writeFileSync(join(work, 'app.tar.gz'), 'release bytes');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    writeFileSync(join(dir, 'key.pem'), generatePrivateKeyPem('ecdsa-p256'), { mode: 0o600 });
  });

  afterAll(async () => {
    await log?.close();
    proxy?.closeAllConnections();
    await new Promise((resolve) => proxy?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const attestArgs = () => [
    'attest',
    'app.tar.gz',
    '--log-url',
    proxyUrl,
    '--key',
    join(dir, 'key.pem'),
    '--trusted-root',
    log.trustedRootPath,
    '--bundle',
    join(dir, 'app.sigstore.json'),
    '--json',
  ];

  it('records and verifies the entry when the CA is given in NODE_EXTRA_CA_CERTS', async () => {
    const run = await runCli(attestArgs(), join(dir, 'work'), { NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { entry: { logIndex: number; entryUrl: string } };
    expect(out.entry.logIndex).toBe(0);
    expect(out.entry.entryUrl.startsWith(`${proxyUrl}/api/v1/log/entries/`)).toBe(true);
    const bundle = parseBundle(readFileSync(join(dir, 'app.sigstore.json'), 'utf8'));
    expect(bundle.verificationMaterial.tlogEntries[0]?.inclusionProof?.checkpoint).toContain(
      `127.0.0.1:${new URL(proxyUrl).port}`,
    );
  });

  it('fails at once without the CA, naming the fix, and records nothing', async () => {
    const before = log.log.head().size;
    const handshakes = refusedHandshakes;
    const run = await runCli(
      [...attestArgs().slice(0, -3), '--bundle', join(dir, 'never.json')],
      join(dir, 'work'),
      {},
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TLS certificate is not trusted');
    expect(run.stderr).toContain('NODE_EXTRA_CA_CERTS');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(refusedHandshakes - handshakes).toBe(1); // not retried: a certificate does not get trusted by waiting
    expect(log.log.head().size).toBe(before);
  });
});
