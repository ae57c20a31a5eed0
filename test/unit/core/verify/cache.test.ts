import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TransparencyLogEntry } from '../../../../src/core/bundle/bundle.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../../src/core/bundle/trust.js';
import {
  type PublicKey,
  parsePublicKeyPem,
  publicKeyFromKeyObject,
  verifySignature,
} from '../../../../src/core/keys/keys.js';
import { BoundedCache, ChainMemoizer, verifyTextSignatureCached } from '../../../../src/core/verify/cache.js';
import { verifyCertificateChain } from '../../../../src/core/verify/certificate.js';
import { verifyTlogEntry } from '../../../../src/core/verify/tlog.js';
import { codeOf } from '../../../helpers/errors.js';
import { conformanceBundle, integratedTime, leafOf, NOW, vectorText } from './vectors.js';

function p256(): { key: PublicKey; signText: (text: string) => Uint8Array } {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = parsePublicKeyPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  return { key, signText: (text) => new Uint8Array(sign('sha256', Buffer.from(text), pair.privateKey)) };
}

const freshProductionRoot = (): TrustedRoot => parseTrustedRoot(vectorText('trust/trusted_root.production.json'));

describe('BoundedCache', () => {
  it('keeps at most `limit` entries, dropping the oldest insertion first', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3); // re-setting refreshes 'a': 'b' is now the oldest
    cache.set('c', 4);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(3);
    expect(cache.get('c')).toBe(4);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
    expect(() => new BoundedCache(1.5)).toThrow(RangeError);
  });
});

describe('verifyTextSignatureCached (checkpoint signatures)', () => {
  it('gives the same answers as verifySignature, repeated calls included', () => {
    const { key, signText } = p256();
    const text = 'rekor.sigstore.dev - 1193050959916656506\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';
    const sig = signText(text);
    for (let i = 0; i < 3; i++) {
      expect(verifyTextSignatureCached(key, text, sig)).toBe(true);
      expect(verifySignature(key, Buffer.from(text), sig)).toBe(true);
    }
  });

  it('a remembered success never lets a different text, signature or key pass', () => {
    const signer = p256();
    const other = p256();
    const text = 'log.example\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';
    const sig = signer.signText(text);
    expect(verifyTextSignatureCached(signer.key, text, sig)).toBe(true); // now cached

    expect(verifyTextSignatureCached(signer.key, text.replace('\n7\n', '\n8\n'), sig)).toBe(false);
    const tampered = sig.slice();
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(verifyTextSignatureCached(signer.key, text, tampered)).toBe(false);
    expect(verifyTextSignatureCached(other.key, text, sig)).toBe(false);
    // Same KeyObject, different algorithm claim (another hash): not served from the cache.
    const claimed: PublicKey = { ...signer.key, algorithm: 'ecdsa-p384' };
    expect(verifyTextSignatureCached(claimed, text, sig)).toBe(verifySignature(claimed, Buffer.from(text), sig));
    expect(verifyTextSignatureCached(claimed, text, sig)).toBe(false);
    // The original still verifies, and failures were not remembered as anything.
    expect(verifyTextSignatureCached(signer.key, text, sig)).toBe(true);
  });

  it('stays correct past its bound', () => {
    const { key, signText } = p256();
    const texts = Array.from({ length: 300 }, (_, i) => `log.example\n${i}\nAAAA\n`);
    const sigs = texts.map(signText);
    for (const [i, text] of texts.entries())
      expect(verifyTextSignatureCached(key, text, sigs[i] ?? new Uint8Array())).toBe(true);
    for (const [i, text] of texts.entries()) {
      expect(verifyTextSignatureCached(key, text, sigs[i] ?? new Uint8Array())).toBe(true);
      expect(verifyTextSignatureCached(key, text, sigs[(i + 1) % texts.length] ?? new Uint8Array())).toBe(false);
    }
  });

  it('works with keys built from a KeyObject (lazy SPKI, same bytes as a parsed key)', () => {
    const { key, signText } = p256();
    const fromObject = publicKeyFromKeyObject(key.keyObject);
    expect(fromObject.algorithm).toBe('ecdsa-p256');
    expect(Buffer.from(fromObject.spki).equals(Buffer.from(key.spki))).toBe(true);
    expect(verifyTextSignatureCached(fromObject, 'x\n', signText('x\n'))).toBe(true);
  });

  it('through verifyTlogEntry: a cached checkpoint does not make an edited checkpoint text pass', () => {
    const root = freshProductionRoot();
    const bundle = conformanceBundle('happy-path-v0.3');
    const [entry] = bundle.verificationMaterial.tlogEntries;
    if (entry?.inclusionProof?.checkpoint === undefined) throw new Error('vector has no checkpoint');
    const ctx = { trustedRoot: root, bundleVersion: bundle.version, now: NOW };
    expect(verifyTlogEntry(entry, ctx).checks.checkpoint).toBe(true);
    expect(verifyTlogEntry(entry, ctx).checks.checkpoint).toBe(true); // served from the cache

    const checkpoint = entry.inclusionProof.checkpoint;
    const [origin = ''] = checkpoint.split('\n');
    const edited: TransparencyLogEntry = {
      ...entry,
      inclusionProof: { ...entry.inclusionProof, checkpoint: checkpoint.replace(origin, `${origin}0`) },
    };
    expect(codeOf(() => verifyTlogEntry(edited, ctx))).toBe('TLOG_CHECKPOINT_INVALID');
  });
});

describe('ChainMemoizer', () => {
  it('computes once per owner and byte-identical chain, again when the bytes change', () => {
    const memo = new ChainMemoizer<object, number>();
    const owner = {};
    const chain = [new Uint8Array([1, 2, 3]), new Uint8Array([4])];
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.get(owner, chain, compute)).toBe(1);
    expect(memo.get(owner, chain, compute)).toBe(1);
    expect(memo.get(owner, [new Uint8Array([1, 2, 3]), new Uint8Array([4])], compute)).toBe(1); // same bytes
    const [first] = chain;
    if (first === undefined) throw new Error('empty chain');
    first[0] = 9; // mutated in place
    expect(memo.get(owner, chain, compute)).toBe(2);
    expect(memo.get(owner, chain.slice(0, 1), compute)).toBe(3); // a shorter chain
    expect(memo.get({}, chain.slice(0, 1), compute)).toBe(4); // another owner
  });
});

describe('verifyCertificateChain with memoised authority chains', () => {
  const happy = conformanceBundle('happy-path-v0.3');
  const leaf = leafOf(happy);
  const time = integratedTime(happy);

  it('returns the same result on repeat, and a copy of the path each time', () => {
    const cas = freshProductionRoot().certificateAuthorities;
    const a = verifyCertificateChain(leaf, [], cas, [time]);
    const b = verifyCertificateChain(leaf, [], cas, [time]);
    expect(b.path.map((c) => c.x509.fingerprint256)).toEqual(a.path.map((c) => c.x509.fingerprint256));
    expect(b.authority).toBe(a.authority);
    expect(b.path).not.toBe(a.path);
  });

  it('an authority whose certificates change after a successful check is checked again', () => {
    const cas = freshProductionRoot().certificateAuthorities;
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [time]))).toBeUndefined();
    const fulcio = cas.find((ca) => ca.certChain.length === 2);
    const intermediate = fulcio?.certChain[0];
    if (intermediate === undefined) throw new Error('no intermediate in the production root');

    // Break the intermediate's signature (the last byte of its DER) in place: the memo must not answer.
    const last = intermediate.byteLength - 1;
    const original = intermediate[last] ?? 0;
    intermediate[last] = original ^ 1;
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [time]))).toBe('CERT_CHAIN_INVALID');
    intermediate[last] = original;
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [time]))).toBeUndefined();

    // Replace the anchor with a certificate that did not sign the intermediate.
    if (fulcio === undefined) throw new Error('unexpected production root');
    const tsaRoot = freshProductionRoot().timestampAuthorities[0]?.certChain.at(-1);
    if (tsaRoot === undefined) throw new Error('no TSA root');
    fulcio.certChain[1] = tsaRoot;
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [time]))).toBe('CERT_CHAIN_INVALID');
  });
});
