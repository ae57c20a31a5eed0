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
import { checkItemCount, MAX_ENVELOPE_SIGNATURES } from './limits.js';
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
  const { envelope, sigTexts } = decoded;
  const signatureCount = envelope.signatures.length;
  checkItemCount(envelopeRoot.get('signatures'), signatureCount, MAX_ENVELOPE_SIGNATURES, 'signatures');
  const verifiersNode = content.get('verifiers');
  const verifierNodes = verifiersNode.array();
  if (verifierNodes.length === 0) verifiersNode.fail('must hold at least one verifier');
  // Counted before any key is parsed: parsing certificate chains is itself work an attacker could multiply.
  checkItemCount(verifiersNode, verifierNodes.length, MAX_ENVELOPE_SIGNATURES, 'verifiers');
  const verifiers = distinctVerifiers(verifierNodes);
  checkItemCount(verifiersNode, verifiers.length, signatureCount, 'distinct verifiers for its signatures');

  // One PAE; each signature checked against one verifier at a time until the first match.
  const message = pae(envelope.payloadType, envelope.payload);
  const matched = matchSignatures(message, envelope.signatures, verifiers, envelopeNode.path);
  const idle = verifiers.find((v) => !matched.includes(v));
  if (idle !== undefined) {
    throw new CodedError('ENTRY_SIGNATURE_INVALID', `${idle.path}: verifies none of the envelope's signatures`, {
      details: { path: idle.path },
    });
  }
  const signatures = matched.map((v, i) => ({ signature: sigTexts[i] ?? '', verifier: v.verifier }));

  const payloadHash = sha256Hex(envelope.payload);
  const envelopeBytes = utf8(envelopeText);
  const body = dsseBodyBytes(sha256Hex(envelopeBytes), payloadHash, signatures);
  const indexKeys = new Set([`sha256:${payloadHash}`, ...statementIndexKeys(envelope.payloadType, envelope.payload)]);
  for (const v of verifiers) indexKeys.add(keyIndexKey(v.verifier));
  const attestation = attestationWithin(envelopeBytes, opts);
  return {
    kind: 'dsse',
    apiVersion: '0.0.1',
    body,
    indexKeys: [...indexKeys],
    ...(attestation === undefined ? {} : { attestation }),
  };
}

interface ProposedVerifier {
  verifier: Verifier;
  /** The request field it came from (its first occurrence), for errors. */
  path: string;
}

/** The verifiers, parsed, with the same key (same canonical PEM) kept once: its first occurrence. */
function distinctVerifiers(nodes: readonly Node[]): ProposedVerifier[] {
  const byPem = new Map<string, ProposedVerifier>();
  for (const node of nodes) {
    const verifier = decodeVerifierField(node);
    if (!byPem.has(verifier.canonicalPem)) byPem.set(verifier.canonicalPem, { verifier, path: node.path });
  }
  return [...byPem.values()];
}

/**
 * The verifier of each signature: the first that accepts it, trying verifiers no signature has claimed yet before
 * the others (so each signer's key normally meets its own signature first). Each (signature, verifier) pair is
 * checked at most once over the one PAE and a signature's search stops at its first match: at most signatures x
 * verifiers checks, both capped (limits.ts). ENTRY_SIGNATURE_INVALID names the first signature no verifier
 * accepts.
 */
function matchSignatures(
  message: Uint8Array,
  signatures: readonly { sig: Uint8Array }[],
  verifiers: readonly ProposedVerifier[],
  envelopePath: string,
): ProposedVerifier[] {
  const claimed = new Set<ProposedVerifier>();
  return signatures.map((s, i) => {
    const order = [...verifiers.filter((v) => !claimed.has(v)), ...verifiers.filter((v) => claimed.has(v))];
    const match = order.find((v) => verifySignature(v.verifier.key, message, s.sig));
    if (match === undefined) {
      const path = `${envelopePath}.signatures[${i}]`;
      throw new CodedError('ENTRY_SIGNATURE_INVALID', `${path}: signature does not verify with any verifier`, {
        details: { path },
      });
    }
    claimed.add(match);
    return match;
  });
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
