/**
 * C2SP tlog-tiles resource names (https://c2sp.org/tlog-tiles): `tile/<L>/<N>[.p/<W>]` for hash tiles and
 * `tile/entries/<N>[.p/<W>]` for entry bundles. N is written as zero-padded 3-digit groups, all but the last
 * prefixed with `x` (1234067 → `x001/x234/067`) so a directory never holds more than 1000 names. Parsing is
 * strict: exactly one spelling per tile is accepted, so a cache or a signature can never see two names for
 * the same bytes.
 */
import { CodedError } from '../errors.js';

/** Hashes (or entries) in a full tile. */
export const TILE_WIDTH = 256;
/** Merkle levels per tile level: tile level L holds merkle level 8L (256 = 2^8). */
export const TILE_HEIGHT = 8;
/** Highest tile level the spec allows (L is 0–63). */
export const MAX_TILE_LEVEL = 63;

/** A tile's coordinates; `width` is present only for a partial tile (1..255). */
export interface TileCoordinate {
  level: number;
  index: number;
  width?: number;
}

export type ParsedTilePath = ({ kind: 'hash' } & TileCoordinate) | { kind: 'entries'; index: number; width?: number };

function outOfRange(what: string, value: number, rule: string): CodedError {
  return new CodedError('INDEX_OUT_OF_RANGE', `${what} ${String(value)} is invalid: ${rule}`, {
    details: { [what]: value },
  });
}

function checkIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) throw outOfRange('index', index, 'must be a non-negative integer');
}

function checkWidth(width: number | undefined): void {
  if (width !== undefined && (!Number.isInteger(width) || width < 1 || width >= TILE_WIDTH)) {
    throw outOfRange('width', width, 'a partial tile has 1 to 255 entries');
  }
}

function checkLevel(level: number): void {
  if (!Number.isInteger(level) || level < 0 || level > MAX_TILE_LEVEL) {
    throw outOfRange('level', level, `tile levels are 0 to ${MAX_TILE_LEVEL}`);
  }
}

/** `N` as `x`-prefixed 3-digit groups (tlog-tiles "tile index" encoding). */
export function formatTileIndex(index: number): string {
  checkIndex(index);
  const groups: string[] = [];
  let rest = index;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

function suffix(width: number | undefined): string {
  return width === undefined ? '' : `.p/${width}`;
}

/** `tile/<L>/<N>[.p/<W>]`, e.g. tilePath(0, 1234067, 5) === 'tile/0/x001/x234/067.p/5'. */
export function tilePath(level: number, index: number, width?: number): string {
  checkLevel(level);
  checkWidth(width);
  return `tile/${level}/${formatTileIndex(index)}${suffix(width)}`;
}

/** `tile/entries/<N>[.p/<W>]`: the bundle of entries [N·256, N·256 + (W ?? 256)). */
export function entryBundlePath(index: number, width?: number): string {
  checkWidth(width);
  return `tile/entries/${formatTileIndex(index)}${suffix(width)}`;
}

const PATH_RE = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/;

/**
 * Parses a tile or entry-bundle path, rejecting every non-canonical spelling (leading zeros in L or W,
 * a leading `x000` group, W outside 1..255, L above 63, indexes beyond 2^53). Throws INVALID_FIELD.
 */
export function parseTilePath(path: string): ParsedTilePath {
  const m = PATH_RE.exec(path);
  const fail = (why: string) =>
    new CodedError('INVALID_FIELD', `"${path.slice(0, 100)}" is not a tlog-tiles path: ${why}`, { details: { path } });
  if (m === null) throw fail('expected tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>]');
  const [, levelText = '', indexText = '', widthText] = m;
  const index = Number(indexText.replace(/[x/]/g, ''));
  const width = widthText === undefined ? undefined : Number(widthText);
  if (width !== undefined && width >= TILE_WIDTH) throw fail('a partial width is 1 to 255');
  if (!Number.isSafeInteger(index) || formatTileIndex(index) !== indexText) throw fail('non-canonical tile index');
  const coords = width === undefined ? { index } : { index, width };
  if (levelText === 'entries') return { kind: 'entries', ...coords };
  const level = Number(levelText);
  if (level > MAX_TILE_LEVEL) throw fail(`tile levels are 0 to ${MAX_TILE_LEVEL}`);
  return { kind: 'hash', level, ...coords };
}

/**
 * Hashes stored at tile level `level` for a tree of `size`: the complete merkle nodes at level 8·level,
 * i.e. floor(size / 256^level).
 */
export function hashesAtTileLevel(level: number, size: number): number {
  checkLevel(level);
  checkIndex(size);
  return Math.floor(size / TILE_WIDTH ** level);
}

/**
 * Every hash tile a log serves for a checkpoint of `size` (tlog-tiles "partial tiles"): per level, the full
 * tiles then at most one partial tile of width floor(size/256^L) mod 256. Empty tiles are never listed.
 * Meant for small sizes and tests (it lists full tiles one by one).
 */
export function tileCoordinatesForSize(size: number): TileCoordinate[] {
  checkIndex(size);
  const tiles: TileCoordinate[] = [];
  for (let level = 0; level <= MAX_TILE_LEVEL; level++) {
    const count = hashesAtTileLevel(level, size);
    if (count === 0) break;
    tiles.push(...rowTiles(count).map((t) => ({ level, ...t })));
  }
  return tiles;
}

/** Entry bundles for `size` entries: full bundles then one partial of width size mod 256. */
export function entryBundleCoordinatesForSize(size: number): { index: number; width?: number }[] {
  checkIndex(size);
  return rowTiles(size);
}

function rowTiles(count: number): { index: number; width?: number }[] {
  const full = Math.floor(count / TILE_WIDTH);
  const out: { index: number; width?: number }[] = [];
  for (let index = 0; index < full; index++) out.push({ index });
  const width = count % TILE_WIDTH;
  if (width > 0) out.push({ index: full, width });
  return out;
}
