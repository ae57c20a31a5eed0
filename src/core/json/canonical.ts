/**
 * RFC 8785 JSON Canonicalization Scheme, as Rekor uses for entry bodies and SET payloads: members sorted by
 * UTF-16 code units, no whitespace, ECMAScript number form. Backed by `canonicalize` (by the RFC's author),
 * which also rejects NaN, Infinity and lone surrogates.
 */
import canonicalize from 'canonicalize';
import { utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';

/**
 * Base64 and hex text: a string matching this has a JSON form that is just the text in quotes, the same in JCS
 * as in JSON.stringify (nothing to escape). Fast paths that build canonical text directly test with it.
 */
export const JCS_PLAIN_STRING = /^[A-Za-z0-9+/=]*$/;

export function canonicalJson(value: unknown): string {
  let out: string | undefined;
  try {
    out = canonicalize(value);
  } catch (cause) {
    throw new CodedError('INVALID_JSON', `value cannot be canonicalized: ${(cause as Error).message}`, { cause });
  }
  if (out === undefined) throw new CodedError('INVALID_JSON', 'value cannot be canonicalized: nothing to serialize');
  return out;
}

export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}
