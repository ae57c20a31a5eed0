/** The pure TSA core: request limits, RFC 3161 failure bits on the wire, serials, genTime and signed-attribute order. */
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { MessageImprint, TimeStampReq, TimeStampResp } from '@peculiar/asn1-tsp';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { toHex } from '../../../../src/core/bytes.js';
import { buildTsaCertificates } from '../../../../src/core/tsa/certificates.js';
import { grantTimestamp, positiveInteger, refuseTimestamp } from '../../../../src/core/tsa/reply.js';
import { MAX_QUERY_BYTES, parseTimestampQuery } from '../../../../src/core/tsa/request.js';
import { parseTimestamp } from '../../../../src/core/verify/timestamp.js';

const POLICY = '1.3.6.1.4.1.57264.2';

function queryDer(nonce?: Uint8Array): Uint8Array {
  const req = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new OctetString(new Uint8Array(32).fill(7)),
    }),
    certReq: false,
  });
  if (nonce !== undefined) req.nonce = new Uint8Array(nonce).buffer;
  return new Uint8Array(AsnConvert.serialize(req));
}

describe('parseTimestampQuery', () => {
  it('refuses a query over the size cap before decoding it', () => {
    const big = new Uint8Array(MAX_QUERY_BYTES + 1);
    expect(parseTimestampQuery(big, POLICY)).toMatchObject({ ok: false, failInfo: 'badDataFormat' });
  });

  it('reads a valid query', () => {
    const result = parseTimestampQuery(queryDer(new Uint8Array([1, 2, 3])), POLICY);
    expect(result.ok && toHex(result.query.nonce ?? new Uint8Array(0))).toBe('010203');
  });
});

describe('refuseTimestamp', () => {
  // failInfo BIT STRING as RFC 3161 numbers the bits (bit 0 = MSB of the first octet), minimal DER form
  it.each([
    ['badAlg', '03020780'],
    ['badRequest', '03020520'],
    ['badDataFormat', '03020204'],
    ['unacceptedPolicy', '0303000001'],
    ['systemFailure', '03050600000040'],
  ] as const)('%s is encoded at its RFC bit', (failure, hex) => {
    const der = refuseTimestamp(failure, 'why');
    expect(toHex(der)).toContain(hex);
    const resp = AsnParser.parse(der, TimeStampResp);
    expect(resp.status.status).toBe(2); // rejection
    expect(resp.timeStampToken).toBeUndefined();
  });
});

describe('positiveInteger', () => {
  it.each([
    ['01', '01'],
    ['7f', '7f'],
    ['80', '0080'],
    ['0000ff', '00ff'],
    ['00007f', '7f'],
  ])('%s -> %s', (input, expected) => {
    expect(toHex(new Uint8Array(positiveInteger(Uint8Array.from(Buffer.from(input, 'hex')))))).toBe(expected);
  });

  it('refuses zero', () => {
    expect(() => positiveInteger(new Uint8Array(3))).toThrow();
  });
});

describe('grantTimestamp', () => {
  const rootSigner = signerFromPem(generatePrivateKeyPem());
  const leafSigner = signerFromPem(generatePrivateKeyPem());
  const certs = buildTsaCertificates({
    rootSigner,
    leafSigner,
    organization: 'test',
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    rootSerial: new Uint8Array(16).fill(1),
    leafSerial: new Uint8Array(16).fill(2),
  });
  const tsa = { signer: leafSigner, chain: [certs.leaf, certs.root], policy: POLICY, accuracySeconds: 1 };

  it('truncates genTime to the second, keeps a high-bit serial positive, and sorts the signed attributes', () => {
    const parsed = parseTimestampQuery(queryDer(), POLICY);
    if (!parsed.ok) throw new Error(parsed.text);
    const der = grantTimestamp(tsa, {
      query: parsed.query,
      time: new Date('2026-06-01T12:34:56.789Z'),
      serial: new Uint8Array([0xff, 0x01]),
    });
    const { tstInfo, signer } = parseTimestamp(der);
    expect(tstInfo.genTime.toISOString()).toBe('2026-06-01T12:34:56.000Z');
    expect(toHex(new Uint8Array(tstInfo.serialNumber))).toBe('00ff01');
    expect(tstInfo.nonce).toBeUndefined();
    const encoded = (signer.signedAttrs ?? []).map((a) => Buffer.from(AsnConvert.serialize(a)));
    expect(encoded).toHaveLength(3);
    expect([...encoded].sort(Buffer.compare)).toEqual(encoded);
  });
});

describe('hostile queries', () => {
  const rootSigner = signerFromPem(generatePrivateKeyPem());
  const leafSigner = signerFromPem(generatePrivateKeyPem());
  const certs = buildTsaCertificates({
    rootSigner,
    leafSigner,
    organization: 'test',
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    rootSerial: new Uint8Array(16).fill(1),
    leafSerial: new Uint8Array(16).fill(2),
  });
  const tsa = { signer: leafSigner, chain: [certs.leaf, certs.root], policy: POLICY, accuracySeconds: 1 };
  const valid = queryDer(new Uint8Array([0x12, 0x34]));

  it('any mutation of a valid query is answered (granted or refused), never thrown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.nat(8),
        (edits, cut) => {
          const der = new Uint8Array(valid.subarray(0, valid.length - cut));
          for (const [at, value] of edits) if (at < der.length) der[at] = value;
          const result = parseTimestampQuery(der, POLICY);
          if (!result.ok) return;
          const reply = grantTimestamp(tsa, { query: result.query, time: new Date(0), serial: new Uint8Array([1]) });
          const nonce = parseTimestamp(reply).tstInfo.nonce;
          expect(toHex(new Uint8Array(nonce ?? new ArrayBuffer(0)))).toBe(
            toHex(result.query.nonce ?? new Uint8Array(0)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an empty nonce', new Uint8Array(0)],
    ['a padded nonce', new Uint8Array([0x00, 0x01])],
    ['a padded negative nonce', new Uint8Array([0xff, 0x80])],
  ])('%s is refused as badDataFormat', (_name, nonce) => {
    expect(parseTimestampQuery(queryDer(nonce), POLICY)).toMatchObject({ ok: false, failInfo: 'badDataFormat' });
  });

  it.each([
    ['a negative nonce', new Uint8Array([0xff, 0x00])],
    ['a one-byte zero nonce', new Uint8Array([0x00])],
    ['a high nonce with its sign octet', new Uint8Array([0x00, 0x80])],
  ])('%s is echoed verbatim', (_name, nonce) => {
    const result = parseTimestampQuery(queryDer(nonce), POLICY);
    if (!result.ok) throw new Error(result.text);
    const reply = grantTimestamp(tsa, { query: result.query, time: new Date(0), serial: new Uint8Array([1]) });
    expect(toHex(new Uint8Array(parseTimestamp(reply).tstInfo.nonce ?? new ArrayBuffer(1)))).toBe(toHex(nonce));
  });
});
