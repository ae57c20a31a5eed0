import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { toBase64, utf8 } from '../../../../src/core/bytes.js';
import {
  envelopeVerifies,
  formatEnvelope,
  parseEnvelope,
  signEnvelope,
  verifyEnvelope,
} from '../../../../src/core/dsse/envelope.js';
import { pae } from '../../../../src/core/dsse/pae.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('PAE', () => {
  it('matches the DSSE spec test vector', () => {
    expect(Buffer.from(pae('http://example.com/HelloWorld', utf8('hello world'))).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it('counts UTF-8 bytes, not characters, and handles an empty body', () => {
    expect(Buffer.from(pae('é', new Uint8Array())).toString()).toBe('DSSEv1 2 é 0 ');
  });
});

describe('DSSE envelopes', () => {
  const payload = utf8('{"_type":"https://in-toto.io/Statement/v1"}');

  for (const algorithm of ['ecdsa-p256', 'ed25519'] as const) {
    it(`sign -> format -> parse -> verify round trip (${algorithm}); tampering fails`, () => {
      const signer = signerFromPem(generatePrivateKeyPem(algorithm));
      const env = signEnvelope('application/vnd.in-toto+json', payload, signer, 'key-1');
      const parsed = parseEnvelope(formatEnvelope(env));
      expect(parsed).toEqual(env);
      expect(() => verifyEnvelope(parsed, signer.publicKey)).not.toThrow();
      expect(() => verifyEnvelope({ ...parsed, payload: utf8('{}') }, signer.publicKey)).toThrowError(
        code('DSSE_SIGNATURE_INVALID'),
      );
      expect(envelopeVerifies({ ...parsed, payloadType: 'text/plain' }, signer.publicKey)).toBe(false);
      const other = signerFromPem(generatePrivateKeyPem(algorithm));
      expect(() => verifyEnvelope(parsed, other.publicKey)).toThrowError(code('DSSE_SIGNATURE_INVALID'));
    });
  }

  it('formats in sigstore-js member order, keyid kept unless asked to omit it', () => {
    const env = { payloadType: 't', payload: utf8('p'), signatures: [{ keyid: '', sig: utf8('s') }] };
    expect(formatEnvelope(env)).toBe('{"payload":"cA==","payloadType":"t","signatures":[{"sig":"cw==","keyid":""}]}');
    expect(formatEnvelope(env, { omitEmptyKeyid: true })).toBe(
      '{"payload":"cA==","payloadType":"t","signatures":[{"sig":"cw=="}]}',
    );
  });

  it('accepts URL-safe base64 and a missing keyid, ignores unknown members', () => {
    const bytes = new Uint8Array([0xfb, 0xff]);
    const env = parseEnvelope({
      payload: Buffer.from(bytes).toString('base64url'),
      payloadType: 't',
      signatures: [{ sig: toBase64(bytes) }],
      extra: true,
    });
    expect(env.payload).toEqual(bytes);
    expect(env.signatures[0]?.keyid).toBe('');
  });

  const bad: [string, unknown][] = [
    ['not JSON', '{'],
    ['no signatures', { payload: '', payloadType: 't', signatures: [] }],
    ['a missing payloadType', { payload: '', signatures: [{ sig: 'AA==' }] }],
    ['an empty sig', { payload: '', payloadType: 't', signatures: [{ sig: '' }] }],
    ['a non-base64 payload', { payload: '***', payloadType: 't', signatures: [{ sig: 'AA==' }] }],
    ['an array', []],
  ];
  for (const [name, value] of bad) {
    it(`rejects ${name}`, () => {
      expect(() => parseEnvelope(value)).toThrowError(code('DSSE_MALFORMED'));
    });
  }
});
