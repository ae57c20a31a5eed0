import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryBundleCoordinatesForSize,
  entryBundlePath,
  formatTileIndex,
  hashesAtTileLevel,
  parseTilePath,
  tileCoordinatesForSize,
  tilePath,
} from '../../../../src/core/tiles/layout.js';
import { codeOf } from '../merkle/helpers.js';

describe('tile paths (C2SP tlog-tiles)', () => {
  it('encodes indexes as x-prefixed 3-digit groups', () => {
    expect(tilePath(0, 1234067, 5)).toBe('tile/0/x001/x234/067.p/5');
    expect(tilePath(2, 0)).toBe('tile/2/000');
    expect(tilePath(63, 999)).toBe('tile/63/999');
    expect(tilePath(1, 1000, 255)).toBe('tile/1/x001/000.p/255');
    expect(entryBundlePath(1067)).toBe('tile/entries/x001/067');
    expect(entryBundlePath(5, 1)).toBe('tile/entries/005.p/1');
    expect(formatTileIndex(2 ** 53 - 1)).toBe('x009/x007/x199/x254/x740/991');
  });

  it('parses what it formats, for any coordinates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 63 }),
        fc.maxSafeNat(),
        fc.option(fc.integer({ min: 1, max: 255 }), { nil: undefined }),
        (level, index, width) => {
          const expected = width === undefined ? { index } : { index, width };
          expect(parseTilePath(tilePath(level, index, width))).toEqual({ kind: 'hash', level, ...expected });
          expect(parseTilePath(entryBundlePath(index, width))).toEqual({ kind: 'entries', ...expected });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects every non-canonical or malformed path with INVALID_FIELD', () => {
    const bad = [
      'tile/00/000', // leading zero in L
      'tile/01/000',
      'tile/64/000', // L out of range
      'tile/0/0', // group not 3 digits
      'tile/0/1234',
      'tile/0/x000/001', // redundant leading group
      'tile/0/x001', // last group carries x
      'tile/0/001/002', // inner group without x
      'tile/0/X001/002',
      'tile/0/001.p/0', // W out of range
      'tile/0/001.p/256',
      'tile/0/001.p/05', // leading zero in W
      'tile/0/001.p/',
      'tile/0/001.p',
      'tile/0/001/',
      '/tile/0/001',
      'tile/0/-01',
      'tile/data/001',
      'tile/entries/x000/001',
      'tile/0/x009/x007/x199/x254/x740/992', // 2^53 is beyond safe integers
      'tile/0/001 ',
      '',
    ];
    for (const path of bad) expect([path, codeOf(() => parseTilePath(path))]).toEqual([path, 'INVALID_FIELD']);
  });

  it('rejects bad coordinates when formatting', () => {
    for (const fn of [
      () => tilePath(64, 0),
      () => tilePath(-1, 0),
      () => tilePath(0, -1),
      () => tilePath(0, 1.5),
      () => tilePath(0, 0, 0),
      () => tilePath(0, 0, 256),
      () => entryBundlePath(2 ** 53),
    ]) {
      expect(codeOf(fn)).toBe('INDEX_OUT_OF_RANGE');
    }
  });
});

describe('tiles for a tree size', () => {
  it('matches the spec example: size 70,000', () => {
    const tiles = tileCoordinatesForSize(70_000);
    const summary = (level: number) => ({
      full: tiles.filter((t) => t.level === level && t.width === undefined).length,
      partial: tiles.filter((t) => t.level === level && t.width !== undefined).map((t) => [t.index, t.width]),
    });
    expect(summary(0)).toEqual({ full: 273, partial: [[273, 112]] });
    expect(summary(1)).toEqual({ full: 1, partial: [[1, 17]] });
    expect(summary(2)).toEqual({ full: 0, partial: [[0, 1]] });
    expect(tiles.filter((t) => t.level > 2)).toEqual([]);
    expect(tiles).toHaveLength(273 + 1 + 1 + 1 + 1);
    expect(hashesAtTileLevel(1, 70_000)).toBe(273);
    const bundles = entryBundleCoordinatesForSize(70_000);
    expect(bundles).toHaveLength(274);
    expect(bundles.at(-1)).toEqual({ index: 273, width: 112 });
  });

  it('lists nothing for an empty tree and only full tiles at exact multiples', () => {
    expect(tileCoordinatesForSize(0)).toEqual([]);
    expect(tileCoordinatesForSize(256)).toEqual([
      { level: 0, index: 0 },
      { level: 1, index: 0, width: 1 },
    ]);
    expect(tileCoordinatesForSize(65_536).filter((t) => t.width !== undefined)).toEqual([
      { level: 2, index: 0, width: 1 },
    ]);
  });
});
