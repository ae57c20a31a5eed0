/**
 * `npm run bench:ca` (issue 12 figures): `provlog serve --ca` with the OIDC issuer stand-in, in one process.
 *   1. certificates issued per second: 16 concurrent keep-alive clients for --seconds, each request a fresh
 *      token, key and proof of possession prepared up front (so only the CA's work is timed: token checks,
 *      precertificate, durable CT append, final certificate);
 *   2. `provlog attest` end to end on the same file, key mode vs keyless (token -> certificate -> log), p50 of
 *      20 runs each.
 * Clients run in the server's process and share its CPU, so the figures are a floor. Prints a markdown table.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePrivateKeyPem } from '../src/adapters/crypto/node-signer.js';
import { startLogServer } from '../src/adapters/http/log-server.js';
import { runAttest } from '../src/cli/attest.js';
import { startOidcIssuer } from '../test/helpers/oidc-issuer.js';
import { median } from './common.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
const seconds = Number(values.seconds);
const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-ca-'));
const oidc = await startOidcIssuer();
const server = await startLogServer({
  dataDir: join(dir, 'log'),
  port: 0,
  ca: { issuers: [{ issuerUrl: oidc.issuer, serverUrl: 'https://github.com' }] },
});

function prepared(): string {
  const claims = oidc.githubClaims();
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return JSON.stringify({
    credentials: { oidcIdentityToken: oidc.mint(claims) },
    publicKeyRequest: {
      publicKey: { content: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      proofOfPossession: sign('sha256', Buffer.from(String(claims.sub)), privateKey).toString('base64'),
    },
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });
function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/api/v2/signingCert`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// 1. Throughput. Bodies prepared up front; warm-up of 50 not counted.
for (let i = 0; i < 50; i++) await post(prepared());
const pool = Array.from({ length: Math.ceil(seconds * 600) }, prepared);
let issued = 0;
let next = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (performance.now() < deadline && next < pool.length) {
      const status = await post(pool[next++] ?? '');
      if (status !== 201) throw new Error(`signingCert answered ${status}`);
      issued++;
    }
  }),
);
const perSecond = issued / ((performance.now() - started) / 1000);

// 2. attest end to end, key vs keyless.
const work = join(dir, 'work');
mkdirSync(work);
writeFileSync(join(work, 'app.bin'), 'bench artifact');
// Build context from a local git checkout (no GITHUB_* variables), as `provlog attest` reads it in a terminal.
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
git('init', '-q', '-b', 'main');
git('remote', 'add', 'origin', 'https://github.com/acme/widget.git');
git('add', '.');
git('-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'bench');
writeFileSync(join(dir, 'key.pem'), generatePrivateKeyPem('ecdsa-p256'), { mode: 0o600 });
const quiet = (env: Record<string, string>) => ({
  stdout: () => {},
  stderr: () => {},
  env,
  cwd: work,
  isTTY: false,
});
const base = ['app.bin', '--log-url', server.url, '--trusted-root', server.trustedRootPath, '--json'];
async function timeRuns(args: string[], env: () => Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const io = quiet(env());
    const t0 = performance.now();
    await runAttest(args, io);
    times.push(performance.now() - t0);
  }
  return median(times);
}
const keyMs = await timeRuns([...base, '--key', join(dir, 'key.pem')], () => ({}));
const keylessMs = await timeRuns(base, () => ({ SIGSTORE_ID_TOKEN: oidc.mint(oidc.githubClaims()) }));

process.stdout.write(
  [
    '| measure | value |',
    '| --- | --- |',
    `| certificates issued per second (16 clients, ${seconds} s, durable CT append each) | ${perSecond.toFixed(0)}/s |`,
    `| provlog attest, key mode, p50 of 20 (in process) | ${keyMs.toFixed(1)} ms |`,
    `| provlog attest, keyless (token + certificate + log), p50 of 20 (in process) | ${keylessMs.toFixed(1)} ms |`,
    '',
  ].join('\n'),
);
agent.destroy();
await server.close();
await oidc.close();
rmSync(dir, { recursive: true, force: true });
