/**
 * e2e (issue 4): the built dist/attest/index.js, run as the runner runs it, against a real provlog log server and the
 * local GitHub REST stand-in. The uploaded bundle is checked with our verifier and with @sigstore/verify.
 */
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../src/adapters/crypto/node-signer.js';
import { extractMarkedSection, PROVENANCE_START } from '../../src/adapters/github/release-notes.js';
import { type LogServer, startLogServer } from '../../src/adapters/http/log-server.js';
import { parseBundle } from '../../src/core/bundle/codec.js';
import { parseTrustedRoot } from '../../src/core/bundle/trust.js';
import { parseStatement } from '../../src/core/intoto/statement.js';
import { decode } from '../../src/core/json/decode.js';
import { formatPublicKeyPem } from '../../src/core/keys/keys.js';
import { verifyBundle } from '../../src/core/verify/verifier.js';
import { type GitHubStandin, sampleGitHubClaims, startGitHubStandin } from '../helpers/github-standin.js';
import { type ActionRun, runAction, startIssuerRedirect, visibleStdout } from './attest-runner.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const KEY = generatePrivateKeyPem('ecdsa-p256');
const PUBLIC_PEM = formatPublicKeyPem(signerFromPem(KEY).publicKey);
const KEY_LINES = KEY.split('\n').filter((l) => l.length > 0 && !l.startsWith('-----'));
const ARTIFACTS = { 'app-linux.tar.gz': 'linux build bytes', 'app-darwin.tar.gz': 'darwin build bytes' };

let dir: string;
let workspace: string;
let log: LogServer;
let gh: GitHubStandin;
let issuer: { url: string; close(): Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provlog-attest-e2e-'));
  workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'dist'), { recursive: true });
  for (const [name, text] of Object.entries(ARTIFACTS)) writeFileSync(join(workspace, 'dist', name), text);
  mkdirSync(join(workspace, 'many'));
  for (let i = 0; i < 1030; i++) writeFileSync(join(workspace, 'many', `part-${i}.bin`), `part ${i}`);
  log = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  gh = await startGitHubStandin();
  issuer = await startIssuerRedirect(`${gh.url}/oidc`);
});

afterAll(async () => {
  await log?.close();
  await gh?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A tag push of octo-org/octo-repo, as GITHUB_* variables and payload (no id-token permission). */
function tagPushEnv(tag: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_ID: '2002',
    GITHUB_REPOSITORY_OWNER_ID: '1001',
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_WORKFLOW_REF: `octo-org/octo-repo/.github/workflows/release.yml@refs/tags/${tag}`,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '555',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...over,
  };
}

const pushPayload = (tag: string) => ({
  ref: `refs/tags/${tag}`,
  repository: { id: 2002, full_name: 'octo-org/octo-repo', visibility: 'public', owner: { id: 1001 } },
});

function run(inputs: Record<string, string>, env: Record<string, string>, payload: unknown): Promise<ActionRun> {
  return runAction({
    dir,
    workspace,
    inputs: { 'signing-key': KEY, 'github-token': gh.token, ...inputs },
    env,
    payload,
  });
}

const ownLog = () => ({ 'log-url': log.url, 'trusted-root': log.trustedRootPath });

/** The key must not appear anywhere a person or a later step can read. */
function expectNoKey(r: ActionRun): void {
  const visible = [visibleStdout(r.stdout), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
  for (const line of KEY_LINES) expect(visible).not.toContain(line);
  expect(visible).not.toContain('PRIVATE KEY-----');
}

function statementOf(bundleJson: string) {
  const bundle = parseBundle(bundleJson);
  if (bundle.content.kind !== 'dsseEnvelope') throw new Error('expected a DSSE bundle');
  return parseStatement(bundle.content.envelope.payload);
}

function verifyWithBoth(bundleJson: string, digestHex: string): void {
  const rootJson: unknown = JSON.parse(readFileSync(log.trustedRootPath, 'utf8'));
  const ours = verifyBundle(bundleJson, { algorithm: 'sha256', hex: digestHex }, parseTrustedRoot(rootJson), {
    keys: [signerFromPem(KEY).publicKey],
    now: Math.floor(Date.now() / 1000),
  });
  expect(ours.checks.every((c) => c.ok)).toBe(true);
  expect(ours.checks.map((c) => c.name)).toContain('tlog-body');
  const trust = toTrustMaterial(TrustedRoot.fromJSON(rootJson), () => ({
    publicKey: createPublicKey(PUBLIC_PEM),
    validFor: () => true,
  }));
  new Verifier(trust, { tlogThreshold: 1, timestampThreshold: 1 }).verify(
    toSignedEntity(bundleFromJSON(JSON.parse(bundleJson))),
  );
}

describe('attest action (dist/attest/index.js)', () => {
  it('signs, records, attaches to the draft release and re-runs idempotently', async () => {
    const release = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1.2.3', draft: true, body: 'Fixes things.' });
    const inputs = { 'subject-path': 'dist/*.tar.gz', ...ownLog() };
    const first = await run(inputs, tagPushEnv('v1.2.3'), pushPayload('v1.2.3'));
    expect(first.stderr).toBe('');
    expect(first.code, first.stdout).toBe(0);
    const o = first.outputs;
    expect(o['entry-uuid']).toMatch(/^[0-9a-f]{80}$/);
    expect(o['log-index']).toMatch(/^\d+$/);
    expect(o['log-url']).toBe(log.url);
    expect(Number(o['integrated-time'])).toBeGreaterThan(1_700_000_000);
    const proof = decode(JSON.parse(o['inclusion-proof'] ?? ''), 'INVALID_FIELD', 'inclusion-proof');
    expect(Object.keys(proof.record()).sort()).toEqual(['checkpoint', 'hashes', 'logIndex', 'rootHash', 'treeSize']);
    expect(proof.get('rootHash').string()).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(o.subjects ?? '')).toEqual([
      { name: 'dist/app-darwin.tar.gz', digest: { sha256: sha256(ARTIFACTS['app-darwin.tar.gz']) } },
      { name: 'dist/app-linux.tar.gz', digest: { sha256: sha256(ARTIFACTS['app-linux.tar.gz']) } },
    ]);
    const bundlePath = o['bundle-path'] ?? '';
    expect(bundlePath).toBe(join(first.runnerTemp, 'octo-repo-v1.2.3.sigstore.json'));

    const draft = gh.releases('octo-org', 'octo-repo').find((r) => r.id === release.id);
    const asset = draft?.assets.find((a) => a.name === basename(bundlePath));
    expect(asset?.data.toString('utf8')).toBe(readFileSync(bundlePath, 'utf8'));
    expect(o['release-asset-url']).toBe(`${gh.url}/download/${asset?.id}`);
    expect(draft?.body).toMatch(/^Fixes things\./);
    const section = extractMarkedSection(draft?.body ?? '') ?? '';
    expect(section).toContain('## Provenance');
    expect(section).toContain(`[\`${o['entry-uuid']}\`](${log.url}/api/v1/log/entries/${o['entry-uuid']})`);
    expect(section).toContain(`| ${proof.get('treeSize').uint()} | \`${proof.get('rootHash').string()}\` |`);
    expect(section).toContain(sha256(ARTIFACTS['app-linux.tar.gz']));

    verifyWithBoth(asset?.data.toString('utf8') ?? '', sha256(ARTIFACTS['app-linux.tar.gz']));
    const predicate = decode(statementOf(readFileSync(bundlePath, 'utf8')).predicate, 'INVALID_FIELD', 'predicate');
    expect(predicate.get('buildDefinition').get('externalParameters').get('workflow').record()).toEqual({
      ref: 'refs/tags/v1.2.3',
      repository: 'https://github.com/octo-org/octo-repo',
      path: '.github/workflows/release.yml',
    });
    expect(first.summary).toContain(o['entry-uuid']);
    expect(first.summary).toContain('GITHUB_* variables and the event payload, not verified');
    expect(first.summary).toContain(sha256(ARTIFACTS['app-darwin.tar.gz']));
    expect(visibleStdout(first.stdout)).toContain('::notice::No OIDC token offered');
    expectNoKey(first);

    const second = await run(inputs, tagPushEnv('v1.2.3'), pushPayload('v1.2.3'));
    expect(second.code, second.stdout).toBe(0);
    const after = gh.releases('octo-org', 'octo-repo').find((r) => r.id === release.id);
    expect(after?.assets.map((a) => a.name)).toEqual(['octo-repo-v1.2.3.sigstore.json']);
    expect(after?.body?.split(PROVENANCE_START).length).toBe(2);
    expect(after?.body).toContain(second.outputs['entry-uuid']);
    expect(after?.assets[0]?.data.toString('utf8')).toBe(readFileSync(second.outputs['bundle-path'] ?? '', 'utf8'));
    expectNoKey(second);
  });

  it('takes the build context from a verified OIDC token when id-token: write is granted (claims win)', async () => {
    const claims = sampleGitHubClaims({ iss: `${issuer.url}/_services/token`, runner_environment: 'self-hosted' });
    gh.idTokenClaims = claims;
    // The variables claim another repository and runner: the verified token must win.
    const env = {
      ...tagPushEnv('v1.2.3', { GITHUB_REPOSITORY: 'evil/fork', RUNNER_ENVIRONMENT: 'github-hosted' }),
      GITHUB_SERVER_URL: issuer.url,
      ...gh.oidcEnv(),
    };
    const r = await run({ 'subject-path': 'dist/app-linux.tar.gz', 'attach-to-release': 'false', ...ownLog() }, env, {
      ref: 'refs/tags/v1.2.3',
    });
    expect(r.code, r.stdout).toBe(0);
    const predicate = decode(
      statementOf(readFileSync(r.outputs['bundle-path'] ?? '', 'utf8')).predicate,
      'INVALID_FIELD',
      'predicate',
    );
    const definition = predicate.get('buildDefinition');
    expect(definition.get('externalParameters').get('workflow').get('repository').string()).toBe(
      `${issuer.url}/octo-org/octo-repo`,
    );
    expect(definition.get('internalParameters').get('github').record()).toEqual({
      event_name: 'push',
      repository_id: '2002',
      repository_owner_id: '1001',
      runner_environment: 'self-hosted',
    });
    expect(definition.get('resolvedDependencies').array()[0]?.get('digest').get('gitCommit').string()).toBe(
      'a'.repeat(40),
    );
    expect(r.summary).toContain('OIDC token verified');
    expect(r.outputs['release-asset-url']).toBe('');
    expect(gh.requests.some((q) => q.path === '/oidc/.well-known/jwks')).toBe(true);
    expectNoKey(r);
  });

  it('fails on a published immutable release with the draft -> attach -> publish recipe', async () => {
    const release = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v3.0.0', immutable: true, body: 'Final.' });
    const before = gh.requests.length;
    const r = await run(
      { 'subject-path': 'dist/app-linux.tar.gz', ...ownLog() },
      tagPushEnv('v3.0.0', { GITHUB_EVENT_NAME: 'release' }),
      { action: 'published', release: { tag_name: 'v3.0.0', draft: false }, repository: pushPayload('x').repository },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::provlog attest: release v3\.0\.0 is published and immutable.*--draft/);
    expect(r.outputs['entry-uuid']).toMatch(/^[0-9a-f]{80}$/);
    expect(r.outputs['release-asset-url']).toBe('');
    expect(gh.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(gh.releases('octo-org', 'octo-repo').find((x) => x.id === release.id)?.body).toBe('Final.');
    expect(r.summary).toContain('attaching to release v3.0.0 failed (RELEASE\\_IMMUTABLE)'); // markdown-escaped
    expectNoKey(r);
  });

  it('skips with a notice when the key is empty (fork pull requests), or fails with require-signing', async () => {
    const env = tagPushEnv('v1.2.3');
    const skipped = await run({ 'signing-key': '', 'subject-path': 'dist/*.tar.gz', ...ownLog() }, env, {});
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('::notice::signing-key is empty');
    expect(skipped.outputs).toEqual({});
    const required = await run(
      { 'signing-key': '', 'require-signing': 'true', 'subject-path': 'dist/*.tar.gz', ...ownLog() },
      env,
      {},
    );
    expect(required.code).toBe(1);
    expect(required.stdout).toContain('::error::provlog attest: signing-key is empty');
  });

  it('attests 1,030 subjects in one statement', async () => {
    const r = await run(
      { 'subject-path': 'many/**', 'attach-to-release': 'false', ...ownLog() },
      tagPushEnv('v1.2.3'),
      {},
    );
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.subjects ?? '')).toHaveLength(1030);
    const bundleJson = readFileSync(r.outputs['bundle-path'] ?? '', 'utf8');
    expect(statementOf(bundleJson).subject).toHaveLength(1030);
    verifyWithBoth(bundleJson, sha256('part 1029'));
  });

  it('refuses a custom log without a pinned trusted root, and an unsupported key without echoing it', async () => {
    const env = tagPushEnv('v1.2.3');
    const unpinned = await run({ 'subject-path': 'dist/*.tar.gz', 'log-url': log.url }, env, {});
    expect(unpinned.code).toBe(1);
    expect(unpinned.stdout).toContain('::error::provlog attest: trusted-root is required');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const bad = await run({ 'signing-key': rsa.toString(), 'subject-path': 'dist/*.tar.gz', ...ownLog() }, env, {});
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('RSA signing is not supported');
    for (const line of rsa
      .toString()
      .split('\n')
      .filter((l) => l.length > 0 && !l.startsWith('-----'))) {
      expect(visibleStdout(bad.stdout) + bad.stderr).not.toContain(line);
    }
  });
});
