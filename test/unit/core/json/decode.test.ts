import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/core/json/canonical.js';
import { decode, decodeJson } from '../../../../src/core/json/decode.js';
import { errorOf as error } from '../../../helpers/errors.js';

describe('decode', () => {
  it('names the failing field path and uses the caller code', () => {
    const root = decodeJson('{"a":{"b":[1,"x"]}}', 'BUNDLE_MALFORMED', 'bundle');
    const e = error(() => root.get('a').get('b').array()[1]?.uint());
    expect(e.code).toBe('BUNDLE_MALFORMED');
    expect(e.details?.path).toBe('bundle.a.b[1]');
    expect(error(() => root.get('missing')).message).toBe('bundle.missing: is required');
  });

  it('reads proto3 int64 as decimal strings or numbers, strictly', () => {
    const n = decode({ a: '12', b: 7, c: '012', d: '-1', e: '99999999999999999999' }, 'INVALID_FIELD', 'x');
    expect(n.get('a').int64()).toBe(12);
    expect(n.get('b').int64()).toBe(7);
    expect(error(() => n.get('c').int64()).code).toBe('INVALID_FIELD');
    expect(error(() => n.get('d').int64()).code).toBe('INVALID_FIELD');
    expect(error(() => n.get('e').int64()).code).toBe('INVALID_FIELD');
  });

  it('rejects unknown keys when asked', () => {
    expect(error(() => decode({ a: 1, z: 2 }, 'POLICY_MALFORMED', 'policy').onlyKeys(['a'])).message).toMatch(
      /policy\.z: unknown field/,
    );
  });

  it('caps nesting depth before parsing', () => {
    const deep = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    expect(error(() => decodeJson(deep, 'BAD_REQUEST', 'body')).code).toBe('INVALID_JSON');
    expect(decodeJson('{"s":"[[[[[["}', 'BAD_REQUEST', 'body', 2).get('s').string()).toBe('[[[[[[');
    expect(error(() => decodeJson('{', 'BAD_REQUEST', 'body')).code).toBe('INVALID_JSON');
  });
});

describe('canonicalJson (RFC 8785)', () => {
  it('sorts by UTF-16 code units and formats numbers as ECMAScript does', () => {
    expect(
      canonicalJson({
        b: 1,
        a: [JSON.parse('333333333.33333329') as number, 1e30, 4.5, 0.002, 1e-27],
        '\u20ac': 1,
        '\ud83d\ude00': 2,
      }),
    ).toBe('{"a":[333333333.3333333,1e+30,4.5,0.002,1e-27],"b":1,"\u20ac":1,"\ud83d\ude00":2}');
  });

  it('rejects values JCS cannot represent', () => {
    expect(error(() => canonicalJson({ a: Number.NaN })).code).toBe('INVALID_JSON');
    expect(error(() => canonicalJson({ a: '\ud800' })).code).toBe('INVALID_JSON');
  });
});
