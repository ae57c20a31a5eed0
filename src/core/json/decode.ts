/**
 * Decoding `unknown` (parsed JSON, YAML, HTTP bodies) into typed values with the failing field's path in
 * every error. Nothing at a boundary is `as`-cast: it goes through a Node.
 *
 *   const root = decodeJson(text, 'BUNDLE_MALFORMED', 'bundle');
 *   const mediaType = root.get('mediaType').string();
 *   const entries = root.optional('tlogEntries')?.array() ?? [];
 */
import { fromBase64, fromBase64Loose, fromHex } from '../bytes.js';
import { CodedError, type ErrorCode } from '../errors.js';

/** Default caps for untrusted JSON: depth protects the stack, size the heap. */
export const DEFAULT_MAX_DEPTH = 64;

export class Node {
  constructor(
    readonly value: unknown,
    readonly path: string,
    readonly code: ErrorCode = 'INVALID_FIELD',
  ) {}

  fail(problem: string): never {
    throw new CodedError(this.code, `${this.path}: ${problem}`, { details: { path: this.path } });
  }

  private child(value: unknown, key: string | number): Node {
    const path = typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`;
    return new Node(value, path, this.code);
  }

  record(): Record<string, unknown> {
    const v = this.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`expected an object, got ${describe(v)}`);
    return v as Record<string, unknown>;
  }

  /** A required member. */
  get(key: string): Node {
    const rec = this.record();
    const v = Object.hasOwn(rec, key) ? rec[key] : undefined;
    if (v === undefined || v === null) this.child(v, key).fail('is required');
    return this.child(v, key);
  }

  /** An optional member: undefined when absent or null. */
  optional(key: string): Node | undefined {
    const rec = this.record();
    const v = Object.hasOwn(rec, key) ? rec[key] : undefined;
    return v === undefined || v === null ? undefined : this.child(v, key);
  }

  /** Rejects members outside `allowed` (strict formats: policy files, server requests). */
  onlyKeys(allowed: readonly string[]): this {
    for (const key of Object.keys(this.record())) {
      if (!allowed.includes(key)) this.child(undefined, key).fail(`unknown field (allowed: ${allowed.join(', ')})`);
    }
    return this;
  }

  keys(): string[] {
    return Object.keys(this.record());
  }

  entries(): [string, Node][] {
    return Object.entries(this.record()).map(([k, v]) => [k, this.child(v, k)]);
  }

  array(): Node[] {
    const v = this.value;
    if (!Array.isArray(v)) this.fail(`expected an array, got ${describe(v)}`);
    return v.map((item, i) => this.child(item, i));
  }

  string(): string {
    if (typeof this.value !== 'string') this.fail(`expected a string, got ${describe(this.value)}`);
    return this.value;
  }

  nonEmptyString(): string {
    const s = this.string();
    if (s === '') this.fail('must not be empty');
    return s;
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail(`expected true or false, got ${describe(this.value)}`);
    return this.value;
  }

  /** A JSON number that is a safe non-negative integer (Rekor REST indexes, sizes, times). */
  uint(): number {
    const v = this.value;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      this.fail(`expected a non-negative integer, got ${describe(v)}`);
    }
    return v;
  }

  /**
   * proto3 JSON int64: a decimal string (what writers emit) or a number (what readers accept). Returned as
   * bigint-free number when safe; rejects signs, leading zeros, fractions and values beyond 2^53.
   */
  int64(): number {
    const v = this.value;
    if (typeof v === 'number') return this.uint();
    if (typeof v !== 'string' || !/^(0|[1-9][0-9]*)$/.test(v))
      this.fail(`expected a decimal integer, got ${describe(v)}`);
    const n = Number(v);
    if (!Number.isSafeInteger(n)) this.fail(`integer ${v} is too large`);
    return n;
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    const s = this.string();
    if (!(allowed as readonly string[]).includes(s)) this.fail(`expected one of ${allowed.join(', ')}, got "${s}"`);
    return s as T;
  }

  /** Strict standard padded base64 (Rekor REST, notes). */
  base64(): Uint8Array {
    const s = this.string();
    try {
      return fromBase64(s);
    } catch {
      return this.fail('is not standard base64');
    }
  }

  /** proto3 JSON bytes: standard or URL-safe, padding optional. */
  bytes(): Uint8Array {
    const s = this.string();
    try {
      return fromBase64Loose(s);
    } catch {
      return this.fail('is not base64');
    }
  }

  /** Lowercase hex, optionally of an exact byte length. */
  hex(byteLength?: number): Uint8Array {
    const s = this.string();
    let out: Uint8Array;
    try {
      out = fromHex(s);
    } catch {
      return this.fail('is not lowercase hex');
    }
    if (byteLength !== undefined && out.byteLength !== byteLength)
      this.fail(`expected ${byteLength * 2} hex characters`);
    return out;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : `"${v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** Wraps an already-parsed value. */
export function decode(value: unknown, code: ErrorCode, what: string): Node {
  return new Node(value, what, code);
}

/**
 * Parses untrusted JSON text with a depth cap, then wraps it. The depth check runs on the text before
 * JSON.parse so a hostile 100k-deep array cannot exhaust the stack.
 */
export function decodeJson(text: string, code: ErrorCode, what: string, maxDepth = DEFAULT_MAX_DEPTH): Node {
  return new Node(parseJson(text, what, maxDepth), what, code);
}

export function parseJson(text: string, what: string, maxDepth = DEFAULT_MAX_DEPTH): unknown {
  checkDepth(text, what, maxDepth);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CodedError('INVALID_JSON', `${what} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

function checkDepth(text: string, what: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        throw new CodedError('INVALID_JSON', `${what} nests deeper than ${maxDepth} levels`);
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
