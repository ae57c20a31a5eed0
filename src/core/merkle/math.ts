/**
 * Integer helpers for tree arithmetic. Tree sizes go past 2^32, so nothing here uses JS bitwise
 * operators (they truncate to 32 bits); sizes are plain numbers kept within Number.MAX_SAFE_INTEGER.
 */
import { CodedError } from '../errors.js';

/** Throws INDEX_OUT_OF_RANGE unless `value` is a safe non-negative integer. */
export function assertSize(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new CodedError('INDEX_OUT_OF_RANGE', `${what} must be a non-negative safe integer, got ${String(value)}`, {
      details: { [what]: value },
    });
  }
}

/** Throws INDEX_OUT_OF_RANGE unless 0 <= index < size (both safe integers). */
export function assertIndexInTree(index: number, size: number): void {
  assertSize(index, 'index');
  assertSize(size, 'size');
  if (index >= size) {
    throw new CodedError('INDEX_OUT_OF_RANGE', `leaf index ${index} is not inside a tree of size ${size}`, {
      details: { index, size },
    });
  }
}

/** k in RFC 6962 §2.1: the largest power of two strictly smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function isPowerOfTwo(n: number): boolean {
  let p = 1;
  while (p < n) p *= 2;
  return p === n;
}

export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

export function half(n: number): number {
  return Math.floor(n / 2);
}
