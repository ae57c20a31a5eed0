/**
 * Issue 11, items 1 and 3: `provlog verify` decides on verified facts only.
 *  - Keyless: repository, ref, workflow, commit, runner and trigger come from the Fulcio certificate; a statement
 *    that says otherwise fails PROVENANCE_MISMATCH (the attack: a real public-good bundle whose statement claims
 *    another repository than the one its certificate was issued to, accepted by a broad identity pattern).
 *  - Key-signed: the statement's facts, labelled as claimed by the key holder.
 *  - Time: max-age and the shown time come from a SET or RFC 3161 timestamp; an entry prepended without a SET
 *    and with a fresh integrated time cannot make an old attestation young.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle } from '../../../src/core/bundle/bundle.js';
import { serializeBundle, tlogEntryFromRekor } from '../../../src/core/bundle/codec.js';
import { formatTrustedRoot, parseTrustedRoot, type TrustedRoot } from '../../../src/core/bundle/trust.js';
import { formatEnvelope, parseEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { type BuildContext, buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../../../src/core/intoto/slsa.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import { proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import { startFulcioStandin } from '../../helpers/fulcio-standin.js';
import {
  type CliRun,
  CONTEXT,
  logInMemoryAt,
  newSigner,
  runVerifyCli,
  signProvenance,
  tempDir,
  writeFile,
} from '../cli/verify-fixtures.js';

const CONFORMANCE = new URL('../../vectors/bundles/conformance/', import.meta.url).pathname;
const A_TXT = join(CONFORMANCE, 'a.txt');
const ISSUER = 'https://token.actions.githubusercontent.com';
const BEACON = 'sigstore-conformance/extremely-dangerous-public-oidc-beacon';
const BEACON_WORKFLOW = '.github/workflows/extremely-dangerous-oidc-beacon.yml';
const BEACON_SAN = `https://github.com/${BEACON}/${BEACON_WORKFLOW}@refs/heads/main`;
/** Any workflow of the sigstore-conformance organisation: broad, as org-wide policies are. */
const BROAD_IDENTITY = [
  '--cert-identity-regexp',
  'https://github\\.com/sigstore-conformance/.*',
  '--cert-oidc-issuer',
  ISSUER,
];

const bundleOf = (name: string) => join(CONFORMANCE, name, 'bundle.sigstore.json');

interface JsonResult {
  verified: boolean;
  checks: { name: string; ok: boolean; detail: string }[];
  error: { code: string; message: string } | null;
  provenance: Record<string, string> | null;
  verifiedTime: { source: string; time: number } | null;
  logEntry: { logIndex: number; integratedTime: number; integratedTimeVerified: boolean } | null;
}

function only(r: CliRun): JsonResult {
  const out = JSON.parse(r.stdout) as { results: JsonResult[] };
  const [first] = out.results;
  if (first === undefined) throw new Error(`no result: ${r.stdout}${r.stderr}`);
  return first;
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

describe('keyless bundles: the facts come from the certificate (real public-good vectors)', () => {
  it('a bare signature by a GitHub workflow satisfies --repo/--source-ref/--signer-workflow/--deny-self-hosted-runners from its certificate', async () => {
    // happy-path-v0.3 is a hashedrekord (no statement): before, any requirement failed ("no provenance").
    const r = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-v0.3'),
      ...BROAD_IDENTITY,
      '--repo',
      BEACON,
      '--source-ref',
      'refs/heads/main',
      '--signer-workflow',
      BEACON_WORKFLOW,
      '--deny-self-hosted-runners',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const result = only(r);
    expect(result.provenance).toMatchObject({
      factsSource: 'certificate',
      repository: BEACON,
      ref: 'refs/heads/main',
      workflowPath: BEACON_WORKFLOW,
      sha: 'c7b3dfb335f051e1c86bda4c716fac97df62ad81',
      runnerEnvironment: 'github-hosted',
      eventName: 'workflow_dispatch',
    });
    expect(result.checks.filter((c) => c.name.startsWith('policy:')).map((c) => c.name)).toEqual([
      'policy:repository',
      'policy:ref',
      'policy:workflow',
      'policy:runner-environment',
    ]);
  });

  it('a requirement the certificate does not meet fails POLICY_VIOLATION on that requirement', async () => {
    const r = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-v0.3'),
      ...BROAD_IDENTITY,
      '--source-ref',
      'refs/tags/v*',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const result = only(r);
    expect(result.error?.code).toBe('POLICY_VIOLATION');
    expect(result.checks.find((c) => !c.ok)?.name).toBe('policy:ref');
  });

  it('ATTACK: a statement claiming another repository than its certificate fails PROVENANCE_MISMATCH naming both', async () => {
    // The real bundle: certificate issued to the beacon workflow, statement claiming loosebazooka/aa-test's
    // provenance.yaml. With requirements taken from the statement it used to verify.
    const argv = [
      A_TXT,
      '--bundle',
      bundleOf('happy-path-intoto-in-dsse-v3'),
      ...BROAD_IDENTITY,
      '--repo',
      'loosebazooka/aa-test',
      '--signer-workflow',
      '.github/workflows/provenance.yaml',
      '--json',
    ];
    const r = await runVerifyCli(argv);
    expect(r.code).toBe(1);
    const result = only(r);
    expect(result.error?.code).toBe('PROVENANCE_MISMATCH');
    const failed = result.checks.find((c) => !c.ok);
    expect(failed?.name).toBe('provenance');
    // Both values are named (the message is the user's only way to see what was claimed).
    expect(failed?.detail).toContain('loosebazooka/aa-test');
    expect(failed?.detail).toContain(BEACON);
    // Also without any requirement: a contradicting statement is never accepted as provenance.
    const bare = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-intoto-in-dsse-v3'),
      ...BROAD_IDENTITY,
      '--json',
    ]);
    expect(only(bare).error?.code).toBe('PROVENANCE_MISMATCH');
  });

  it('ATTACK through a policy file: a broad subject-regex signer and `require` from the statement fail PROVENANCE_MISMATCH', async () => {
    const dir = tempDir();
    const policy = writeFile(
      dir,
      'policy.yml',
      [
        'version: 1',
        'signers:',
        '  - identity:',
        `      issuer: ${ISSUER}`,
        "      subject-regex: 'https://github\\.com/sigstore-conformance/.*'",
        'require:',
        "  repositories: ['loosebazooka/*']",
        '  refs: [refs/heads/main]',
        '',
      ].join('\n'),
    );
    const r = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-intoto-in-dsse-v3'),
      '--policy',
      policy,
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(only(r).error?.code).toBe('PROVENANCE_MISMATCH');
  });

  it('a whole-value identity pattern that only matches a prefix fails IDENTITY_MISMATCH', async () => {
    const r = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-v0.3'),
      '--cert-identity-regexp',
      '^https://github\\.com/sigstore-conformance/',
      '--cert-oidc-issuer',
      ISSUER,
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(only(r).error?.code).toBe('IDENTITY_MISMATCH');
    const exact = await runVerifyCli([
      A_TXT,
      '--bundle',
      bundleOf('happy-path-v0.3'),
      '--cert-identity',
      BEACON_SAN,
      '--cert-oidc-issuer',
      ISSUER,
    ]);
    expect(exact.code).toBe(0);
  });
});

describe('key-signed bundles and verified times (bundles from a real provlog log)', () => {
  const dir = tempDir();
  const signer = newSigner();
  const artifact = writeFile(dir, 'app.tgz', 'app bytes');
  const pub = writeFile(dir, 'signer.pub', formatPublicKeyPem(signer.publicKey));
  const FORTY_DAYS_MS = 40 * 86_400_000;
  let bundle: Record<string, unknown>;
  let root: string;

  beforeAll(async () => {
    const old = await logInMemoryAt(
      Date.now() - FORTY_DAYS_MS,
      signProvenance(signer, { 'app.tgz': sha256('app bytes') }),
    );
    bundle = JSON.parse(old.bundle) as Record<string, unknown>;
    root = writeFile(dir, 'root.json', old.root);
  });

  it('labels the facts as claimed by the key holder (JSON factsSource and the text output)', async () => {
    const path = writeFile(dir, 'plain.sigstore.json', JSON.stringify(bundle));
    const j = await runVerifyCli([artifact, '--bundle', path, '--trusted-root', root, '--key', pub, '--json']);
    expect(j.code).toBe(0);
    expect(only(j).provenance?.factsSource).toBe('statement');
    const text = await runVerifyCli([artifact, '--bundle', path, '--trusted-root', root, '--key', pub]);
    expect(text.stdout).toContain('claimed by the key holder');
  });

  /** The genuine entry, plus a copy in front of it without its SET and with `integratedTime` set to now. */
  function withForgedFreshEntry(): string {
    const material = bundle.verificationMaterial as { tlogEntries: Record<string, unknown>[] };
    const [genuine] = material.tlogEntries;
    if (genuine === undefined) throw new Error('no tlog entry');
    const { inclusionPromise: _dropped, ...copy } = genuine;
    const forged = { ...copy, integratedTime: String(Math.floor(Date.now() / 1000)) };
    const tampered = { ...bundle, verificationMaterial: { ...material, tlogEntries: [forged, genuine] } };
    return writeFile(dir, 'forged.sigstore.json', JSON.stringify(tampered));
  }

  it('ATTACK: a SET-less copy of the entry with a fresh time does not satisfy --max-age; its time is reported unproven', async () => {
    const path = withForgedFreshEntry();
    const r = await runVerifyCli([
      artifact,
      '--bundle',
      path,
      '--trusted-root',
      root,
      '--key',
      pub,
      '--max-age',
      '30d',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const result = only(r);
    expect(result.error?.code).toBe('POLICY_VIOLATION');
    expect(result.checks.find((c) => !c.ok)?.name).toBe('policy:max-age');
    // The time shown is the proven one (40 days ago), from the entry whose SET verified.
    const provenAt = Math.floor((Date.now() - FORTY_DAYS_MS) / 1000);
    expect(Math.abs((result.verifiedTime?.time ?? 0) - provenAt)).toBeLessThan(120);
    expect(result.verifiedTime?.source).toBe('tlog');
    expect(result.logEntry?.integratedTimeVerified).toBe(true);
    expect(result.logEntry?.integratedTime).toBe(result.verifiedTime?.time);
    expect(result.checks.find((c) => c.name === 'timestamp')?.detail).toContain('unproven');
    // With an allowance that covers the proven time, the same bundle passes: the forgery is only ignored.
    const ok = await runVerifyCli([
      artifact,
      '--bundle',
      path,
      '--trusted-root',
      root,
      '--key',
      pub,
      '--max-age',
      '60d',
    ]);
    expect(ok.code).toBe(0);
  });
});

describe('keyless bundles made here: a test Fulcio CA, a real provlog log over HTTP', () => {
  const REPO = 'acme/app';
  const REF = 'refs/tags/v1.2.0';
  const WORKFLOW = '.github/workflows/release.yml';
  const SAN = `https://github.com/${REPO}/${WORKFLOW}@${REF}`;
  const SHA = 'a'.repeat(40);
  /** What GitHub's OIDC token for acme/app's tag build says, as Fulcio copies it into the certificate. */
  const EXTENSIONS = {
    issuer: ISSUER,
    buildSignerURI: SAN,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryURI: `https://github.com/${REPO}`,
    sourceRepositoryDigest: SHA,
    sourceRepositoryRef: REF,
    buildConfigURI: SAN,
    buildTrigger: 'push',
    runInvocationURI: `https://github.com/${REPO}/actions/runs/9001/attempts/1`,
  };
  const dir = tempDir();
  const artifact = writeFile(dir, 'app.tgz', 'app bytes');
  const fulcio = startFulcioStandin();
  let server: LogServer;
  let root: string;

  beforeAll(async () => {
    server = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
    const logRoot = parseTrustedRoot(readFileSync(server.trustedRootPath, 'utf8'));
    const trusted: TrustedRoot = {
      ...logRoot,
      certificateAuthorities: [fulcio.authority],
      ctlogs: [fulcio.ctlog],
    };
    root = writeFile(dir, 'root.json', JSON.stringify(formatTrustedRoot(trusted)));
  });
  afterAll(async () => {
    await server.close();
  });

  /** Signs a SLSA statement (build context `claimed`) with a certificate for `certificate`, logs it, writes the bundle. */
  async function keylessBundle(name: string, certificate: Record<string, string>, claimed: Partial<BuildContext>) {
    const leaf = fulcio.issue(SAN, certificate);
    const signer = signerFromPem(leaf.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const statement = buildStatement(
      [{ name: 'app.tgz', digest: { sha256: sha256('app bytes') } }],
      SLSA_PREDICATE_TYPE,
      buildSlsaPredicate({ ...CONTEXT, ...claimed }),
    );
    const envelopeJson = formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer));
    const logged = await new RekorClient({ baseUrl: server.url, retries: 0 }).createEntry(
      proposeDsseEntry(envelopeJson, leaf.pem),
    );
    const bundle: Bundle = {
      mediaType: BUNDLE_V03_MEDIA_TYPE,
      version: '0.3',
      verificationMaterial: {
        content: { kind: 'certificate', certificate: leaf.der },
        tlogEntries: [tlogEntryFromRekor(logged.uuid, logged.entry)],
        rfc3161Timestamps: [],
      },
      content: { kind: 'dsseEnvelope', envelope: parseEnvelope(envelopeJson), rawEnvelope: envelopeJson },
    };
    return writeFile(dir, name, serializeBundle(bundle));
  }

  const identity = ['--trusted-root', () => root, '--cert-identity', SAN, '--cert-oidc-issuer', ISSUER] as const;
  const flags = () => identity.map((x) => (typeof x === 'function' ? x() : x));

  it('an honest statement: the requirements hold against the certificate; factsSource "certificate"', async () => {
    const bundle = await keylessBundle('honest.json', EXTENSIONS, {});
    const r = await runVerifyCli([
      artifact,
      '--bundle',
      bundle,
      ...flags(),
      '--repo',
      REPO,
      '--source-ref',
      'refs/tags/v*',
      '--signer-workflow',
      WORKFLOW,
      '--deny-self-hosted-runners',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(only(r).provenance).toMatchObject({ factsSource: 'certificate', repository: REPO, ref: REF, sha: SHA });
  });

  it('ATTACK: a branch build whose statement claims the release tag fails PROVENANCE_MISMATCH', async () => {
    // The certificate says refs/heads/feature (GitHub's token for a branch push); the statement claims the tag.
    const branch = { ...EXTENSIONS, sourceRepositoryRef: 'refs/heads/feature' };
    const bundle = await keylessBundle('tag-claim.json', branch, {});
    const r = await runVerifyCli([artifact, '--bundle', bundle, ...flags(), '--source-ref', 'refs/tags/v*', '--json']);
    expect(r.code).toBe(1);
    expect(only(r).error?.code).toBe('PROVENANCE_MISMATCH');
  });

  it('ATTACK: a self-hosted build claiming a GitHub-hosted runner fails PROVENANCE_MISMATCH', async () => {
    const selfHosted = { ...EXTENSIONS, runnerEnvironment: 'self-hosted' };
    const bundle = await keylessBundle('runner-claim.json', selfHosted, {});
    const r = await runVerifyCli([artifact, '--bundle', bundle, ...flags(), '--deny-self-hosted-runners', '--json']);
    expect(r.code).toBe(1);
    expect(only(r).error?.code).toBe('PROVENANCE_MISMATCH');
  });

  it('ATTACK: another repository of the org claiming acme/app fails PROVENANCE_MISMATCH', async () => {
    const other = {
      ...EXTENSIONS,
      sourceRepositoryURI: 'https://github.com/acme/sandbox',
      buildConfigURI: `https://github.com/acme/sandbox/${WORKFLOW}@${REF}`,
    };
    const bundle = await keylessBundle('repo-claim.json', other, {});
    const r = await runVerifyCli([artifact, '--bundle', bundle, ...flags(), '--repo', REPO, '--json']);
    expect(r.code).toBe(1);
    expect(only(r).error?.code).toBe('PROVENANCE_MISMATCH');
  });
});
