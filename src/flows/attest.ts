/**
 * The attest pipeline, shared by the GitHub Action and `provlog attest`:
 *   subjects -> in-toto Statement v1 (SLSA v1 or a custom predicate) -> DSSE envelope signed with the user's key
 *   -> Rekor v1 `dsse` 0.0.1 entry -> the log's response verified in full (SET, inclusion proof, signed
 *   checkpoint, body binds exactly this envelope) -> Sigstore bundle v0.3.
 * Nothing is reported as done before the verification passes. Release attachment is a separate step
 * (attest-release.ts) because the CLI has no release.
 */
import { entryUrl as logEntryUrl, type RekorClient } from '../adapters/client/rekor-v1.js';
import type { HashProgress } from '../adapters/files/hash.js';
import { readTrustedRoot } from '../adapters/files/trust.js';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle, type TransparencyLogEntry } from '../core/bundle/bundle.js';
import { serializeBundle, tlogEntryFromRekor } from '../core/bundle/codec.js';
import { publicGoodTrustedRoot } from '../core/bundle/public-good-root.js';
import type { TrustedRoot } from '../core/bundle/trust.js';
import { toHex } from '../core/bytes.js';
import { formatEnvelope, signEnvelope, verifyEnvelope } from '../core/dsse/envelope.js';
import { CodedError } from '../core/errors.js';
import { type BuildContext, buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../core/intoto/slsa.js';
import {
  buildStatement,
  IN_TOTO_PAYLOAD_TYPE,
  type Statement,
  type Subject,
  serializeStatement,
} from '../core/intoto/statement.js';
import { fingerprint, formatPem, formatPublicKeyPem } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import { proposeDsseEntry } from '../core/rekor/dsse.js';
import { type VerifiedTlogEntry, verifyTlogEntry } from '../core/verify/tlog.js';
import type { Reporter } from './reporter.js';
import { resolveSubjects, type SubjectSpec } from './subjects.js';

/** Clock skew tolerated between this machine and the log when checking integratedTime. */
const MAX_LOG_CLOCK_SKEW_SECONDS = 300;

export type PredicateSpec = { kind: 'slsa'; context: BuildContext } | { kind: 'custom'; type: string; value: unknown };

export interface AttestRequest {
  subjects: Subject[];
  predicate: PredicateSpec;
  signer: Signer;
  /**
   * Keyless: the signer's certificate (leaf DER, checked by flows/keyless.ts). The log entry then names the
   * certificate as verifier and the bundle carries it (`verificationMaterial.certificate`) instead of a key hint.
   */
  certificate?: Uint8Array;
  log: { client: RekorClient; url: string; trustedRoot: TrustedRoot };
  /** Unix milliseconds. */
  now: () => number;
  reporter: Reporter;
}

/** The proof facts people copy into release notes and outputs (hex, like Rekor's REST API). */
export interface InclusionProofSummary {
  logIndex: number;
  treeSize: number;
  rootHash: string;
  hashes: string[];
  checkpoint: string;
}

export interface AttestResult {
  statement: Statement;
  bundle: Bundle;
  /** The bundle as written to disk and to the release (one JSON line + newline, so it is also valid JSONL). */
  bundleJson: string;
  entry: {
    /** 80 hex when the log has a tree ID, else the 64-hex leaf hash. */
    uuid: string;
    logIndex: number;
    integratedTime: number;
    logUrl: string;
    entryUrl: string;
    /** The log already held this exact entry (a re-run): the existing one was fetched and verified. */
    adopted: boolean;
    inclusionProof: InclusionProofSummary;
  };
  /** Hex SHA-256 of the signing key's DER SPKI. */
  keyFingerprint: string;
  verified: VerifiedTlogEntry;
}

/**
 * What attest needs before it can sign, fetched together because hashing dominates: the trust root (built in
 * for the public-good log, else the pinned file), the subjects (hashed), and the log's tree head, so an
 * unreachable log fails the run before the hashing is wasted (and the open connection is reused for the entry).
 */
export async function prepareAttest(args: {
  client: RekorClient;
  url: string;
  trustedRootPath: string | undefined;
  subjects: SubjectSpec;
  baseDir: string;
  onProgress?: (progress: HashProgress) => void;
}): Promise<{ log: AttestRequest['log']; subjects: Subject[] }> {
  const [trustedRoot, subjects] = await Promise.all([
    args.trustedRootPath === undefined ? publicGoodTrustedRoot() : readTrustedRoot(args.trustedRootPath),
    resolveSubjects(args.subjects, {
      baseDir: args.baseDir,
      ...(args.onProgress === undefined ? {} : { onProgress: args.onProgress }),
    }),
    args.client.getLogInfo(),
  ]);
  return { log: { client: args.client, url: args.url, trustedRoot }, subjects };
}

export async function attest(req: AttestRequest): Promise<AttestResult> {
  const { signer, reporter } = req;
  const predicateType = req.predicate.kind === 'slsa' ? SLSA_PREDICATE_TYPE : req.predicate.type;
  const predicate = req.predicate.kind === 'slsa' ? buildSlsaPredicate(req.predicate.context) : req.predicate.value;
  const statement = buildStatement(req.subjects, predicateType, predicate);

  const keyFingerprint = fingerprint(signer.publicKey);
  const certificate = req.certificate;
  // The bundle's key hint must equal the DSSE keyid (Sigstore bundle spec), so both carry the fingerprint;
  // a keyless envelope has no hint to match and an empty keyid, as sigstore-js writes it.
  const keyid = certificate === undefined ? keyFingerprint : '';
  const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer, keyid);
  verifyEnvelope(envelope, signer.publicKey);
  // Rekor's envelopeHash is the SHA-256 of exactly this string: submit it and keep it in the bundle unchanged.
  const envelopeJson = formatEnvelope(envelope);

  reporter.info(`Recording the signed statement (${req.subjects.length} subject(s)) in ${req.log.url}`);
  const created = await req.log.client.createEntry(
    proposeDsseEntry(
      envelopeJson,
      certificate === undefined ? formatPublicKeyPem(signer.publicKey) : formatPem('CERTIFICATE', certificate),
    ),
  );
  if (created.adopted) reporter.notice(`The log already held this entry (${created.uuid}); using it.`);

  const tlogEntry = tlogEntryFromRekor(created.uuid, created.entry);
  const bundle: Bundle = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    version: '0.3',
    verificationMaterial: {
      content:
        certificate === undefined ? { kind: 'publicKey', hint: keyFingerprint } : { kind: 'certificate', certificate },
      tlogEntries: [tlogEntry],
      rfc3161Timestamps: [],
    },
    content: { kind: 'dsseEnvelope', envelope, rawEnvelope: envelopeJson },
  };
  const verified = verifyTlogEntry(tlogEntry, {
    trustedRoot: req.log.trustedRoot,
    bundleVersion: '0.3',
    now: Math.floor(req.now() / 1000) + MAX_LOG_CLOCK_SKEW_SECONDS,
    signedContent: { content: bundle.content, key: signer.publicKey },
  });
  if (!verified.checks.inclusion || !verified.checks.checkpoint || !verified.checks.body) {
    throw new CodedError(
      'LOG_RESPONSE_INVALID',
      `the log's answer lacks an inclusion proof with a signed checkpoint (checks: ${JSON.stringify(verified.checks)}); refusing to report the entry as recorded`,
    );
  }

  const entryUrl = logEntryUrl(req.log.url, created.uuid);
  reporter.info(`Log entry ${verified.logIndex} verified: SET, inclusion proof, checkpoint signature, body`);
  return {
    statement,
    bundle,
    bundleJson: `${serializeBundle(bundle)}\n`,
    entry: {
      uuid: created.uuid,
      logIndex: verified.logIndex,
      integratedTime: verified.integratedTime,
      logUrl: req.log.url,
      entryUrl,
      adopted: created.adopted,
      inclusionProof: summarizeProof(tlogEntry),
    },
    keyFingerprint,
    verified,
  };
}

function summarizeProof(entry: TransparencyLogEntry): InclusionProofSummary {
  const proof = entry.inclusionProof;
  if (proof === undefined || proof.checkpoint === undefined) {
    throw new CodedError('LOG_RESPONSE_INVALID', 'the log returned no inclusion proof with a checkpoint');
  }
  return {
    logIndex: proof.logIndex,
    treeSize: proof.treeSize,
    rootHash: toHex(proof.rootHash),
    hashes: proof.hashes.map(toHex),
    checkpoint: proof.checkpoint,
  };
}
