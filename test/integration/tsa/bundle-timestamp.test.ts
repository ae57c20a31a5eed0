/**
 * A bundle whose DSSE signature is stamped by `provlog serve --tsa` verifies end to end with the served
 * trusted_root.json (the log's SET and the TSA's time both counted), and a tampered or foreign token makes the
 * whole verification fail with TIMESTAMP_INVALID.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { MessageImprint, TimeStampReq } from '@peculiar/asn1-tsp';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle } from '../../../src/core/bundle/codec.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { isCodedError } from '../../../src/core/errors.js';
import { signatureBytes } from '../../../src/core/verify/signature.js';
import { verifyBundle } from '../../../src/core/verify/verifier.js';
import { logOnServer, newSigner, signProvenance } from '../cli/verify-fixtures.js';
import { startTestServer, type TestServer } from '../server/fixtures.js';

let t: TestServer;
let other: TestServer;
beforeAll(async () => {
  [t, other] = await Promise.all([startTestServer({ tsa: true }), startTestServer({ tsa: true })]);
});
afterAll(async () => {
  await Promise.all([t.cleanup(), other.cleanup()]);
});

async function stamp(serverUrl: string, signature: Uint8Array): Promise<Uint8Array> {
  const req = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new OctetString(createHash('sha256').update(signature).digest()),
    }),
    certReq: true,
  });
  const res = await fetch(`${serverUrl}/api/v1/timestamp`, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: new Uint8Array(AsnConvert.serialize(req)),
  });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe('RFC 3161 time in a bundle', () => {
  const digest = randomBytes(32).toString('hex');
  const signer = newSigner();

  async function stampedBundle(tsaUrl: string, mutate: (der: Uint8Array) => Uint8Array = (d) => d) {
    const json = await logOnServer(t.server.url, signProvenance(signer, { 'app.tar.gz': digest }));
    const bundle = parseBundle(json);
    const token = await stamp(tsaUrl, signatureBytes(bundle.content));
    bundle.verificationMaterial.rfc3161Timestamps.push(mutate(token));
    return serializeBundle(bundle);
  }

  function verify(json: string) {
    const trust = parseTrustedRoot(readFileSync(t.server.trustedRootPath, 'utf8'));
    return verifyBundle(json, { algorithm: 'sha256', hex: digest }, trust, {
      keys: [signer.publicKey],
      now: Date.now() / 1000,
    });
  }

  it('verifies with the served trusted root, counting the TSA time', async () => {
    const result = verify(await stampedBundle(t.server.url));
    expect(result.timestamps.map((x) => x.source).sort()).toEqual(['rfc3161', 'tlog']);
  });

  it.each([
    ['a flipped signature byte', (der: Uint8Array) => flipLast(der)],
    ['a token from a TSA the root does not trust', undefined],
  ])('fails for %s', async (_name, mutate) => {
    const json =
      mutate === undefined ? await stampedBundle(other.server.url) : await stampedBundle(t.server.url, mutate);
    let code: string | undefined;
    try {
      verify(json);
    } catch (error) {
      code = isCodedError(error) ? error.code : 'not coded';
    }
    expect(code).toBe('TIMESTAMP_INVALID');
  });
});

/** The token ends with the ECDSA signature (the SignerInfo's last field): change its last byte. */
function flipLast(der: Uint8Array): Uint8Array {
  const out = new Uint8Array(der);
  out[out.length - 1] = (out[out.length - 1] ?? 0) ^ 0x01;
  return out;
}
