/**
 * One error type for the whole project: a closed code, a message a person can act on, the cause, and
 * machine-readable details. Transports map codes in ONE table each (HTTP status: adapters/http/status.ts,
 * exit code: cli/exit-codes.ts); tests assert codes, never message text.
 */

/** Every code, grouped by the layer that raises it. Add to a group; never reuse a code for a new meaning. */
export type ErrorCode =
  // input decoding (any boundary)
  | 'INVALID_JSON' // not JSON, or too deep / too large
  | 'INVALID_FIELD' // a field is missing or of the wrong shape; details.path names it
  | 'INVALID_ENCODING' // bad hex / base64 / UTF-8
  | 'INVALID_KEY' // PEM / SPKI / PKCS#8 that does not parse
  | 'UNSUPPORTED_KEY' // a key type or curve we do not accept
  | 'TOO_LARGE' // a size cap was exceeded
  // merkle
  | 'INDEX_OUT_OF_RANGE' // leaf index / tree size outside the tree
  | 'INCLUSION_PROOF_INVALID'
  | 'CONSISTENCY_PROOF_INVALID'
  // signed notes and checkpoints
  | 'NOTE_MALFORMED'
  | 'CHECKPOINT_MALFORMED'
  | 'NOTE_SIGNATURE_INVALID' // a known key's signature does not verify
  | 'NOTE_NOT_SIGNED' // no signature by a trusted key
  // DSSE, in-toto, SLSA
  | 'DSSE_MALFORMED'
  | 'DSSE_SIGNATURE_INVALID'
  | 'STATEMENT_MALFORMED'
  // Rekor entries
  | 'ENTRY_MALFORMED'
  | 'ENTRY_KIND_UNSUPPORTED'
  | 'ENTRY_SIGNATURE_INVALID'
  | 'ENTRY_ID_MALFORMED'
  | 'ENTRY_LIMIT_EXCEEDED' // more signatures or verifiers than the log checks for one entry; details.limit
  // bundles and trust roots
  | 'BUNDLE_MALFORMED'
  | 'BUNDLE_MEDIA_TYPE_UNSUPPORTED'
  | 'TRUST_ROOT_MALFORMED'
  // transparency-log verification (verify/tlog.ts)
  | 'TLOG_ENTRY_MISSING'
  | 'TLOG_UNKNOWN_LOG'
  | 'TLOG_KEY_NOT_VALID_AT_TIME'
  | 'TLOG_SET_INVALID'
  | 'TLOG_PROOF_MISSING'
  | 'TLOG_INCLUSION_INVALID'
  | 'TLOG_CHECKPOINT_INVALID'
  | 'TLOG_BODY_MISMATCH'
  | 'TLOG_INTEGRATED_TIME_INVALID'
  // artifact / signature / identity verification
  | 'ARTIFACT_DIGEST_MISMATCH'
  | 'SIGNATURE_INVALID'
  | 'KEY_UNTRUSTED'
  | 'CERT_CHAIN_INVALID'
  | 'CERT_NOT_VALID_AT_TIME'
  | 'SCT_INVALID'
  | 'IDENTITY_MISMATCH'
  | 'TIMESTAMP_INVALID'
  // provenance policy
  | 'POLICY_MALFORMED'
  | 'POLICY_VIOLATION'
  | 'SPLIT_VIEW' // two inconsistent checkpoints from one log
  | 'PROVENANCE_MISMATCH' // the signed statement contradicts the signing certificate
  | 'LOG_ENTRY_NOT_PROVEN' // --check-log: the log gave no valid inclusion proof for the bundle's entry
  // the log server
  | 'NOT_FOUND'
  | 'DUPLICATE_ENTRY'
  | 'BAD_REQUEST'
  | 'METHOD_NOT_ALLOWED'
  | 'QUEUE_FULL'
  | 'SHUTTING_DOWN'
  | 'STORAGE_CORRUPT' // stored tree disagrees with its signed checkpoint
  | 'STORAGE_FAILURE'
  | 'ADMISSION_TIMEOUT' // an entry's admission ran past the server's time budget
  | 'REQUEST_TIMEOUT' // the request body did not arrive in time
  // clients of remote services
  | 'LOG_UNREACHABLE'
  | 'LOG_RESPONSE_INVALID'
  | 'LOG_REJECTED'
  | 'GITHUB_API_ERROR'
  | 'GITHUB_PERMISSION'
  | 'RELEASE_NOT_FOUND'
  | 'RELEASE_IMMUTABLE'
  | 'OIDC_TOKEN_INVALID'
  // the certificate authority (provlog serve --ca): one code per failed token check, so a refusal says which
  | 'OIDC_ISSUER_UNTRUSTED' // `iss` is not one of the configured issuers
  | 'OIDC_ALGORITHM_UNSUPPORTED' // JWS `alg` other than RS256 / ES256 (`none` included)
  | 'OIDC_KEY_UNKNOWN' // `kid` not in the issuer's JWKS, even after one refetch
  | 'OIDC_SIGNATURE_INVALID' // the token's signature does not verify with the issuer's key
  | 'OIDC_AUDIENCE_MISMATCH'
  | 'OIDC_TOKEN_EXPIRED'
  | 'OIDC_TOKEN_NOT_YET_VALID' // nbf / iat in the future beyond the allowed skew
  | 'OIDC_ISSUER_UNREACHABLE' // discovery or JWKS could not be fetched
  | 'PROOF_OF_POSSESSION_INVALID' // the request's signature over `sub` is missing or does not verify
  // clients of a certificate authority (keyless signing)
  | 'CA_UNREACHABLE' // network, timeout or 5xx after retries
  | 'CA_REJECTED' // a 4xx; the CA's reason in details
  | 'CA_RESPONSE_INVALID' // an answer that does not decode, or a certificate that fails the checks before use
  // entry points
  | 'USAGE'
  | 'FILE_UNREADABLE'
  | 'NO_SUBJECTS'
  | 'SIGNING_KEY_MISSING'
  | 'SIGNING_CONFIG_MALFORMED' // a SigningConfig that does not decode; details.path names the field
  | 'SIGNING_CONFIG_NO_SERVICE' // no service of a SigningConfig is usable now (validity, API version, count)
  | 'INTERNAL'
  // the PR policy check (issue 11)
  | 'POLICY_CHANGED' // the pull request changes the policy it is judged by
  | 'POLICY_EXCEPTION_INVALID' // an exception expired or runs past exception-max-lifetime
  | 'SUBJECT_LINK_ESCAPES'; // a symbolic link in the subjects leaves the workspace or dangles

export type ErrorDetails = Readonly<Record<string, unknown>>;

export class CodedError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'CodedError';
  readonly code: C;
  readonly details: ErrorDetails | undefined;

  constructor(code: C, message: string, options: { cause?: unknown; details?: ErrorDetails } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}

export function isCodedError(value: unknown, code?: ErrorCode): value is CodedError {
  return value instanceof CodedError && (code === undefined || value.code === code);
}

/** Wraps anything thrown into a CodedError, keeping coded ones as they are. */
export function toCodedError(value: unknown, fallback: ErrorCode = 'INTERNAL'): CodedError {
  if (value instanceof CodedError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new CodedError(fallback, message, { cause: value });
}

/**
 * Prefixes a coded error's message with the file (or other source) it came from, keeping code and details,
 * so a decoder's field path becomes one actionable line: `root.json: trustedRoot.mediaType: expected ...`.
 * Other values, and messages that already start with the name, pass through unchanged.
 */
export function inSource(name: string, error: unknown): unknown {
  if (!isCodedError(error) || error.message.startsWith(`${name}:`)) return error;
  return new CodedError(error.code, `${name}: ${error.message}`, {
    cause: error,
    ...(error.details === undefined ? {} : { details: error.details }),
  });
}
