/**
 * Rekor v1 REST routes (research/rekor-v1.md §1): shapes, status codes, headers and error bodies as Rekor
 * sends them. Handlers are thin: decode the request, call the admission check or the log, encode the answer.
 */

import { toHex } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import { formatPem, formatPublicKeyPem, parsePublicKeyDer } from '../../core/keys/keys.js';
import type { AdmittedEntry } from '../../core/rekor/entry.js';
import { keyIndexKey, parseVerifierPem } from '../../core/rekor/verifier.js';
import { MAX_RETRIEVE_ITEMS, type SearchPlan } from './admission.js';
import type { LogApi, LogEntryView } from './log-api.js';
import { queryInt, readJsonBody } from './request.js';
import type { HttpRequest, Router } from './router.js';
import { jsonResponse } from './server.js';
import { errorResponse, type HttpResponse } from './status.js';

export interface RekorV1Options {
  /** Admits a POSTed entry body (on worker threads: admission-pool.ts); must behave as admitEntryBody. */
  admit: (body: Uint8Array) => Promise<AdmittedEntry>;
  /** Decodes a SearchLogQuery body, admitting its proposed entries (off the event loop); as planSearchBody. */
  planSearch: (body: Uint8Array) => Promise<SearchPlan>;
}

const ENTRY_PATH = '/api/v1/log/entries';

export function registerRekorV1(router: Router, log: LogApi, options: RekorV1Options): void {
  router
    .get('/ping', () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'pong' }))
    .get('/api/v1/log', (req) => getLogInfo(log, req))
    .get('/api/v1/log/publicKey', (req) => getPublicKey(log, req))
    .get('/api/v1/log/proof', (req) => getLogProof(log, req))
    .post(ENTRY_PATH, (req) => createLogEntry(log, req, options.admit))
    .get(ENTRY_PATH, (req) => getEntryByIndex(log, req))
    .post('/api/v1/log/entries/retrieve', (req) => searchLogQuery(log, req, options.planSearch))
    .get(/^\/api\/v1\/log\/entries\/([^/]+)$/, (req) => getEntryByUuid(log, req))
    .post('/api/v1/index/retrieve', (req) => searchIndex(log, req));
}

function checkTreeId(log: LogApi, req: HttpRequest): void {
  const treeId = req.query.get('treeID');
  if (treeId === null) return;
  if (!/^[0-9]+$/.test(treeId)) throw new CodedError('BAD_REQUEST', 'treeID must be a decimal integer');
  if (treeId !== log.treeId) throw new CodedError('BAD_REQUEST', `unknown treeID ${treeId}`);
}

function getLogInfo(log: LogApi, req: HttpRequest): HttpResponse {
  checkTreeId(log, req);
  const head = log.head();
  return jsonResponse(200, {
    rootHash: toHex(head.rootHash),
    signedTreeHead: head.checkpoint,
    treeID: log.treeId,
    treeSize: head.size,
  });
}

function getPublicKey(log: LogApi, req: HttpRequest): HttpResponse {
  checkTreeId(log, req);
  return {
    status: 200,
    headers: { 'content-type': 'application/x-pem-file', 'cache-control': 'no-cache' },
    body: formatPublicKeyPem(log.publicKey),
  };
}

function getLogProof(log: LogApi, req: HttpRequest): HttpResponse {
  checkTreeId(log, req);
  const firstSize = queryInt(req, 'firstSize', { min: 1 }) ?? 1;
  const lastSize = queryInt(req, 'lastSize', { required: true, min: 1 }) ?? 1;
  if (firstSize > lastSize) {
    throw new CodedError('BAD_REQUEST', `firstSize(${firstSize}) must be less than lastSize(${lastSize})`);
  }
  const head = log.head();
  if (lastSize > head.size) {
    throw new CodedError(
      'BAD_REQUEST',
      `the tree size requested(${lastSize}) was greater than what is currently observable(${head.size})`,
    );
  }
  const hashes = log.consistencyProof(firstSize, lastSize);
  // Rekor (Trillian) returns the CURRENT root here; clients verify against their own newer checkpoint.
  return jsonResponse(200, { rootHash: toHex(head.rootHash), hashes: hashes.map(toHex) });
}

function entryMap(view: LogEntryView): Record<string, unknown> {
  return { [view.uuid]: view.entry };
}

async function createLogEntry(log: LogApi, req: HttpRequest, admit: RekorV1Options['admit']): Promise<HttpResponse> {
  const admitted = await admit(req.body);
  let view: LogEntryView;
  try {
    view = await log.add(admitted);
  } catch (error) {
    const uuid = duplicateUuid(error);
    if (uuid === undefined) throw error;
    const response = errorResponse(
      409,
      `an equivalent entry already exists in the transparency log with UUID ${uuid}`,
      'DUPLICATE_ENTRY',
    );
    return { ...response, headers: { ...response.headers, location: `${ENTRY_PATH}/${uuid}` } };
  }
  return jsonResponse(201, entryMap(view), { etag: view.uuid, location: `${ENTRY_PATH}/${view.uuid}` });
}

function duplicateUuid(error: unknown): string | undefined {
  if (!(error instanceof CodedError) || error.code !== 'DUPLICATE_ENTRY') return undefined;
  const uuid = error.details?.uuid;
  return typeof uuid === 'string' ? uuid : undefined;
}

/** Rekor answers a missing entry with 404, no body and no Content-Type. */
const NOT_FOUND_EMPTY: HttpResponse = { status: 404, headers: { 'x-provlog-error': 'NOT_FOUND' } };

function getEntryByIndex(log: LogApi, req: HttpRequest): HttpResponse {
  const index = queryInt(req, 'logIndex', { required: true }) ?? 0;
  const view = log.entryByIndex(index);
  return view === undefined ? NOT_FOUND_EMPTY : jsonResponse(200, entryMap(view));
}

function getEntryByUuid(log: LogApi, req: HttpRequest): HttpResponse {
  const view = log.entryByUuid(req.params[0] ?? '');
  return view === undefined ? NOT_FOUND_EMPTY : jsonResponse(200, entryMap(view));
}

async function searchLogQuery(
  log: LogApi,
  req: HttpRequest,
  plan: RekorV1Options['planSearch'],
): Promise<HttpResponse> {
  const query = await plan(req.body);
  if (!query.ok) {
    return errorResponse(422, `more than max allowed ${MAX_RETRIEVE_ITEMS} entries in request`, 'TOO_LARGE');
  }
  const found: (LogEntryView | undefined)[] = [];
  for (const uuid of query.uuids) found.push(log.entryByUuid(uuid));
  for (const index of query.indexes) found.push(log.entryByIndex(index));
  for (const uuid of query.proposedUuids) found.push(log.entryByUuid(uuid));
  return jsonResponse(
    200,
    found.filter((v) => v !== undefined).map((v) => entryMap(v)),
  );
}

const HASH_RE = /^(?:(sha256:)?[0-9a-f]{64}|sha1:[0-9a-f]{40}|sha512:[0-9a-f]{128})$/;
const KEY_FORMATS = ['pgp', 'x509', 'minisign', 'ssh', 'tuf'] as const;

function searchIndex(log: LogApi, req: HttpRequest): HttpResponse {
  const root = decode(readJsonBody(req), 'BAD_REQUEST', 'SearchIndex').onlyKeys([
    'email',
    'subject',
    'publicKey',
    'hash',
    'operator',
  ]);
  const operator = root.optional('operator')?.oneOf(['and', 'or']) ?? 'or';
  const keys: string[] = [];
  const hash = root.optional('hash')?.string().toLowerCase();
  if (hash !== undefined) {
    if (!HASH_RE.test(hash)) throw new CodedError('BAD_REQUEST', 'SearchIndex.hash must be [sha256:]<64 hex>');
    keys.push(hash.includes(':') ? hash : `sha256:${hash}`);
  }
  const publicKey = root.optional('publicKey');
  if (publicKey !== undefined) {
    publicKey.onlyKeys(['format', 'content', 'url']);
    const format = publicKey.get('format').oneOf(KEY_FORMATS);
    if (format !== 'x509') {
      throw new CodedError(
        'BAD_REQUEST',
        `SearchIndex.publicKey.format ${format} is not indexed by this log (use x509)`,
      );
    }
    if (publicKey.optional('url') !== undefined) {
      throw new CodedError('BAD_REQUEST', 'SearchIndex.publicKey.url is not supported; send the key as content');
    }
    keys.push(publicKeyIndexKey(publicKey.get('content').base64()));
  }
  const email = root.optional('email')?.nonEmptyString();
  if (email !== undefined) keys.push(email.toLowerCase());
  const subject = root.optional('subject')?.nonEmptyString();
  if (subject !== undefined) keys.push(subject);
  if (keys.length === 0) {
    throw new CodedError('BAD_REQUEST', 'SearchIndex needs at least one of hash, publicKey, email, subject');
  }
  const results = keys.map((k) => log.search(k));
  let uuids: string[];
  if (operator === 'and') {
    const [first = [], ...rest] = results;
    uuids = first.filter((u) => rest.every((r) => r.includes(u)));
  } else {
    uuids = [...new Set(results.flat())];
  }
  return jsonResponse(200, uuids);
}

/**
 * The index key of a public key or certificate (PEM, or DER SPKI): hex SHA-256 of its canonical PEM, computed by
 * the same code that indexes entries (core/rekor/verifier.ts), so any spelling of a key finds its entries.
 */
function publicKeyIndexKey(content: Uint8Array): string {
  const what = 'SearchIndex.publicKey.content';
  const text = Buffer.from(content).toString('latin1');
  const pem = text.includes('-----BEGIN') ? text : formatPem('PUBLIC KEY', parsePublicKeyDer(content, what).spki);
  return keyIndexKey(parseVerifierPem(pem, what));
}
