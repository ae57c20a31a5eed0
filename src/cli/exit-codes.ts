/**
 * The ONE table from error codes to process exit codes: 0 ok, 1 verification failed or policy violated,
 * 2 usage or unreadable input (or the tool could not do its job).
 */
import { type ErrorCode, isCodedError } from '../core/errors.js';

export const EXIT_OK = 0;
export const EXIT_NOT_VERIFIED = 1;
export const EXIT_USAGE = 2;

/** Codes that mean "the evidence was read and does not hold" rather than "could not read / could not run". */
const NOT_VERIFIED: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INCLUSION_PROOF_INVALID',
  'CONSISTENCY_PROOF_INVALID',
  'NOTE_SIGNATURE_INVALID',
  'NOTE_NOT_SIGNED',
  'DSSE_SIGNATURE_INVALID',
  'ENTRY_SIGNATURE_INVALID',
  'TLOG_ENTRY_MISSING',
  'TLOG_UNKNOWN_LOG',
  'TLOG_KEY_NOT_VALID_AT_TIME',
  'TLOG_SET_INVALID',
  'TLOG_PROOF_MISSING',
  'TLOG_INCLUSION_INVALID',
  'TLOG_CHECKPOINT_INVALID',
  'TLOG_BODY_MISMATCH',
  'TLOG_INTEGRATED_TIME_INVALID',
  'ARTIFACT_DIGEST_MISMATCH',
  'SIGNATURE_INVALID',
  'KEY_UNTRUSTED',
  'CERT_CHAIN_INVALID',
  'CERT_NOT_VALID_AT_TIME',
  'SCT_INVALID',
  'IDENTITY_MISMATCH',
  'TIMESTAMP_INVALID',
  'POLICY_VIOLATION',
  'SPLIT_VIEW',
  'POLICY_CHANGED',
  'POLICY_EXCEPTION_INVALID',
  'SUBJECT_LINK_ESCAPES',
  'PROVENANCE_MISMATCH',
  'LOG_ENTRY_NOT_PROVEN',
]);

export function exitCodeFor(error: unknown): number {
  return isCodedError(error) ? exitCodeForCode(error.code) : EXIT_USAGE;
}

export function exitCodeForCode(code: ErrorCode): number {
  return NOT_VERIFIED.has(code) ? EXIT_NOT_VERIFIED : EXIT_USAGE;
}
