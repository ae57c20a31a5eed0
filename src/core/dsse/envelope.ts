/**
 * DSSE envelopes (secure-systems-lab/dsse envelope.md v1.0.2): a payload, its type, and signatures over
 * PAE(type, payload). Sigstore puts exactly one ECDSA-DER signature in a bundle's envelope; the parser
 * accepts any number >= 1 so the log can admit multi-signature envelopes as Rekor does.
 */
import { toBase64 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decode, decodeJson, type Node } from '../json/decode.js';
import type { PublicKey } from '../keys/keys.js';
import { verifySignature } from '../keys/keys.js';
import type { Signer } from '../keys/signer.js';
import { pae } from './pae.js';

export interface EnvelopeSignature {
  /** Unauthenticated hint; '' when unset (DSSE: unset and empty mean the same). Never drives trust. */
  keyid: string;
  sig: Uint8Array;
}

export interface Envelope {
  payloadType: string;
  payload: Uint8Array;
  signatures: EnvelopeSignature[];
}

/** Signs PAE(payloadType, payload) and wraps the result in a one-signature envelope. */
export function signEnvelope(payloadType: string, payload: Uint8Array, signer: Signer, keyid = ''): Envelope {
  return { payloadType, payload, signatures: [{ keyid, sig: signer.sign(pae(payloadType, payload)) }] };
}

/** True when at least one of the envelope's signatures verifies with `key`. */
export function envelopeVerifies(env: Envelope, key: PublicKey): boolean {
  const message = pae(env.payloadType, env.payload);
  return env.signatures.some((s) => verifySignature(key, message, s.sig));
}

/** Throws DSSE_SIGNATURE_INVALID unless a signature over PAE(type, payload) verifies with `key`. */
export function verifyEnvelope(env: Envelope, key: PublicKey): void {
  if (!envelopeVerifies(env, key)) {
    throw new CodedError(
      'DSSE_SIGNATURE_INVALID',
      'no DSSE signature verifies with the given public key (wrong key, or the payload was changed after signing)',
    );
  }
}

export interface FormatEnvelopeOptions {
  /** Leave out `keyid` when it is '' (what sigstore-python and protobuf JSON do). Default: keep it, as sigstore-js. */
  omitEmptyKeyid?: boolean;
}

/**
 * The envelope as JSON text in sigstore-js's member order: `{"payload","payloadType","signatures":[{"sig","keyid"}]}`,
 * no whitespace. Rekor's dsse `envelopeHash` is the SHA-256 of exactly the string submitted, so a client must send
 * these bytes and keep them (verified against production bundles in test/vectors).
 */
export function formatEnvelope(env: Envelope, options: FormatEnvelopeOptions = {}): string {
  return JSON.stringify({
    payload: toBase64(env.payload),
    payloadType: env.payloadType,
    signatures: env.signatures.map((s) =>
      options.omitEmptyKeyid && s.keyid === '' ? { sig: toBase64(s.sig) } : { sig: toBase64(s.sig), keyid: s.keyid },
    ),
  });
}

/** Parses a DSSE envelope (JSON text or parsed value). Unknown members are ignored, as the spec requires. */
export function parseEnvelope(json: unknown): Envelope {
  if (typeof json !== 'string') return decodeEnvelopeNode(decode(json, 'DSSE_MALFORMED', 'envelope')).envelope;
  let root: Node;
  try {
    root = decodeJson(json, 'DSSE_MALFORMED', 'envelope');
  } catch (cause) {
    throw new CodedError('DSSE_MALFORMED', 'envelope is not JSON', { cause });
  }
  return decodeEnvelopeNode(root).envelope;
}

/** The decoded envelope plus the signature strings exactly as written (Rekor's dsse body stores those). */
export interface DecodedEnvelope {
  envelope: Envelope;
  payloadText: string;
  sigTexts: string[];
}

/** Decodes an envelope from a Node; errors carry the Node's code and path (so Rekor admission can reuse it). */
export function decodeEnvelopeNode(root: Node): DecodedEnvelope {
  const payloadType = root.get('payloadType').string();
  const payloadNode = root.get('payload');
  const payloadText = payloadNode.string();
  // DSSE: verifiers MUST accept standard and URL-safe base64.
  const payload = payloadNode.bytes();
  const sigNodes = root.get('signatures').array();
  if (sigNodes.length === 0) root.get('signatures').fail('must hold at least one signature');
  const sigTexts: string[] = [];
  const signatures = sigNodes.map((node) => {
    const sigNode = node.get('sig');
    const sigText = sigNode.nonEmptyString();
    sigTexts.push(sigText);
    return { keyid: node.optional('keyid')?.string() ?? '', sig: sigNode.bytes() };
  });
  return { envelope: { payloadType, payload, signatures }, payloadText, sigTexts };
}
