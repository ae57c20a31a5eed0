/** Shared test helpers: deterministic leaf hashes, a read-counting NodeReader, bit flips. */
import { isCodedError } from '../../../../src/core/errors.js';
import { leafHash } from '../../../../src/core/merkle/hash.js';
import type { NodeReader, StoredNode } from '../../../../src/core/merkle/tree.js';

/** Leaf hashes of entries `seed:i`, so a fast-check seed picks a whole tree cheaply. */
export function makeLeaves(count: number, seed: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) out.push(leafHash(encoder.encode(`${seed}:${i}`)));
  return out;
}

export interface CountingReader extends NodeReader {
  reads: number;
}

export function countingReader(inner: NodeReader): CountingReader {
  const counter: CountingReader = {
    reads: 0,
    getNode(level: number, index: number): Uint8Array {
      counter.reads++;
      return inner.getNode(level, index);
    },
  };
  return counter;
}

/** A NodeReader over exactly the rows a log stored; asking for anything else is a test failure. */
export function storedNodeReader(rows: Map<string, Uint8Array>): NodeReader {
  return {
    getNode(level: number, index: number): Uint8Array {
      const hash = rows.get(`${level}/${index}`);
      if (hash === undefined) throw new Error(`node ${level}/${index} was never stored`);
      return hash;
    },
  };
}

export function nodeKey(n: StoredNode): string {
  return `${n.level}/${n.index}`;
}

/** A copy of `bytes` with one bit inverted (`bit` is taken modulo the bit length). */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const b = bit % (bytes.byteLength * 8);
  copy[Math.floor(b / 8)] = (copy[Math.floor(b / 8)] ?? 0) ^ (1 << (b % 8));
  return copy;
}

export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isCodedError(e) ? e.code : 'UNCODED';
  }
  return undefined;
}

export function ceilLog2(n: number): number {
  return Math.ceil(Math.log2(n));
}
