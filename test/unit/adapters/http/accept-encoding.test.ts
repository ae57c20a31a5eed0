import { describe, expect, it } from 'vitest';
import { acceptsEncoding } from '../../../../src/adapters/http/accept-encoding.js';

describe('acceptsEncoding', () => {
  it.each([
    ['gzip', true],
    ['GZip', true],
    ['br, gzip;q=0.8', true],
    ['gzip ; q=1', true],
    ['gzip;q=1.000', true],
    ['gzip;q=0.001', true],
    ['deflate,gzip', true],
    ['  gzip  ,  br  ', true],
    ['gzip;level=9;q=0.5', true],
  ])('accepts %j', (header, expected) => {
    expect(acceptsEncoding(header, 'gzip')).toBe(expected);
  });

  it.each([
    [''],
    ['br'],
    ['gzip;q=0'],
    ['gzip;q=0.000'],
    ['gzip; Q=0'],
    ['x-gzip'],
    ['gzipped'],
    ['*'],
    // Not a qvalue (RFC 9110 §12.4.2): refused rather than guessed.
    ['gzip;q=1.5'],
    ['gzip;q='],
    ['gzip;q=abc'],
    ['gzip;q'],
    // Listed twice: a refusal wins.
    ['gzip, gzip;q=0'],
  ])('refuses %j', (header) => {
    expect(acceptsEncoding(header, 'gzip')).toBe(false);
  });

  it('reads repeated headers as one list and treats a missing header as no', () => {
    expect(acceptsEncoding(['br', 'gzip'], 'gzip')).toBe(true);
    expect(acceptsEncoding(['br', 'gzip;q=0'], 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
  });

  it('answers right on 16 KB of hostile text (linear: the old regex backtracked on these)', () => {
    const spaces = ' '.repeat(16_000);
    expect(acceptsEncoding(`gzip${spaces}x`, 'gzip')).toBe(false);
    expect(acceptsEncoding(`gzip${spaces}`, 'gzip')).toBe(true);
    expect(acceptsEncoding(`gzip;q=${'0'.repeat(16_000)}`, 'gzip')).toBe(false);
    expect(acceptsEncoding(`${',  '.repeat(5_000)}gzip`, 'gzip')).toBe(true);
    expect(acceptsEncoding(`gzip;${'; '.repeat(8_000)}q=0`, 'gzip')).toBe(false);
  });
});
