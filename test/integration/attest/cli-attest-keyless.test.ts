/**
 * `provlog attest --identity-token` (keyless) against `provlog serve --ca` with the OIDC issuer stand-in: the
 * CLI gets a certificate for an ephemeral key, logs the DSSE entry with the certificate as verifier, writes a
 * bundle v0.3 with the leaf, and the bundle verifies with our verifier (identity policy) and @sigstore/verify.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { runAttest } from '../../../src/cli/attest.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { isCodedError } from '../../../src/core/errors.js';
import { verifyBundle } from '../../../src/core/verify/verifier.js';
import { type OidcIssuerStandin, startOidcIssuer } from '../../helpers/oidc-issuer.js';

const SAN = 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main';

function captureIO(cwd: string, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env, cwd, isTTY: false };
  return { io, out, err };
}

describe('provlog attest, keyless, against provlog serve --ca', () => {
  let dir: string;
  let server: LogServer;
  let oidc: OidcIssuerStandin;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'provlog-keyless-'));
    oidc = await startOidcIssuer();
    server = await startLogServer({
      dataDir: join(dir, 'log'),
      port: 0,
      ca: { issuers: [{ issuerUrl: oidc.issuer, serverUrl: 'https://github.com' }] },
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: join(dir, 'work'), stdio: 'pipe' });
    execFileSync('mkdir', ['-p', join(dir, 'work', 'dist')]);
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', 'https://github.com/acme/widget.git');
    writeFileSync(join(dir, 'work', 'dist', 'widget.tgz'), 'widget bytes');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
  });

  afterAll(async () => {
    await server?.close();
    await oidc?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs with a certificate and the bundle verifies with both verifiers', async () => {
    writeFileSync(join(dir, 'token'), oidc.mint(oidc.githubClaims()));
    const { io, out } = captureIO(join(dir, 'work'));
    const args = ['dist/widget.tgz', '--log-url', server.url, '--trusted-root', server.trustedRootPath];
    expect(await runAttest([...args, '--identity-token', join(dir, 'token'), '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('')) as {
      bundlePath: string;
      subjects: { digest: { sha256: string } }[];
      certificateIdentity: { san: string; issuer: string };
    };
    expect(result.certificateIdentity).toMatchObject({ san: SAN, issuer: oidc.issuer });
    const bundleJson = JSON.parse(readFileSync(result.bundlePath, 'utf8'));
    expect(bundleJson.verificationMaterial.certificate.rawBytes).toBeDefined();
    expect(bundleJson.verificationMaterial.publicKey).toBeUndefined();

    const rootJson = JSON.parse(readFileSync(server.trustedRootPath, 'utf8'));
    const digest = result.subjects[0]?.digest.sha256 ?? '';
    const ours = verifyBundle(bundleJson, { algorithm: 'sha256', hex: digest }, parseTrustedRoot(rootJson), {
      identity: { san: SAN, issuer: oidc.issuer },
      now: Date.now() / 1000,
    });
    expect(ours.signer).toMatchObject({ kind: 'certificate', san: SAN });
    new Verifier(toTrustMaterial(TrustedRoot.fromJSON(rootJson))).verify(toSignedEntity(bundleFromJSON(bundleJson)), {
      subjectAlternativeName: SAN,
      extensions: { issuer: oidc.issuer },
    });
  });

  it('takes the token from SIGSTORE_ID_TOKEN, and refuses --key with --identity-token or neither', async () => {
    const env = { SIGSTORE_ID_TOKEN: oidc.mint(oidc.githubClaims()) };
    const args = ['dist/widget.tgz', '--log-url', server.url, '--trusted-root', server.trustedRootPath];
    const withEnv = captureIO(join(dir, 'work'), env);
    expect(await runAttest([...args, '--bundle', join(dir, 'b.json')], withEnv.io)).toBe(0);
    const bare = captureIO(join(dir, 'work'));
    await expect(runAttest(args, bare.io)).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
    await expect(
      runAttest([...args, '--key', 'k.pem', '--identity-token', join(dir, 'token')], bare.io),
    ).rejects.toSatisfy((e) => isCodedError(e, 'USAGE'));
  });

  it("stops with the CA's refusal and logs nothing when the token is refused", async () => {
    const before = server.log.head().size;
    const { io } = captureIO(join(dir, 'work'), { SIGSTORE_ID_TOKEN: oidc.mint(oidc.githubClaims({ aud: 'nobody' })) });
    const args = ['dist/widget.tgz', '--log-url', server.url, '--trusted-root', server.trustedRootPath];
    await expect(runAttest(args, io)).rejects.toMatchObject({
      code: 'CA_REJECTED',
      details: { reason: 'OIDC_AUDIENCE_MISMATCH' },
    });
    expect(server.log.head().size).toBe(before);
  });
});
