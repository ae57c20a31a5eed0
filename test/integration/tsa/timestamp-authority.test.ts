/**
 * `provlog serve --tsa` over real HTTP on port 0 with real keys and files: RFC 3161 replies (nonce, hashes,
 * certReq, policy, accuracy), refusals as timestamp-replies with the right PKIFailureInfo bit, the chain in
 * trusted_root.json, our verifier and `openssl ts -verify` accepting the tokens, tampering detected.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignedData } from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { MessageImprint, PKIStatus, TimeStampReq, TimeStampResp } from '@peculiar/asn1-tsp';
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLogServer } from '../../../src/adapters/http/log-server.js';
import { TSA_CHAIN_FILE, TSA_KEY_FILE, TSA_ROOT_KEY_FILE } from '../../../src/adapters/tsa/authority.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { toHex } from '../../../src/core/bytes.js';
import { isCodedError } from '../../../src/core/errors.js';
import { parseSigningConfig } from '../../../src/core/signing-config/config.js';
import { selectServices } from '../../../src/core/signing-config/select.js';
import { DEFAULT_TSA_POLICY } from '../../../src/core/tsa/reply.js';
import { FAILURE_BITS } from '../../../src/core/tsa/request.js';
import { parseTimestamp, verifyRfc3161Timestamp } from '../../../src/core/verify/timestamp.js';
import { startTestServer, type TestServer } from '../server/fixtures.js';

const OIDS = { sha256: '2.16.840.1.101.3.4.2.1', sha384: '2.16.840.1.101.3.4.2.2', sha512: '2.16.840.1.101.3.4.2.3' };

let t: TestServer;
let url: string;
let dataDir: string;

beforeAll(async () => {
  t = await startTestServer({ tsa: true });
  url = t.server.url;
  dataDir = join(t.dir, 'data');
});
afterAll(async () => {
  await t.cleanup();
});

function query(args: {
  hash?: keyof typeof OIDS | string;
  digest: Uint8Array;
  nonce?: Uint8Array;
  certReq?: boolean;
  version?: number;
  policy?: string;
}): Uint8Array {
  const hash = args.hash ?? 'sha256';
  const req = new TimeStampReq({
    version: args.version ?? 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: OIDS[hash as keyof typeof OIDS] ?? hash }),
      hashedMessage: new OctetString(args.digest),
    }),
    certReq: args.certReq ?? false,
  });
  if (args.nonce !== undefined) req.nonce = new Uint8Array(args.nonce).buffer;
  if (args.policy !== undefined) req.reqPolicy = args.policy;
  return new Uint8Array(AsnConvert.serialize(req));
}

async function post(body: Uint8Array, contentType = 'application/timestamp-query') {
  const res = await fetch(`${url}/api/v1/timestamp`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type'), body: new Uint8Array(await res.arrayBuffer()) };
}

function digestOf(hash: string, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(hash).update(data).digest());
}

function statusOf(reply: Uint8Array): { status: number; failBit?: number } {
  const resp = AsnParser.parse(reply, TimeStampResp);
  const bits = resp.status.failInfo;
  if (bits === undefined) return { status: resp.status.status };
  // the one set bit's RFC number: bit n is (byte n>>3, mask 0x80 >> (n & 7))
  const bytes = new Uint8Array(bits.value);
  const set = [...Array(bytes.length * 8).keys()].filter((n) => ((bytes[n >> 3] ?? 0) & (0x80 >> (n & 7))) !== 0);
  expect(set).toHaveLength(1);
  return { status: resp.status.status, failBit: set[0] ?? -1 };
}

function trustedAuthorities() {
  return parseTrustedRoot(readFileSync(t.server.trustedRootPath, 'utf8')).timestampAuthorities;
}

describe('granted timestamps', () => {
  it.each(['sha256', 'sha384', 'sha512'] as const)('stamps a %s imprint and echoes the nonce', async (hash) => {
    const signature = randomBytes(64);
    const nonce = randomBytes(12);
    nonce[0] = (nonce[0] ?? 0) & 0x7f; // a positive INTEGER as clients send it
    const before = Math.floor(Date.now() / 1000);
    const res = await post(query({ hash, digest: digestOf(hash, signature), nonce, certReq: true }));
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/timestamp-reply');
    const parsed = parseTimestamp(res.body);
    const info = parsed.tstInfo;
    expect(toHex(new Uint8Array(info.nonce ?? new ArrayBuffer(0)))).toBe(toHex(nonce));
    expect(info.messageImprint.hashAlgorithm.algorithm).toBe(OIDS[hash]);
    expect(toHex(new Uint8Array(info.messageImprint.hashedMessage.buffer))).toBe(toHex(digestOf(hash, signature)));
    expect(info.policy).toBe(DEFAULT_TSA_POLICY);
    expect(info.accuracy?.seconds).toBe(1);
    const genTime = info.genTime.getTime() / 1000;
    expect(genTime).toBeGreaterThanOrEqual(before);
    expect(genTime).toBeLessThanOrEqual(Date.now() / 1000 + 1);
    // our verifier, with the served trusted_root.json, dates the signature
    const verified = verifyRfc3161Timestamp(res.body, signature, trustedAuthorities());
    expect(verified.time).toBe(genTime);
  });

  it('includes the TSA certificate only when certReq is set', async () => {
    const digest = digestOf('sha256', randomBytes(32));
    const certsIn = async (certReq: boolean) => {
      const res = await post(query({ digest, certReq }));
      const token = AsnParser.parse(res.body, TimeStampResp).timeStampToken;
      const signed = AsnParser.parse(token?.content ?? new ArrayBuffer(0), SignedData);
      return (signed.certificates ?? []).map((c) => new Uint8Array(AsnConvert.serialize(c.certificate)));
    };
    const leaf = trustedAuthorities()[0]?.certChain[0];
    expect(await certsIn(false)).toEqual([]);
    const withCert = await certsIn(true);
    expect(withCert).toHaveLength(1);
    expect(toHex(withCert[0] ?? new Uint8Array(0))).toBe(toHex(leaf ?? new Uint8Array(1)));
  });

  it('fails verification for a tampered token or another signature', async () => {
    const signature = randomBytes(64);
    const res = await post(query({ digest: digestOf('sha256', signature), certReq: true }));
    const authorities = trustedAuthorities();
    expect(() => verifyRfc3161Timestamp(res.body, randomBytes(64), authorities)).toThrow(
      expect.objectContaining({ code: 'TIMESTAMP_INVALID' }),
    );
    // flip one byte of the DER genTime (inside the signed TSTInfo): the messageDigest attribute no longer matches
    const tampered = new Uint8Array(res.body);
    const genTime = info(tampered);
    const at = indexOf(tampered, genTime);
    expect(at).toBeGreaterThan(0);
    tampered[at + 4] = (tampered[at + 4] ?? 0) ^ 0x01;
    let code: string | undefined;
    try {
      verifyRfc3161Timestamp(tampered, signature, authorities);
    } catch (error) {
      code = isCodedError(error) ? error.code : 'not coded';
    }
    expect(code).toBe('TIMESTAMP_INVALID');
  });
});

function info(reply: Uint8Array): Uint8Array {
  // the GeneralizedTime as encoded: tag 0x18, length 15, "YYYYMMDDHHMMSSZ"
  const time = parseTimestamp(reply).tstInfo.genTime.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return new Uint8Array([0x18, 15, ...Buffer.from(`${time}Z`, 'latin1')]);
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack).indexOf(Buffer.from(needle));
}

describe('refusals are timestamp-replies with a failure status', () => {
  const digest = digestOf('sha256', randomBytes(8));
  it.each([
    ['not DER', new Uint8Array([1, 2, 3, 4]), 'badDataFormat'],
    ['an empty body', new Uint8Array(0), 'badDataFormat'],
    ['trailing bytes', new Uint8Array([...query({ digest }), 0]), 'badDataFormat'],
    ['MD5', query({ hash: '1.2.840.113549.2.5', digest: digest.subarray(0, 16) }), 'badAlg'],
    ['SHA-1', query({ hash: '1.3.14.3.2.26', digest: digest.subarray(0, 20) }), 'badAlg'],
    ['a short SHA-256 imprint', query({ digest: digest.subarray(0, 31) }), 'badDataFormat'],
    ['a SHA-512 OID with a SHA-256 digest', query({ hash: 'sha512', digest }), 'badDataFormat'],
    ['version 2', query({ digest, version: 2 }), 'badRequest'],
    ['another policy', query({ digest, policy: '1.2.3.4' }), 'unacceptedPolicy'],
    ['a 65-byte nonce', query({ digest, nonce: new Uint8Array(65).fill(1) }), 'badRequest'],
  ] as const)('%s', async (_name, body, failure) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/timestamp-reply');
    expect(statusOf(res.body)).toEqual({ status: PKIStatus.rejection, failBit: FAILURE_BITS[failure] });
  });

  it('a request that is not application/timestamp-query', async () => {
    const res = await post(query({ digest }), 'application/json');
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/timestamp-reply');
    expect(statusOf(res.body)).toEqual({ status: PKIStatus.rejection, failBit: FAILURE_BITS.badRequest });
  });

  it('accepts a request naming our own policy', async () => {
    const res = await post(query({ digest, policy: DEFAULT_TSA_POLICY }));
    expect(statusOf(res.body).status).toBe(PKIStatus.granted);
  });
});

describe('certificates and trust', () => {
  it('serves the chain, with a critical timeStamping EKU on the leaf under the root', async () => {
    const res = await fetch(`${url}/api/v1/timestamp/certchain`);
    expect(res.status).toBe(200);
    const pem = await res.text();
    expect(pem).toBe(readFileSync(join(dataDir, TSA_CHAIN_FILE), 'utf8'));
    const [leaf, root] = trustedAuthorities()[0]?.certChain.map((c) => new X509Certificate(c)) ?? [];
    expect(leaf?.keyUsage).toEqual(['1.3.6.1.5.5.7.3.8']);
    expect(leaf?.ca).toBe(false);
    expect(root?.ca).toBe(true);
    expect(leaf?.checkIssued(root as X509Certificate)).toBe(true);
    expect(leaf?.verify(root?.publicKey as never)).toBe(true);
    const der = trustedAuthorities()[0]?.certChain[0] ?? new Uint8Array(0);
    const eku = AsnParser.parse(der, Certificate).tbsCertificate.extensions?.find((e) => e.extnID === '2.5.29.37');
    expect(eku?.critical).toBe(true);
  });

  it('keeps its keys private (0600) and its identity across restarts, trusted once', async () => {
    if (process.platform !== 'win32') {
      for (const file of [TSA_KEY_FILE, TSA_ROOT_KEY_FILE])
        expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
    }
    const dir = join(t.dir, 'restart');
    const first = await startLogServer({ dataDir: dir, port: 0, tsa: true });
    const chain = first.tsaChainPem;
    await first.close();
    const second = await startLogServer({ dataDir: dir, port: 0, tsa: true });
    try {
      expect(second.tsaChainPem).toBe(chain);
      const root = parseTrustedRoot(readFileSync(second.trustedRootPath, 'utf8'));
      expect(root.timestampAuthorities).toHaveLength(1);
      expect(root.timestampAuthorities[0]?.validFor.end).toBeUndefined();
    } finally {
      await second.close();
    }
  });

  it('signing_config.json lists the log (v2 and v1) and the TSA, and the selected TSA URL works', async () => {
    const config = parseSigningConfig(readFileSync(t.server.signingConfigPath, 'utf8'));
    const now = Date.now() / 1000;
    const [tsa] = selectServices(config.tsaUrls, config.tsaConfig, { now, supportedVersions: [1], what: 'TSA' });
    expect(tsa?.url).toBe(`${url}/api/v1/timestamp`);
    const res = await fetch(tsa?.url ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: query({ digest: digestOf('sha256', randomBytes(4)) }),
    });
    expect(statusOf(new Uint8Array(await res.arrayBuffer())).status).toBe(PKIStatus.granted);
    const logs = selectServices(config.rekorTlogUrls, config.rekorTlogConfig, {
      now,
      supportedVersions: [1, 2],
      what: 'log',
    });
    expect(logs.map((s) => [s.url, s.majorApiVersion])).toEqual([[url, 2]]);
  });

  it.runIf(process.platform !== 'win32')(
    'refuses to start with a TSA key others can read, and releases the port',
    async () => {
      const dir = join(t.dir, 'loose');
      const first = await startLogServer({ dataDir: dir, port: 0, tsa: true });
      const port = first.port;
      await first.close();
      chmodSync(join(dir, TSA_KEY_FILE), 0o644);
      const error = await startLogServer({ dataDir: dir, port, tsa: true }).catch((e: unknown) => e);
      expect(isCodedError(error) ? error.code : error).toBe('USAGE');
      // the same port is free again (nothing left listening), and the log itself is closed cleanly
      chmodSync(join(dir, TSA_KEY_FILE), 0o600);
      const again = await startLogServer({ dataDir: dir, port, tsa: true });
      await again.close();
    },
  );

  it('refuses a chain file that does not certify the TSA key (swapped or corrupt)', async () => {
    const a = join(t.dir, 'swap-a');
    const b = join(t.dir, 'swap-b');
    for (const dir of [a, b]) await (await startLogServer({ dataDir: dir, port: 0, tsa: true })).close();
    writeFileSync(join(a, TSA_CHAIN_FILE), readFileSync(join(b, TSA_CHAIN_FILE)));
    const swapped = await startLogServer({ dataDir: a, port: 0, tsa: true }).catch((e: unknown) => e);
    expect(isCodedError(swapped) ? swapped.code : swapped).toBe('INVALID_KEY');
    writeFileSync(join(a, TSA_CHAIN_FILE), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'.repeat(2));
    const corrupt = await startLogServer({ dataDir: a, port: 0, tsa: true }).catch((e: unknown) => e);
    expect(isCodedError(corrupt) ? corrupt.code : corrupt).toBe('INVALID_FIELD');
  });

  it('without --tsa there is no timestamp route and no TSA in the trusted root', async () => {
    const plain = await startTestServer();
    try {
      const config = parseSigningConfig(readFileSync(plain.server.signingConfigPath, 'utf8'));
      expect(config.tsaUrls).toEqual([]);
      expect(config.rekorTlogUrls.map((s) => s.majorApiVersion)).toEqual([2, 1]);
      const res = await fetch(`${plain.server.url}/api/v1/timestamp`, { method: 'POST', body: new Uint8Array(1) });
      expect(res.status).toBe(404);
      expect(parseTrustedRoot(readFileSync(plain.server.trustedRootPath, 'utf8')).timestampAuthorities).toEqual([]);
    } finally {
      await plain.cleanup();
    }
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.runIf(hasOpenssl)('openssl ts -verify', () => {
  /** Runs `openssl ts -verify` on files in the test dir; `untrusted` passes the leaf for tokens without it. */
  function opensslVerify(dataFile: string, untrusted: boolean): { status: number | null; stdout: string } {
    const dir = t.dir;
    const args = ['ts', '-verify', '-in', join(dir, 'reply.tsr'), '-data', join(dir, dataFile)];
    args.push('-CAfile', join(dir, 'root.pem'), ...(untrusted ? ['-untrusted', join(dir, 'leaf.pem')] : []));
    const run = spawnSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: run.status, stdout: run.stdout };
  }

  it.each([true, false])('accepts a reply given the chain (certReq %s)', async (certReq) => {
    const data = randomBytes(100);
    const nonce = randomBytes(8);
    nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x01;
    const res = await post(query({ digest: digestOf('sha256', data), nonce, certReq }));
    const dir = t.dir;
    const [leaf, root] = trustedAuthorities()[0]?.certChain.map((c) => new X509Certificate(c).toString()) ?? [];
    writeFileSync(join(dir, 'reply.tsr'), res.body);
    writeFileSync(join(dir, 'data.bin'), data);
    writeFileSync(join(dir, 'other.bin'), randomBytes(100));
    writeFileSync(join(dir, 'root.pem'), root ?? '');
    writeFileSync(join(dir, 'leaf.pem'), leaf ?? '');
    // with certReq the token carries the leaf, so the root alone suffices; without it the leaf must be given
    const ok = opensslVerify('data.bin', !certReq);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Verification: OK');
    if (!certReq) expect(opensslVerify('data.bin', false).status).not.toBe(0);
    // a reply over other data is refused
    expect(opensslVerify('other.bin', true).status).not.toBe(0);
  });
});
