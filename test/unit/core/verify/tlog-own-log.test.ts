/**
 * A provlog-style log built from the real parts (entry admission, Merkle tree, signed checkpoint, SET, trusted
 * root) must produce bundles that verifyTlogEntry and verifyTlogBody accept — for P-256 and Ed25519 log keys.
 */
import { createHash } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot as ProtoTrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle, type TransparencyLogEntry } from '../../../../src/core/bundle/bundle.js';
import { parseBundle, serializeBundle } from '../../../../src/core/bundle/codec.js';
import { buildTrustedRootForLog, parseTrustedRoot } from '../../../../src/core/bundle/trust.js';
import { toBase64, toHex, utf8 } from '../../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../../src/core/dsse/envelope.js';
import { formatPublicKeyPem, keyId } from '../../../../src/core/keys/keys.js';
import type { Signer } from '../../../../src/core/keys/signer.js';
import { leafHash } from '../../../../src/core/merkle/hash.js';
import { inclusionProof } from '../../../../src/core/merkle/inclusion.js';
import { memoryNodeReader, rootAt } from '../../../../src/core/merkle/tree.js';
import { formatCheckpoint, rekorOrigin } from '../../../../src/core/note/checkpoint.js';
import { ecdsaKeyHint, formatSignedNote, noteSigner, signNote } from '../../../../src/core/note/note.js';
import { admitProposedEntry } from '../../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../../src/core/rekor/dsse.js';
import { signSet } from '../../../../src/core/rekor/set.js';
import { verifyTlogBody, verifyTlogEntry } from '../../../../src/core/verify/tlog.js';
import { errorOf as error } from '../../../helpers/errors.js';

const NAME = '127.0.0.1:3000';
const INTEGRATED = 1_750_000_000;

/** Logs one DSSE entry at index 3 of a 6-leaf tree and returns the bundle the attest flow would write. */
function logAndBundle(logSigner: Signer, artifactSigner: Signer): Bundle {
  const payload = utf8('{"_type":"https://in-toto.io/Statement/v1"}');
  const envelope = signEnvelope('application/vnd.in-toto+json', payload, artifactSigner);
  const submitted = formatEnvelope(envelope, { omitEmptyKeyid: true });
  const admitted = admitProposedEntry(proposeDsseEntry(submitted, formatPublicKeyPem(artifactSigner.publicKey)));

  const others = [0, 1, 2, 4, 5].map((i) => leafHash(utf8(`other entry ${i}`)));
  const leaves = [...others.slice(0, 3), leafHash(admitted.body), ...others.slice(3)];
  const reader = memoryNodeReader(leaves);
  const root = rootAt(6, reader);
  const text = formatCheckpoint({ origin: rekorOrigin(NAME, '1234567'), size: 6, rootHash: root, extensions: [] });
  // Rekor v1 key hint rule for every key type: SHA-256(SPKI)[:4] = logId[0:4].
  const hint = ecdsaKeyHint(logSigner.publicKey);
  const checkpoint = formatSignedNote(signNote(text, [noteSigner(NAME, logSigner, hint)]));
  const logId = keyId(logSigner.publicKey);
  const set = signSet(
    { body: toBase64(admitted.body), integratedTime: INTEGRATED, logID: toHex(logId), logIndex: 3 },
    logSigner,
  );
  const entry: TransparencyLogEntry = {
    logIndex: 3,
    logId,
    kind: admitted.kind,
    version: admitted.apiVersion,
    integratedTime: INTEGRATED,
    inclusionPromise: { signedEntryTimestamp: set },
    inclusionProof: { logIndex: 3, treeSize: 6, rootHash: root, hashes: inclusionProof(3, 6, reader), checkpoint },
    canonicalizedBody: admitted.body,
  };
  return {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    version: '0.3',
    verificationMaterial: { content: { kind: 'publicKey', hint: '' }, tlogEntries: [entry], rfc3161Timestamps: [] },
    content: { kind: 'dsseEnvelope', envelope, rawEnvelope: submitted },
  };
}

describe.each(['ecdsa-p256', 'ed25519'] as const)('a provlog log signing with %s', (algorithm) => {
  const logSigner = signerFromPem(generatePrivateKeyPem(algorithm));
  const artifactSigner = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  // The log started within the entry's second: the trusted root's start is rounded down to it.
  const trustedRoot = parseTrustedRoot(
    buildTrustedRootForLog({ baseUrl: `http://${NAME}`, publicKey: logSigner.publicKey, start: INTEGRATED + 0.75 }),
  );

  it('writes a bundle whose entry verifies on every layer, through serialize and parse', () => {
    const bundle = parseBundle(serializeBundle(logAndBundle(logSigner, artifactSigner)));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    const verified = verifyTlogEntry(entry, {
      trustedRoot,
      bundleVersion: bundle.version,
      now: INTEGRATED,
      signedContent: { content: bundle.content, key: artifactSigner.publicKey },
    });
    expect(verified.checks).toEqual({ set: true, inclusion: true, checkpoint: true, body: true });
    expect(verified.log.baseUrl).toBe(`http://${NAME}`);
    expect(verifyTlogBody(entry, bundle.content)).toEqual({ kind: 'dsse', envelopeHashMatches: true });
  });

  it('is accepted by @sigstore/verify (sigstore-js) with the same trusted root', () => {
    const json = JSON.parse(serializeBundle(logAndBundle(logSigner, artifactSigner)));
    const rootJson = buildTrustedRootForLog({
      baseUrl: `http://${NAME}`,
      publicKey: logSigner.publicKey,
      start: INTEGRATED,
    });
    const material = toTrustMaterial(ProtoTrustedRoot.fromJSON(rootJson));
    material.publicKey = () => ({ publicKey: artifactSigner.publicKey.keyObject, validFor: () => true });
    expect(() => new Verifier(material).verify(toSignedEntity(bundleFromJSON(json)))).not.toThrow();
    const wrongName = toTrustMaterial(
      ProtoTrustedRoot.fromJSON(
        buildTrustedRootForLog({ baseUrl: 'http://other.example', publicKey: logSigner.publicKey, start: 0 }),
      ),
    );
    wrongName.publicKey = material.publicKey;
    expect(() => new Verifier(wrongName).verify(toSignedEntity(bundleFromJSON(json)))).toThrow(/checkpoint/);
  });

  it('rejects the entry under another log key, and the body under another signing key', () => {
    const bundle = logAndBundle(logSigner, artifactSigner);
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined) throw new Error('no entry');
    const impostor = signerFromPem(generatePrivateKeyPem(algorithm));
    const otherRoot = parseTrustedRoot(
      buildTrustedRootForLog({ baseUrl: `http://${NAME}`, publicKey: impostor.publicKey, start: 0 }),
    );
    const ctx = { trustedRoot: otherRoot, bundleVersion: bundle.version, now: INTEGRATED };
    expect(error(() => verifyTlogEntry(entry, ctx)).code).toBe('TLOG_UNKNOWN_LOG');
    const someoneElse = signerFromPem(generatePrivateKeyPem('ecdsa-p256')).publicKey;
    expect(error(() => verifyTlogBody(entry, { content: bundle.content, key: someoneElse })).code).toBe(
      'TLOG_BODY_MISMATCH',
    );
  });

  it('reports an envelopeHash mismatch without failing when the bundle envelope was re-serialized', () => {
    const bundle = logAndBundle(logSigner, artifactSigner);
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined || bundle.content.kind !== 'dsseEnvelope') throw new Error('no entry');
    const rewritten = { ...bundle.content, rawEnvelope: `${bundle.content.rawEnvelope} ` };
    expect(verifyTlogBody(entry, rewritten).envelopeHashMatches).toBe(false);
    const digest = createHash('sha256').update(bundle.content.rawEnvelope).digest('hex');
    expect(JSON.parse(Buffer.from(entry.canonicalizedBody).toString()).spec.envelopeHash.value).toBe(digest);
  });
});
