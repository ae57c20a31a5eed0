import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { fromBase64, toBase64, utf8 } from '../../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../../src/core/dsse/envelope.js';
import { CodedError } from '../../../../src/core/errors.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../../src/core/intoto/statement.js';
import { fingerprint, formatPublicKeyPem } from '../../../../src/core/keys/keys.js';
import type { Signer } from '../../../../src/core/keys/signer.js';
import { admitProposedEntry } from '../../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../../src/core/rekor/dsse.js';
import { decodeEntryBody } from '../../../../src/core/rekor/entry.js';
import { proposeHashedRekordEntry } from '../../../../src/core/rekor/hashedrekord.js';
import { proposeIntotoEntry } from '../../../../src/core/rekor/intoto.js';

const code = (c: string) => expect.objectContaining({ code: c });
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const clone = <T>(v: T): T => structuredClone(v);

const signerA = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
const signerB = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
const signerEd = signerFromPem(generatePrivateKeyPem('ed25519'));
const pemOf = (s: Signer) => formatPublicKeyPem(s.publicKey);

const subjectDigest = sha256('artifact bytes');
const statement = serializeStatement(
  buildStatement([{ name: 'a.tgz', digest: { sha256: subjectDigest } }], 'https://slsa.dev/provenance/v1', {}),
);

function dsseProposal(signer: Signer, verifierPem = pemOf(signer)) {
  const envelopeJson = formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signer));
  return { envelopeJson, proposed: proposeDsseEntry(envelopeJson, verifierPem) };
}

describe('admitProposedEntry: dsse 0.0.1', () => {
  for (const signer of [signerA, signerEd]) {
    it(`admits an envelope signed with ${signer.publicKey.algorithm} and builds the canonical body`, () => {
      const { envelopeJson, proposed } = dsseProposal(signer);
      const admitted = admitProposedEntry(proposed);
      expect(admitted.kind).toBe('dsse');
      const body = decodeEntryBody(admitted.body);
      if (body.kind !== 'dsse') throw new Error('wrong kind');
      expect(body.envelopeHash.value).toBe(sha256(envelopeJson));
      expect(body.payloadHash.value).toBe(sha256(statement));
      const sig = JSON.parse(envelopeJson).signatures[0].sig;
      expect(body.signatures).toEqual([{ signature: sig, verifierPem: pemOf(signer) }]);
      expect(admitted.indexKeys.sort()).toEqual(
        [`sha256:${subjectDigest}`, `sha256:${sha256(statement)}`, sha256(pemOf(signer))].sort(),
      );
      expect(Buffer.from(admitted.attestation ?? []).toString()).toBe(envelopeJson);
      // The same request twice is the same leaf (the log deduplicates on it).
      expect(admitProposedEntry(proposed).body).toEqual(admitted.body);
    });
  }

  it('stores the key in Go PEM form whatever the client sent (CRLF, long lines)', () => {
    const der = toBase64(signerA.publicKey.spki);
    const sloppy = `-----BEGIN PUBLIC KEY-----\r\n${der}\r\n-----END PUBLIC KEY-----`;
    const { envelopeJson } = dsseProposal(signerA);
    const a = admitProposedEntry(proposeDsseEntry(envelopeJson, sloppy));
    const b = admitProposedEntry(proposeDsseEntry(envelopeJson, pemOf(signerA)));
    expect(a.body).toEqual(b.body);
    expect(fingerprint(signerA.publicKey)).toHaveLength(64);
  });

  it('omits the attestation above maxAttestationBytes but still admits', () => {
    const admitted = admitProposedEntry(dsseProposal(signerA).proposed, { maxAttestationBytes: 10 });
    expect(admitted.attestation).toBeUndefined();
  });

  it('sorts several signatures by signature text and requires each to verify', () => {
    const one = signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signerA);
    const two = signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signerB);
    const both = { ...one, signatures: [...one.signatures, ...two.signatures] };
    const admitted = admitProposedEntry(proposeDsseEntry(formatEnvelope(both), [pemOf(signerA), pemOf(signerB)]));
    const body = decodeEntryBody(admitted.body);
    if (body.kind !== 'dsse') throw new Error('wrong kind');
    const sigs = body.signatures.map((s) => s.signature);
    expect(sigs).toEqual([...sigs].sort());
    expect(() => admitProposedEntry(proposeDsseEntry(formatEnvelope(both), [pemOf(signerA)]))).toThrowError(
      code('ENTRY_SIGNATURE_INVALID'),
    );
  });

  it('rejects a signature by another key (ENTRY_SIGNATURE_INVALID)', () => {
    expect(() => admitProposedEntry(dsseProposal(signerA, pemOf(signerB)).proposed)).toThrowError(
      code('ENTRY_SIGNATURE_INVALID'),
    );
  });

  it('rejects a payload changed after signing (ENTRY_SIGNATURE_INVALID)', () => {
    const { envelopeJson } = dsseProposal(signerA);
    const env = JSON.parse(envelopeJson);
    env.payload = toBase64(utf8('{"_type":"evil"}'));
    expect(() => admitProposedEntry(proposeDsseEntry(JSON.stringify(env), pemOf(signerA)))).toThrowError(
      code('ENTRY_SIGNATURE_INVALID'),
    );
  });

  const malformed: [string, (p: ReturnType<typeof dsseProposal>['proposed']) => unknown, string][] = [
    [
      'bad base64 in a verifier',
      (p) => ({ ...p, spec: { proposedContent: { ...p.spec.proposedContent, verifiers: ['%%'] } } }),
      'ENTRY_MALFORMED',
    ],
    [
      'no verifiers',
      (p) => ({ ...p, spec: { proposedContent: { ...p.spec.proposedContent, verifiers: [] } } }),
      'ENTRY_MALFORMED',
    ],
    [
      'a verifier that is not PEM',
      (p) => ({ ...p, spec: { proposedContent: { ...p.spec.proposedContent, verifiers: [toBase64(utf8('hello'))] } } }),
      'INVALID_KEY',
    ],
    [
      'an envelope that is not JSON',
      (p) => ({ ...p, spec: { proposedContent: { ...p.spec.proposedContent, envelope: '{' } } }),
      'ENTRY_MALFORMED',
    ],
    [
      'an envelope without signatures',
      (p) => ({
        ...p,
        spec: {
          proposedContent: { ...p.spec.proposedContent, envelope: '{"payload":"","payloadType":"x","signatures":[]}' },
        },
      }),
      'ENTRY_MALFORMED',
    ],
    [
      'proposedContent mixed with envelopeHash',
      (p) => ({ ...p, spec: { ...p.spec, envelopeHash: { algorithm: 'sha256', value: '00' } } }),
      'ENTRY_MALFORMED',
    ],
    [
      'proposedContent mixed with signatures',
      (p) => ({ ...p, spec: { ...p.spec, signatures: [] } }),
      'ENTRY_MALFORMED',
    ],
    ['an unknown spec member', (p) => ({ ...p, spec: { ...p.spec, extra: 1 } }), 'ENTRY_MALFORMED'],
    ['an unknown top-level member', (p) => ({ ...p, extra: 1 }), 'ENTRY_MALFORMED'],
    ['an unknown kind', (p) => ({ ...p, kind: 'rekord' }), 'ENTRY_KIND_UNSUPPORTED'],
    ['an unsupported apiVersion', (p) => ({ ...p, apiVersion: '0.0.2' }), 'ENTRY_KIND_UNSUPPORTED'],
    ['a missing spec', (p) => ({ apiVersion: p.apiVersion, kind: p.kind }), 'ENTRY_MALFORMED'],
  ];
  for (const [name, mutate, expected] of malformed) {
    it(`rejects ${name} (${expected})`, () => {
      const { proposed } = dsseProposal(signerA);
      let err: unknown;
      try {
        admitProposedEntry(mutate(clone(proposed)));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CodedError);
      expect(err).toMatchObject({ code: expected });
    });
  }

  it('names the failing field in details.path', () => {
    const { proposed } = dsseProposal(signerA);
    const bad = { ...proposed, spec: { proposedContent: { ...proposed.spec.proposedContent, verifiers: ['%%'] } } };
    expect(() => admitProposedEntry(bad)).toThrowError(
      expect.objectContaining({ details: { path: 'entry.spec.proposedContent.verifiers[0]' } }),
    );
  });
});

describe('admitProposedEntry: hashedrekord 0.0.1', () => {
  const artifact = utf8('release.tgz contents');
  const digest = new Uint8Array(createHash('sha256').update(artifact).digest());

  it('admits an ECDSA P-256 signature over the digest; the body equals the request with Go PEM', () => {
    const proposed = proposeHashedRekordEntry({
      digest,
      signature: signerA.sign(artifact),
      publicKeyPem: pemOf(signerA),
    });
    const admitted = admitProposedEntry(proposed);
    expect(JSON.parse(Buffer.from(admitted.body).toString())).toEqual(proposed);
    expect(admitted.indexKeys).toEqual([`sha256:${Buffer.from(digest).toString('hex')}`, sha256(pemOf(signerA))]);
    const body = decodeEntryBody(admitted.body);
    expect(body).toMatchObject({ kind: 'hashedrekord', publicKeyPem: pemOf(signerA) });
  });

  it('admits RSA-2048 PKCS#1 v1.5 / SHA-256 and refuses RSA-1024 (allow-list)', () => {
    for (const [bits, expected] of [
      [2048, null],
      [1024, 'UNSUPPORTED_KEY'],
    ] as const) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
      const signature = new Uint8Array(sign('sha256', artifact, privateKey));
      const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const proposed = proposeHashedRekordEntry({ digest, signature, publicKeyPem: pem });
      if (expected === null) expect(admitProposedEntry(proposed).kind).toBe('hashedrekord');
      else expect(() => admitProposedEntry(proposed)).toThrowError(code(expected));
    }
  });

  it('refuses a key/hash pair outside the allow-list (P-256 with sha512, Ed25519 with sha256)', () => {
    const digest512 = new Uint8Array(createHash('sha512').update(artifact).digest());
    const p = proposeHashedRekordEntry({
      digest: digest512,
      algorithm: 'sha512',
      signature: signerA.sign(artifact),
      publicKeyPem: pemOf(signerA),
    });
    expect(() => admitProposedEntry(p)).toThrowError(code('UNSUPPORTED_KEY'));
    const e = proposeHashedRekordEntry({ digest, signature: signerEd.sign(artifact), publicKeyPem: pemOf(signerEd) });
    expect(() => admitProposedEntry(e)).toThrowError(code('UNSUPPORTED_KEY'));
  });

  it('rejects a signature over another digest (ENTRY_SIGNATURE_INVALID)', () => {
    const proposed = proposeHashedRekordEntry({
      digest,
      signature: signerA.sign(utf8('other')),
      publicKeyPem: pemOf(signerA),
    });
    expect(() => admitProposedEntry(proposed)).toThrowError(code('ENTRY_SIGNATURE_INVALID'));
  });

  it('rejects bad base64, a short digest, an unknown hash algorithm', () => {
    const good = proposeHashedRekordEntry({ digest, signature: signerA.sign(artifact), publicKeyPem: pemOf(signerA) });
    const cases: unknown[] = [
      { ...good, spec: { ...good.spec, signature: { ...good.spec.signature, content: 'not base64!' } } },
      { ...good, spec: { ...good.spec, data: { hash: { algorithm: 'sha256', value: 'abcd' } } } },
      { ...good, spec: { ...good.spec, data: { hash: { algorithm: 'md5', value: 'abcd' } } } },
      { ...good, spec: { ...good.spec, data: { hash: good.spec.data.hash, url: 'http://x' } } },
    ];
    for (const c of cases) expect(() => admitProposedEntry(c)).toThrowError(code('ENTRY_MALFORMED'));
  });
});

describe('admitProposedEntry: intoto 0.0.2', () => {
  it('admits a sigstore-js style request and keeps the double-base64 signature and submitted PEM', () => {
    const env = signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signerA);
    const proposed = proposeIntotoEntry(env, pemOf(signerA));
    const admitted = admitProposedEntry(proposed);
    const body = decodeEntryBody(admitted.body);
    if (body.kind !== 'intoto') throw new Error('wrong kind');
    expect(body.signatures[0]?.sig).toEqual(env.signatures[0]?.sig);
    expect(body.signatures[0]?.publicKeyPem).toBe(pemOf(signerA));
    expect(body.payload).toBeUndefined();
    expect(body.payloadHash.value).toBe(sha256(statement));
    expect(admitted.indexKeys).toContain(`sha256:${subjectDigest}`);
    expect(Buffer.from(admitted.attestation ?? []).toString()).toBe(formatEnvelope(env));
  });

  it('rejects a wrong key, single-base64 payloads and a wrong payloadHash', () => {
    const env = signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signerA);
    expect(() => admitProposedEntry(proposeIntotoEntry(env, pemOf(signerB)))).toThrowError(
      code('ENTRY_SIGNATURE_INVALID'),
    );
    const p = proposeIntotoEntry(env, pemOf(signerA));
    const single = clone(p);
    single.spec.content.envelope.payload = toBase64(statement);
    expect(() => admitProposedEntry(single)).toThrowError(code('ENTRY_MALFORMED'));
    const wrongHash = clone(p);
    wrongHash.spec.content.payloadHash.value = '0'.repeat(64);
    expect(() => admitProposedEntry(wrongHash)).toThrowError(code('ENTRY_MALFORMED'));
    expect(fromBase64(p.spec.content.envelope.payload).byteLength).toBeGreaterThan(statement.byteLength);
  });
});

describe('admitProposedEntry never throws anything but a CodedError', () => {
  const assertCoded = (input: unknown) => {
    try {
      admitProposedEntry(input);
    } catch (e) {
      if (!(e instanceof CodedError)) throw e;
    }
  };

  it('on random JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), assertCoded), { numRuns: 500 });
  });

  it('on random specs under every kind/version', () => {
    const kind = fc.constantFrom('hashedrekord', 'dsse', 'intoto', 'rekord');
    const version = fc.constantFrom('0.0.1', '0.0.2');
    fc.assert(
      fc.property(kind, version, fc.jsonValue(), (k, v, spec) => assertCoded({ apiVersion: v, kind: k, spec })),
      { numRuns: 500 },
    );
  });

  it('on valid requests with one random leaf replaced', () => {
    const valid = [
      dsseProposal(signerA).proposed,
      proposeIntotoEntry(signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, signerA), pemOf(signerA)),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.nat(), fc.jsonValue(), (base, pick, value) => {
        const copy: unknown = clone(base);
        const paths: [Record<string, unknown>, string][] = [];
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const [k, v] of Object.entries(node)) {
            paths.push([node as Record<string, unknown>, k]);
            walk(v);
          }
        };
        walk(copy);
        const target = paths[pick % paths.length];
        if (target !== undefined) target[0][target[1]] = value;
        assertCoded(copy);
      }),
      { numRuns: 300 },
    );
  });
});
