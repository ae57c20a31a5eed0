/** Helpers shared by the Rekor entry kinds: search-index keys, attestation storage, small field decoders. */
import { fromUtf8 } from '../bytes.js';
import { IN_TOTO_PAYLOAD_TYPE, parseStatement } from '../intoto/statement.js';
import type { Node } from '../json/decode.js';

/** Rekor's default attestation storage cap. */
export const DEFAULT_MAX_ATTESTATION_BYTES = 1024 * 1024;

/**
 * `sha256:<hex>` for every sha256 subject digest when the payload is an in-toto statement. A payload that does
 * not parse as one simply contributes no keys (Rekor logs and continues too): the signature was valid, and
 * what a signer chose to sign is not the log's business.
 */
export function statementIndexKeys(payloadType: string, payload: Uint8Array): string[] {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return [];
  try {
    const statement = parseStatement(payload);
    return statement.subject.flatMap((s) => (s.digest.sha256 === undefined ? [] : [`sha256:${s.digest.sha256}`]));
  } catch {
    return [];
  }
}

/** The attestation to store, or undefined when it exceeds the cap (the entry is still admitted, as in Rekor). */
export function attestationWithin(
  bytes: Uint8Array,
  opts: { maxAttestationBytes?: number | undefined },
): Uint8Array | undefined {
  return bytes.byteLength <= (opts.maxAttestationBytes ?? DEFAULT_MAX_ATTESTATION_BYTES) ? bytes : undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function decodeSha256(node: Node): { algorithm: 'sha256'; value: string } {
  const algorithm = node.get('algorithm').oneOf(['sha256'] as const);
  const valueNode = node.get('value');
  const value = valueNode.string();
  if (!HEX64.test(value)) valueNode.fail('expected 64 lowercase hex characters');
  return { algorithm, value };
}

/** A standard-base64 field holding PEM text. */
export function decodePemText(node: Node): string {
  const bytes = node.base64();
  try {
    return fromUtf8(bytes, node.path);
  } catch {
    return node.fail('is not UTF-8 PEM text');
  }
}
