import { describe, expect, it } from 'vitest';
import {
  bytesEqual,
  concat,
  fromBase64,
  fromBase64Loose,
  fromHex,
  fromUtf8,
  toBase64,
  toHex,
  utf8,
} from '../../../src/core/bytes.js';
import { isCodedError } from '../../../src/core/errors.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isCodedError(e) ? e.code : 'UNCODED';
  }
  return undefined;
}

describe('bytes', () => {
  it('round-trips hex and rejects odd, uppercase and non-hex input', () => {
    expect(toHex(fromHex('00ff10'))).toBe('00ff10');
    expect(code(() => fromHex('abc'))).toBe('INVALID_ENCODING');
    expect(code(() => fromHex('AB'))).toBe('INVALID_ENCODING');
    expect(toHex(fromHex('AB', 'x', true))).toBe('ab');
    expect(code(() => fromHex('zz'))).toBe('INVALID_ENCODING');
  });

  it('accepts only standard padded base64 in strict mode', () => {
    expect(toBase64(fromBase64('aGk='))).toBe('aGk=');
    expect(code(() => fromBase64('aGk'))).toBe('INVALID_ENCODING');
    expect(code(() => fromBase64('a-_='))).toBe('INVALID_ENCODING');
    expect(code(() => fromBase64('aGk=\n'))).toBe('INVALID_ENCODING');
  });

  it('accepts URL-safe and unpadded base64 in loose mode but not mixed alphabets', () => {
    expect(toBase64(fromBase64Loose('-_8'))).toBe('+/8=');
    expect(toBase64(fromBase64Loose('+/8='))).toBe('+/8=');
    expect(code(() => fromBase64Loose('+_8='))).toBe('INVALID_ENCODING');
    expect(code(() => fromBase64Loose('a'))).toBe('INVALID_ENCODING');
  });

  it('decodes UTF-8 strictly', () => {
    expect(fromUtf8(utf8('— é'))).toBe('— é');
    expect(code(() => fromUtf8(new Uint8Array([0xff, 0xfe])))).toBe('INVALID_ENCODING');
  });

  it('concatenates and compares', () => {
    expect(toHex(concat(fromHex('01'), fromHex('0203')))).toBe('010203');
    expect(bytesEqual(fromHex('0102'), fromHex('0102'))).toBe(true);
    expect(bytesEqual(fromHex('0102'), fromHex('0103'))).toBe(false);
    expect(bytesEqual(fromHex('0102'), fromHex('01'))).toBe(false);
  });
});
