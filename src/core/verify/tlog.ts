/**
 * Transparency-log verification of one bundle tlog entry (Rekor v1), the checks sigstore-js
 * `@sigstore/verify` makes (research/rekor-v1.md §4–§6, formats.md §1.8–§1.9):
 *   log         the entry's logId names a log of the trusted root whose key is valid at integratedTime
 *               (validFor inclusive at both ends), and integratedTime is not after `now`;
 *   version     v0.1 bundles need the SET; v0.2+ need an inclusion proof with a checkpoint;
 *   SET         the log's signature over JCS{body, integratedTime, logID, logIndex} (logIndex: virtual);
 *   inclusion   RFC 6962 proof from SHA-256(0x00 || body) at the tree-local index to the proof's root;
 *   checkpoint  a signature with key hint logId[0:4] by a signer whose name is part of the log's baseUrl
 *               (as sigstore-js requires) verifies, and the checkpoint's size and root are the proof's.
 * The binding of the entry's body to the bundle's signed content is verifyTlogBody (tlog-body checks).
 * Each failure is a CodedError whose TLOG_* code names the layer.
 */

import {
  type BundleContent,
  type BundleVersion,
  hashAlgorithmOf,
  type TransparencyLogEntry,
} from '../bundle/bundle.js';
import type { TlogInstance, TrustedRoot } from '../bundle/trust.js';
import { bytesEqual, fromBase64Loose, toBase64, toHex } from '../bytes.js';
import { CodedError, type ErrorCode, isCodedError } from '../errors.js';
import { formatPem, formatPublicKeyPem, type PublicKey, publicKeyFromKeyObject } from '../keys/keys.js';
import { leafHash } from '../merkle/hash.js';
import { verifyInclusion } from '../merkle/inclusion.js';
import { type Checkpoint, parseSignedCheckpoint } from '../note/checkpoint.js';
import type { SignedNote } from '../note/note.js';
import { type CanonicalBody, decodeEntryBody } from '../rekor/entry.js';
import { verifySet } from '../rekor/set.js';
import { parseVerifierPem, sha256Hex } from '../rekor/verifier.js';
import { verifyTextSignatureCached } from './cache.js';
import { loadCertificate } from './x509.js';

/** What a log entry must record: the bundle content and, optionally, who signed it. */
export interface SignedContent {
  content: BundleContent;
  /** When given, the entry's verifier must be this key (key-signed bundles). */
  key?: PublicKey;
  /** When given (DER leaf), the entry's verifier must be this certificate (keyless bundles). */
  certificate?: Uint8Array;
}

export interface TlogContext {
  trustedRoot: TrustedRoot;
  bundleVersion: BundleVersion;
  /** Unix seconds. integratedTime must not be later; callers add any clock-skew allowance. */
  now: number;
  /** When given, the body check (verifyTlogBody) runs too. */
  signedContent?: SignedContent | BundleContent;
}

export interface VerifiedTlogEntry {
  /** Global (virtual) index. */
  logIndex: number;
  integratedTime: number;
  log: TlogInstance;
  /** Which layers were present and verified (absent layers are false; a failed layer throws). */
  checks: { set: boolean; inclusion: boolean; checkpoint: boolean; body: boolean };
}

function fail(code: ErrorCode, message: string, entry: TransparencyLogEntry, cause?: unknown): never {
  throw new CodedError(code, `tlog entry ${entry.logIndex}: ${message}`, {
    cause,
    details: { logIndex: entry.logIndex, logId: toHex(entry.logId) },
  });
}

/** Verifies one entry; see the module comment for the layers and their order. */
export function verifyTlogEntry(entry: TransparencyLogEntry, ctx: TlogContext): VerifiedTlogEntry {
  const log = findLog(entry, ctx.trustedRoot);
  if (entry.integratedTime > ctx.now) {
    fail('TLOG_INTEGRATED_TIME_INVALID', `integrated time ${entry.integratedTime} is in the future`, entry);
  }

  const promise = entry.inclusionPromise;
  const proof = entry.inclusionProof;
  if (ctx.bundleVersion === '0.1' && promise === undefined) {
    fail('TLOG_PROOF_MISSING', 'a v0.1 bundle entry needs an inclusion promise (SET)', entry);
  }
  if (ctx.bundleVersion !== '0.1' && proof?.checkpoint === undefined) {
    const what = proof === undefined ? 'an inclusion proof' : 'a checkpoint with its inclusion proof';
    fail('TLOG_PROOF_MISSING', `a v${ctx.bundleVersion} bundle entry needs ${what}`, entry);
  }

  const checks = { set: false, inclusion: false, checkpoint: false, body: false };
  if (promise !== undefined) {
    const fields = {
      body: toBase64(entry.canonicalizedBody),
      integratedTime: entry.integratedTime,
      logID: toHex(entry.logId),
      logIndex: entry.logIndex,
    };
    if (!verifySet(fields, promise.signedEntryTimestamp, log.publicKey)) {
      fail('TLOG_SET_INVALID', `the signed entry timestamp does not verify with the key of ${log.baseUrl}`, entry);
    }
    checks.set = true;
  }

  if (proof !== undefined) {
    try {
      verifyInclusion(proof.logIndex, proof.treeSize, leafHash(entry.canonicalizedBody), proof.hashes, proof.rootHash);
    } catch (cause) {
      if (!isCodedError(cause)) throw cause;
      fail('TLOG_INCLUSION_INVALID', `inclusion proof does not verify: ${cause.message}`, entry, cause);
    }
    checks.inclusion = true;
    if (proof.checkpoint !== undefined) {
      const checkpoint = verifyCheckpoint(proof.checkpoint, entry, log);
      if (checkpoint.size !== proof.treeSize || !bytesEqual(checkpoint.rootHash, proof.rootHash)) {
        fail(
          'TLOG_CHECKPOINT_INVALID',
          `the checkpoint (size ${checkpoint.size}) is not the tree head the proof is for (size ${proof.treeSize})`,
          entry,
        );
      }
      checks.checkpoint = true;
    }
  }

  if (!checks.set && !checks.inclusion) {
    fail('TLOG_PROOF_MISSING', 'the entry has neither an inclusion promise nor an inclusion proof', entry);
  }
  if (ctx.signedContent !== undefined) {
    verifyTlogBody(entry, ctx.signedContent);
    checks.body = true;
  }
  return { logIndex: entry.logIndex, integratedTime: entry.integratedTime, log, checks };
}

/** The trusted log with this entry's logId whose key is valid at the integrated time. */
function findLog(entry: TransparencyLogEntry, root: TrustedRoot): TlogInstance {
  const candidates = root.tlogs.filter((t) => bytesEqual(t.logId, entry.logId));
  if (candidates.length === 0) {
    fail('TLOG_UNKNOWN_LOG', `log ${toBase64(entry.logId)} is not in the trusted root`, entry);
  }
  const t = entry.integratedTime;
  const valid = candidates.find((c) => c.validFor.start <= t && (c.validFor.end === undefined || t <= c.validFor.end));
  if (valid === undefined) {
    fail(
      'TLOG_KEY_NOT_VALID_AT_TIME',
      `the key of ${candidates[0]?.baseUrl} is not valid at the integrated time ${t} per the trusted root`,
      entry,
    );
  }
  return valid;
}

/** Parses the signed checkpoint and verifies the log's own signature on it. */
function verifyCheckpoint(raw: string, entry: TransparencyLogEntry, log: TlogInstance): Checkpoint {
  let note: SignedNote;
  let checkpoint: Checkpoint;
  try {
    ({ note, checkpoint } = parseSignedCheckpoint(raw));
  } catch (cause) {
    if (!isCodedError(cause)) throw cause;
    fail('TLOG_CHECKPOINT_INVALID', `checkpoint does not parse: ${cause.message}`, entry, cause);
  }
  const hint = entry.logId.byteLength >= 4 ? new DataView(entry.logId.buffer, entry.logId.byteOffset).getUint32(0) : -1;
  const ours = note.signatures.filter((s) => s.keyHint === hint && log.baseUrl.includes(s.name));
  if (ours.length === 0) {
    const hintHex = toHex(entry.logId.slice(0, 4));
    fail('TLOG_CHECKPOINT_INVALID', `checkpoint has no signature with key hint ${hintHex} by ${log.baseUrl}`, entry);
  }
  // Bundles of one log share checkpoints: a verified (key, text, signature) triple is remembered (cache.ts).
  if (!ours.some((s) => verifyTextSignatureCached(log.publicKey, note.text, s.signature))) {
    fail('TLOG_CHECKPOINT_INVALID', `the checkpoint signature does not verify with the key of ${log.baseUrl}`, entry);
  }
  return checkpoint;
}

/**
 * TLOG_BODY_MISMATCH unless the entry's canonical body records exactly this signed content (sigstore-js
 * `verifyTLogBody`): kind/version as in kindVersion; hashedrekord: same signature and digest; dsse: one
 * signature equal to the envelope's, payloadHash = SHA-256(payload); intoto 0.0.2: one (double-base64)
 * signature equal to the envelope's, payloadHash = SHA-256(payload). The recorded key/certificate must be
 * the given one. dsse `envelopeHash` is compared when the bundle's envelope text is the submitted one: the
 * result says whether it matched (a mismatch alone is not an error, since other clients re-serialize).
 */
export function verifyTlogBody(
  entry: TransparencyLogEntry,
  signed: SignedContent | BundleContent,
): { kind: CanonicalBody['kind']; envelopeHashMatches?: boolean } {
  const s: SignedContent = 'content' in signed ? signed : { content: signed };
  const mismatch = (problem: string, cause?: unknown): never =>
    fail('TLOG_BODY_MISMATCH', `the log entry does not record this bundle: ${problem}`, entry, cause);
  let body: CanonicalBody;
  try {
    body = decodeEntryBody(entry.canonicalizedBody);
  } catch (cause) {
    if (!isCodedError(cause)) throw cause;
    return mismatch(`the body does not decode (${cause.message})`, cause);
  }
  if (body.kind !== entry.kind || body.apiVersion !== entry.version) {
    mismatch(`body is ${body.kind} ${body.apiVersion}, kindVersion says ${entry.kind} ${entry.version}`);
  }
  const content = s.content;
  if (body.kind === 'hashedrekord') {
    if (content.kind !== 'messageSignature') return mismatch('a hashedrekord entry for a DSSE bundle');
    if (!bytesEqual(body.signature, content.signature)) mismatch('signature differs');
    const algorithm = hashAlgorithmOf(content.digest.algorithm);
    if (body.hash.algorithm !== algorithm || body.hash.value !== toHex(content.digest.digest)) {
      mismatch(`digest differs (entry ${body.hash.algorithm}:${body.hash.value})`);
    }
    checkVerifier(body.publicKeyPem, s, mismatch);
    return { kind: body.kind };
  }
  if (content.kind !== 'dsseEnvelope') return mismatch(`a ${body.kind} entry for a message-signature bundle`);
  const env = content.envelope;
  const envSig = env.signatures[0]?.sig;
  if (env.signatures.length !== 1 || envSig === undefined) mismatch('the envelope must hold exactly one signature');
  const payloadHash = sha256Hex(env.payload);
  if (body.kind === 'dsse') {
    const [only, ...more] = body.signatures;
    if (only === undefined || more.length > 0) return mismatch('the entry must record exactly one signature');
    if (!bytesEqual(decodeSig(only.signature, mismatch), envSig ?? new Uint8Array(0))) mismatch('signature differs');
    if (body.payloadHash.value !== payloadHash) mismatch('payloadHash is not the SHA-256 of the payload');
    checkVerifier(only.verifierPem, s, mismatch);
    return { kind: body.kind, envelopeHashMatches: sha256Hex(content.rawEnvelope) === body.envelopeHash.value };
  }
  const [only, ...more] = body.signatures;
  if (only === undefined || more.length > 0) return mismatch('the entry must record exactly one signature');
  if (only.sig === null || !bytesEqual(only.sig, envSig ?? new Uint8Array(0))) mismatch('signature differs');
  if (body.payloadHash.value !== payloadHash) mismatch('payloadHash is not the SHA-256 of the payload');
  if (body.payload !== undefined && !bytesEqual(body.payload, env.payload)) mismatch('payload differs');
  checkVerifier(only.publicKeyPem, s, mismatch);
  return { kind: body.kind };
}

function decodeSig(text: string, mismatch: (problem: string, cause?: unknown) => never): Uint8Array {
  try {
    return fromBase64Loose(text);
  } catch (cause) {
    return mismatch('the recorded signature is not base64', cause);
  }
}

/**
 * Fast path for checkVerifier: Rekor stores verifiers in Go's canonical PEM, so the recorded text is normally
 * exactly the canonical PEM of the bundle's certificate (or key). When it is, and that certificate and its key
 * load (the verifier already parsed the leaf: a cache hit), parsing the text again would give the same
 * certificate or key and checkVerifier's comparison would pass. Anything else takes the full path, with its
 * exact errors.
 */
function recordsExactly(pem: string, s: SignedContent): boolean {
  // intoto entries store the PEM without its final newline (their bodies are hashed as the client sent them).
  const same = (canonical: string) => pem === canonical || pem === canonical.slice(0, -1);
  if (s.certificate === undefined) return s.key !== undefined && same(formatPublicKeyPem(s.key));
  if (!same(formatPem('CERTIFICATE', s.certificate))) return false;
  try {
    publicKeyFromKeyObject(loadCertificate(s.certificate).publicKey);
    return true;
  } catch {
    return false;
  }
}

/** The recorded verifier must be the given certificate, else the given key (when the caller names one). */
function checkVerifier(pem: string, s: SignedContent, mismatch: (problem: string, cause?: unknown) => never): void {
  if (s.certificate === undefined && s.key === undefined) return;
  if (recordsExactly(pem, s)) return;
  let verifier: ReturnType<typeof parseVerifierPem>;
  try {
    verifier = parseVerifierPem(pem, 'entry verifier');
  } catch (cause) {
    verifier = mismatch('the recorded key does not parse', cause);
  }
  if (s.certificate !== undefined) {
    if (verifier.kind !== 'certificate' || !verifier.canonicalPem.startsWith(formatPem('CERTIFICATE', s.certificate))) {
      mismatch('the recorded certificate is not the bundle certificate');
    }
  } else if (s.key !== undefined && !bytesEqual(verifier.key.spki, s.key.spki)) {
    mismatch('the recorded public key is not the signing key');
  }
}
