/**
 * Real keys and real admitted entries for log tests: hashedrekord and dsse proposals signed by a fresh client
 * key and admitted by the same code the server runs (admitProposedEntry, signatures verified).
 */
import { createHash } from 'node:crypto';
import { generatePrivateKeyPem, signerFromPem } from '../../src/adapters/crypto/node-signer.js';
import { fromBase64, fromHex, toHex, utf8 } from '../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../src/core/dsse/envelope.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../src/core/keys/keys.js';
import type { Signer } from '../../src/core/keys/signer.js';
import { leafHash } from '../../src/core/merkle/hash.js';
import { verifyInclusion } from '../../src/core/merkle/inclusion.js';
import { type Checkpoint, parseSignedCheckpoint } from '../../src/core/note/checkpoint.js';
import { ecdsaKeyHint, noteVerifier, verifyNote } from '../../src/core/note/note.js';
import { admitProposedEntry } from '../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../src/core/rekor/dsse.js';
import { type AdmittedEntry, entryId } from '../../src/core/rekor/entry.js';
import { proposeHashedRekordEntry } from '../../src/core/rekor/hashedrekord.js';
import { verifySet } from '../../src/core/rekor/set.js';
import { type LogEntryView, TransparencyLog, type TransparencyLogOptions } from '../../src/log/log.js';
import type { LogStorage } from '../../src/log/storage.js';

export function newSigner(): Signer {
  return signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/** A hashedrekord entry over the artifact text `name`, admitted with its signature verified. */
export function hashedRekordEntry(client: Signer, name: string): AdmittedEntry {
  const artifact = utf8(name);
  return admitProposedEntry(
    proposeHashedRekordEntry({
      digest: sha256(artifact),
      signature: client.sign(artifact),
      publicKeyPem: formatPublicKeyPem(client.publicKey),
    }),
  );
}

/** A dsse entry whose in-toto statement names one subject with digest sha256(`name`); keeps its envelope. */
export function dsseEntry(client: Signer, name: string): { entry: AdmittedEntry; subjectDigest: string } {
  const subjectDigest = Buffer.from(sha256(utf8(name))).toString('hex');
  const statement = buildStatement([{ name, digest: { sha256: subjectDigest } }], 'https://example.com/test/v1', {});
  const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), client);
  const proposed = proposeDsseEntry(formatEnvelope(envelope), formatPublicKeyPem(client.publicKey));
  return { entry: admitProposedEntry(proposed), subjectDigest };
}

export const TEST_NAME = '127.0.0.1:3000';
export const TEST_TREE_ID = '2605736670972794746';

/** A settable clock (unix ms), so integratedTime is known. */
export function fixedClock(ms = 1_760_000_000_000): { now: () => number; set(ms: number): void } {
  let t = ms;
  return {
    now: () => t,
    set(value: number) {
      t = value;
    },
  };
}

export function openTestLog(
  storage: LogStorage,
  signer: Signer,
  extra: Partial<TransparencyLogOptions> = {},
): TransparencyLog {
  return TransparencyLog.open({
    storage,
    signer,
    name: TEST_NAME,
    clock: fixedClock().now,
    newTreeId: () => TEST_TREE_ID,
    ...extra,
  });
}

/**
 * Verifies a view the way a Sigstore client would, with the core verifiers: the checkpoint is signed by the
 * log key (Rekor v1 key hint) and names the proof's size and root, the inclusion proof leads from the body's
 * leaf hash to that root, and the SET verifies. Returns the parsed checkpoint.
 */
export function verifyView(view: LogEntryView, log: TransparencyLog): Checkpoint {
  const { entry } = view;
  const proof = entry.verification.inclusionProof;
  const set = entry.verification.signedEntryTimestamp;
  if (proof === undefined || set === undefined) throw new Error('view lacks a proof or SET');
  const { note, checkpoint } = parseSignedCheckpoint(proof.checkpoint);
  verifyNote(note, [noteVerifier(TEST_NAME, log.publicKey, ecdsaKeyHint(log.publicKey))]);
  if (checkpoint.size !== proof.treeSize || toHex(checkpoint.rootHash) !== proof.rootHash) {
    throw new Error('checkpoint does not match the proof');
  }
  if (checkpoint.origin !== log.origin) throw new Error('wrong origin');
  const body = fromBase64(entry.body);
  const leaf = leafHash(body);
  if (view.uuid !== entryId(log.treeId, body)) throw new Error('uuid mismatch');
  verifyInclusion(
    proof.logIndex,
    proof.treeSize,
    leaf,
    proof.hashes.map((h) => fromHex(h)),
    checkpoint.rootHash,
  );
  const fields = {
    body: entry.body,
    integratedTime: entry.integratedTime,
    logID: entry.logID,
    logIndex: entry.logIndex,
  };
  if (!verifySet(fields, fromBase64(set), log.publicKey)) throw new Error('SET does not verify');
  if (entry.logID !== log.logIdHex) throw new Error('wrong log ID');
  return checkpoint;
}
