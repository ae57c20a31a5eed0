/**
 * Rekor v1 "verifiers": a PEM public key or a PEM certificate (chain) that a signature must verify with,
 * sent base64-encoded inside entries. The log re-encodes them the way Go's encoding/pem does (64-character
 * lines, trailing newline) before storing, so bodies do not depend on the client's PEM formatting.
 * Certificates are only a carrier for the key here: no chain or validity check (that is the verifier's job).
 */
import { createHash, X509Certificate } from 'node:crypto';
import { fromBase64 } from '../bytes.js';
import { CodedError } from '../errors.js';
import type { Node } from '../json/decode.js';
import { formatPem, type PublicKey, parsePublicKeyDer, publicKeyFromKeyObject } from '../keys/keys.js';
import { decodePemText } from './common.js';

/** Rekor accepts at most this many certificates in one verifier (its chain limit). */
export const MAX_CERTIFICATES = 10;

export interface Verifier {
  kind: 'publicKey' | 'certificate';
  /** The key signatures are checked with (the leaf certificate's key for a chain). */
  key: PublicKey;
  /** Go-style re-encoded PEM: what Rekor stores and indexes. */
  canonicalPem: string;
}

interface PemBlock {
  label: string;
  der: Uint8Array;
}

const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

/** Splits PEM text into blocks; anything but whitespace around them, or a body that is not base64, is an error. */
function parsePemBlocks(text: string, what: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let last = 0;
  for (const m of text.matchAll(BLOCK_RE)) {
    const [whole, label = '', body = '', endLabel = ''] = m;
    if (text.slice(last, m.index).trim() !== '') throw invalid(what, 'has text outside PEM blocks');
    if (label !== endLabel) throw invalid(what, `has BEGIN ${label} closed by END ${endLabel}`);
    let der: Uint8Array;
    try {
      der = fromBase64(body.replace(/\s+/g, ''));
    } catch (cause) {
      throw invalid(what, `has a ${label} block that is not base64`, cause);
    }
    if (der.byteLength === 0) throw invalid(what, `has an empty ${label} block`);
    blocks.push({ label, der });
    last = m.index + whole.length;
  }
  if (text.slice(last).trim() !== '') throw invalid(what, 'has text outside PEM blocks');
  if (blocks.length === 0) throw invalid(what, 'is not PEM');
  return blocks;
}

function invalid(what: string, problem: string, cause?: unknown): CodedError {
  return new CodedError('INVALID_KEY', `${what} ${problem}`, { cause, details: { path: what } });
}

/** How many distinct verifier texts parseVerifierPem remembers (least recently used dropped first). */
export const VERIFIER_CACHE_SIZE = 1024;

/**
 * Parsed verifiers by their exact PEM text. Parsing (OpenSSL key import, SPKI export, certificate decoding)
 * costs several times the signature check itself, and a log sees the same few signing keys over and over. The
 * result is a pure function of the text (the `what` label only shapes error messages, and errors are never
 * cached), so remembering it changes nothing but the time. Bounded: a Map kept in use order, oldest evicted.
 */
const verifierCache = new Map<string, Verifier>();
/** keyIndexKey results for verifiers handed out by the cache (same object in, same key out). */
const indexKeys = new WeakMap<Verifier, string>();

/** Parses a PEM `PUBLIC KEY` or one to ten `CERTIFICATE` blocks (leaf first). Frozen; may be shared. */
export function parseVerifierPem(text: string, what = 'verifier'): Verifier {
  const cached = verifierCache.get(text);
  if (cached !== undefined) {
    verifierCache.delete(text);
    verifierCache.set(text, cached);
    return cached;
  }
  const verifier = Object.freeze(parseVerifierPemUncached(text, what));
  if (verifierCache.size >= VERIFIER_CACHE_SIZE) {
    const oldest = verifierCache.keys().next();
    if (oldest.done !== true) verifierCache.delete(oldest.value);
  }
  verifierCache.set(text, verifier);
  return verifier;
}

function parseVerifierPemUncached(text: string, what: string): Verifier {
  const blocks = parsePemBlocks(text, what);
  const [first] = blocks;
  if (first === undefined) throw invalid(what, 'is not PEM');
  if (first.label === 'PUBLIC KEY') {
    if (blocks.length !== 1) throw invalid(what, 'must hold exactly one PUBLIC KEY block');
    const key = withPath(what, () => parsePublicKeyDer(first.der, what));
    return { kind: 'publicKey', key, canonicalPem: formatPem('PUBLIC KEY', key.spki) };
  }
  if (blocks.some((b) => b.label !== 'CERTIFICATE')) {
    throw invalid(what, 'must be a PUBLIC KEY or CERTIFICATE blocks only');
  }
  if (blocks.length > MAX_CERTIFICATES) throw invalid(what, `holds more than ${MAX_CERTIFICATES} certificates`);
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(Buffer.from(first.der));
  } catch (cause) {
    throw invalid(what, 'holds a certificate that does not parse', cause);
  }
  const key = withPath(what, () => publicKeyFromKeyObject(cert.publicKey));
  return { kind: 'certificate', key, canonicalPem: blocks.map((b) => formatPem(b.label, b.der)).join('') };
}

function withPath<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof CodedError && cause.details === undefined) {
      throw new CodedError(cause.code, cause.message, { cause, details: { path: what } });
    }
    throw cause;
  }
}

/** Decodes a base64 (standard, padded: Go strfmt.Base64) field holding PEM text, then parses it. */
export function decodeVerifierField(node: Node): Verifier {
  return parseVerifierPem(decodePemText(node), node.path);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Search key for a verifier: hex SHA-256 of its canonical PEM (Rekor's public-key index key). */
export function keyIndexKey(v: Verifier): string {
  let key = indexKeys.get(v);
  if (key === undefined) {
    key = sha256Hex(v.canonicalPem);
    if (Object.isFrozen(v)) indexKeys.set(v, key); // only objects that cannot change under the memo
  }
  return key;
}
