import { createHash } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { describe, expect, it } from 'vitest';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle, bundleVersionOf } from '../../../../src/core/bundle/bundle.js';
import {
  decodeBundle,
  formatBundle,
  parseBundle,
  serializeBundle,
  tlogEntryFromRekor,
} from '../../../../src/core/bundle/codec.js';
import { toBase64, toHex } from '../../../../src/core/bytes.js';
import { errorOf as error } from '../../../helpers/errors.js';
import { allBundlePaths, vectorJson, vectorText } from './vectors.js';

/** Bundles that must NOT parse, with the code and the field path (README tables / upstream reasons). */
const PARSE_FAILURES: Record<string, { code: string; path?: string }> = {
  'bundles/conformance/bundle-malformed-json_fail/bundle.sigstore.json': { code: 'INVALID_JSON' },
  'bundles/conformance/bundle-unknown-version_fail/bundle.sigstore.json': { code: 'BUNDLE_MEDIA_TYPE_UNSUPPORTED' },
  'bundles/conformance/bundle-negative-log-index_fail/bundle.sigstore.json': {
    code: 'BUNDLE_MALFORMED',
    path: 'bundle.verificationMaterial.tlogEntries[0].logIndex',
  },
  'bundles/conformance/bundle-invalid-base64-signature_fail/bundle.sigstore.json': {
    code: 'BUNDLE_MALFORMED',
    path: 'bundle.messageSignature.signature',
  },
  'bundles/conformance/bundle-empty-certificate-chain_fail/bundle.sigstore.json': {
    code: 'BUNDLE_MALFORMED',
    path: 'bundle.verificationMaterial.x509CertificateChain.certificates',
  },
  'bundles/conformance/intoto-missing-inclusion-proof_fail/bundle.sigstore.json': {
    code: 'BUNDLE_MALFORMED',
    path: 'bundle.verificationMaterial.tlogEntries[0].inclusionProof',
  },
  'bundles/conformance/invalid-inclusion-proof_fail/bundle.sigstore.json': {
    code: 'BUNDLE_MALFORMED',
    path: 'bundle.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint',
  },
};

describe('parseBundle on every vector bundle', () => {
  const paths = allBundlePaths();

  it('sees all 50 bundles', () => {
    expect(paths).toHaveLength(50);
  });

  for (const path of paths) {
    const failure = PARSE_FAILURES[path];
    if (failure === undefined) {
      it(`parses ${path}`, () => {
        const bundle = parseBundle(vectorText(path));
        const json = vectorJson(path);
        expect(bundle.version).toBe(bundleVersionOf(bundle.mediaType));
        expect(bundle.verificationMaterial.tlogEntries.length).toBeGreaterThan(0);
        // sigstore-js agrees this is a structurally valid bundle of its version.
        expect(() => bundleFromJSON(json)).not.toThrow();
      });
    } else {
      it(`rejects ${path} with ${failure.code}`, () => {
        const e = error(() => parseBundle(vectorText(path)));
        expect(e.code).toBe(failure.code);
        if (failure.path !== undefined) expect(e.details?.path).toBe(failure.path);
      });
    }
  }

  it('decodes the fields of a v0.1 bundle (happy-path-v0.1)', () => {
    const b = parseBundle(vectorText('bundles/conformance/happy-path-v0.1/bundle.sigstore.json'));
    expect(b.version).toBe('0.1');
    expect(b.verificationMaterial.content.kind).toBe('x509CertificateChain');
    const e = b.verificationMaterial.tlogEntries[0];
    expect(e?.logIndex).toBe(27246492);
    expect(e?.integratedTime).toBe(1689177396);
    expect(e?.kind).toBe('hashedrekord');
    expect(e?.version).toBe('0.0.1');
    expect(toHex(e?.logId ?? new Uint8Array())).toBe(
      'c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d',
    );
    expect(e?.inclusionProof?.logIndex).toBe(23083061);
    expect(e?.inclusionProof?.treeSize).toBe(23083062);
    expect(e?.inclusionProof?.checkpoint).toMatch(/^rekor\.sigstore\.dev - 2605736670972794746\n23083062\n/);
    expect(b.content.kind).toBe('messageSignature');
    if (b.content.kind === 'messageSignature') expect(b.content.digest.algorithm).toBe('SHA2_256');
  });

  it('keeps the envelope JSON text whose SHA-256 is the dsse entry envelopeHash', () => {
    const b = parseBundle(vectorText('bundles/sigstore-js/bundleV03-dsse.sigstore'));
    if (b.content.kind !== 'dsseEnvelope') throw new Error('expected a DSSE bundle');
    const body = JSON.parse(Buffer.from(b.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? []).toString());
    const hash = createHash('sha256').update(b.content.rawEnvelope).digest('hex');
    expect(hash).toBe(body.spec.envelopeHash.value);
    expect(b.content.envelope.signatures).toHaveLength(1);
    expect(b.content.envelope.signatures[0]?.keyid).toBe('');
  });
});

describe('formatBundle / serializeBundle (v0.3)', () => {
  const v03 = allBundlePaths().filter((p) => {
    try {
      return parseBundle(vectorText(p)).version === '0.3';
    } catch {
      return false;
    }
  });

  it('covers the v0.3 vectors', () => {
    expect(v03.length).toBeGreaterThanOrEqual(15);
  });

  for (const path of v03) {
    it(`round-trips ${path}`, () => {
      const bundle = parseBundle(vectorText(path));
      const text = serializeBundle(bundle);
      const again = parseBundle(text);
      expect(again).toEqual({ ...bundle, mediaType: BUNDLE_V03_MEDIA_TYPE, content: contentOf(again, bundle) });
      expect(serializeBundle(again)).toBe(text);
      expect(() => bundleFromJSON(JSON.parse(text))).not.toThrow();
    });
  }

  it('writes byte-for-byte what sigstore-js wrote (managed-key-happy-path)', () => {
    const path = 'bundles/conformance/managed-key-happy-path/bundle.sigstore.json';
    expect(serializeBundle(parseBundle(vectorText(path)))).toBe(JSON.stringify(vectorJson(path)));
  });

  it('writes int64 as decimal strings, standard base64, and leaves defaults out', () => {
    const bundle = parseBundle(vectorText('bundles/conformance/happy-path-v0.3/bundle.sigstore.json'));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    entry.logIndex = 0;
    entry.logId = new Uint8Array([0xfb, 0xff]);
    const out = JSON.parse(serializeBundle(bundle));
    const e = out.verificationMaterial.tlogEntries[0];
    expect(e.logIndex).toBeUndefined();
    expect(e.logId.keyId).toBe('+/8=');
    expect(e.integratedTime).toBe('1710869186');
    expect(e.inclusionProof.treeSize).toBe('75408393');
    expect(out.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(out.verificationMaterial.timestampVerificationData).toEqual({});
    expect(Object.keys(out)).toEqual(['mediaType', 'verificationMaterial', 'messageSignature']);
  });

  it('omits an empty DSSE keyid, as protobuf JSON does', () => {
    const bundle = parseBundle(vectorText('bundles/sigstore-js/bundleV03-dsse.sigstore'));
    const env = formatBundle(bundle).dsseEnvelope as { signatures: Record<string, string>[] };
    expect(Object.keys(env.signatures[0] ?? {})).toEqual(['sig']);
  });
});

/** The envelope's raw text follows what was written, so compare it against the re-serialized form. */
function contentOf(again: Bundle, original: Bundle): Bundle['content'] {
  if (original.content.kind === 'dsseEnvelope' && again.content.kind === 'dsseEnvelope') {
    return { ...original.content, rawEnvelope: again.content.rawEnvelope };
  }
  return original.content;
}

describe('proto3 JSON reading rules', () => {
  const base = (): Record<string, unknown> =>
    structuredClone(vectorJson('bundles/conformance/happy-path-v0.3/bundle.sigstore.json')) as Record<string, unknown>;
  const entryOf = (b: Record<string, unknown>) =>
    (b.verificationMaterial as { tlogEntries: Record<string, unknown>[] }).tlogEntries[0] as Record<string, unknown>;

  it('accepts int64 as numbers and a missing logIndex as 0', () => {
    const b = base();
    const e = entryOf(b);
    e.integratedTime = 1710869186;
    delete e.logIndex;
    const parsed = parseBundle(b).verificationMaterial.tlogEntries[0];
    expect(parsed?.integratedTime).toBe(1710869186);
    expect(parsed?.logIndex).toBe(0);
  });

  it('accepts snake_case names and URL-safe unpadded base64', () => {
    const b = base();
    const e = entryOf(b);
    e.canonicalized_body = Buffer.from(String(e.canonicalizedBody), 'base64').toString('base64url');
    delete e.canonicalizedBody;
    e.kind_version = e.kindVersion;
    delete e.kindVersion;
    const want = parseBundle(base()).verificationMaterial.tlogEntries[0];
    const got = parseBundle(b).verificationMaterial.tlogEntries[0];
    expect(got).toEqual(want);
  });

  it('rejects a field given under both spellings, and unknown fields, with the path', () => {
    const b = base();
    const e = entryOf(b);
    e.integrated_time = e.integratedTime;
    expect(error(() => parseBundle(b)).code).toBe('BUNDLE_MALFORMED');
    const c = base();
    entryOf(c).surprise = 1;
    const err = error(() => parseBundle(c));
    expect(err.code).toBe('BUNDLE_MALFORMED');
    expect(err.details?.path).toBe('bundle.verificationMaterial.tlogEntries[0].surprise');
  });

  it('rejects two content members, and a missing one', () => {
    const b = base();
    b.dsseEnvelope = { payload: 'aGk=', payloadType: 'text/plain', signatures: [{ sig: 'AA==' }] };
    expect(error(() => parseBundle(b)).code).toBe('BUNDLE_MALFORMED');
    const c = base();
    delete c.messageSignature;
    expect(error(() => parseBundle(c)).code).toBe('BUNDLE_MALFORMED');
  });

  it('rejects signs, fractions and unsafe integers in int64 fields', () => {
    for (const bad of ['-5', '1.5', '9007199254740993', 1.5, true]) {
      const b = base();
      entryOf(b).integratedTime = bad;
      const e = error(() => parseBundle(b));
      expect(e.code).toBe('BUNDLE_MALFORMED');
      expect(e.details?.path).toBe('bundle.verificationMaterial.tlogEntries[0].integratedTime');
    }
  });

  it('rejects a missing media type as malformed and an unknown one as unsupported', () => {
    const b = base();
    delete b.mediaType;
    expect(error(() => parseBundle(b)).code).toBe('BUNDLE_MALFORMED');
    b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.4+json';
    expect(error(() => parseBundle(b)).code).toBe('BUNDLE_MEDIA_TYPE_UNSUPPORTED');
  });
});

describe('bundle version rules (@sigstore/bundle)', () => {
  const dsse = () =>
    structuredClone(vectorJson('bundles/sigstore-js/bundleV03-dsse.sigstore')) as {
      mediaType: string;
      verificationMaterial: Record<string, unknown> & { tlogEntries: Record<string, unknown>[] };
      dsseEnvelope: { signatures: unknown[] };
    };

  it('v0.1 needs an inclusion promise on each entry', () => {
    const b = dsse();
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
    delete b.verificationMaterial.tlogEntries[0]?.inclusionPromise;
    const e = error(() => parseBundle(b));
    expect(e.details?.path).toBe('bundle.verificationMaterial.tlogEntries[0].inclusionPromise');
    expect(decodeBundle(b).version).toBe('0.1');
  });

  it('v0.3 forbids a certificate chain', () => {
    const b = dsse();
    const cert = b.verificationMaterial.certificate;
    delete b.verificationMaterial.certificate;
    b.verificationMaterial.x509CertificateChain = { certificates: [cert] };
    expect(error(() => parseBundle(b)).details?.path).toBe('bundle.verificationMaterial.x509CertificateChain');
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
    expect(parseBundle(b).version).toBe('0.2');
  });

  it('a DSSE bundle holds exactly one signature', () => {
    const b = dsse();
    b.dsseEnvelope.signatures.push(b.dsseEnvelope.signatures[0]);
    expect(error(() => parseBundle(b)).details?.path).toBe('bundle.dsseEnvelope.signatures');
    b.dsseEnvelope.signatures = [];
    expect(error(() => parseBundle(b)).code).toBe('BUNDLE_MALFORMED');
  });
});

describe('tlogEntryFromRekor', () => {
  const anon = vectorJson('rest/logentryanon.docker-attest.json') as {
    body: string;
    integratedTime: number;
    logID: string;
    logIndex: number;
    verification: {
      signedEntryTimestamp: string;
      inclusionProof: { logIndex: number; treeSize: number; rootHash: string; hashes: string[]; checkpoint: string };
    };
  };
  const uuid = '24296fb24b8ad77a2fc668861eebfa700ca4e088fc7b7858feb7698be36451a2c15758965b8a1f3d';

  it('converts hex and numbers to the bundle form', () => {
    const e = tlogEntryFromRekor(uuid, anon);
    expect(e.logIndex).toBe(59674396);
    expect(e.kind).toBe('hashedrekord');
    expect(e.version).toBe('0.0.1');
    expect(toHex(e.logId)).toBe(anon.logID);
    expect(toBase64(e.canonicalizedBody)).toBe(anon.body);
    expect(toBase64(e.inclusionPromise?.signedEntryTimestamp ?? new Uint8Array())).toBe(
      anon.verification.signedEntryTimestamp,
    );
    expect(e.inclusionProof?.logIndex).toBe(55510965);
    expect(e.inclusionProof?.treeSize).toBe(55510966);
    expect(e.inclusionProof?.hashes.map(toHex)).toEqual(anon.verification.inclusionProof.hashes);
    expect(e.inclusionProof?.checkpoint).toBe(anon.verification.inclusionProof.checkpoint);
    expect(tlogEntryFromRekor(uuid.slice(16), anon)).toEqual(e);
  });

  it('rejects a UUID that names another body, and hex that is not hex', () => {
    expect(error(() => tlogEntryFromRekor(`${uuid.slice(0, -1)}0`, anon)).code).toBe('LOG_RESPONSE_INVALID');
    expect(error(() => tlogEntryFromRekor(uuid, { ...anon, logID: 'XYZ' })).code).toBe('LOG_RESPONSE_INVALID');
  });
});
