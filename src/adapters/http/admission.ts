/**
 * The CPU-bound part of the requests that carry proposed entries, from their raw body bytes: a POSTed Rekor v1
 * ProposedEntry (JSON decoding, every signature checked, the canonical body computed) and a SearchLogQuery
 * (`POST /api/v1/log/entries/retrieve`, whose proposed entries are admitted to find their UUIDs). Pure, so the
 * server runs it on worker threads (admission-pool.ts) with a time budget; this module is what the workers call,
 * and the wire form below is how a worker's answer crosses the thread boundary without changing it.
 */
import { CodedError, type ErrorCode, type ErrorDetails, toCodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import { admitProposedEntry } from '../../core/rekor/admit.js';
import { type AdmitOptions, type AdmittedEntry, entryUuid } from '../../core/rekor/entry.js';
import { admitHashedRekordV2 } from '../../core/rekor/hashedrekord-v2.js';
import { parseJsonBody, withPrefix } from './request.js';
import { HTTP_STATUS } from './status.js';

/** Rekor's cap on the sum of entryUUIDs + logIndexes + entries in one retrieve request. */
export const MAX_RETRIEVE_ITEMS = 10;

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

/** A Rekor v2 CreateEntryRequest body (hashedRekordRequestV002), errors prefixed "invalid entry: " as Rekor v2. */
export function admitV2EntryBody(body: Uint8Array): AdmittedEntry {
  const request = decode(parseJsonBody(body), 'ENTRY_MALFORMED', 'CreateEntryRequest');
  try {
    return admitHashedRekordV2(request);
  } catch (error) {
    withPrefix(error, 'invalid entry: ');
  }
}

/** What a SearchLogQuery asks for, in request order, with proposed entries reduced to their UUIDs. */
export type SearchPlan =
  | { ok: true; uuids: string[]; indexes: number[]; proposedUuids: string[] }
  /** More items than MAX_RETRIEVE_ITEMS: Rekor answers 422 before looking at any of them. */
  | { ok: false; items: number };

/** Decodes a SearchLogQuery body and admits its proposed entries (BAD_REQUEST / the entry's own codes). */
export function planSearchBody(body: Uint8Array): SearchPlan {
  const root = decode(parseJsonBody(body), 'BAD_REQUEST', 'SearchLogQuery').onlyKeys([
    'entryUUIDs',
    'logIndexes',
    'entries',
  ]);
  const uuidNodes = root.optional('entryUUIDs')?.array() ?? [];
  const indexNodes = root.optional('logIndexes')?.array() ?? [];
  const proposed = root.optional('entries')?.array() ?? [];
  const items = uuidNodes.length + indexNodes.length + proposed.length;
  if (items > MAX_RETRIEVE_ITEMS) return { ok: false, items };
  const uuids = uuidNodes.map((n) => n.string());
  const indexes = indexNodes.map((n) => n.uint());
  const proposedUuids = proposed.map((node) => entryUuid(admitAt(node.value, node.path).body));
  return { ok: true, uuids, indexes, proposedUuids };
}

/** admitProposedEntry with errors prefixed by where the entry sits in the request. */
function admitAt(json: unknown, path: string): AdmittedEntry {
  try {
    return admitProposedEntry(json);
  } catch (error) {
    withPrefix(error, `${path}: `);
  }
}

/** Main thread -> worker: one request's body and what to do with it. */
export type AdmitRequest =
  | { id: number; job: 'entry'; body: Uint8Array; maxAttestationBytes: number | undefined }
  | { id: number; job: 'entry-v2'; body: Uint8Array }
  | { id: number; job: 'search'; body: Uint8Array };

/** Worker -> main thread: the result, or the coded error (structured clone keeps no class). */
export type AdmitReply =
  | { id: number; ok: true; entry: AdmittedEntry }
  | { id: number; ok: true; plan: SearchPlan }
  | { id: number; ok: false; code: ErrorCode; message: string; details?: ErrorDetails };

/** Runs one request; never throws (every failure becomes an error reply). */
export function answerAdmitRequest(request: AdmitRequest): AdmitReply {
  try {
    if (request.job === 'search') return { id: request.id, ok: true, plan: planSearchBody(request.body) };
    if (request.job === 'entry-v2') return { id: request.id, ok: true, entry: admitV2EntryBody(request.body) };
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
  if (value.ok === true) {
    if (isRecord(value.plan)) return typeof value.plan.ok === 'boolean';
    return isRecord(value.entry) && value.entry.body instanceof Uint8Array;
  }
  return value.ok === false && typeof value.code === 'string' && typeof value.message === 'string';
}

export function isAdmitRequest(value: unknown): value is AdmitRequest {
  if (!isRecord(value) || typeof value.id !== 'number' || !(value.body instanceof Uint8Array)) return false;
  if (value.job === 'search' || value.job === 'entry-v2') return true;
  return (
    value.job === 'entry' && (value.maxAttestationBytes === undefined || typeof value.maxAttestationBytes === 'number')
  );
}
