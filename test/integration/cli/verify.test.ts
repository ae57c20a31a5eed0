/**
 * `provlog verify` in-process on real data: every sigstore-conformance bundle (its upstream result), the
 * sigstore-js bundles, bundles made here against a real provlog log server (requirements, several files against
 * one bundle, JSON shape), and the online split-view check against real servers, one of them a forged fork.
 */

import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runVerify } from '../../../src/cli/verify.js';
import { buildTrustedRootForLog } from '../../../src/core/bundle/trust.js';
import { toCodedError } from '../../../src/core/errors.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import { logInMemoryAt, logOnServer, newSigner, signProvenance, tempDir, writeFile } from './verify-fixtures.js';

const VECTORS = new URL('../../vectors/bundles/', import.meta.url).pathname;
const CONFORMANCE = join(VECTORS, 'conformance');
const DEFAULT_ID =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command the way src/cli/main.ts does: thrown errors become ONE stderr line and an exit code. */
async function run(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: opts.env ?? {},
    cwd: opts.cwd ?? '/',
    isTTY: false,
  };
  try {
    return { code: await runVerify(argv, io), stdout, stderr };
  } catch (error) {
    const coded = toCodedError(error);
    stderr += `provlog verify: ${coded.message}\n`;
    return { code: exitCodeFor(coded), stdout, stderr: `${stderr}[code ${coded.code}]` };
  }
}

function json(r: Run): {
  verified: boolean;
  results: {
    artifact: string;
    digest: string;
    verified: boolean;
    checks: { name: string; ok: boolean; detail: string }[];
    error: { code: string } | null;
    signer: Record<string, string> | null;
    provenance: Record<string, string> | null;
    logEntry: { logIndex: number; uuid: string; integratedTime: number; logUrl: string } | null;
  }[];
  logChecks: { ok: boolean; error?: { code: string; evidence?: { first: string; second: string } } }[];
} {
  return JSON.parse(r.stdout);
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

describe('conformance bundles (sigstore-conformance, run as its CLI protocol)', () => {
  const cases = readdirSync(CONFORMANCE, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('has all 41 Rekor v1 cases', () => {
    expect(cases).toHaveLength(41);
  });

  it.each(cases)('%s gives its upstream result', async (name) => {
    const dir = join(CONFORMANCE, name);
    const at = (f: string) => join(dir, f);
    const argv = [
      existsSync(at('artifact')) ? at('artifact') : join(CONFORMANCE, 'a.txt'),
      '--bundle',
      at('bundle.sigstore.json'),
    ];
    if (existsSync(at('key.pub'))) argv.push('--key', at('key.pub'));
    else {
      const read = (f: string, d: string) => (existsSync(at(f)) ? readFileSync(at(f), 'utf8').trim() : d);
      argv.push('--cert-identity', read('identity', DEFAULT_ID), '--cert-oidc-issuer', read('issuer', DEFAULT_ISSUER));
    }
    if (existsSync(at('trusted_root.json'))) argv.push('--trusted-root', at('trusted_root.json'));
    const r = await run(argv);
    if (name === 'happy-path-intoto-in-dsse-v3') {
      // A real public-good bundle whose SLSA statement names loosebazooka/aa-test while its certificate was
      // issued to sigstore-conformance/extremely-dangerous-public-oidc-beacon. Sigstore verification passes it
      // (test/unit/core/verify/conformance.test.ts); as provenance it is a contradiction (issue 11, item 1).
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('PROVENANCE_MISMATCH');
    } else if (name.endsWith('_fail')) {
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/NOT VERIFIED|provlog verify:/);
    } else {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('names the layer that decided, with a ✘ line for it', async () => {
    const dir = join(CONFORMANCE, 'checkpoint-wrong-roothash_fail');
    const r = await run([
      join(CONFORMANCE, 'a.txt'),
      '--bundle',
      join(dir, 'bundle.sigstore.json'),
      '--cert-identity',
      DEFAULT_ID,
      '--cert-oidc-issuer',
      DEFAULT_ISSUER,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✘ tlog /);
    expect(r.stdout).toContain('TLOG_CHECKPOINT_INVALID');
  });

  it('malformed JSON, unknown media type and an unreadable file exit 2 with one line naming the file', async () => {
    for (const [bundle, code] of [
      [join(CONFORMANCE, 'bundle-malformed-json_fail/bundle.sigstore.json'), 'INVALID_JSON'],
      [join(CONFORMANCE, 'bundle-unknown-version_fail/bundle.sigstore.json'), 'BUNDLE_MEDIA_TYPE_UNSUPPORTED'],
      [join(CONFORMANCE, 'no-such-case/bundle.sigstore.json'), 'FILE_UNREADABLE'],
    ] as const) {
      const r = await run([
        join(CONFORMANCE, 'a.txt'),
        '--bundle',
        bundle,
        '--key',
        join(CONFORMANCE, 'managed-key-happy-path/key.pub'),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`[code ${code}]`);
      const [line, ...rest] = r.stderr.split('\n');
      expect(line).toContain(bundle);
      expect(rest.join('\n')).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    }
    const missingArtifact = await run([
      join(CONFORMANCE, 'nope.txt'),
      '--bundle',
      join(CONFORMANCE, 'happy-path-v0.3/bundle.sigstore.json'),
    ]);
    expect(missingArtifact.code).toBe(2);
    expect(missingArtifact.stderr).toContain('[code FILE_UNREADABLE]');
  });

  it('identity: exact mismatch fails IDENTITY_MISMATCH; /regex/ and --cert-identity-regexp match the whole value', async () => {
    const base = [join(CONFORMANCE, 'a.txt'), '--bundle', join(CONFORMANCE, 'happy-path-v0.3/bundle.sigstore.json')];
    const wrong = await run([
      ...base,
      '--cert-identity',
      `${DEFAULT_ID}x`,
      '--cert-oidc-issuer',
      DEFAULT_ISSUER,
      '--json',
    ]);
    expect(wrong.code).toBe(1);
    expect(json(wrong).results[0]?.error?.code).toBe('IDENTITY_MISMATCH');
    const slashed = await run([
      ...base,
      '--cert-identity',
      '/https://github\\.com/sigstore-conformance/.*/',
      '--cert-oidc-issuer',
      DEFAULT_ISSUER,
    ]);
    expect(slashed.code).toBe(0);
    const partial = await run([
      ...base,
      '--cert-identity-regexp',
      'https://github\\.com/sigstore-conformance',
      '--cert-oidc-issuer',
      DEFAULT_ISSUER,
    ]);
    expect(partial.code).toBe(1);
    const usage = await run([...base, '--cert-identity', DEFAULT_ID]);
    expect(usage.code).toBe(2);
  });
});

describe('sigstore-js bundles', () => {
  const dir = join(VECTORS, 'sigstore-js');
  const statement = JSON.parse(readFileSync(join(dir, 'statement.json'), 'utf8')) as {
    subject: { digest: { sha512: string } }[];
  };
  const digest = `sha512:${statement.subject[0]?.digest.sha512}`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.sigstore'));

  it.each(files)('%s verifies with the signer identity', async (file) => {
    const r = await run([
      '--digest',
      digest,
      '--bundle',
      join(dir, file),
      '--cert-identity',
      'brian@dehamer.com',
      '--cert-oidc-issuer',
      'https://github.com/login/oauth',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(json(r).results[0]?.signer).toEqual({
      kind: 'certificate',
      san: 'brian@dehamer.com',
      issuer: 'https://github.com/login/oauth',
    });
  });

  it('a digest the statement does not name fails ARTIFACT_DIGEST_MISMATCH (exit 1)', async () => {
    const r = await run([
      '--digest',
      `sha256:${'0'.repeat(64)}`,
      '--bundle',
      join(dir, 'bundleV03-dsse.sigstore'),
      '--cert-identity',
      'brian@dehamer.com',
      '--cert-oidc-issuer',
      'https://github.com/login/oauth',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(json(r).results[0]?.error?.code).toBe('ARTIFACT_DIGEST_MISMATCH');
  });
});

describe('bundles from a real provlog log server', () => {
  let server: LogServer;
  let dir: string;
  let rootPath: string;
  let keyPath: string;
  let bundlePath: string;
  let files: { a: string; b: string; c: string };

  beforeAll(async () => {
    dir = tempDir();
    server = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
    rootPath = server.trustedRootPath;
    const signer = newSigner();
    keyPath = writeFile(dir, 'signer.pub', formatPublicKeyPem(signer.publicKey));
    files = {
      a: writeFile(dir, 'app.tgz', 'app bytes'),
      b: writeFile(dir, 'app.sbom', 'sbom bytes'),
      c: writeFile(dir, 'other.bin', 'other'),
    };
    const signed = signProvenance(signer, { 'app.tgz': sha256('app bytes'), 'app.sbom': sha256('sbom bytes') });
    bundlePath = writeFile(dir, 'app.sigstore.json', await logOnServer(server.url, signed));
  });
  afterAll(async () => {
    await server.close();
  });

  const trust = () => ['--trusted-root', rootPath, '--key', keyPath];

  it('several files against one multi-subject bundle; the JSON result is the documented shape', async () => {
    const r = await run([files.a, files.b, '--bundle', bundlePath, ...trust(), '--json']);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.verified).toBe(true);
    expect(out.results.map((x) => x.digest)).toEqual([
      `sha256:${sha256('app bytes')}`,
      `sha256:${sha256('sbom bytes')}`,
    ]);
    const first = out.results[0];
    expect(first?.checks.map((c) => c.name).sort()).toEqual([
      'artifact',
      'bundle',
      'key',
      'provenance',
      'signature',
      'timestamp',
      'tlog',
      'tlog-body',
    ]);
    expect(first?.checks.every((c) => c.ok)).toBe(true);
    expect(first?.provenance).toMatchObject({
      factsSource: 'statement',
      repository: 'acme/app',
      ref: 'refs/tags/v1.2.0',
      workflowPath: '.github/workflows/release.yml',
      runnerEnvironment: 'github-hosted',
    });
    expect(first?.logEntry).toMatchObject({ logIndex: 0, logUrl: server.baseUrl, integratedTimeVerified: true });
    expect(first?.logEntry?.uuid).toMatch(/^[0-9a-f]{80}$/);
    expect(first?.signer?.kind).toBe('key');
  });

  it('a file the bundle does not name fails while the others pass (exit 1)', async () => {
    const r = await run([files.a, files.c, '--bundle', bundlePath, ...trust(), '--json']);
    expect(r.code).toBe(1);
    expect(json(r).results.map((x) => [x.verified, x.error?.code ?? null])).toEqual([
      [true, null],
      [false, 'ARTIFACT_DIGEST_MISMATCH'],
    ]);
  });

  it('without the signer key: KEY_UNTRUSTED; with the public-good root instead of the log: TLOG_UNKNOWN_LOG', async () => {
    const noKey = await run([files.a, '--bundle', bundlePath, '--trusted-root', rootPath, '--json']);
    expect(json(noKey).results[0]?.error?.code).toBe('KEY_UNTRUSTED');
    const otherLog = await run([files.a, '--bundle', bundlePath, '--key', keyPath, '--json']);
    expect(otherLog.code).toBe(1);
    expect(json(otherLog).results[0]?.error?.code).toBe('TLOG_UNKNOWN_LOG');
  });

  it('requirement flags pass when the provenance meets them, each listed as a check', async () => {
    const r = await run([
      files.a,
      '--bundle',
      bundlePath,
      ...trust(),
      '--repo',
      'acme/*',
      '--source-ref',
      'refs/tags/v*',
      '--signer-workflow',
      '.github/workflows/release.yml',
      '--deny-self-hosted-runners',
      '--max-age',
      '1d',
    ]);
    expect(r.code).toBe(0);
    for (const check of ['repository', 'ref', 'workflow', 'runner-environment', 'max-age'])
      expect(r.stdout).toMatch(new RegExp(`✔ policy:${check} `));
    expect(r.stdout).toContain('acme/app @ refs/tags/v1.2.0');
  });

  it.each([
    [['--repo', 'acme/other'], 'policy:repository'],
    [['--source-ref', 'refs/heads/*'], 'policy:ref'],
    [['--signer-workflow', '.github/workflows/ci.yml'], 'policy:workflow'],
  ])('%j fails POLICY_VIOLATION naming %s', async (flags, check) => {
    const r = await run([files.a, '--bundle', bundlePath, ...trust(), ...flags, '--json']);
    expect(r.code).toBe(1);
    const result = json(r).results[0];
    expect(result?.error?.code).toBe('POLICY_VIOLATION');
    expect(result?.checks.find((c) => !c.ok)?.name).toBe(check);
  });

  it('--deny-self-hosted-runners rejects a self-hosted build', async () => {
    const signer = newSigner();
    const pub = writeFile(dir, 'self.pub', formatPublicKeyPem(signer.publicKey));
    const bundle = writeFile(
      dir,
      'self.sigstore.json',
      await logOnServer(
        server.url,
        signProvenance(signer, { 'app.tgz': sha256('app bytes') }, { runnerEnvironment: 'self-hosted' }),
      ),
    );
    expect((await run([files.a, '--bundle', bundle, '--trusted-root', rootPath, '--key', pub])).code).toBe(0);
    const r = await run([
      files.a,
      '--bundle',
      bundle,
      '--trusted-root',
      rootPath,
      '--key',
      pub,
      '--deny-self-hosted-runners',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(json(r).results[0]?.checks.find((c) => !c.ok)?.name).toBe('policy:runner-environment');
  });

  it('--max-age rejects an attestation logged 40 days ago (in-memory log with that clock)', async () => {
    const signer = newSigner();
    const pub = writeFile(dir, 'old.pub', formatPublicKeyPem(signer.publicKey));
    const old = await logInMemoryAt(
      Date.now() - 40 * 86_400_000,
      signProvenance(signer, { 'app.tgz': sha256('app bytes') }),
    );
    const bundle = writeFile(dir, 'old.sigstore.json', old.bundle);
    const root = writeFile(dir, 'old-root.json', old.root);
    expect(
      (await run([files.a, '--bundle', bundle, '--trusted-root', root, '--key', pub, '--max-age', '60d'])).code,
    ).toBe(0);
    const r = await run([
      files.a,
      '--bundle',
      bundle,
      '--trusted-root',
      root,
      '--key',
      pub,
      '--max-age',
      '30d',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(json(r).results[0]?.checks.find((c) => !c.ok)?.name).toBe('policy:max-age');
    expect((await run([files.a, '--bundle', bundle, '--max-age', 'soon'])).code).toBe(2);
  });

  it('--policy: signers, logs and requirements from the file (paths relative to it); a flag replaces a requirement', async () => {
    const policy = writeFile(
      dir,
      'policy.yml',
      `version: 1\nlogs:\n  - trusted-root: ${rootPath}\nsigners:\n  - key: signer.pub\nrequire:\n  repositories: [acme/app]\n  refs: refs/tags/v*\n`,
    );
    expect((await run([files.a, '--bundle', bundlePath, '--policy', policy])).code).toBe(0);
    expect((await run([files.a, '--bundle', bundlePath, '--policy', policy, '--repo', 'acme/x'])).code).toBe(1);
    const bad = writeFile(
      dir,
      'bad.yml',
      'version: 1\nsigners:\n  - key: signer.pub\nrequire:\n  repositorys: [x/y]\n',
    );
    const r = await run([files.a, '--bundle', bundlePath, '--policy', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[code POLICY_MALFORMED]');
  });

  it('a JSONL bundle file: one bundle per line, the right one is picked per file', async () => {
    const signer = newSigner();
    const pub = writeFile(dir, 'jsonl.pub', formatPublicKeyPem(signer.publicKey));
    const one = await logOnServer(server.url, signProvenance(signer, { 'app.tgz': sha256('app bytes') }));
    const two = await logOnServer(server.url, signProvenance(signer, { 'other.bin': sha256('other') }));
    const jsonl = writeFile(
      dir,
      'all.intoto.jsonl',
      `${JSON.stringify(JSON.parse(one))}\n${JSON.stringify(JSON.parse(two))}\n`,
    );
    const r = await run([files.a, files.c, '--bundle', jsonl, '--trusted-root', rootPath, '--key', pub, '--json']);
    expect(r.code).toBe(0);
    expect(json(r).results.map((x) => x.verified)).toEqual([true, true]);
  });

  it('--check-log: the bundle checkpoint is a prefix of the current tree; --checkpoint-file remembers it', async () => {
    const signer = newSigner();
    await logOnServer(server.url, signProvenance(signer, { x: sha256('x') })); // the log grows after the bundle
    const state = join(dir, 'checkpoints.json');
    const r = await run([
      files.a,
      '--bundle',
      bundlePath,
      ...trust(),
      '--check-log',
      '--checkpoint-file',
      state,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.logChecks).toHaveLength(1);
    expect(out.logChecks[0]?.ok).toBe(true);
    expect(out.results[0]?.checks.at(-1)).toMatchObject({ name: 'log-consistency', ok: true });
    expect(readFileSync(state, 'utf8')).toContain(`"version": 1`);
    const again = await run([files.a, '--bundle', bundlePath, ...trust(), '--checkpoint-file', state]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/remembered tree \d+ is a prefix/);
  });
});

describe('split view: a fork of the log with the same key and tree ID', () => {
  let a: LogServer;
  let b: LogServer;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    const first = await startLogServer({ dataDir: join(dir, 'a'), port: 0, name: '127.0.0.1' });
    await logOnServer(first.url, signProvenance(newSigner(), { seed: sha256('seed') }));
    await first.close();
    cpSync(join(dir, 'a'), join(dir, 'b'), { recursive: true });
    a = await startLogServer({ dataDir: join(dir, 'a'), port: 0, name: '127.0.0.1' });
    b = await startLogServer({ dataDir: join(dir, 'b'), port: 0, name: '127.0.0.1' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('a bundle from one branch checked against the other: SPLIT_VIEW with both checkpoints printed', async () => {
    const signer = newSigner();
    const pub = writeFile(dir, 'k.pub', formatPublicKeyPem(signer.publicKey));
    const artifact = writeFile(dir, 'f.bin', 'fork me');
    const bundle = writeFile(
      dir,
      'f.sigstore.json',
      await logOnServer(a.url, signProvenance(signer, { 'f.bin': sha256('fork me') })),
    );
    // The other branch logs different entries (one more, so sizes differ and a proof is asked for).
    await logOnServer(b.url, signProvenance(newSigner(), { other: sha256('b1') }));
    await logOnServer(b.url, signProvenance(newSigner(), { other: sha256('b2') }));
    expect(a.treeId).toBe(b.treeId);
    const rootFor = (s: LogServer) =>
      writeFile(
        dir,
        `root-${s.port}.json`,
        JSON.stringify(buildTrustedRootForLog({ baseUrl: s.url, publicKey: s.log.publicKey, start: 0 })),
      );
    const honest = await run([artifact, '--bundle', bundle, '--trusted-root', rootFor(a), '--key', pub, '--check-log']);
    expect(honest.code).toBe(0);
    const forked = await run([
      artifact,
      '--bundle',
      bundle,
      '--trusted-root',
      rootFor(b),
      '--key',
      pub,
      '--check-log',
      '--json',
    ]);
    expect(forked.code).toBe(1);
    const out = json(forked);
    expect(out.results[0]?.error?.code).toBe('SPLIT_VIEW');
    expect(out.logChecks[0]?.error?.code).toBe('SPLIT_VIEW');
    expect(out.logChecks[0]?.error?.evidence?.first).toMatch(/^127\.0\.0\.1 - \d+\n2\n/);
    expect(out.logChecks[0]?.error?.evidence?.second).toMatch(/^127\.0\.0\.1 - \d+\n3\n/);
    const human = await run([artifact, '--bundle', bundle, '--trusted-root', rootFor(b), '--key', pub, '--check-log']);
    expect(human.stdout).toContain('evidence (two checkpoints');
    expect(human.stdout).toContain('— 127.0.0.1 ');
  });

  it('--checkpoint-file: a checkpoint from one branch remembered, the other branch is then SPLIT_VIEW', async () => {
    const signer = newSigner();
    const pub = writeFile(dir, 'k2.pub', formatPublicKeyPem(signer.publicKey));
    const artifact = writeFile(dir, 'g.bin', 'g');
    const state = join(dir, 'state.json');
    const rootA = writeFile(
      dir,
      'ra.json',
      JSON.stringify(buildTrustedRootForLog({ baseUrl: a.url, publicKey: a.log.publicKey, start: 0 })),
    );
    const rootB = writeFile(
      dir,
      'rb.json',
      JSON.stringify(buildTrustedRootForLog({ baseUrl: b.url, publicKey: b.log.publicKey, start: 0 })),
    );
    const onA = writeFile(dir, 'ga.json', await logOnServer(a.url, signProvenance(signer, { 'g.bin': sha256('g') })));
    const onB = writeFile(dir, 'gb.json', await logOnServer(b.url, signProvenance(signer, { 'g.bin': sha256('g') })));
    expect(
      (await run([artifact, '--bundle', onB, '--trusted-root', rootB, '--key', pub, '--checkpoint-file', state])).code,
    ).toBe(0);
    const before = readFileSync(state, 'utf8');
    const r = await run([
      artifact,
      '--bundle',
      onA,
      '--trusted-root',
      rootA,
      '--key',
      pub,
      '--checkpoint-file',
      state,
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(json(r).logChecks[0]?.error?.code).toBe('SPLIT_VIEW');
    expect(readFileSync(state, 'utf8')).toBe(before); // an inconsistent checkpoint is never remembered
  });
});
