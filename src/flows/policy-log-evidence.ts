/**
 * Evidence from the transparency log (issue 6, "what I see is what everyone sees"): search the log by digest
 * (`POST /api/v1/index/retrieve`), fetch each entry, and rebuild a Sigstore bundle from what the log returned:
 * the canonical body, SET, inclusion proof and checkpoint (verified later exactly as any bundle), plus the stored
 * DSSE envelope from `attestation.data`.
 *
 * The stored envelope is NOT covered by the log's signatures: only the body's hashes are. So before it is used,
 * the envelope must hash to the body's `envelopeHash` (dsse v0.0.1) / `hash` (intoto v0.0.2) and its payload to
 * `payloadHash`; otherwise the response was tampered with (or the log's storage is corrupt) and the evidence is
 * rejected with TLOG_BODY_MISMATCH. The verifier then checks the signature against the body's signature.
 */

import { entryUrl } from '../adapters/client/rekor-v1.js';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle, type VerificationContent } from '../core/bundle/bundle.js';
import { serializeBundle } from '../core/bundle/codec.js';
import { tlogEntryFromRekor } from '../core/bundle/from-rekor.js';
import { bytesEqual, fromBase64, fromHex, fromUtf8 } from '../core/bytes.js';
import { type Envelope, parseEnvelope } from '../core/dsse/envelope.js';
import { CodedError, isCodedError } from '../core/errors.js';
import { formatPublicKeyPem, type PublicKey } from '../core/keys/keys.js';
import { decodeEntryBody, type LogEntryAnon } from '../core/rekor/entry.js';
import { intotoEnvelopeHash } from '../core/rekor/intoto.js';
import { parseVerifierPem, sha256Hex } from '../core/rekor/verifier.js';
import type { IdentityPolicy } from '../core/verify/identity.js';

/**
 * Bounds per digest (issue 11, item 6). Anyone can log an entry naming any digest, so the entries are filtered
 * by the policy's signers BEFORE any cap, and the caps only bound work:
 *   - at most MAX_LOG_CANDIDATES entry UUIDs are considered (newest first); Rekor's and provlog's
 *     index/retrieve answer at most 1000 per query term anyway;
 *   - at most MAX_TRUSTED_ENTRIES entries signed by a trusted key or identity are fully verified.
 * Everything left out is counted and reported with the reason.
 */
export const MAX_LOG_CANDIDATES = 1000;
export const MAX_TRUSTED_ENTRIES = 25;

/** What the policy check needs from a Rekor v1 client (adapters/client/rekor-v1.ts RekorClient satisfies it). */
export interface LogSearch {
  readonly baseUrl: string;
  /**
   * Rekor v1 `POST /api/v1/index/retrieve`: by artifact digest, or by digest AND public key (PEM) with
   * `operator: 'and'` (the entries of that digest signed by that key).
   */
  searchIndex(query: { hash: string; publicKey?: string; operator?: 'and' | 'or' }): Promise<string[]>;
  getEntryByUuid(uuid: string): Promise<{ uuid: string; entry: LogEntryAnon } | undefined>;
}

/** Who the policy trusts: entries signed by anyone else are skipped before any cap. */
export interface TrustedSigners {
  keys: readonly PublicKey[];
  identities: readonly IdentityPolicy[];
}

export interface LogSearchStats {
  /** Entries the log lists for the digest (its own search cap applies). */
  candidates: number;
  /** Entries signed by a trusted key or identity, verified (at most MAX_TRUSTED_ENTRIES). */
  trusted: number;
  /** Skipped: signed by a key or identity the policy does not trust (never verified, never counted against). */
  skippedUntrusted: number;
  /** Skipped: beyond MAX_LOG_CANDIDATES or MAX_TRUSTED_ENTRIES. */
  skippedOverLimit: number;
  /** Whether the log answered the digest-and-key search (else every candidate was fetched and filtered here). */
  keySearch: boolean;
}

export interface LogEvidenceResult {
  entries: LogEvidence[];
  stats: LogSearchStats;
}

export interface LogEvidence {
  /** 80-hex (or 64-hex) entry UUID. */
  uuid: string;
  logIndex: number;
  /** `GET` link to the entry on the log that served it. */
  url: string;
  /** The rebuilt bundle as JSON text, or why it could not be rebuilt. */
  bundleText?: string;
  error?: { code: string; message: string };
}

function tampered(uuid: string, problem: string): CodedError {
  return new CodedError(
    'TLOG_BODY_MISMATCH',
    `the attestation the log returned for entry ${uuid} is not the one the entry records (${problem}): ` +
      'it was changed in transit or in the log storage; this entry is not evidence',
    { details: { uuid } },
  );
}

function certificateDer(pem: string): Uint8Array | undefined {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  return m?.[1] === undefined ? undefined : fromBase64(m[1].replace(/\s+/g, ''), 'entry certificate');
}

function verificationContent(verifierPem: string): VerificationContent {
  const der = certificateDer(verifierPem);
  return der === undefined ? { kind: 'publicKey', hint: '' } : { kind: 'certificate', certificate: der };
}

function storedEnvelope(uuid: string, entry: LogEntryAnon): { envelope: Envelope; text: string; bytes: Uint8Array } {
  const data = entry.attestation?.data;
  if (data === undefined || data === '') {
    throw new CodedError(
      'LOG_RESPONSE_INVALID',
      `log entry ${uuid} comes without its attestation (the log did not store it, e.g. over its size limit), ` +
        'so there is no provenance to check; attach the bundle beside the file instead',
      { details: { uuid } },
    );
  }
  let bytes: Uint8Array;
  let text: string;
  try {
    bytes = fromBase64(data, 'attestation.data');
    text = fromUtf8(bytes, 'attestation');
  } catch {
    throw tampered(uuid, 'it is not base64 of UTF-8 text');
  }
  try {
    return { envelope: parseEnvelope(text), text, bytes };
  } catch (cause) {
    if (isCodedError(cause)) throw tampered(uuid, `it is not a DSSE envelope: ${cause.message}`);
    throw cause;
  }
}

/**
 * A bundle (v0.3) for one log entry, or a coded error: TLOG_BODY_MISMATCH for an attestation that does not
 * match the entry, LOG_RESPONSE_INVALID for an unusable response. Pure.
 */
export function bundleFromLogEntry(uuid: string, entry: LogEntryAnon): Bundle {
  const tlogEntry = tlogEntryFromRekor(uuid, entry);
  const body = decodeEntryBody(tlogEntry.canonicalizedBody);
  const base = { mediaType: BUNDLE_V03_MEDIA_TYPE, version: '0.3' as const };
  if (body.kind === 'hashedrekord') {
    if (body.hash.algorithm !== 'sha256') {
      throw new CodedError('LOG_RESPONSE_INVALID', `log entry ${uuid} signs a ${body.hash.algorithm} digest`);
    }
    return {
      ...base,
      verificationMaterial: {
        content: verificationContent(body.publicKeyPem),
        tlogEntries: [tlogEntry],
        rfc3161Timestamps: [],
      },
      content: {
        kind: 'messageSignature',
        // Logs store the hex as submitted (Rekor accepts upper case); the digest is the same bytes either way.
        digest: { algorithm: 'SHA2_256', digest: fromHex(body.hash.value.toLowerCase(), 'entry digest') },
        signature: body.signature,
      },
    };
  }
  const { envelope, text, bytes } = storedEnvelope(uuid, entry);
  let verifierPem: string;
  if (body.kind === 'dsse') {
    if (sha256Hex(bytes) !== body.envelopeHash.value) throw tampered(uuid, 'it does not hash to envelopeHash');
    verifierPem = body.signatures[0]?.verifierPem ?? '';
  } else {
    verifierPem = body.signatures[0]?.publicKeyPem ?? '';
    if (intotoEnvelopeHash(envelope, verifierPem) !== body.hash.value) {
      throw tampered(uuid, 'it does not hash to the entry hash');
    }
  }
  if (sha256Hex(envelope.payload) !== body.payloadHash.value) {
    throw tampered(uuid, 'its payload does not hash to payloadHash');
  }
  return {
    ...base,
    verificationMaterial: {
      content: verificationContent(verifierPem),
      tlogEntries: [tlogEntry],
      rfc3161Timestamps: [],
    },
    content: { kind: 'dsseEnvelope', envelope, rawEnvelope: text },
  };
}

/** The verifiers (PEM) an entry's canonical body names; [] when the body cannot be read. */
function entryVerifierPems(uuid: string, entry: LogEntryAnon): string[] {
  try {
    const body = decodeEntryBody(tlogEntryFromRekor(uuid, entry).canonicalizedBody);
    if (body.kind === 'hashedrekord') return [body.publicKeyPem];
    if (body.kind === 'dsse') return body.signatures.map((s) => s.verifierPem);
    return body.signatures.map((s) => s.publicKeyPem);
  } catch {
    return [];
  }
}

/**
 * Is one of the entry's verifiers a trusted key, or a certificate whose SAN and issuer match a trusted identity?
 * A cheap pre-filter, not a verdict: entries that pass it are verified in full (chain, SET, signature) later.
 * Entries whose body cannot be read pass it, so the verifier names what is wrong with them.
 */
async function signedByTrusted(uuid: string, entry: LogEntryAnon, trusted: TrustedSigners): Promise<boolean> {
  const pems = entryVerifierPems(uuid, entry);
  if (pems.length === 0) return true;
  for (const pem of pems) {
    let verifier: ReturnType<typeof parseVerifierPem>;
    try {
      verifier = parseVerifierPem(pem, `entry ${uuid} verifier`);
    } catch {
      return true;
    }
    if (verifier.kind === 'publicKey') {
      if (trusted.keys.some((k) => bytesEqual(k.spki, verifier.key.spki))) return true;
    } else if (trusted.identities.length > 0 && (await certificateMatches(pem, trusted.identities))) {
      return true;
    }
  }
  return false;
}

async function certificateMatches(pem: string, identities: readonly IdentityPolicy[]): Promise<boolean> {
  const der = certificateDer(pem);
  if (der === undefined) return false;
  // Loaded only for keyless policies: the ASN.1 libraries cost ~100 ms of start-up (flows/verify.ts).
  const [{ parseCertificate }, { extractIdentity, matchesPattern }] = await Promise.all([
    import('../core/verify/certificate.js'),
    import('../core/verify/identity.js'),
  ]);
  try {
    const identity = extractIdentity(parseCertificate(der, 'entry certificate').asn);
    return identities.some((p) => matchesPattern(identity.san, p.san) && matchesPattern(identity.issuer, p.issuer));
  } catch {
    return true; // unreadable: let the verifier say why
  }
}

/** Entry UUIDs signed by one of the trusted keys (digest AND key); undefined when the log cannot search so. */
async function searchByKeys(
  log: LogSearch,
  digest: string,
  keys: readonly PublicKey[],
): Promise<Set<string> | undefined> {
  const out = new Set<string>();
  for (const key of keys) {
    try {
      for (const uuid of await log.searchIndex({ hash: digest, publicKey: formatPublicKeyPem(key), operator: 'and' })) {
        out.add(uuid);
      }
    } catch (error) {
      // A log that rejects the combined query (4xx) falls back to fetching and filtering every candidate.
      if (isCodedError(error, 'LOG_REJECTED')) return undefined;
      throw error;
    }
  }
  return out;
}

/**
 * Entries for `digest` (`sha256:<hex>`) signed by a key or identity the policy trusts, newest first, each
 * rebuilt into a bundle or carrying why not, with counts of what was skipped and why. Network failures
 * (LOG_UNREACHABLE, LOG_REJECTED, LOG_RESPONSE_INVALID from the search) propagate: the caller fails closed on them.
 *
 * Key signers are searched on the log (digest AND key), so a flood of foreign entries is not even fetched when
 * the policy trusts keys only; for identity (certificate) signers every candidate is fetched (bounded) and its
 * certificate's SAN and issuer compared before it counts.
 */
export async function fetchLogEvidence(
  log: LogSearch,
  digest: string,
  trusted: TrustedSigners,
): Promise<LogEvidenceResult> {
  const listed = [...new Set(await log.searchIndex({ hash: digest }))];
  const byKey = trusted.keys.length === 0 ? new Set<string>() : await searchByKeys(log, digest, trusted.keys);
  // Search results come oldest first (log order); the newest entries are the likeliest to satisfy max-age.
  const all = [...new Set([...listed, ...(byKey ?? [])])].reverse();
  const stats: LogSearchStats = {
    candidates: all.length,
    trusted: 0,
    skippedUntrusted: 0,
    skippedOverLimit: Math.max(0, all.length - MAX_LOG_CANDIDATES),
    keySearch: byKey !== undefined,
  };
  const out: LogEvidence[] = [];
  for (const uuid of all.slice(0, MAX_LOG_CANDIDATES)) {
    const knownTrusted = byKey?.has(uuid) === true;
    if (!knownTrusted && byKey !== undefined && trusted.identities.length === 0) {
      stats.skippedUntrusted++; // the log said: not signed by any trusted key
      continue;
    }
    if (stats.trusted >= MAX_TRUSTED_ENTRIES) {
      stats.skippedOverLimit++;
      continue;
    }
    const found = await log.getEntryByUuid(uuid);
    if (found === undefined) {
      stats.trusted++;
      out.push({
        uuid,
        logIndex: -1,
        url: entryUrl(log.baseUrl, uuid),
        error: { code: 'LOG_RESPONSE_INVALID', message: `the log listed entry ${uuid} but does not serve it` },
      });
      continue;
    }
    if (!knownTrusted && !(await signedByTrusted(found.uuid, found.entry, trusted))) {
      stats.skippedUntrusted++;
      continue;
    }
    stats.trusted++;
    const item: LogEvidence = {
      uuid: found.uuid,
      logIndex: found.entry.logIndex,
      url: entryUrl(log.baseUrl, found.uuid),
    };
    try {
      item.bundleText = serializeBundle(bundleFromLogEntry(found.uuid, found.entry));
    } catch (error) {
      if (!isCodedError(error)) throw error;
      item.error = { code: error.code, message: error.message };
    }
    out.push(item);
  }
  return { entries: out, stats };
}
