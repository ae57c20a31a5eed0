/**
 * Rekor `dsse` v0.0.1 (research/rekor-v1.md §2), what sigstore-js uses for attestations. The request carries
 * the envelope as a JSON *string* plus verifiers; the stored body keeps only hashes and the signatures:
 *   envelopeHash = SHA-256 of the exact envelope string submitted,
 *   payloadHash  = SHA-256 of the decoded payload,
 *   signatures   = [{signature: sig string as in the envelope, verifier: b64(Go PEM)}] sorted by signature.
 */
import { toBase64, utf8 } from '../bytes.js';
import { decodeEnvelopeNode } from '../dsse/envelope.js';
import { pae } from '../dsse/pae.js';
import { CodedError } from '../errors.js';
import { canonicalJsonBytes, JCS_PLAIN_STRING } from '../json/canonical.js';
import { decodeJson, type Node } from '../json/decode.js';
import { verifySignature } from '../keys/keys.js';
import { attestationWithin, decodePemText, decodeSha256, statementIndexKeys } from './common.js';
import type { AdmitOptions, AdmittedEntry } from './entry.js';
import { decodeVerifierField, keyIndexKey, sha256Hex, type Verifier } from './verifier.js';

export interface ProposedDsseEntry {
  apiVersion: '0.0.1';
  kind: 'dsse';
  spec: { proposedContent: { envelope: string; verifiers: string[] } };
}

export interface DsseBody {
  kind: 'dsse';
  apiVersion: '0.0.1';
  envelopeHash: { algorithm: 'sha256'; value: string };
  payloadHash: { algorithm: 'sha256'; value: string };
  /** `signature` is the base64 text exactly as in the envelope; `verifierPem` the stored PEM text. */
  signatures: { signature: string; verifierPem: string }[];
}

/**
 * The request for an envelope. `envelopeJson` must be the exact string the client keeps (see formatEnvelope):
 * the log hashes these bytes, and a verifier later recomputes the hash from the bundle's envelope.
 */
export function proposeDsseEntry(envelopeJson: string, verifierPems: string | readonly string[]): ProposedDsseEntry {
  const pems = typeof verifierPems === 'string' ? [verifierPems] : [...verifierPems];
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: { proposedContent: { envelope: envelopeJson, verifiers: pems.map((p) => toBase64(utf8(p))) } },
  };
}

/** Server-side admission (Node code ENTRY_MALFORMED). */
export function admitDsse(spec: Node, opts: AdmitOptions): AdmittedEntry {
  spec.onlyKeys(['proposedContent', 'signatures', 'envelopeHash', 'payloadHash']);
  for (const key of ['signatures', 'envelopeHash', 'payloadHash']) {
    if (spec.optional(key) !== undefined) {
      spec.fail(`"${key}" is computed by the log and must not be sent with proposedContent`);
    }
  }
  const content = spec.get('proposedContent').onlyKeys(['envelope', 'verifiers']);
  const envelopeNode = content.get('envelope');
  const envelopeText = envelopeNode.nonEmptyString();
  let envelopeRoot: Node;
  try {
    envelopeRoot = decodeJson(envelopeText, 'ENTRY_MALFORMED', envelopeNode.path);
  } catch (cause) {
    throw new CodedError('ENTRY_MALFORMED', `${envelopeNode.path}: is not a JSON DSSE envelope`, {
      cause,
      details: { path: envelopeNode.path },
    });
  }
  const decoded = decodeEnvelopeNode(envelopeRoot);
  const verifierNodes = content.get('verifiers').array();
  if (verifierNodes.length === 0) content.get('verifiers').fail('must hold at least one verifier');
  const verifiers = verifierNodes.map((n) => decodeVerifierField(n));

  const { envelope, sigTexts } = decoded;
  const message = pae(envelope.payloadType, envelope.payload);
  const signatures = envelope.signatures.map((s, i) => {
    const verifier = verifiers.find((v) => verifySignature(v.key, message, s.sig));
    if (verifier === undefined) {
      const path = `${envelopeNode.path}.signatures[${i}]`;
      throw new CodedError('ENTRY_SIGNATURE_INVALID', `${path}: signature does not verify with any verifier`, {
        details: { path },
      });
    }
    return { signature: sigTexts[i] ?? '', verifier };
  });

  const payloadHash = sha256Hex(envelope.payload);
  const envelopeBytes = utf8(envelopeText);
  const body = dsseBodyBytes(sha256Hex(envelopeBytes), payloadHash, signatures);
  const indexKeys = new Set([`sha256:${payloadHash}`, ...statementIndexKeys(envelope.payloadType, envelope.payload)]);
  for (const v of verifiers) indexKeys.add(keyIndexKey(v));
  const attestation = attestationWithin(envelopeBytes, opts);
  return {
    kind: 'dsse',
    apiVersion: '0.0.1',
    body,
    indexKeys: [...indexKeys],
    ...(attestation === undefined ? {} : { attestation }),
  };
}

/** Canonical body bytes (JCS); signatures sorted by signature text as Rekor does. */
export function dsseBodyBytes(
  envelopeHash: string,
  payloadHash: string,
  signatures: readonly { signature: string; verifier: Verifier }[],
): Uint8Array {
  const sorted = [...signatures].sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
  const body = {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: envelopeHash },
      payloadHash: { algorithm: 'sha256', value: payloadHash },
      signatures: sorted.map((s) => ({ signature: s.signature, verifier: toBase64(utf8(s.verifier.canonicalPem)) })),
    },
  };
  // Every member above is written in JCS order and holds a string; when those strings are plain base64/hex,
  // JSON.stringify produces exactly the RFC 8785 text (no numbers, nothing to escape), at a fraction of the cost
  // of the general canonicalizer on the log's write path.
  const plain =
    JCS_PLAIN_STRING.test(envelopeHash) &&
    JCS_PLAIN_STRING.test(payloadHash) &&
    body.spec.signatures.every((s) => JCS_PLAIN_STRING.test(s.signature) && JCS_PLAIN_STRING.test(s.verifier));
  return plain ? utf8(JSON.stringify(body)) : canonicalJsonBytes(body);
}

/** Verifier-side decoding of a stored dsse body (structure only). */
export function decodeDsseBody(spec: Node): DsseBody {
  const signatures = spec
    .get('signatures')
    .array()
    .map((n) => {
      return { signature: n.get('signature').nonEmptyString(), verifierPem: decodePemText(n.get('verifier')) };
    });
  if (signatures.length === 0) spec.get('signatures').fail('must hold at least one signature');
  return {
    kind: 'dsse',
    apiVersion: '0.0.1',
    envelopeHash: decodeSha256(spec.get('envelopeHash')),
    payloadHash: decodeSha256(spec.get('payloadHash')),
    signatures,
  };
}
