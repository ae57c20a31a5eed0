/**
 * Tile bodies (C2SP tlog-tiles): a hash tile is its 32-byte hashes concatenated (8,192 bytes when full); an
 * entry bundle is each entry as a big-endian uint16 length followed by its bytes. Decoders reject anything
 * another implementation could read differently (trailing bytes, truncation, oversize).
 */
import { CodedError } from '../errors.js';
import { HASH_SIZE } from '../merkle/hash.js';
import type { NodeReader } from '../merkle/tree.js';
import { MAX_TILE_LEVEL, TILE_HEIGHT, TILE_WIDTH } from './layout.js';

/** Largest entry an entry bundle can hold (uint16 length prefix). */
export const MAX_BUNDLE_ENTRY_SIZE = 0xffff;

function checkCount(count: number, what: string): void {
  if (count < 1 || count > TILE_WIDTH) {
    throw new CodedError('INVALID_FIELD', `a ${what} holds 1 to ${TILE_WIDTH} items, got ${count}`);
  }
}

export function encodeHashTile(hashes: readonly Uint8Array[]): Uint8Array {
  checkCount(hashes.length, 'hash tile');
  const out = new Uint8Array(hashes.length * HASH_SIZE);
  hashes.forEach((h, i) => {
    if (h.byteLength !== HASH_SIZE) throw new CodedError('INVALID_FIELD', `tile hash ${i} is not ${HASH_SIZE} bytes`);
    out.set(h, i * HASH_SIZE);
  });
  return out;
}

/** Splits a hash tile; `width` (when given) is the exact number of hashes the path promised. */
export function decodeHashTile(bytes: Uint8Array, width?: number): Uint8Array[] {
  const count = bytes.byteLength / HASH_SIZE;
  if (!Number.isInteger(count) || count < 1 || count > TILE_WIDTH || (width !== undefined && count !== width)) {
    throw new CodedError(
      'INVALID_ENCODING',
      `a hash tile of ${bytes.byteLength} bytes is not ${width ?? '1-256'} hashes`,
      {
        details: { length: bytes.byteLength, width },
      },
    );
  }
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < count; i++) hashes.push(bytes.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE));
  return hashes;
}

export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  checkCount(entries.length, 'entry bundle');
  let length = 0;
  entries.forEach((e, i) => {
    if (e.byteLength > MAX_BUNDLE_ENTRY_SIZE) {
      throw new CodedError('TOO_LARGE', `entry ${i} is ${e.byteLength} bytes; a bundle entry is at most 65535`, {
        details: { position: i, length: e.byteLength },
      });
    }
    length += 2 + e.byteLength;
  });
  const out = new Uint8Array(length);
  let offset = 0;
  for (const e of entries) {
    out[offset] = e.byteLength >>> 8;
    out[offset + 1] = e.byteLength & 0xff;
    out.set(e, offset + 2);
    offset += 2 + e.byteLength;
  }
  return out;
}

/** Splits an entry bundle; `width` (when given) is the exact number of entries the path promised. */
export function decodeEntryBundle(bytes: Uint8Array, width?: number): Uint8Array[] {
  const entries: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.byteLength) {
    const hi = bytes[offset];
    const lo = bytes[offset + 1];
    if (hi === undefined || lo === undefined) throw malformed('a length prefix is cut off', offset);
    const end = offset + 2 + hi * 256 + lo;
    if (end > bytes.byteLength) throw malformed('an entry is cut off', offset);
    if (entries.length === TILE_WIDTH) throw malformed(`more than ${TILE_WIDTH} entries`, offset);
    entries.push(bytes.slice(offset + 2, end));
    offset = end;
  }
  if (entries.length === 0) throw malformed('the bundle is empty', 0);
  if (width !== undefined && entries.length !== width) throw malformed(`expected ${width} entries`, offset);
  return entries;
}

function malformed(why: string, offset: number): CodedError {
  return new CodedError('INVALID_ENCODING', `entry bundle is malformed: ${why} (byte ${offset})`, {
    details: { offset },
  });
}

/**
 * INDEX_OUT_OF_RANGE unless (level, index, width) can name a tile: level 0..MAX_TILE_LEVEL, index a non-negative
 * safe integer, width 1..256 (256 = full). Whether the tree covers it yet is the caller's question.
 */
export function assertTileCoordinate(level: number, index: number, width: number): void {
  const ok =
    Number.isSafeInteger(level) &&
    level >= 0 &&
    level <= MAX_TILE_LEVEL &&
    Number.isSafeInteger(index) &&
    index >= 0 &&
    Number.isSafeInteger(width) &&
    width >= 1 &&
    width <= TILE_WIDTH;
  if (!ok) {
    throw new CodedError('INDEX_OUT_OF_RANGE', `no tile at level ${level}, index ${index}, width ${width}`, {
      details: { level, index, width },
    });
  }
}

/**
 * The hashes of tile (level, index) of width `width` (256 = full): hash i is the merkle node at level 8·level,
 * index index·256 + i (tlog-tiles). The caller passes a width whose nodes are complete in its tree.
 */
export function readHashTile(level: number, index: number, width: number, reader: NodeReader): Uint8Array[] {
  assertTileCoordinate(level, index, width);
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < width; i++) hashes.push(reader.getNode(level * TILE_HEIGHT, index * TILE_WIDTH + i));
  return hashes;
}
