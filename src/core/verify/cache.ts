/**
 * Memoisation for the verifier's pure, repeated work: a long-running verifier (one `provlog verify` over many
 * files, `verify-release`, the action) checks the same trust-root chains and the same log checkpoints again
 * and again. Every cached value is a pure function of its cache key's FULL input (key object, algorithm,
 * signature bytes, signed text; or the exact certificate bytes), so a hit can only return what recomputing
 * would; only successes of signature checks are remembered, and every cache is bounded, so hostile input can
 * neither poison nor grow them. Module-level state only (src/core stays free of I/O and clocks).
 */
import type { KeyObject } from 'node:crypto';
import { bytesEqual, toBase64, utf8 } from '../bytes.js';
import { type PublicKey, verifySignature } from '../keys/keys.js';

/** A Map that holds at most `limit` entries, dropping the oldest insertion first (Map keeps insertion order). */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`cache limit must be a positive integer`);
  }
  get size(): number {
    return this.entries.size;
  }
  get(key: K): V | undefined {
    return this.entries.get(key);
  }
  set(key: K, value: V): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
  clear(): void {
    this.entries.clear();
  }
}

/** Per verification key (KeyObjects are immutable): the (algorithm, signature, text) triples that verified. */
const verifiedTexts = new WeakMap<KeyObject, BoundedCache<string, true>>();
/** Checkpoints per key worth remembering: a log's recent tree heads (one per bundle batch, roughly). */
export const VERIFIED_TEXTS_PER_KEY = 256;

/**
 * verifySignature(key, UTF-8 text, signature), remembering successes. Used for signed-note checkpoints, which
 * many bundles of one log share. The cache key holds every input of verifySignature (the KeyObject itself,
 * the algorithm that picks the hash, the signature and the text), so a remembered success never makes a
 * different text, signature or key pass.
 */
export function verifyTextSignatureCached(key: PublicKey, text: string, signature: Uint8Array): boolean {
  let seen = verifiedTexts.get(key.keyObject);
  const id = `${key.algorithm}\n${toBase64(signature)}\n${text}`;
  if (seen?.get(id) === true) return true;
  if (!verifySignature(key, utf8(text), signature)) return false;
  if (seen === undefined) {
    seen = new BoundedCache(VERIFIED_TEXTS_PER_KEY);
    verifiedTexts.set(key.keyObject, seen);
  }
  seen.set(id, true);
  return true;
}

/** The DER chain a memoised value was computed from (a private copy: the caller's arrays may change). */
interface ChainMemo<T> {
  readonly chain: readonly Uint8Array[];
  readonly value: T;
}

/**
 * Memoises `compute()` for one certificate chain, keyed by the object holding it (a trusted-root entry) and
 * valid only while that object still holds byte-identical certificates.
 */
export class ChainMemoizer<O extends object, T> {
  private readonly memo = new WeakMap<O, ChainMemo<T>>();
  get(owner: O, chain: readonly Uint8Array[], compute: () => T): T {
    const hit = this.memo.get(owner);
    if (hit !== undefined && sameChain(hit.chain, chain)) return hit.value;
    const value = compute();
    this.memo.set(owner, { chain: chain.map((der) => der.slice()), value });
    return value;
  }
}

function sameChain(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  return (
    a.length === b.length &&
    a.every((der, i) => {
      const other = b[i];
      return other !== undefined && bytesEqual(der, other);
    })
  );
}
