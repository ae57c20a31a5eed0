/**
 * The sigstore-conformance bundle-verify suite (test/vectors/bundles/conformance, Rekor v1 cases), run the way
 * the suite drives a client: artifact = the case's `artifact` file or `a.txt` beside the cases; `key.pub` ->
 * trusted key; otherwise identity/issuer from the case's `identity`/`issuer` files or the suite defaults
 * (UPSTREAM-README.md); the case's `trusted_root.json` or the production root. Every happy path must verify and
 * every `_fail` case must fail; each failure is pinned to the check and code that decided it.
 * Plus the 9 sigstore-js production bundles (artifact = the statement's subject digest).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../src/core/bundle/codec.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../../src/core/bundle/trust.js';
import { isCodedError } from '../../../../src/core/errors.js';
import { type PublicKey, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { verifyBundleWith } from '../../../../src/core/verify/engine.js';
import { supportNeeded, type VerifierSupport } from '../../../../src/core/verify/support.js';
import { type VerifiedResult, verifyBundle } from '../../../../src/core/verify/verifier.js';
import { loadVerifierSupport } from '../../../../src/flows/verify.js';

const CONFORMANCE = new URL('../../../vectors/bundles/conformance/', import.meta.url);
const SIGSTORE_JS = new URL('../../../vectors/bundles/sigstore-js/', import.meta.url);
const PRODUCTION_ROOT = new URL('../../../vectors/trust/trusted_root.production.json', import.meta.url);

const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
/** 2026-11-01T00:00:00Z: after every entry in the suite. */
const NOW = Date.UTC(2026, 10, 1) / 1000;

const production = parseTrustedRoot(readFileSync(PRODUCTION_ROOT, 'utf8'));

/** Which check (or harness input) must decide each `_fail` case, and with which code. */
const EXPECTED_FAILURES: Readonly<Record<string, string>> = {
  'bundle-empty-certificate-chain_fail': 'bundle BUNDLE_MALFORMED',
  'bundle-from-wrong-instance_fail': 'tlog TLOG_UNKNOWN_LOG',
  'bundle-invalid-base64-signature_fail': 'bundle BUNDLE_MALFORMED',
  'bundle-malformed-json_fail': 'bundle INVALID_JSON',
  'bundle-negative-log-index_fail': 'bundle BUNDLE_MALFORMED',
  'bundle-unknown-version_fail': 'bundle BUNDLE_MEDIA_TYPE_UNSUPPORTED',
  'bundle-with-root-cert_fail': 'certificate CERT_CHAIN_INVALID',
  'checkpoint-bad-keyhint_fail': 'tlog TLOG_CHECKPOINT_INVALID',
  'checkpoint-wrong-roothash_fail': 'tlog TLOG_CHECKPOINT_INVALID',
  'dsse-invalid-sig_fail': 'signature DSSE_SIGNATURE_INVALID',
  'dsse-mismatch-envelope_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'dsse-mismatch-sig_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'inclusion-proof-corrupted-hash_fail': 'tlog TLOG_INCLUSION_INVALID',
  'incorrect-public-key_fail': 'tlog TLOG_SET_INVALID',
  'integrated-time-in-future_fail': 'certificate CERT_NOT_VALID_AT_TIME',
  'intoto-expired-certificate_fail': 'certificate CERT_NOT_VALID_AT_TIME',
  'intoto-log-entry-mismatch_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'intoto-missing-inclusion-proof_fail': 'bundle BUNDLE_MALFORMED',
  'intoto-set-outside-signing-cert-validity_fail': 'certificate CERT_NOT_VALID_AT_TIME',
  'intoto-tsa-timestamp-outside-cert-validity_fail': 'certificate CERT_NOT_VALID_AT_TIME',
  'invalid-checkpoint-signature_fail': 'tlog TLOG_CHECKPOINT_INVALID',
  'invalid-ct-key_fail': 'sct SCT_INVALID',
  'invalid-inclusion-proof_fail': 'bundle BUNDLE_MALFORMED',
  'managed-key-no-key_fail': 'key KEY_UNTRUSTED',
  'managed-key-wrong-key_fail': 'input:key.pub INVALID_KEY',
  'message-digest-mismatch_fail': 'artifact ARTIFACT_DIGEST_MISMATCH',
  'set-invalid-signature_fail': 'tlog TLOG_SET_INVALID',
  'signature-mismatch_fail': 'signature SIGNATURE_INVALID',
  'wrong-hashedrekord-artifact_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'wrong-hashedrekord-cert-and-sig_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'wrong-hashedrekord-entry_fail': 'tlog-body TLOG_BODY_MISMATCH',
  'wrong-material_fail': 'artifact ARTIFACT_DIGEST_MISMATCH',
};

type Outcome = { ok: true; result: VerifiedResult } | { ok: false; decidedBy: string; message: string };

function readOptional(dir: URL, name: string): string | undefined {
  const url = new URL(name, dir);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

type Verify = typeof verifyBundle;

/** Runs one case like the conformance harness; harness input failures are outcomes too (`input:<file>`). */
function runCase(name: string, verify: Verify = verifyBundle): Outcome {
  const dir = new URL(`${name}/`, CONFORMANCE);
  const artifactUrl = existsSync(new URL('artifact', dir)) ? new URL('artifact', dir) : new URL('a.txt', CONFORMANCE);
  const artifact = { algorithm: 'sha256' as const, hex: sha256Hex(readFileSync(artifactUrl)) };
  let keys: PublicKey[] | undefined;
  let trust: TrustedRoot = production;
  try {
    const pem = readOptional(dir, 'key.pub');
    keys = pem === undefined ? undefined : [parsePublicKeyPem(pem, 'key.pub')];
  } catch (error) {
    return failure('input:key.pub', error);
  }
  try {
    const rootText = readOptional(dir, 'trusted_root.json');
    if (rootText !== undefined) trust = parseTrustedRoot(rootText);
  } catch (error) {
    return failure('input:trusted_root.json', error);
  }
  const identity =
    keys === undefined
      ? {
          san: readOptional(dir, 'identity')?.trim() ?? DEFAULT_IDENTITY,
          issuer: readOptional(dir, 'issuer')?.trim() ?? DEFAULT_ISSUER,
        }
      : undefined;
  try {
    const bundleText = readFileSync(new URL('bundle.sigstore.json', dir), 'utf8');
    const result = verify(bundleText, artifact, trust, {
      now: NOW,
      ...(keys === undefined ? { keys: [] } : { keys }),
      ...(identity === undefined ? {} : { identity }),
    });
    return { ok: true, result };
  } catch (error) {
    const check = isCodedError(error) && typeof error.details?.check === 'string' ? error.details.check : 'bundle';
    return failure(check, error);
  }
}

function failure(decidedBy: string, error: unknown): Outcome {
  if (!isCodedError(error)) throw error;
  return { ok: false, decidedBy: `${decidedBy} ${error.code}`, message: error.message };
}

const cases = readdirSync(CONFORMANCE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const report: string[] = [];
let score = 0;

describe('sigstore-conformance bundle-verify (Rekor v1 cases)', () => {
  it('has all 41 cases', () => {
    expect(cases).toHaveLength(41);
    for (const name of cases.filter((c) => c.endsWith('_fail'))) expect(EXPECTED_FAILURES).toHaveProperty(name);
  });

  for (const name of cases) {
    const shouldFail = name.endsWith('_fail');
    it(`${name} ${shouldFail ? 'fails' : 'verifies'}`, () => {
      const outcome = runCase(name);
      report.push(
        `${outcome.ok ? 'PASS' : 'FAIL'} ${name}${outcome.ok ? '' : ` - ${outcome.decidedBy}: ${outcome.message}`}`,
      );
      if (shouldFail) {
        expect(outcome.ok, 'a _fail case verified').toBe(false);
        if (!outcome.ok) expect(outcome.decidedBy).toBe(EXPECTED_FAILURES[name]);
      } else {
        expect(outcome.ok ? 'verified' : outcome.decidedBy).toBe('verified');
        if (outcome.ok) expect(outcome.result.checks.every((c) => c.ok)).toBe(true);
      }
      score += 1;
    });
  }

  afterAll(() => {
    // One line in the test log; PROVLOG_CONFORMANCE_REPORT=1 prints which layer decided each case.
    const detail = process.env.PROVLOG_CONFORMANCE_REPORT === '1' ? `${report.sort().join('\n')}\n` : '';
    console.log(`${detail}sigstore-conformance score: ${score}/${cases.length}`);
  });
});

describe('the same cases with verifier support loaded on demand, as the CLI and the actions verify', () => {
  // flows/verify.ts loads the ASN.1 / RFC 3161 / noble parts only for bundles that need them. Every case must be
  // decided exactly as with everything loaded: a wrong `supportNeeded` would surface here as an INTERNAL error.
  async function supportFor(name: string): Promise<VerifierSupport> {
    let bundle: ReturnType<typeof parseBundle>;
    try {
      bundle = parseBundle(readFileSync(new URL(`${name}/bundle.sigstore.json`, CONFORMANCE), 'utf8'));
    } catch {
      return {}; // undecodable: the engine rejects it at the bundle check, before needing any support
    }
    return loadVerifierSupport([bundle]);
  }

  for (const name of cases) {
    it(`${name}`, async () => {
      const support = await supportFor(name);
      const lazy = runCase(name, (...args) => verifyBundleWith(support, ...args));
      const full = runCase(name);
      expect(lazy.ok ? 'verified' : lazy.decidedBy).toBe(full.ok ? 'verified' : full.decidedBy);
    });
  }

  it('without the support a bundle needs, the engine stops with INTERNAL (a caller bug), never a verdict', () => {
    const outcome = runCase('intoto-with-custom-trust-root', (...args) => verifyBundleWith({}, ...args));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.decidedBy).toBe('timestamp INTERNAL');
      expect(outcome.message).toContain('verification support for RFC 3161 timestamps was not loaded');
    }
  });

  it('loads the parts for certificates, RFC 3161 and message signatures, and nothing for key-signed DSSE', async () => {
    const read = (name: string) =>
      parseBundle(readFileSync(new URL(`${name}/bundle.sigstore.json`, CONFORMANCE), 'utf8'));
    const keyless = read('intoto-with-custom-trust-root'); // certificate + RFC 3161 timestamp
    const keyMessage = read('managed-key-happy-path'); // public key + message signature (hashedrekord)
    expect(supportNeeded(keyless)).toEqual({ keyless: true, rfc3161: true, digestSignature: false });
    expect(supportNeeded(keyMessage)).toMatchObject({ keyless: false, digestSignature: true });
    // What `provlog attest` makes: a public key and a DSSE envelope.
    const keyDsse = {
      ...keyless,
      verificationMaterial: { ...keyless.verificationMaterial, ...keyMessage.verificationMaterial },
    };
    const attested = { ...keyDsse, verificationMaterial: { ...keyDsse.verificationMaterial, rfc3161Timestamps: [] } };
    expect(supportNeeded(attested)).toEqual({ keyless: false, rfc3161: false, digestSignature: false });
    expect(await loadVerifierSupport([attested])).toEqual({});
    expect(Object.keys(await loadVerifierSupport([attested, keyMessage])).sort()).toEqual([
      'digestSignature',
      'keyless',
      'rfc3161',
    ]);
  });
});

describe('sigstore-js production bundles (2023, rekor.sigstore.dev)', () => {
  const files = readdirSync(SIGSTORE_JS).filter((f) => f.endsWith('.sigstore'));

  it('has the 9 bundles', () => {
    expect(files).toHaveLength(9);
  });

  for (const file of files) {
    it(`${file} verifies with its identity`, () => {
      const text = readFileSync(new URL(file, SIGSTORE_JS), 'utf8');
      const payload = JSON.parse(text).dsseEnvelope.payload;
      const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
      const artifact = { algorithm: 'sha512' as const, hex: statement.subject[0].digest.sha512 };
      const result = verifyBundle(text, artifact, production, {
        now: NOW,
        identity: { san: 'brian@dehamer.com', issuer: 'https://github.com/login/oauth' },
      });
      expect(result.signer).toMatchObject({ kind: 'certificate', san: 'brian@dehamer.com', sanType: 'email' });
      expect(result.statement?.subject[0]?.name).toBe('pkg:npm/sigstore@1.0.0');
      expect(result.timestamps.length).toBeGreaterThan(0);
    });
  }
});
