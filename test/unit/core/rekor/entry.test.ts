import { describe, expect, it } from 'vitest';
import { fromBase64, utf8 } from '../../../../src/core/bytes.js';
import {
  decodeEntryBody,
  decodeLogEntryResponse,
  entryId,
  entryUuid,
  parseEntryId,
} from '../../../../src/core/rekor/entry.js';
import { expectedResults, obj, readVector } from './vectors.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('entry IDs', () => {
  const rest = obj(JSON.parse(readVector('rest/get-entry-by-uuid.container-security-101.json')));
  const [restId, restEntry] = Object.entries(rest)[0] ?? [];

  it('rebuilds the 80-hex ID of a real GET response from tree 2605736670972794746 (int64 > 2^53)', () => {
    const body = fromBase64(String(obj(restEntry).body));
    expect(entryId('2605736670972794746', body)).toBe(restId);
    expect(parseEntryId(String(restId))).toEqual({ treeId: '2605736670972794746', leafHash: entryUuid(body) });
  });

  it('matches the docker-attest LogEntryAnon entryUUID from expected-tlog-results.json', () => {
    const anon = obj(JSON.parse(readVector('rest/logentryanon.docker-attest.json')));
    const exp = expectedResults()['rest/logentryanon.docker-attest.json']?.tlogEntries?.[0];
    const body = fromBase64(String(anon.body));
    expect(entryUuid(body)).toBe(exp?.leafHash);
    expect(entryId(exp?.treeID ?? '', body)).toBe(exp?.entryUUID);
  });

  it('pads small tree IDs and round-trips the largest int64', () => {
    const body = utf8('{}');
    expect(entryId('1', body).slice(0, 16)).toBe('0000000000000001');
    const max = '9223372036854775807';
    const id = entryId(max, body);
    expect(id.slice(0, 16)).toBe('7fffffffffffffff');
    expect(parseEntryId(id).treeId).toBe(max);
  });

  it('accepts a bare 64-hex UUID and upper case, answering lowercase', () => {
    const uuid = 'AB'.repeat(32);
    expect(parseEntryId(uuid)).toEqual({ leafHash: 'ab'.repeat(32) });
  });

  for (const bad of [
    '',
    'xyz',
    'a'.repeat(63),
    'a'.repeat(81),
    `${'0'.repeat(16)}${'a'.repeat(64)}`,
    `8${'0'.repeat(15)}${'a'.repeat(64)}`,
  ]) {
    it(`rejects entry ID "${bad.slice(0, 20)}…" (${bad.length} chars)`, () => {
      expect(() => parseEntryId(bad)).toThrowError(code('ENTRY_ID_MALFORMED'));
    });
  }

  for (const bad of ['0', '-1', '01', '9223372036854775808', '1.5', 'abc']) {
    it(`rejects tree ID "${bad}"`, () => {
      expect(() => entryId(bad, utf8('{}'))).toThrowError(code('ENTRY_ID_MALFORMED'));
    });
  }
});

describe('decodeLogEntryResponse', () => {
  const text = readVector('rest/get-entry-by-uuid.container-security-101.json');

  it('decodes a real Rekor GET response', () => {
    const { uuid, entry } = decodeLogEntryResponse(JSON.parse(text));
    expect(uuid).toBe('24296fb24b8ad77ad9ca41820f93cdbef2264692ced5c142d19e2ba859ab9f2b500d1917afe8ef30');
    expect(entry.logIndex).toBe(18624203);
    expect(entry.integratedTime).toBe(1682131706);
    expect(entry.logID).toBe('c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d');
    expect(entry.verification.inclusionProof?.hashes.length).toBe(19);
    expect(entry.verification.signedEntryTimestamp).toMatch(/^ME/);
    expect(decodeEntryBody(fromBase64(entry.body)).kind).toBe('hashedrekord');
  });

  it('decodes the docker-attest LogEntryAnon wrapped under its entry UUID', () => {
    const anon = JSON.parse(readVector('rest/logentryanon.docker-attest.json'));
    const uuid = '24296fb24b8ad77a2fc668861eebfa700ca4e088fc7b7858feb7698be36451a2c15758965b8a1f3d';
    const { entry } = decodeLogEntryResponse({ [uuid]: anon });
    expect(entry.verification.inclusionProof).toMatchObject({ logIndex: 55510965, treeSize: 55510966 });
  });

  const mutations: [string, (m: Record<string, Record<string, unknown>>, id: string) => unknown][] = [
    ['two entries', (m, id) => ({ ...m, [`${id.slice(0, -1)}1`]: m[id] })],
    ['no entries', () => ({})],
    ['a UUID that is not the body leaf hash', (m, id) => ({ [`${id.slice(0, -1)}1`]: m[id] })],
    ['a hex logID of the wrong length', (m, id) => ({ [id]: { ...m[id], logID: 'abcd' } })],
    ['a negative logIndex', (m, id) => ({ [id]: { ...m[id], logIndex: -1 } })],
    ['a body that is not base64', (m, id) => ({ [id]: { ...m[id], body: '%%%' } })],
    ['no verification', (m, id) => ({ [id]: { ...m[id], verification: undefined } })],
    ['not an object', () => 'x'],
  ];
  for (const [name, mutate] of mutations) {
    it(`rejects ${name} with LOG_RESPONSE_INVALID`, () => {
      const map = JSON.parse(text);
      const [id] = Object.keys(map);
      expect(() => decodeLogEntryResponse(mutate(map, String(id)))).toThrowError(code('LOG_RESPONSE_INVALID'));
    });
  }
});

describe('decodeEntryBody', () => {
  it('rejects bodies that are not JSON, not UTF-8, or of an unknown kind/version', () => {
    expect(() => decodeEntryBody(utf8('not json'))).toThrowError(code('ENTRY_MALFORMED'));
    expect(() => decodeEntryBody(new Uint8Array([0xff, 0xfe]))).toThrowError(code('ENTRY_MALFORMED'));
    expect(() => decodeEntryBody(utf8('{"apiVersion":"0.0.1","kind":"rekord","spec":{}}'))).toThrowError(
      code('ENTRY_KIND_UNSUPPORTED'),
    );
    expect(() => decodeEntryBody(utf8('{"apiVersion":"0.0.2","kind":"hashedrekord","spec":{}}'))).toThrowError(
      code('ENTRY_KIND_UNSUPPORTED'),
    );
  });
});
