import { generateKeyPairSync } from 'node:crypto';
import { TrustedRoot as ProtoTrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial } from '@sigstore/verify';
import { describe, expect, it } from 'vitest';
import { formatRfc3339, parseRfc3339 } from '../../../../src/core/bundle/timestamp.js';
import {
  buildTrustedRootForLog,
  formatTrustedRoot,
  parseTrustedRoot,
  TRUSTED_ROOT_MEDIA_TYPE,
} from '../../../../src/core/bundle/trust.js';
import { toHex } from '../../../../src/core/bytes.js';
import { fingerprint, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { errorOf as error } from '../../../helpers/errors.js';
import { conformanceTrustedRootPaths, vectorJson, vectorText } from './vectors.js';

const PRODUCTION = 'trust/trusted_root.production.json';

/** Sets (or, for undefined, deletes) the member at `path` inside parsed JSON; returns the root. */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1] ?? '';
  const parent = node as Record<string | number, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return root;
}

describe('parseTrustedRoot', () => {
  it('reads the public-good root: rekor.sigstore.dev key, log ID, validity', () => {
    const root = parseTrustedRoot(vectorText(PRODUCTION));
    expect(root.mediaType).toBe(TRUSTED_ROOT_MEDIA_TYPE);
    expect(root.tlogs).toHaveLength(2);
    const rekor = root.tlogs[0];
    expect(rekor?.baseUrl).toBe('https://rekor.sigstore.dev');
    expect(rekor?.hashAlgorithm).toBe('SHA2_256');
    expect(rekor?.keyDetails).toBe('PKIX_ECDSA_P256_SHA_256');
    expect(rekor?.publicKey.algorithm).toBe('ecdsa-p256');
    expect(toHex(rekor?.logId ?? new Uint8Array())).toBe(
      'c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d',
    );
    const pem = parsePublicKeyPem(vectorText('trust/rekor.sigstore.dev.pub.pem'));
    expect(fingerprint(rekor?.publicKey ?? pem)).toBe(fingerprint(pem));
    expect(rekor?.validFor).toEqual({ start: Date.UTC(2021, 0, 12, 11, 53, 27) / 1000 });
    expect(root.tlogs[1]?.publicKey.algorithm).toBe('ed25519');
    expect(root.certificateAuthorities).toHaveLength(2);
    expect(root.certificateAuthorities[0]?.validFor.end).toBe(Date.UTC(2022, 11, 31, 23, 59, 59, 999) / 1000);
    expect(root.certificateAuthorities[0]?.certChain.length).toBeGreaterThan(0);
    expect(root.ctlogs).toHaveLength(2);
    expect(root.timestampAuthorities).toHaveLength(1);
  });

  it('writes the public-good root back exactly', () => {
    const json = vectorJson(PRODUCTION);
    expect(formatTrustedRoot(parseTrustedRoot(json))).toEqual(json);
    expect(JSON.stringify(formatTrustedRoot(parseTrustedRoot(json)))).toBe(JSON.stringify(json));
  });

  for (const path of conformanceTrustedRootPaths()) {
    it(`parses and round-trips ${path}`, () => {
      const root = parseTrustedRoot(vectorText(path));
      const out = formatTrustedRoot(root);
      expect(formatTrustedRoot(parseTrustedRoot(out))).toEqual(out);
      // protobuf-specs reads our output to the same message as the original.
      expect(ProtoTrustedRoot.fromJSON(out)).toEqual(ProtoTrustedRoot.fromJSON(vectorJson(path)));
    });
  }

  it('reads validFor.end and treats null members as absent (trust-root-tlog-validity-end-inclusive)', () => {
    const root = parseTrustedRoot(
      vectorText('bundles/conformance/trust-root-tlog-validity-end-inclusive/trusted_root.json'),
    );
    expect(root.tlogs[0]?.validFor.end).toBe(1689177396);
    // proto3 JSON: null members (checkpointKeyId, operator, end here) mean "absent".
    expect(root.tlogs[0]?.checkpointKeyId).toBeUndefined();
    expect(root.tlogs[0]?.operator).toBeUndefined();
    expect(root.tlogs[1]?.validFor.end).toBeUndefined();
  });

  it('loads a PKCS#1 RSA CT log key (invalid-ct-key_fail root)', () => {
    const root = parseTrustedRoot(vectorText('bundles/conformance/invalid-ct-key_fail/trusted_root.json'));
    const rsa = root.ctlogs.find((c) => c.keyDetails === 'PKCS1_RSA_PKCS1V5');
    expect(rsa?.publicKey.algorithm).toBe('rsa');
  });

  it('rejects bad media types, timestamps, keys and unknown fields with TRUST_ROOT_MALFORMED and a path', () => {
    const cases: [(string | number)[], unknown, string][] = [
      [['mediaType'], 'application/json', 'trustedRoot.mediaType'],
      [
        ['tlogs', 0, 'publicKey', 'validFor', 'start'],
        '2021-01-12 11:53:27',
        'trustedRoot.tlogs[0].publicKey.validFor.start',
      ],
      [
        ['tlogs', 0, 'publicKey', 'validFor', 'end'],
        '2020-01-01T00:00:00Z',
        'trustedRoot.tlogs[0].publicKey.validFor.end',
      ],
      [['tlogs', 0, 'publicKey', 'rawBytes'], 'AAAA', 'trustedRoot.tlogs[0].publicKey.rawBytes'],
      [['tlogs', 0, 'publicKey', 'keyDetails'], 'PKIX_NOPE', 'trustedRoot.tlogs[0].publicKey.keyDetails'],
      [['tlogs', 0, 'extra'], true, 'trustedRoot.tlogs[0].extra'],
      [['tlogs', 0, 'logId'], undefined, 'trustedRoot.tlogs[0].logId'],
    ];
    for (const [where, value, path] of cases) {
      const r = setAt(structuredClone(vectorJson(PRODUCTION)), where, value);
      const e = error(() => parseTrustedRoot(r));
      expect(e.code).toBe('TRUST_ROOT_MALFORMED');
      expect(e.details?.path).toBe(path);
    }
    expect(error(() => parseTrustedRoot('{')).code).toBe('INVALID_JSON');
  });
});

describe('RFC 3339 timestamps', () => {
  it('parses fractions and offsets and rejects impossible dates', () => {
    expect(parseRfc3339('1970-01-01T00:00:00Z')).toBe(0);
    expect(parseRfc3339('2022-12-31T23:59:59.999000Z')).toBe(1672531199.999);
    expect(parseRfc3339('1970-01-01T01:00:00+01:00')).toBe(0);
    expect(parseRfc3339('2023-02-29T00:00:00Z')).toBeNull();
    expect(parseRfc3339('2023-01-01T24:00:00Z')).toBeNull();
    expect(parseRfc3339('2023-01-01T00:00:00')).toBeNull();
  });

  it('formats whole seconds without a fraction', () => {
    expect(formatRfc3339(1610452407)).toBe('2021-01-12T11:53:27Z');
    expect(formatRfc3339(1672531199.999)).toBe('2022-12-31T23:59:59.999Z');
    expect(formatRfc3339(1.000001)).toBe('1970-01-01T00:00:01.000001Z');
  });
});

describe('buildTrustedRootForLog', () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = parsePublicKeyPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());

  it('rounds validFor.start down to the whole second and derives the log ID from the key', () => {
    const json = buildTrustedRootForLog({ baseUrl: 'http://127.0.0.1:3000', publicKey: key, start: 1700000000.999 });
    const root = parseTrustedRoot(json);
    expect(root.tlogs).toHaveLength(1);
    expect(root.tlogs[0]?.validFor).toEqual({ start: 1700000000 });
    expect(toHex(root.tlogs[0]?.logId ?? new Uint8Array())).toBe(fingerprint(key));
    expect(root.tlogs[0]?.keyDetails).toBe('PKIX_ECDSA_P256_SHA_256');
    expect(JSON.stringify(json)).toContain('"start":"2023-11-14T22:13:20Z"');
  });

  it('is accepted by @sigstore/verify as trust material', () => {
    const json = buildTrustedRootForLog({ baseUrl: 'http://127.0.0.1:3000', publicKey: key, start: 1700000000 });
    const material = toTrustMaterial(ProtoTrustedRoot.fromJSON(json));
    expect(material.tlogs).toHaveLength(1);
    expect(material.tlogs[0]?.baseURL).toBe('http://127.0.0.1:3000');
    expect(toHex(material.tlogs[0]?.logID ?? new Uint8Array())).toBe(fingerprint(key));
    expect(material.tlogs[0]?.validFor.start.getTime()).toBe(1700000000000);
  });

  it('writes Ed25519 logs as PKIX_ED25519 and refuses a negative start', () => {
    const ed = generateKeyPairSync('ed25519').publicKey;
    const edKey = parsePublicKeyPem(ed.export({ type: 'spki', format: 'pem' }).toString());
    const root = parseTrustedRoot(
      buildTrustedRootForLog({ baseUrl: 'https://log.example', publicKey: edKey, start: 5 }),
    );
    expect(root.tlogs[0]?.keyDetails).toBe('PKIX_ED25519');
    expect(error(() => buildTrustedRootForLog({ baseUrl: 'x', publicKey: edKey, start: -1 })).code).toBe(
      'INVALID_FIELD',
    );
  });
});
