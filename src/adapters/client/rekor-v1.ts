/**
 * Rekor v1 REST client (research/rekor-v1.md §1): timeouts through AbortSignal, retries with exponential backoff
 * and full jitter on 5xx / 408 / 429 / timeouts / network errors (honouring Retry-After), 409 adoption of the
 * existing entry, and a typed decode of every response. Retrying a POST is safe: a retried create that already
 * landed answers 409, and we adopt it.
 *
 * Errors: LOG_UNREACHABLE (network, timeouts or 5xx after all retries), LOG_REJECTED (4xx; the server's message
 * and status in details), LOG_RESPONSE_INVALID (a response that does not decode).
 */

import { CodedError } from '../../core/errors.js';
import { decode, type Node, parseJson } from '../../core/json/decode.js';
import { decodeLogEntryResponse, type LogEntryAnon } from '../../core/rekor/entry.js';
import { HttpExchangeError, type HttpResponse, httpExchange } from './node-http.js';
import { parseRetryAfter } from './retry-after.js';

/** A log answer bigger than this is refused. Entries are bounded by the log's request limit (a few MiB). */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface RekorClientOptions {
  baseUrl: string;
  /** Per attempt; Rekor v2 asks clients for >= 20 s, v1 answers in well under a second. Default 20 000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** Larger answers are refused (LOG_UNREACHABLE after retries). Default 64 MiB. */
  maxResponseBytes?: number;
  /** First backoff step in ms (doubles each retry, full jitter). Default 250. */
  backoffMs?: number;
  /** Injected for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RekorEntry {
  uuid: string;
  entry: LogEntryAnon;
}

export interface CreatedEntry extends RekorEntry {
  /** True when the log already held an equivalent entry (409) and this is that entry. */
  adopted: boolean;
}

export interface LogInfo {
  rootHash: Uint8Array;
  treeSize: number;
  signedTreeHead: string;
  treeId: string;
}

export interface ConsistencyProofResponse {
  rootHash: Uint8Array;
  hashes: Uint8Array[];
}

/** The public URL of an entry (Rekor v1 REST), as release notes and reports link it. */
export function entryUrl(baseUrl: string, uuid: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/log/entries/${uuid}`;
}

/** Cap on any single wait between attempts, including a server's Retry-After. */
const MAX_DELAY_MS = 10_000;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const UUID_RE = /^(?:[0-9a-f]{64}|[0-9a-f]{80})$/;

export class RekorClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly maxResponseBytes: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(options: RekorClientOptions) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch (cause) {
      throw new CodedError('USAGE', `log URL "${options.baseUrl}" is not a URL`, { cause });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new CodedError('USAGE', `log URL "${options.baseUrl}" must be http(s)`);
    }
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = options.retries ?? 3;
    this.maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
    this.backoffMs = options.backoffMs ?? 250;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** POST /api/v1/log/entries; on 409 fetches the existing entry named by Location and returns it adopted. */
  async createEntry(proposed: unknown): Promise<CreatedEntry> {
    const res = await this.request('POST', '/api/v1/log/entries', JSON.stringify(proposed));
    if (res.status === 409) {
      const uuid = conflictUuid(res);
      const existing = await this.getEntryByUuid(uuid);
      if (existing === undefined) {
        throw new CodedError(
          'LOG_RESPONSE_INVALID',
          `the log reported entry ${uuid} as existing but does not serve it`,
        );
      }
      return { ...existing, adopted: true };
    }
    if (res.status !== 201) unexpected(res, 'POST /api/v1/log/entries');
    return { ...decodeEntry(res), adopted: false };
  }

  /** GET /api/v1/log/entries/{uuid}; undefined when the log answers 404. */
  async getEntryByUuid(uuid: string): Promise<RekorEntry | undefined> {
    if (!/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{80})$/.test(uuid)) {
      throw new CodedError('USAGE', 'an entry UUID is 64 or 80 hex characters');
    }
    const res = await this.request('GET', `/api/v1/log/entries/${uuid.toLowerCase()}`);
    if (res.status === 404) return undefined;
    if (res.status !== 200) unexpected(res, 'GET entry by UUID');
    return decodeEntry(res);
  }

  /** GET /api/v1/log/entries?logIndex=; undefined when the log answers 404. */
  async getEntryByIndex(index: number): Promise<RekorEntry | undefined> {
    if (!Number.isSafeInteger(index) || index < 0) throw new CodedError('USAGE', 'a log index is an integer >= 0');
    const res = await this.request('GET', `/api/v1/log/entries?logIndex=${index}`);
    if (res.status === 404) return undefined;
    if (res.status !== 200) unexpected(res, 'GET entry by index');
    return decodeEntry(res);
  }

  async getLogInfo(): Promise<LogInfo> {
    const res = await this.request('GET', '/api/v1/log');
    if (res.status !== 200) unexpected(res, 'GET /api/v1/log');
    const root = jsonNode(res, 'LogInfo');
    return {
      rootHash: root.get('rootHash').hex(32),
      treeSize: root.get('treeSize').uint(),
      signedTreeHead: root.get('signedTreeHead').string(),
      treeId: decimal(root.get('treeID')),
    };
  }

  async getPublicKey(treeId?: string): Promise<string> {
    const res = await this.request(
      'GET',
      `/api/v1/log/publicKey${treeId === undefined ? '' : `?treeID=${encodeURIComponent(treeId)}`}`,
    );
    if (res.status !== 200) unexpected(res, 'GET /api/v1/log/publicKey');
    if (!res.text.includes('-----BEGIN PUBLIC KEY-----')) {
      throw new CodedError('LOG_RESPONSE_INVALID', 'the log public key response is not a PEM public key');
    }
    return res.text;
  }

  async getConsistencyProof(firstSize: number, lastSize: number, treeId?: string): Promise<ConsistencyProofResponse> {
    const query = new URLSearchParams({ firstSize: String(firstSize), lastSize: String(lastSize) });
    if (treeId !== undefined) query.set('treeID', treeId);
    const res = await this.request('GET', `/api/v1/log/proof?${query}`);
    if (res.status !== 200) unexpected(res, 'GET /api/v1/log/proof');
    const root = jsonNode(res, 'ConsistencyProof');
    return {
      rootHash: root.get('rootHash').hex(32),
      hashes: (root.optional('hashes')?.array() ?? []).map((h) => h.hex(32)),
    };
  }

  /**
   * POST /api/v1/index/retrieve: entry UUIDs for an artifact digest and/or a public key (PEM text); with both,
   * `operator: 'and'` asks for the entries matching both (Rekor v1's SearchIndex).
   */
  async searchIndex(
    query: { hash: string; publicKey?: string; operator?: 'and' | 'or' } | { publicKey: string },
  ): Promise<string[]> {
    const body: Record<string, unknown> = {};
    if ('hash' in query) body.hash = query.hash;
    if (query.publicKey !== undefined) {
      body.publicKey = { format: 'x509', content: Buffer.from(query.publicKey, 'utf8').toString('base64') };
    }
    if ('operator' in query && query.operator !== undefined) body.operator = query.operator;
    const res = await this.request('POST', '/api/v1/index/retrieve', JSON.stringify(body));
    if (res.status !== 200) unexpected(res, 'POST /api/v1/index/retrieve');
    return jsonNode(res, 'SearchIndex response')
      .array()
      .map((n) => {
        const uuid = n.string();
        if (!UUID_RE.test(uuid)) n.fail('is not a 64- or 80-character lowercase hex UUID');
        return uuid;
      });
  }

  /** POST /api/v1/log/entries/retrieve by UUIDs and/or indexes (at most 10 in all, Rekor's limit). */
  async retrieveEntries(query: { entryUUIDs?: string[]; logIndexes?: number[] }): Promise<RekorEntry[]> {
    const res = await this.request('POST', '/api/v1/log/entries/retrieve', JSON.stringify(query));
    if (res.status !== 200) unexpected(res, 'POST /api/v1/log/entries/retrieve');
    const root = jsonNode(res, 'SearchLogQuery response');
    return root.array().map((n) => decodeLogEntryResponse(n.value));
  }

  /** One logical request: retries with backoff on transient failures; returns the final response. */
  private async request(method: 'GET' | 'POST', path: string, body?: string): Promise<HttpResponse> {
    const url = `${this.baseUrl}${path}`;
    let lastProblem = '';
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const res = await httpExchange({
          method,
          url,
          headers:
            body === undefined
              ? { accept: 'application/json' }
              : { 'content-type': 'application/json', accept: 'application/json' },
          ...(body === undefined ? {} : { body }),
          timeoutMs: this.timeoutMs,
          maxResponseBytes: this.maxResponseBytes,
        });
        if (!RETRYABLE_STATUS.has(res.status)) return res;
        const message = serverMessage(res.text);
        lastProblem = `HTTP ${res.status}${message ? `: ${message}` : ''}`;
        retryAfterMs = parseRetryAfter(res.header('retry-after'));
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
        if (error instanceof HttpExchangeError && error.kind === 'tls') {
          // An untrusted certificate stays untrusted: fail now instead of retrying into the same wall.
          throw new CodedError('LOG_UNREACHABLE', `${method} ${url}: ${lastProblem}`, {
            cause: error,
            details: { url, attempts: attempt + 1 },
          });
        }
      }
      if (attempt >= this.retries) {
        throw new CodedError(
          'LOG_UNREACHABLE',
          `${method} ${url} failed after ${attempt + 1} attempts: ${lastProblem}`,
          {
            details: { url, attempts: attempt + 1 },
          },
        );
      }
      const backoff = this.random() * this.backoffMs * 2 ** attempt;
      await this.sleep(Math.min(MAX_DELAY_MS, Math.max(backoff, retryAfterMs ?? 0)));
    }
  }
}

function serverMessage(text: string): string | undefined {
  try {
    const message = decode(parseJson(text, 'error body'), 'LOG_RESPONSE_INVALID', 'error').optional('message');
    return typeof message?.value === 'string' ? message.value.slice(0, 500) : undefined;
  } catch {
    return undefined;
  }
}

function unexpected(res: HttpResponse, what: string): never {
  const location = res.header('location');
  if (res.status >= 300 && res.status < 400 && location !== undefined) {
    // Not followed on purpose: a signed entry is only ever sent to the host the user named.
    throw new CodedError(
      'USAGE',
      `${what}: the log redirects (HTTP ${res.status}) to ${location.slice(0, 200)}; set the log URL to the address ` +
        'it redirects to (provlog does not follow redirects, so entries only go to the host you named)',
      { details: { status: res.status, location: location.slice(0, 200) } },
    );
  }
  const message = serverMessage(res.text);
  if (res.status >= 400 && res.status < 500) {
    throw new CodedError(
      'LOG_REJECTED',
      `${what}: the log rejected the request (HTTP ${res.status})${message ? `: ${message}` : ''}`,
      {
        details: { status: res.status, ...(message === undefined ? {} : { message }) },
      },
    );
  }
  throw new CodedError('LOG_RESPONSE_INVALID', `${what}: unexpected HTTP ${res.status} from the log`, {
    details: { status: res.status },
  });
}

function jsonNode(res: HttpResponse, what: string): Node {
  let value: unknown;
  try {
    value = parseJson(res.text, what);
  } catch (cause) {
    throw new CodedError('LOG_RESPONSE_INVALID', `${what} from the log is not JSON`, { cause });
  }
  return decode(value, 'LOG_RESPONSE_INVALID', what);
}

function decodeEntry(res: HttpResponse): RekorEntry {
  return decodeLogEntryResponse(jsonNode(res, 'LogEntry').value);
}

function decimal(node: Node): string {
  const v = node.value;
  const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : node.string();
  if (!/^[1-9][0-9]*$/.test(s)) node.fail('expected a decimal tree ID');
  return s;
}

/** The UUID of the existing entry from a 409: the Location header's last segment, else the message. */
function conflictUuid(res: HttpResponse): string {
  const location = res.header('location');
  const fromLocation = location?.split('/').pop()?.toLowerCase();
  if (fromLocation !== undefined && UUID_RE.test(fromLocation)) return fromLocation;
  const fromMessage = /\b([0-9a-f]{80}|[0-9a-f]{64})\b/.exec(serverMessage(res.text) ?? '')?.[1];
  if (fromMessage !== undefined) return fromMessage;
  throw new CodedError('LOG_RESPONSE_INVALID', 'the log answered 409 without naming the existing entry');
}
