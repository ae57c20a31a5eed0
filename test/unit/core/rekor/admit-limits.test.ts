/**
 * Issue 11 §2: the work one proposed entry asks of the log is bounded. A dsse envelope holds at most
 * MAX_ENVELOPE_SIGNATURES signatures, its verifiers are at most as many (distinct) as its signatures and each must
 * verify one (Rekor's rule), and an intoto envelope holds at most as many signatures. Each check fails on the
 * code before the limits, which admitted these entries after up to signatures x verifiers checks.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { toBase64 } from '../../../../src/core/bytes.js';
import { type Envelope, formatEnvelope, signEnvelope } from '../../../../src/core/dsse/envelope.js';
import { CodedError } from '../../../../src/core/errors.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../../../src/core/keys/keys.js';
import type { Signer } from '../../../../src/core/keys/signer.js';
import { admitProposedEntry } from '../../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../../src/core/rekor/dsse.js';
import { decodeEntryBody } from '../../../../src/core/rekor/entry.js';
import { proposeIntotoEntry } from '../../../../src/core/rekor/intoto.js';
import { MAX_ENVELOPE_SIGNATURES } from '../../../../src/core/rekor/limits.js';

const sha256 = (b: string) => createHash('sha256').update(b).digest('hex');
const statement = serializeStatement(
  buildStatement([{ name: 'a.tgz', digest: { sha256: sha256('a') } }], 'https://slsa.dev/provenance/v1', {}),
);
const signers = Array.from({ length: MAX_ENVELOPE_SIGNATURES + 1 }, () =>
  signerFromPem(generatePrivateKeyPem('ecdsa-p256')),
);
const pemOf = (s: Signer) => formatPublicKeyPem(s.publicKey);

/** One envelope signed by each of `by` (in order). */
function envelopeBy(by: readonly Signer[]): Envelope {
  const [first, ...rest] = by.map((s) => signEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, s));
  if (first === undefined) throw new Error('no signer');
  return { ...first, signatures: [first, ...rest].flatMap((e) => e.signatures) };
}

function failure(input: unknown): CodedError {
  try {
    admitProposedEntry(input);
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected admission to fail');
}

describe('dsse admission limits', () => {
  it(`admits ${MAX_ENVELOPE_SIGNATURES} signatures by ${MAX_ENVELOPE_SIGNATURES} keys, verifiers in any order`, () => {
    const by = signers.slice(0, MAX_ENVELOPE_SIGNATURES);
    const envelope = envelopeBy(by);
    const admitted = admitProposedEntry(proposeDsseEntry(formatEnvelope(envelope), [...by].reverse().map(pemOf)));
    const body = decodeEntryBody(admitted.body);
    if (body.kind !== 'dsse') throw new Error('wrong kind');
    // Every signature is stored with the key that made it.
    const sigTexts = envelope.signatures.map((s) => toBase64(s.sig));
    for (const stored of body.signatures) {
      expect(stored.verifierPem).toBe(pemOf(by[sigTexts.indexOf(stored.signature)] as Signer));
    }
  });

  it('refuses more signatures than the cap before checking any (ENTRY_LIMIT_EXCEEDED)', () => {
    const error = failure(proposeDsseEntry(formatEnvelope(envelopeBy(signers)), signers.map(pemOf)));
    expect(error.code).toBe('ENTRY_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: MAX_ENVELOPE_SIGNATURES, count: MAX_ENVELOPE_SIGNATURES + 1 });
  });

  it('refuses more verifiers than the cap, and more distinct verifiers than signatures', () => {
    const [a, b] = signers as [Signer, Signer];
    const one = formatEnvelope(envelopeBy([a]));
    const many = failure(proposeDsseEntry(one, signers.map(pemOf)));
    expect(many.code).toBe('ENTRY_LIMIT_EXCEEDED');
    expect(many.details).toMatchObject({ path: 'entry.spec.proposedContent.verifiers' });
    // The old code admitted this and indexed the entry under b's key, which signed nothing.
    expect(failure(proposeDsseEntry(one, [pemOf(a), pemOf(b)])).code).toBe('ENTRY_LIMIT_EXCEEDED');
  });

  it("refuses a verifier that verifies none of the signatures (Rekor's rule), naming it", () => {
    const [a, b] = signers as [Signer, Signer];
    const twiceByA = envelopeBy([a, a]);
    const error = failure(proposeDsseEntry(formatEnvelope(twiceByA), [pemOf(a), pemOf(b)]));
    expect(error.code).toBe('ENTRY_SIGNATURE_INVALID');
    expect(error.details).toEqual({ path: 'entry.spec.proposedContent.verifiers[1]' });
  });

  it('takes the same key sent twice (any PEM spelling) as one verifier', () => {
    const [a] = signers as [Signer];
    const envelope = formatEnvelope(envelopeBy([a]));
    const crlf = pemOf(a).replaceAll('\n', '\r\n');
    const twice = admitProposedEntry(proposeDsseEntry(envelope, [pemOf(a), crlf]));
    expect(twice.body).toEqual(admitProposedEntry(proposeDsseEntry(envelope, pemOf(a))).body);
  });
});

describe('intoto admission limits', () => {
  it('refuses more signatures than the cap (ENTRY_LIMIT_EXCEEDED) and admits the cap', () => {
    const [a] = signers as [Signer];
    const by = (n: number) => envelopeBy(Array.from({ length: n }, () => a));
    expect(failure(proposeIntotoEntry(by(MAX_ENVELOPE_SIGNATURES + 1), pemOf(a))).code).toBe('ENTRY_LIMIT_EXCEEDED');
    expect(admitProposedEntry(proposeIntotoEntry(by(MAX_ENVELOPE_SIGNATURES), pemOf(a))).kind).toBe('intoto');
  });
});
