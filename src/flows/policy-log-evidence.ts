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
import { fromBase64, fromHex, fromUtf8 } from '../core/bytes.js';
import { type Envelope, parseEnvelope } from '../core/dsse/envelope.js';
import { CodedError, isCodedError } from '../core/errors.js';
import { decodeEntryBody, type LogEntryAnon } from '../core/rekor/entry.js';
import { intotoEnvelopeHash } from '../core/rekor/intoto.js';
import { sha256Hex } from '../core/rekor/verifier.js';

/** The most entries per digest we verify (newest first): a popular digest must not make the check unbounded. */
export const MAX_LOG_ENTRIES_PER_DIGEST = 10;

/** What the policy check needs from a Rekor v1 client (adapters/client/rekor-v1.ts RekorClient satisfies it). */
export interface LogSearch {
  readonly baseUrl: string;
  searchIndex(query: { hash: string }): Promise<string[]>;
  getEntryByUuid(uuid: string): Promise<{ uuid: string; entry: LogEntryAnon } | undefined>;
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
        digest: { algorithm: 'SHA2_256', digest: fromHex(body.hash.value, 'entry digest') },
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

/**
 * The newest entries for `digest` (`sha256:<hex>`), each rebuilt into a bundle or carrying why not. Network
 * failures (LOG_UNREACHABLE, LOG_REJECTED, LOG_RESPONSE_INVALID from the search) propagate: the caller fails
 * closed on them.
 */
export async function fetchLogEvidence(log: LogSearch, digest: string): Promise<LogEvidence[]> {
  const uuids = await log.searchIndex({ hash: digest });
  const newest = [...new Set(uuids)].reverse().slice(0, MAX_LOG_ENTRIES_PER_DIGEST);
  const out: LogEvidence[] = [];
  for (const uuid of newest) {
    const found = await log.getEntryByUuid(uuid);
    if (found === undefined) {
      out.push({
        uuid,
        logIndex: -1,
        url: entryUrl(log.baseUrl, uuid),
        error: { code: 'LOG_RESPONSE_INVALID', message: `the log listed entry ${uuid} but does not serve it` },
      });
      continue;
    }
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
  return out;
}
