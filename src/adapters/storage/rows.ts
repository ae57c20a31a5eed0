/**
 * Typed reads of better-sqlite3 raw rows (arrays of unknown): a value of the wrong type means the database
 * file was altered or written by something else, so it is STORAGE_CORRUPT naming the column.
 */
import { CodedError } from '../../core/errors.js';

function corrupt(what: string, expected: string): never {
  throw new CodedError('STORAGE_CORRUPT', `stored ${what} is not ${expected}`, { details: { column: what } });
}

export function rowOf(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) corrupt(what, 'a row');
  return value;
}

export function intAt(row: readonly unknown[], i: number, what: string): number {
  const v = row[i];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) corrupt(what, 'an integer');
  return v;
}

export function textAt(row: readonly unknown[], i: number, what: string): string {
  const v = row[i];
  if (typeof v !== 'string') corrupt(what, 'text');
  return v;
}

export function blobAt(row: readonly unknown[], i: number, what: string): Uint8Array {
  const v = row[i];
  if (!(v instanceof Uint8Array)) corrupt(what, 'a blob');
  return plainBytes(v);
}

/** better-sqlite3 returns Buffers; hand out plain Uint8Array views of the same memory (no copy). */
export function plainBytes(v: Uint8Array): Uint8Array {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

export function optionalBlobAt(row: readonly unknown[], i: number, what: string): Uint8Array | undefined {
  return row[i] === null || row[i] === undefined ? undefined : blobAt(row, i, what);
}
