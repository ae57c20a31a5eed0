/**
 * Admission of a POSTed Rekor v1 ProposedEntry from its raw body bytes: JSON decoding, every signature checked,
 * the canonical body computed. Pure and CPU-bound (ECDSA verification is most of it), so the server may run it
 * on worker threads (admission-pool.ts); this module is what both the event loop and the workers call, and the
 * wire form below is how a worker's answer crosses the thread boundary without changing it.
 */
import { CodedError, type ErrorCode, type ErrorDetails, toCodedError } from '../../core/errors.js';
import { admitProposedEntry } from '../../core/rekor/admit.js';
import type { AdmitOptions, AdmittedEntry } from '../../core/rekor/entry.js';
import { parseJsonBody, withPrefix } from './request.js';
import { HTTP_STATUS } from './status.js';

/**
 * JSON errors as readJsonBody raises them; admission errors prefixed "error processing entry: " as Rekor
 * words them.
 */
export function admitEntryBody(body: Uint8Array, opts: AdmitOptions): AdmittedEntry {
  const json = parseJsonBody(body);
  try {
    return admitProposedEntry(json, opts);
  } catch (error) {
    withPrefix(error, 'error processing entry: ');
  }
}

/** Main thread -> worker. */
export interface AdmitRequest {
  id: number;
  body: Uint8Array;
  maxAttestationBytes: number | undefined;
}

/** Worker -> main thread: the admitted entry, or the coded error (structured clone keeps no class). */
export type AdmitReply =
  | { id: number; ok: true; entry: AdmittedEntry }
  | { id: number; ok: false; code: ErrorCode; message: string; details?: ErrorDetails };

/** Runs one request; never throws (every failure becomes an error reply). */
export function answerAdmitRequest(request: AdmitRequest): AdmitReply {
  try {
    const entry = admitEntryBody(request.body, { maxAttestationBytes: request.maxAttestationBytes });
    return { id: request.id, ok: true, entry };
  } catch (error) {
    const coded = toCodedError(error);
    return {
      id: request.id,
      ok: false,
      code: coded.code,
      message: coded.message,
      ...(coded.details === undefined ? {} : { details: coded.details }),
    };
  }
}

/** The error a failed reply stands for, as the same code, message and details the inline path throws. */
export function errorFromReply(reply: { code: string; message: string; details?: ErrorDetails }): CodedError {
  const code: ErrorCode = isErrorCode(reply.code) ? reply.code : 'INTERNAL';
  return new CodedError(code, reply.message, reply.details === undefined ? {} : { details: reply.details });
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(HTTP_STATUS, code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a message from a worker (our own code sent it, but the boundary is still untyped). */
export function isAdmitReply(value: unknown): value is AdmitReply {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  if (value.ok === true) return isRecord(value.entry) && value.entry.body instanceof Uint8Array;
  return value.ok === false && typeof value.code === 'string' && typeof value.message === 'string';
}

export function isAdmitRequest(value: unknown): value is AdmitRequest {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    value.body instanceof Uint8Array &&
    (value.maxAttestationBytes === undefined || typeof value.maxAttestationBytes === 'number')
  );
}
