/**
 * The ONE table from ErrorCode to HTTP status for the log server, and the Rekor error body.
 *
 * Rekor v1 answers every failure with `{"code": <HTTP status>, "message": "..."}` (research/rekor-v1.md §1,
 * go-openapi `Error`); clients key off the HTTP status, sigstore-js shows `message`. We keep that shape and add
 * our own code in the `X-Provlog-Error` header so tests and our client can tell failures apart without parsing
 * messages. Every code a request can provoke maps to a 4xx: a client mistake is never a 500.
 */

import { utf8 } from '../../core/bytes.js';
import { type ErrorCode, toCodedError } from '../../core/errors.js';

export const HTTP_STATUS = {
  // input decoding
  INVALID_JSON: 400,
  INVALID_FIELD: 400,
  INVALID_ENCODING: 400,
  INVALID_KEY: 400,
  UNSUPPORTED_KEY: 400,
  TOO_LARGE: 413,
  // merkle
  INDEX_OUT_OF_RANGE: 400,
  INCLUSION_PROOF_INVALID: 400,
  CONSISTENCY_PROOF_INVALID: 400,
  // notes
  NOTE_MALFORMED: 400,
  CHECKPOINT_MALFORMED: 400,
  NOTE_SIGNATURE_INVALID: 400,
  NOTE_NOT_SIGNED: 400,
  // DSSE / in-toto
  DSSE_MALFORMED: 400,
  DSSE_SIGNATURE_INVALID: 400,
  STATEMENT_MALFORMED: 400,
  // Rekor entries
  ENTRY_MALFORMED: 400,
  ENTRY_KIND_UNSUPPORTED: 400,
  ENTRY_SIGNATURE_INVALID: 400,
  ENTRY_ID_MALFORMED: 400,
  ENTRY_LIMIT_EXCEEDED: 400,
  // bundles and trust roots (not raised by the server; a request carrying one is still a client mistake)
  BUNDLE_MALFORMED: 400,
  BUNDLE_MEDIA_TYPE_UNSUPPORTED: 400,
  TRUST_ROOT_MALFORMED: 400,
  TLOG_ENTRY_MISSING: 400,
  TLOG_UNKNOWN_LOG: 400,
  TLOG_KEY_NOT_VALID_AT_TIME: 400,
  TLOG_SET_INVALID: 400,
  TLOG_PROOF_MISSING: 400,
  TLOG_INCLUSION_INVALID: 400,
  TLOG_CHECKPOINT_INVALID: 400,
  TLOG_BODY_MISMATCH: 400,
  TLOG_INTEGRATED_TIME_INVALID: 400,
  ARTIFACT_DIGEST_MISMATCH: 400,
  SIGNATURE_INVALID: 400,
  KEY_UNTRUSTED: 400,
  CERT_CHAIN_INVALID: 400,
  CERT_NOT_VALID_AT_TIME: 400,
  SCT_INVALID: 400,
  IDENTITY_MISMATCH: 400,
  TIMESTAMP_INVALID: 400,
  SIGNING_CONFIG_MALFORMED: 400,
  SIGNING_CONFIG_NO_SERVICE: 400,
  POLICY_MALFORMED: 400,
  POLICY_VIOLATION: 400,
  POLICY_CHANGED: 400,
  POLICY_EXCEPTION_INVALID: 400,
  SUBJECT_LINK_ESCAPES: 400,
  SPLIT_VIEW: 400,
  PROVENANCE_MISMATCH: 400,
  LOG_ENTRY_NOT_PROVEN: 400,
  // the log server
  NOT_FOUND: 404,
  DUPLICATE_ENTRY: 409,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  QUEUE_FULL: 503,
  SHUTTING_DOWN: 503,
  STORAGE_CORRUPT: 500,
  STORAGE_FAILURE: 500,
  ADMISSION_TIMEOUT: 503,
  REQUEST_TIMEOUT: 408,
  // clients of remote services (the server never raises these for a request)
  LOG_UNREACHABLE: 502,
  LOG_RESPONSE_INVALID: 502,
  LOG_REJECTED: 400,
  GITHUB_API_ERROR: 502,
  GITHUB_PERMISSION: 403,
  RELEASE_NOT_FOUND: 404,
  RELEASE_IMMUTABLE: 409,
  OIDC_TOKEN_INVALID: 400,
  // the certificate authority (Fulcio answers token problems with 401 Unauthenticated)
  OIDC_ISSUER_UNTRUSTED: 401,
  OIDC_ALGORITHM_UNSUPPORTED: 401,
  OIDC_KEY_UNKNOWN: 401,
  OIDC_SIGNATURE_INVALID: 401,
  OIDC_AUDIENCE_MISMATCH: 401,
  OIDC_TOKEN_EXPIRED: 401,
  OIDC_TOKEN_NOT_YET_VALID: 401,
  OIDC_ISSUER_UNREACHABLE: 503,
  PROOF_OF_POSSESSION_INVALID: 400,
  CA_UNREACHABLE: 502,
  CA_REJECTED: 400,
  CA_RESPONSE_INVALID: 502,
  // entry points
  USAGE: 400,
  FILE_UNREADABLE: 500,
  NO_SUBJECTS: 400,
  SIGNING_KEY_MISSING: 500,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

/** Seconds a client should wait before retrying a 503 (write queue full, or shutting down). */
export const RETRY_AFTER_SECONDS = 1;

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  /** Omitted: no body and no Content-Type (Rekor's 404 on entry GETs). */
  body?: Uint8Array | string;
}

/** A Rekor error response for a status and message, with our code in a header. */
export function errorResponse(status: number, message: string, code: ErrorCode): HttpResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-provlog-error': code,
  };
  if (status === 503) headers['retry-after'] = String(RETRY_AFTER_SECONDS);
  return { status, headers, body: utf8(`${JSON.stringify({ code: status, message })}\n`) };
}

/**
 * Maps anything thrown by a handler to a response. Server-side faults keep their message out of the body
 * (it may name files); the caller logs them.
 */
export function responseForError(error: unknown): HttpResponse {
  const coded = toCodedError(error);
  const status = HTTP_STATUS[coded.code];
  const message = status >= 500 && status !== 503 ? 'internal server error' : coded.message;
  return errorResponse(status, message, coded.code);
}
