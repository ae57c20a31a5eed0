/**
 * `provlog verify-release` against the local GitHub REST stand-in: assets and their bundle uploaded through the
 * REST upload path, bundles made against a real provlog log server, everything downloaded and verified.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../../../src/adapters/github/http.js';
import { findReleaseByTag, uploadReleaseAsset } from '../../../src/adapters/github/releases.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runVerifyRelease } from '../../../src/cli/verify.js';
import { toCodedError } from '../../../src/core/errors.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import { type GitHubStandin, startGitHubStandin } from '../../helpers/github-standin.js';
import { logOnServer, newSigner, signProvenance, tempDir, writeFile } from './verify-fixtures.js';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function run(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; error?: string }> {
  let stdout = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => {},
    env,
    cwd: '/',
    isTTY: false,
  };
  try {
    return { code: await runVerifyRelease(argv, io), stdout };
  } catch (error) {
    const coded = toCodedError(error);
    return { code: exitCodeFor(coded), stdout, error: coded.code };
  }
}

describe('verify-release', () => {
  let gh: GitHubStandin;
  let log: LogServer;
  let dir: string;
  let trust: string[];
  let env: Record<string, string>;

  async function publish(owner: string, repo: string, tag: string, assets: Record<string, string>): Promise<void> {
    gh.seedRelease(owner, repo, { tag });
    const api = new GitHubApi({ baseUrl: gh.url, token: gh.token });
    const release = await findReleaseByTag(api, { owner, repo }, tag);
    for (const [name, text] of Object.entries(assets)) {
      await uploadReleaseAsset(api, { owner, repo }, release, name, utf8(text));
    }
  }

  beforeAll(async () => {
    dir = tempDir();
    gh = await startGitHubStandin();
    log = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
    const signer = newSigner();
    trust = [
      '--trusted-root',
      log.trustedRootPath,
      '--key',
      writeFile(dir, 'k.pub', formatPublicKeyPem(signer.publicKey)),
    ];
    env = { GITHUB_TOKEN: gh.token };
    const bundle = await logOnServer(
      log.url,
      signProvenance(signer, { 'app.tgz': sha256('app'), 'app.sbom.json': sha256('sbom') }),
    );
    await publish('acme', 'app', 'v1.2.0', { 'app.tgz': 'app', 'app.sbom.json': 'sbom', 'app.sigstore.json': bundle });
    // The same bundle beside a tampered file, and in a repository the provenance does not name.
    await publish('acme', 'app', 'v1.2.1', { 'app.tgz': 'app!', 'app.sigstore.json': bundle });
    await publish('mallory', 'app', 'v1.2.0', {
      'app.tgz': 'app',
      'provenance.intoto.jsonl': `${JSON.stringify(JSON.parse(bundle))}\n`,
    });
  });
  afterAll(async () => {
    await log.close();
    await gh.close();
  });

  it('downloads every asset and its bundle and verifies them all (exit 0)', async () => {
    const r = await run(['acme/app@v1.2.0', '--github-url', gh.url, ...trust, '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { artifact: string; verified: boolean; bundle: string }[] };
    expect(out.results.map((x) => [x.artifact, x.verified, x.bundle])).toEqual([
      ['app.tgz', true, 'app.sigstore.json'],
      ['app.sbom.json', true, 'app.sigstore.json'],
    ]);
    expect(out.results.some((x) => x.artifact.endsWith('.sigstore.json'))).toBe(false);
  });

  it('--asset GLOB narrows the files; a glob matching nothing is a usage error', async () => {
    const r = await run(['acme/app@v1.2.0', '--github-url', gh.url, ...trust, '--asset', '*.tgz', '--json'], env);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(1);
    const none = await run(['acme/app@v1.2.0', '--github-url', gh.url, ...trust, '--asset', '*.zip'], env);
    expect(none).toMatchObject({ code: 2, error: 'NO_SUBJECTS' });
  });

  it('a tampered asset is not verified (exit 1, ARTIFACT_DIGEST_MISMATCH)', async () => {
    const r = await run(['acme/app@v1.2.1', '--github-url', gh.url, ...trust, '--json'], env);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { results: { error: { code: string } | null }[] };
    expect(out.results[0]?.error?.code).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('the provenance must name OWNER/REPO unless --repo says otherwise (JSONL bundle asset)', async () => {
    const r = await run(['mallory/app@v1.2.0', '--github-url', gh.url, ...trust, '--json'], env);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { results: { checks: { name: string; ok: boolean }[] }[] };
    expect(out.results[0]?.checks.find((c) => !c.ok)?.name).toBe('policy:repository');
    const allowed = await run(['mallory/app@v1.2.0', '--github-url', gh.url, ...trust, '--repo', 'acme/app'], env);
    expect(allowed.code).toBe(0);
  });

  it('a missing tag is RELEASE_NOT_FOUND and a malformed reference a usage error (exit 2)', async () => {
    expect(await run(['acme/app@v9', '--github-url', gh.url, ...trust], env)).toMatchObject({
      code: 2,
      error: 'RELEASE_NOT_FOUND',
    });
    expect(await run(['acme-app', '--github-url', gh.url, ...trust], env)).toMatchObject({ code: 2, error: 'USAGE' });
  });
});
