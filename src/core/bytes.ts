/**
 * Byte codecs used across every format: hex (Rekor REST), base64 (bundles, notes, SETs), UTF-8, and
 * constant-time comparison. Decoders are strict: they reject rather than guess, because two spellings of
 * the same bytes let two different documents mean one thing.
 */
import { timingSafeEqual } from 'node:crypto';
import { CodedError } from './errors.js';

const HEX_RE = /^(?:[0-9a-f]{2})*$/;
const HEX_ANY_CASE_RE = /^(?:[0-9a-fA-F]{2})*$/;
const B64_STD_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const B64_LOOSE_RE = /^[A-Za-z0-9+/_-]*={0,2}$/;

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Lowercase hex only unless `anyCase`; odd length or any other character is an error. */
export function fromHex(text: string, what = 'hex string', anyCase = false): Uint8Array {
  if (!(anyCase ? HEX_ANY_CASE_RE : HEX_RE).test(text)) {
    throw new CodedError('INVALID_ENCODING', `${what} is not ${anyCase ? '' : 'lowercase '}hex`);
  }
  return new Uint8Array(Buffer.from(text, 'hex'));
}

/** Standard base64 with padding, the only form Sigstore writes. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Strict standard base64 with padding (signed notes, SETs, Rekor bodies). */
export function fromBase64(text: string, what = 'base64 string'): Uint8Array {
  if (!B64_STD_RE.test(text)) {
    throw new CodedError('INVALID_ENCODING', `${what} is not standard padded base64`);
  }
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/**
 * proto3 JSON `bytes`: standard or URL-safe alphabet, padded or not (what protobuf readers accept).
 * Still rejects characters outside both alphabets and impossible lengths.
 */
export function fromBase64Loose(text: string, what = 'base64 string'): Uint8Array {
  const unpadded = text.replace(/={1,2}$/, '');
  const mixedAlphabets = /[+/]/.test(unpadded) && /[-_]/.test(unpadded);
  if (!B64_LOOSE_RE.test(text) || unpadded.length % 4 === 1 || mixedAlphabets) {
    throw new CodedError('INVALID_ENCODING', `${what} is not base64`);
  }
  return new Uint8Array(Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8, rejecting invalid sequences instead of inserting U+FFFD. */
export function fromUtf8(bytes: Uint8Array, what = 'text'): string {
  try {
    return strictDecoder.decode(bytes);
  } catch (cause) {
    throw new CodedError('INVALID_ENCODING', `${what} is not valid UTF-8`, { cause });
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** Constant-time for equal lengths; different lengths are unequal without comparing contents. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}
