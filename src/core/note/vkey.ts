/**
 * C2SP signed-note verifier keys ("vkeys"): `<name>+<8 hex key ID>+<base64(type || public key)>`, the one-line
 * form witnesses and tlog policies exchange. Type 0x01 = Ed25519 (raw 32-byte key, key ID per C2SP over name,
 * type and key); type 0x02 = ECDSA (DER SPKI, key ID = SHA-256(SPKI)[:4], the Rekor v1 rule).
 */
import { bytesEqual, concat, fromBase64, toBase64 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { ED25519_SPKI_PREFIX, type PublicKey, parsePublicKeyDer, rawEd25519PublicKey } from '../keys/keys.js';
import { ecdsaKeyHint, ed25519KeyHint, isValidKeyName, type NoteVerifier, noteVerifier } from './note.js';

const TYPE_ED25519 = 0x01;
const TYPE_ECDSA = 0x02;

function invalid(problem: string): never {
  throw new CodedError('INVALID_KEY', `verifier key: ${problem}`);
}

function hex8(hint: number): string {
  return hint.toString(16).padStart(8, '0');
}

/** Formats the vkey of an Ed25519 or ECDSA key (UNSUPPORTED_KEY for RSA). */
export function formatVkey(name: string, key: PublicKey): string {
  if (!isValidKeyName(name)) invalid('name must be non-empty without spaces or "+"');
  if (key.algorithm === 'ed25519') {
    const material = concat(new Uint8Array([TYPE_ED25519]), rawEd25519PublicKey(key));
    return `${name}+${hex8(ed25519KeyHint(name, key))}+${toBase64(material)}`;
  }
  if (key.algorithm === 'rsa') throw new CodedError('UNSUPPORTED_KEY', 'verifier key: RSA has no vkey type');
  return `${name}+${hex8(ecdsaKeyHint(key))}+${toBase64(concat(new Uint8Array([TYPE_ECDSA]), key.spki))}`;
}

/** Parses a vkey strictly (INVALID_KEY / UNSUPPORTED_KEY); the key ID must match the name and key. */
export function parseVkey(vkey: string): { name: string; keyHint: number; key: PublicKey } {
  // The base64 part may itself contain '+': split only at the first two.
  const first = vkey.indexOf('+');
  const second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
  if (second < 0) invalid('expected <name>+<hex key ID>+<base64 key>');
  const name = vkey.slice(0, first);
  const hintHex = vkey.slice(first + 1, second);
  const b64 = vkey.slice(second + 1);
  if (!isValidKeyName(name)) invalid('name must be non-empty without spaces or "+"');
  if (!/^[0-9a-f]{8}$/.test(hintHex)) invalid('key ID is not 8 lowercase hex digits');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(b64, 'verifier key');
  } catch (cause) {
    throw new CodedError('INVALID_KEY', 'verifier key: key is not standard padded base64', { cause });
  }
  if (toBase64(bytes) !== b64) invalid('key is not canonical base64');
  let key: PublicKey;
  let expected: number;
  if (bytes[0] === TYPE_ED25519) {
    if (bytes.byteLength !== 33) invalid('an Ed25519 key is 32 bytes');
    key = parsePublicKeyDer(concat(ED25519_SPKI_PREFIX, bytes.subarray(1)), 'verifier key');
    expected = ed25519KeyHint(name, key);
  } else if (bytes[0] === TYPE_ECDSA) {
    key = parsePublicKeyDer(bytes.subarray(1), 'verifier key');
    if (!key.algorithm.startsWith('ecdsa-')) invalid('type 0x02 holds an ECDSA key');
    if (!bytesEqual(key.spki, bytes.subarray(1))) invalid('the ECDSA key is not a canonical DER SPKI');
    expected = ecdsaKeyHint(key);
  } else {
    throw new CodedError('UNSUPPORTED_KEY', `verifier key: unsupported type 0x${(bytes[0] ?? 0).toString(16)}`);
  }
  const keyHint = Number.parseInt(hintHex, 16);
  if (keyHint !== expected) invalid(`key ID ${hintHex} does not match the name and key`);
  return { name, keyHint, key };
}

export function noteVerifierFromVkey(vkey: string): NoteVerifier {
  const { name, keyHint, key } = parseVkey(vkey);
  return noteVerifier(name, key, keyHint);
}
