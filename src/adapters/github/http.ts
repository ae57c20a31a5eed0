/**
 * A small GitHub REST client over fetch: bearer token, JSON in and out, Link-header pagination, retries
 * with backoff on 5xx / 429 / secondary rate limits honouring `retry-after` and `x-ratelimit-reset`
 * (research/formats.md §4.8), and one place that turns HTTP failures into coded errors. Plain fetch rather
 * than Octokit: uploads go to a per-release `upload_url`, tests point everything at a local stand-in, and
 * the bundle stays small.
 */

import { CodedError } from '../../core/errors.js';
import { parseJson } from '../../core/json/decode.js';
import { parseRetryAfter } from '../client/retry-after.js';

export interface GitHubApiOptions {
  /** REST base, e.g. https://api.github.com or `${GITHUB_API_URL}` (GHES) or a stand-in. */
  baseUrl: string;
  token?: string;
  /** Extra attempts after the first on retryable failures; default 4. */
  retries?: number;
  /** Injectable for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

/** Per attempt. */
const TIMEOUT_MS = 30_000;
/** Longest wait accepted from retry-after / a rate-limit reset before failing instead. */
const MAX_WAIT_MS = 60_000;

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Absolute URL, or a path under baseUrl. */
  url: string;
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
  /** Statuses returned to the caller instead of thrown (e.g. 404 for "maybe absent"). */
  allow?: readonly number[];
  /** The `permissions:` line this call needs, for 401/403 messages (e.g. "contents: write"). */
  permission?: string;
  /** Retry this request on 5xx/429 (default true; uploads pass false and retry at their level). */
  retry?: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined for an empty body. */
  data: unknown;
}

export class GitHubApi {
  readonly baseUrl: string;
  private readonly token: string | undefined;
  private readonly retries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: GitHubApiOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.token = opts.token;
    this.retries = opts.retries ?? 4;
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  url(pathOrUrl: string): string {
    return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
  }

  async request(req: ApiRequest): Promise<ApiResponse> {
    const method = req.method ?? 'GET';
    const url = this.url(req.url);
    const attempts = req.retry === false ? 1 : this.retries + 1;
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: this.headers(req),
          body: req.body ?? (req.json === undefined ? undefined : JSON.stringify(req.json)),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (cause) {
        if (attempt < attempts) {
          await this.sleep(backoffMs(attempt));
          continue;
        }
        throw new CodedError('GITHUB_API_ERROR', `${method} ${url} failed: ${(cause as Error).message}`, {
          cause,
          details: { retryable: true },
        });
      }
      const text = await res.text();
      if (res.ok || req.allow?.includes(res.status)) {
        return { status: res.status, headers: res.headers, data: text === '' ? undefined : parseBody(text, url) };
      }
      const wait = retryWaitMs(res, attempt);
      if (wait !== undefined && attempt < attempts && wait <= MAX_WAIT_MS) {
        await this.sleep(wait);
        continue;
      }
      throw httpError(method, url, res.status, text, req.permission, wait !== undefined);
    }
  }

  /** Every item over all pages (`per_page=100`, following Link rel="next"), up to maxPages. */
  async paginate(path: string, opts: { permission?: string; maxPages?: number } = {}): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: string | undefined = this.url(`${path}${path.includes('?') ? '&' : '?'}per_page=100`);
    for (let page = 0; next !== undefined && page < (opts.maxPages ?? 50); page++) {
      const res: ApiResponse = await this.request({ url: next, permission: opts.permission });
      if (!Array.isArray(res.data)) {
        throw new CodedError('GITHUB_API_ERROR', `GET ${next} did not return a JSON array`);
      }
      items.push(...res.data);
      next = nextLink(res.headers.get('link'));
    }
    return items;
  }

  private headers(req: ApiRequest): Record<string, string> {
    const h: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'provlog',
    };
    if (this.token !== undefined && this.token !== '') h.authorization = `Bearer ${this.token}`;
    if (req.body !== undefined) {
      h['content-type'] = req.contentType ?? 'application/octet-stream';
      h['content-length'] = String(req.body.byteLength);
    } else if (req.json !== undefined) h['content-type'] = 'application/json';
    return h;
  }
}

function parseBody(text: string, url: string): unknown {
  try {
    return parseJson(text, `response of ${url}`);
  } catch (cause) {
    throw new CodedError('GITHUB_API_ERROR', `${url} returned a body that is not JSON`, { cause });
  }
}

/** Parses `Link: <url>; rel="next", <url>; rel="last"` (RFC 8288 as GitHub writes it). */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m?.[2]?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 16_000);
}

/**
 * How long to wait before retrying, or undefined when the failure is not retryable. 5xx and 429 retry;
 * 403 only when it is a rate limit (retry-after present, or x-ratelimit-remaining is 0).
 */
export function retryWaitMs(res: Response, attempt: number): number | undefined {
  const retryAfter = res.headers.get('retry-after');
  const remaining = res.headers.get('x-ratelimit-remaining');
  const rateLimited = res.status === 429 || (res.status === 403 && (retryAfter !== null || remaining === '0'));
  if (!rateLimited && res.status < 500) return undefined;
  const after = parseRetryAfter(retryAfter);
  if (after !== undefined) return after;
  const reset = res.headers.get('x-ratelimit-reset');
  if (remaining === '0' && reset !== null && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - Date.now()) + 1000;
  }
  return rateLimited && res.status === 403 ? Math.max(60_000, backoffMs(attempt)) : backoffMs(attempt);
}

function messageOf(text: string): string {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null && 'message' in v && typeof v.message === 'string') {
      const errors = 'errors' in v && Array.isArray(v.errors) ? ` ${JSON.stringify(v.errors)}` : '';
      return `${v.message}${errors}`;
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 300);
}

function httpError(
  method: string,
  url: string,
  status: number,
  text: string,
  permission: string | undefined,
  retryable: boolean,
): CodedError {
  const message = messageOf(text);
  const details = { status, url, method, message, retryable };
  if (status === 401 || (status === 403 && !retryable)) {
    const need = permission ?? 'the needed permission';
    const hint =
      status === 401
        ? 'the token was rejected (expired or wrong `github-token`)'
        : `the token lacks permission; add \`permissions:\n  ${need}\` to the workflow or job`;
    return new CodedError('GITHUB_PERMISSION', `${method} ${url} returned ${status} (${message}): ${hint}`, {
      details: { ...details, permission: need },
    });
  }
  return new CodedError('GITHUB_API_ERROR', `${method} ${url} returned ${status}: ${message}`, { details });
}
