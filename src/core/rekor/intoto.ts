/**
 * Rekor `intoto` v0.0.2 (legacy; sigstore-js `entryType: 'intoto'`), research/rekor-v1.md §2. Quirks kept
 * byte-for-byte: payload and signatures are base64 *twice* in the request (Go strfmt.Base64 around the DSSE
 * base64 text), `hash` is client-computed and stored as sent, public keys are stored as submitted (not
 * re-encoded), and the stored envelope drops the payload.
 */
import { fromBase64, fromBase64Loose, fromUtf8, toBase64, utf8 } from '../bytes.js';
import type { Envelope } from '../dsse/envelope.js';
import { formatEnvelope } from '../dsse/envelope.js';
import { pae } from '../dsse/pae.js';
import { CodedError } from '../errors.js';
import { canonicalJsonBytes } from '../json/canonical.js';
import type { Node } from '../json/decode.js';
import { verifySignature } from '../keys/keys.js';
import { attestationWithin, decodePemText, decodeSha256, statementIndexKeys } from './common.js';
import type { AdmitOptions, AdmittedEntry } from './entry.js';
import { checkItemCount, MAX_ENVELOPE_SIGNATURES } from './limits.js';
import { decodeVerifierField, keyIndexKey, sha256Hex } from './verifier.js';

interface IntotoSignatureJson {
  keyid?: string;
  sig: string;
  publicKey: string;
}

export interface ProposedIntotoEntry {
  apiVersion: '0.0.2';
  kind: 'intoto';
  spec: {
    content: {
      envelope: { payloadType: string; payload: string; signatures: IntotoSignatureJson[] };
      hash: { algorithm: 'sha256'; value: string };
      payloadHash: { algorithm: 'sha256'; value: string };
    };
  };
}

export interface IntotoBody {
  kind: 'intoto';
  apiVersion: '0.0.2';
  payloadType: string;
  /** Only in bodies written by old Rekor versions, which kept the payload. */
  payload?: Uint8Array;
  signatures: {
    /** The stored (double base64) text. */
    sigText: string;
    /** The DSSE signature bytes, or null when the stored value is not double base64 (a malformed entry). */
    sig: Uint8Array | null;
    publicKeyPem: string;
    keyid?: string;
  }[];
  hash: { algorithm: 'sha256'; value: string };
  payloadHash: { algorithm: 'sha256'; value: string };
}

/**
 * sigstore-js's `hash`: SHA-256 of the JCS of the envelope with each signature's PEM key attached (PEM text,
 * single base64 for payload and sig; keyid only when non-empty).
 */
export function intotoEnvelopeHash(envelope: Envelope, publicKeyPem: string): string {
  return sha256Hex(
    canonicalJsonBytes({
      payloadType: envelope.payloadType,
      payload: toBase64(envelope.payload),
      signatures: envelope.signatures.map((s) => ({
        ...(s.keyid === '' ? {} : { keyid: s.keyid }),
        sig: toBase64(s.sig),
        publicKey: publicKeyPem,
      })),
    }),
  );
}

/** The request for an envelope signed by `publicKeyPem` (key or certificate), as sigstore-js builds it. */
export function proposeIntotoEntry(envelope: Envelope, publicKeyPem: string): ProposedIntotoEntry {
  const twice = (bytes: Uint8Array): string => toBase64(utf8(toBase64(bytes)));
  return {
    apiVersion: '0.0.2',
    kind: 'intoto',
    spec: {
      content: {
        envelope: {
          payloadType: envelope.payloadType,
          payload: twice(envelope.payload),
          signatures: envelope.signatures.map((s) => ({
            ...(s.keyid === '' ? {} : { keyid: s.keyid }),
            sig: twice(s.sig),
            publicKey: toBase64(utf8(publicKeyPem)),
          })),
        },
        hash: { algorithm: 'sha256', value: intotoEnvelopeHash(envelope, publicKeyPem) },
        payloadHash: { algorithm: 'sha256', value: sha256Hex(envelope.payload) },
      },
    },
  };
}

/** Decodes base64(base64(bytes)); null when either layer is not base64. */
function decodeTwice(text: string): Uint8Array | null {
  try {
    return fromBase64Loose(fromUtf8(fromBase64(text)));
  } catch {
    return null;
  }
}

/** Server-side admission (Node code ENTRY_MALFORMED). */
export function admitIntoto(spec: Node, opts: AdmitOptions): AdmittedEntry {
  spec.onlyKeys(['content']);
  const content = spec.get('content').onlyKeys(['envelope', 'hash', 'payloadHash']);
  const envNode = content.get('envelope').onlyKeys(['payload', 'payloadType', 'signatures']);
  const payloadType = envNode.get('payloadType').nonEmptyString();
  const payloadNode = envNode.get('payload');
  const payload = decodeTwice(payloadNode.string()) ?? payloadNode.fail('must be base64 of the base64 payload');
  const sigNodes = envNode.get('signatures').array();
  if (sigNodes.length === 0) envNode.get('signatures').fail('must hold at least one signature');
  // Each signature carries its own key and is checked once with it; the count bounds the checks (limits.ts).
  checkItemCount(envNode.get('signatures'), sigNodes.length, MAX_ENVELOPE_SIGNATURES, 'signatures');
  const message = pae(payloadType, payload);
  const verifiers = [];
  const stored: IntotoSignatureJson[] = [];
  const envelope: Envelope = { payloadType, payload, signatures: [] };
  for (const node of sigNodes) {
    node.onlyKeys(['keyid', 'sig', 'publicKey']);
    const sigNode = node.get('sig');
    const sigText = sigNode.nonEmptyString();
    const sig = decodeTwice(sigText) ?? sigNode.fail('must be base64 of the base64 signature');
    const keyNode = node.get('publicKey');
    const verifier = decodeVerifierField(keyNode);
    if (!verifySignature(verifier.key, message, sig)) {
      throw new CodedError('ENTRY_SIGNATURE_INVALID', `${sigNode.path}: signature does not verify with publicKey`, {
        details: { path: sigNode.path },
      });
    }
    const keyid = node.optional('keyid')?.string() ?? '';
    verifiers.push(verifier);
    envelope.signatures.push({ keyid, sig });
    stored.push({ ...(keyid === '' ? {} : { keyid }), sig: sigText, publicKey: keyNode.string() });
  }
  const hash = decodeSha256(content.get('hash'));
  const payloadHash = sha256Hex(payload);
  const sentPayloadHash = content.optional('payloadHash');
  if (sentPayloadHash !== undefined && decodeSha256(sentPayloadHash).value !== payloadHash) {
    sentPayloadHash.get('value').fail('does not match the SHA-256 of the payload');
  }
  const body = canonicalJsonBytes({
    apiVersion: '0.0.2',
    kind: 'intoto',
    spec: {
      content: {
        envelope: { payloadType, signatures: stored },
        hash,
        payloadHash: { algorithm: 'sha256', value: payloadHash },
      },
    },
  });
  const indexKeys = new Set([`sha256:${payloadHash}`, ...statementIndexKeys(payloadType, payload)]);
  for (const v of verifiers) indexKeys.add(keyIndexKey(v));
  const attestation = attestationWithin(utf8(formatEnvelope(envelope)), opts);
  return {
    kind: 'intoto',
    apiVersion: '0.0.2',
    body,
    indexKeys: [...indexKeys],
    ...(attestation === undefined ? {} : { attestation }),
  };
}

/** Verifier-side decoding of a stored intoto body (structure only). */
export function decodeIntotoBody(spec: Node): IntotoBody {
  const content = spec.get('content');
  const envNode = content.get('envelope');
  const payloadNode = envNode.optional('payload');
  let payload: Uint8Array | undefined;
  if (payloadNode !== undefined) {
    payload = decodeTwice(payloadNode.string()) ?? payloadNode.fail('must be base64 of the base64 payload');
  }
  const signatures = envNode
    .get('signatures')
    .array()
    .map((node) => {
      const sigText = node.get('sig').nonEmptyString();
      const keyid = node.optional('keyid')?.string();
      return {
        sigText,
        sig: decodeTwice(sigText),
        publicKeyPem: decodePemText(node.get('publicKey')),
        ...(keyid === undefined ? {} : { keyid }),
      };
    });
  if (signatures.length === 0) envNode.get('signatures').fail('must hold at least one signature');
  return {
    kind: 'intoto',
    apiVersion: '0.0.2',
    payloadType: envNode.get('payloadType').string(),
    ...(payload === undefined ? {} : { payload }),
    signatures,
    hash: decodeSha256(content.get('hash')),
    payloadHash: decodeSha256(content.get('payloadHash')),
  };
}
