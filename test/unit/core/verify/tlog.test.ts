import { describe, expect, it } from 'vitest';
import type { Bundle, TransparencyLogEntry } from '../../../../src/core/bundle/bundle.js';
import { decodeBundle } from '../../../../src/core/bundle/codec.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../../src/core/bundle/trust.js';
import { parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { verifyTlogBody, verifyTlogEntry } from '../../../../src/core/verify/tlog.js';
import { errorOf as error } from '../../../helpers/errors.js';
import { allBundlePaths, trustedRootPathFor, vectorJson, vectorText } from '../bundle/vectors.js';

/** After every vector's integrated time (latest: 2025-12-18), before 2027. */
const NOW = 1_800_000_000;

interface ExpectedEntry {
  tlogLayerValid: boolean;
  setValid?: boolean;
  inclusionValid?: boolean;
  checkpointMatchesProof?: boolean;
}
interface ExpectedFile {
  tlogEntries?: ExpectedEntry[];
  bundleVersionTlogRulesOk: boolean | null;
}
const EXPECTED = (vectorJson('expected-tlog-results.json') as { files: Record<string, ExpectedFile> }).files;

/** Why each tlog-invalid bundle fails: the code of the broken layer (README "Deliberately tlog-invalid"). */
const FAILURE_CODES: Record<string, string> = {
  'bundle-malformed-json_fail': 'INVALID_JSON',
  'bundle-unknown-version_fail': 'BUNDLE_MEDIA_TYPE_UNSUPPORTED',
  'bundle-negative-log-index_fail': 'BUNDLE_MALFORMED',
  'bundle-invalid-base64-signature_fail': 'BUNDLE_MALFORMED',
  'bundle-empty-certificate-chain_fail': 'TLOG_SET_INVALID',
  'incorrect-public-key_fail': 'TLOG_SET_INVALID',
  'set-invalid-signature_fail': 'TLOG_SET_INVALID',
  'inclusion-proof-corrupted-hash_fail': 'TLOG_INCLUSION_INVALID',
  'checkpoint-bad-keyhint_fail': 'TLOG_CHECKPOINT_INVALID',
  'checkpoint-wrong-roothash_fail': 'TLOG_CHECKPOINT_INVALID',
  'invalid-checkpoint-signature_fail': 'TLOG_CHECKPOINT_INVALID',
  'bundle-from-wrong-instance_fail': 'TLOG_UNKNOWN_LOG',
  'intoto-missing-inclusion-proof_fail': 'TLOG_PROOF_MISSING',
  'invalid-inclusion-proof_fail': 'TLOG_PROOF_MISSING',
};

const caseName = (path: string) => path.replace(/^bundles\/(conformance\/)?/, '').replace('/bundle.sigstore.json', '');
const roots = new Map<string, TrustedRoot>();
function rootFor(path: string): TrustedRoot {
  const rootPath = trustedRootPathFor(path);
  let root = roots.get(rootPath);
  if (root === undefined) {
    root = parseTrustedRoot(vectorText(rootPath));
    roots.set(rootPath, root);
  }
  return root;
}

/** The tlog layer of a bundle file: decode (shape only, so version rules are judged by the tlog layer), verify all. */
function verifyFile(path: string) {
  const bundle = decodeBundle(vectorText(path));
  const trustedRoot = rootFor(path);
  return bundle.verificationMaterial.tlogEntries.map((e) =>
    verifyTlogEntry(e, { trustedRoot, bundleVersion: bundle.version, now: NOW }),
  );
}

describe('verifyTlogEntry on every vector bundle (expected-tlog-results.json)', () => {
  const paths = allBundlePaths();

  it('covers all 50 bundles', () => {
    expect(paths).toHaveLength(50);
    for (const path of paths) expect(EXPECTED[path], path).toBeDefined();
  });

  for (const path of paths) {
    const expected = EXPECTED[path];
    const valid =
      expected !== undefined &&
      (expected.tlogEntries ?? []).length > 0 &&
      (expected.tlogEntries ?? []).every((e) => e.tlogLayerValid) &&
      expected.bundleVersionTlogRulesOk === true;
    if (valid) {
      it(`accepts ${caseName(path)}`, () => {
        const results = verifyFile(path);
        results.forEach((r, i) => {
          const want = expected.tlogEntries?.[i];
          expect(r.checks.set).toBe(want?.setValid === true);
          expect(r.checks.inclusion).toBe(want?.inclusionValid === true);
          expect(r.checks.checkpoint).toBe(want?.checkpointMatchesProof === true);
          expect(r.checks.body).toBe(false);
        });
      });
    } else {
      it(`rejects ${caseName(path)} with ${FAILURE_CODES[caseName(path)]}`, () => {
        const code = FAILURE_CODES[caseName(path)];
        expect(code, 'every tlog-invalid vector has a classified failure').toBeDefined();
        expect(error(() => verifyFile(path)).code).toBe(code);
      });
    }
  }
});

describe('verifyTlogEntry layer by layer (happy-path-v0.3 mutated)', () => {
  const path = 'bundles/conformance/happy-path-v0.3/bundle.sigstore.json';
  const production = () => parseTrustedRoot(vectorText('trust/trusted_root.production.json'));
  const fresh = (): { bundle: Bundle; entry: TransparencyLogEntry } => {
    const bundle = decodeBundle(vectorText(path));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    return { bundle, entry };
  };
  const run = (entry: TransparencyLogEntry, root = production(), now = NOW, bundleVersion: Bundle['version'] = '0.3') =>
    verifyTlogEntry(entry, { trustedRoot: root, bundleVersion, now });

  it('verifies all three layers of the unmodified entry', () => {
    const r = run(fresh().entry);
    expect(r.checks).toEqual({ set: true, inclusion: true, checkpoint: true, body: false });
    expect(r.log.baseUrl).toBe('https://rekor.sigstore.dev');
    expect(r.logIndex).toBe(79571823);
    expect(r.integratedTime).toBe(1710869186);
  });

  it('SET: a changed signature, logIndex or integratedTime', () => {
    const a = fresh().entry;
    flip(a.inclusionPromise?.signedEntryTimestamp);
    expect(error(() => run(a)).code).toBe('TLOG_SET_INVALID');
    const b = fresh().entry;
    b.logIndex = 75408392; // the tree-local index is not what the SET signs
    expect(error(() => run(b)).code).toBe('TLOG_SET_INVALID');
    const c = fresh().entry;
    c.integratedTime -= 1;
    expect(error(() => run(c)).code).toBe('TLOG_SET_INVALID');
  });

  it('inclusion: a changed proof hash, index or body', () => {
    const a = fresh().entry;
    flip(a.inclusionProof?.hashes[3]);
    expect(error(() => run(a)).code).toBe('TLOG_INCLUSION_INVALID');
    const b = fresh().entry;
    if (b.inclusionProof) b.inclusionProof.logIndex -= 1;
    expect(error(() => run(b)).code).toBe('TLOG_INCLUSION_INVALID');
    const c = fresh().entry;
    delete c.inclusionPromise; // without the SET, a body change is caught by the proof
    flip(c.canonicalizedBody, 40);
    expect(error(() => run(c)).code).toBe('TLOG_INCLUSION_INVALID');
  });

  it('checkpoint: signer name must be part of the log baseUrl, text must be signed, head must match', () => {
    const root = production();
    const rekor = root.tlogs[0];
    if (rekor === undefined) throw new Error('no tlog');
    rekor.baseUrl = 'https://other.example';
    expect(error(() => run(fresh().entry, root)).code).toBe('TLOG_CHECKPOINT_INVALID');

    const a = fresh().entry;
    if (a.inclusionProof?.checkpoint)
      a.inclusionProof.checkpoint = a.inclusionProof.checkpoint.replace('75408393', '75408394');
    expect(error(() => run(a)).code).toBe('TLOG_CHECKPOINT_INVALID');
    const b = fresh().entry;
    if (b.inclusionProof?.checkpoint)
      b.inclusionProof.checkpoint = b.inclusionProof.checkpoint.replace('\u2014 ', '-- ');
    expect(error(() => run(b)).code).toBe('TLOG_CHECKPOINT_INVALID');
  });

  it('log: unknown logId, and the key validity window (inclusive end)', () => {
    const a = fresh().entry;
    flip(a.logId, 31);
    expect(error(() => run(a)).code).toBe('TLOG_UNKNOWN_LOG');

    const root = production();
    const rekor = root.tlogs[0];
    if (rekor === undefined) throw new Error('no tlog');
    rekor.validFor.end = 1710869186;
    expect(run(fresh().entry, root).checks.set).toBe(true);
    rekor.validFor.end = 1710869185;
    expect(error(() => run(fresh().entry, root)).code).toBe('TLOG_KEY_NOT_VALID_AT_TIME');
    rekor.validFor = { start: 1710869187 };
    expect(error(() => run(fresh().entry, root)).code).toBe('TLOG_KEY_NOT_VALID_AT_TIME');
  });

  it('time: integratedTime after now', () => {
    expect(run(fresh().entry, production(), 1710869186).integratedTime).toBe(1710869186);
    expect(error(() => run(fresh().entry, production(), 1710869185)).code).toBe('TLOG_INTEGRATED_TIME_INVALID');
  });

  it('bundle version rules: v0.1 needs the SET, v0.2+ the proof with a checkpoint', () => {
    const a = fresh().entry;
    delete a.inclusionPromise;
    expect(run(a).checks).toEqual({ set: false, inclusion: true, checkpoint: true, body: false });
    expect(error(() => run(a, production(), NOW, '0.1')).code).toBe('TLOG_PROOF_MISSING');
    const b = fresh().entry;
    delete b.inclusionProof?.checkpoint;
    expect(error(() => run(b)).code).toBe('TLOG_PROOF_MISSING');
    expect(run(b, production(), NOW, '0.1').checks).toEqual({
      set: true,
      inclusion: true,
      checkpoint: false,
      body: false,
    });
    const c = fresh().entry;
    delete c.inclusionProof;
    expect(error(() => run(c, production(), NOW, '0.2')).code).toBe('TLOG_PROOF_MISSING');
  });

  it('runs the body check when the signed content is given', () => {
    const { bundle, entry } = fresh();
    const ctx = { trustedRoot: production(), bundleVersion: bundle.version, now: NOW };
    expect(verifyTlogEntry(entry, { ...ctx, signedContent: bundle.content }).checks.body).toBe(true);
    const other = decodeBundle(vectorText('bundles/conformance/wrong-hashedrekord-entry_fail/bundle.sigstore.json'));
    expect(error(() => verifyTlogEntry(entry, { ...ctx, signedContent: other.content })).code).toBe(
      'TLOG_BODY_MISMATCH',
    );
  });
});

/** Bundles whose log entry does not record the bundle's own content (README: TLOG_BODY_ERROR in sigstore-js). */
const BODY_MISMATCH = new Set([
  'bundle-empty-certificate-chain_fail', // its body was cut down to {"apiVersion","kind"}: no spec to match
  'dsse-invalid-sig_fail',
  'dsse-mismatch-envelope_fail',
  'dsse-mismatch-sig_fail',
  'intoto-log-entry-mismatch_fail',
  'message-digest-mismatch_fail',
  'signature-mismatch_fail',
  'wrong-hashedrekord-artifact_fail',
  'wrong-hashedrekord-cert-and-sig_fail',
  'wrong-hashedrekord-entry_fail',
]);

describe('verifyTlogBody', () => {
  const decodable = allBundlePaths().filter((p) => {
    try {
      decodeBundle(vectorText(p));
      return true;
    } catch {
      return false;
    }
  });

  for (const path of decodable) {
    const name = caseName(path);
    it(`${BODY_MISMATCH.has(name) ? 'rejects' : 'accepts'} the body of ${name}`, () => {
      const bundle = decodeBundle(vectorText(path));
      const check = () => bundle.verificationMaterial.tlogEntries.map((e) => verifyTlogBody(e, bundle.content));
      if (BODY_MISMATCH.has(name)) expect(error(check).code).toBe('TLOG_BODY_MISMATCH');
      else expect(check().length).toBeGreaterThan(0);
    });
  }

  it('confirms the dsse envelopeHash for envelopes written as submitted (sigstore-js)', () => {
    const bundle = decodeBundle(vectorText('bundles/sigstore-js/bundleV02-dsse.sigstore'));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    expect(verifyTlogBody(entry, bundle.content)).toEqual({ kind: 'dsse', envelopeHashMatches: true });
  });

  it('checks the recorded key or certificate when the caller names one', () => {
    const keyed = decodeBundle(vectorText('bundles/conformance/managed-key-happy-path/bundle.sigstore.json'));
    const entry = keyed.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    const key = parsePublicKeyPem(vectorText('bundles/conformance/managed-key-happy-path/key.pub'));
    expect(verifyTlogBody(entry, { content: keyed.content, key }).kind).toBe('hashedrekord');
    const rekorKey = parsePublicKeyPem(vectorText('trust/rekor.sigstore.dev.pub.pem'));
    expect(error(() => verifyTlogBody(entry, { content: keyed.content, key: rekorKey })).code).toBe(
      'TLOG_BODY_MISMATCH',
    );

    const certified = decodeBundle(vectorText('bundles/conformance/happy-path-v0.3/bundle.sigstore.json'));
    const certEntry = certified.verificationMaterial.tlogEntries[0];
    const vm = certified.verificationMaterial.content;
    if (certEntry === undefined || vm.kind !== 'certificate') throw new Error('expected a certificate bundle');
    expect(verifyTlogBody(certEntry, { content: certified.content, certificate: vm.certificate }).kind).toBe(
      'hashedrekord',
    );
    const otherCert = vm.certificate.slice();
    flip(otherCert);
    expect(error(() => verifyTlogBody(certEntry, { content: certified.content, certificate: otherCert })).code).toBe(
      'TLOG_BODY_MISMATCH',
    );
  });

  it('requires kindVersion to name the body kind', () => {
    const bundle = decodeBundle(vectorText('bundles/conformance/happy-path-v0.3/bundle.sigstore.json'));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    expect(error(() => verifyTlogBody({ ...entry, version: '0.0.2' }, bundle.content)).code).toBe('TLOG_BODY_MISMATCH');
    expect(error(() => verifyTlogBody({ ...entry, kind: 'dsse' }, bundle.content)).code).toBe('TLOG_BODY_MISMATCH');
  });
});

/** Flips one bit in place. */
function flip(bytes: Uint8Array | undefined, at = 10): void {
  if (bytes === undefined) throw new Error('missing bytes');
  bytes[at] = (bytes[at] ?? 0) ^ 1;
}
