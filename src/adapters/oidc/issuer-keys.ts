/**
 * The signing keys of the OIDC issuers the CA trusts: OIDC Discovery (`{issuer}/.well-known/openid-configuration`
 * -> `jwks_uri`, whose `issuer` must equal the configured one exactly, OIDC Discovery §4.3), then the JWKS.
 * Both are cached per issuer. A token naming a `kid` the cached JWKS lacks triggers ONE refetch (key rotation),
 * at most once per `minRefetchMs` per issuer, so tokens with made-up `kid`s cannot turn the CA into a flood of
 * requests at the issuer. Concurrent requests share one fetch. Responses are size-capped and time-limited.
 */
import { CodedError } from '../../core/errors.js';
import type { Jwk } from '../../core/oidc/jwt.js';
import { httpExchange } from '../client/node-http.js';

const MAX_RESPONSE_BYTES = 256 * 1024;
const MAX_KEYS = 64;

export interface IssuerKeysOptions {
  timeoutMs?: number;
  /** Cached JWKS older than this is refetched before use (default one hour). */
  maxAgeMs?: number;
  /** Smallest gap between two unknown-kid refetches for one issuer (default 10 s). */
  minRefetchMs?: number;
  clock?: () => number;
}

interface Cached {
  keys: readonly Jwk[];
  fetchedAt: number;
}

function unreachable(issuer: string, what: string, cause?: unknown): CodedError {
  return new CodedError('OIDC_ISSUER_UNREACHABLE', `cannot get the signing keys of ${issuer}: ${what}`, {
    ...(cause === undefined ? {} : { cause }),
  });
}

/** http:// is only for a loopback issuer (tests, local development); everything else must be https://. */
export function checkIssuerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CodedError('USAGE', `OIDC issuer ${text} is not a URL`);
  }
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new CodedError('USAGE', `OIDC issuer ${text} must be https:// (http:// only on loopback)`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new CodedError('USAGE', `OIDC issuer ${text} must not carry a query, fragment or credentials`);
  }
  return url;
}

export class IssuerKeys {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, Promise<Cached>>();
  private readonly lastRefetch = new Map<string, number>();
  private readonly timeoutMs: number;
  private readonly maxAgeMs: number;
  private readonly minRefetchMs: number;
  private readonly clock: () => number;

  constructor(options: IssuerKeysOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 3_600_000;
    this.minRefetchMs = options.minRefetchMs ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /**
   * The issuer's JWKS keys, from the cache when fresh. When a stale cache cannot be refreshed (issuer down),
   * the cached keys are used rather than refusing every token: they were the issuer's keys, and a revoked key
   * will be gone at the next successful refresh.
   */
  async keys(issuer: string): Promise<readonly Jwk[]> {
    const cached = this.cache.get(issuer);
    if (cached !== undefined && this.clock() - cached.fetchedAt < this.maxAgeMs) return cached.keys;
    try {
      return (await this.fetch(issuer)).keys;
    } catch (error) {
      if (cached !== undefined) return cached.keys;
      throw error;
    }
  }

  /** Refetches after an unknown `kid`, unless one was refetched too recently; returns the keys either way. */
  async refresh(issuer: string): Promise<readonly Jwk[]> {
    const last = this.lastRefetch.get(issuer);
    const cached = this.cache.get(issuer);
    if (cached !== undefined && last !== undefined && this.clock() - last < this.minRefetchMs) return cached.keys;
    this.lastRefetch.set(issuer, this.clock());
    return (await this.fetch(issuer)).keys;
  }

  private fetch(issuer: string): Promise<Cached> {
    let pending = this.inFlight.get(issuer);
    if (pending === undefined) {
      pending = this.load(issuer).finally(() => this.inFlight.delete(issuer));
      this.inFlight.set(issuer, pending);
    }
    return pending;
  }

  private async load(issuer: string): Promise<Cached> {
    const base = issuer.replace(/\/+$/, '');
    const discovery = await this.getJson(issuer, `${base}/.well-known/openid-configuration`);
    if (discovery.issuer !== issuer) {
      throw unreachable(issuer, `its discovery document names issuer ${JSON.stringify(discovery.issuer)}`);
    }
    const jwksUri = discovery.jwks_uri;
    if (typeof jwksUri !== 'string') throw unreachable(issuer, 'its discovery document has no jwks_uri');
    let jwksUrl: URL;
    try {
      jwksUrl = checkIssuerUrl(jwksUri);
    } catch (cause) {
      throw unreachable(issuer, `jwks_uri ${jwksUri} is not an https URL`, cause);
    }
    const jwks = await this.getJson(issuer, jwksUrl.href);
    const keys = jwks.keys;
    if (!Array.isArray(keys) || keys.length > MAX_KEYS) {
      throw unreachable(issuer, `the JWKS at ${jwksUri} has no keys array of at most ${MAX_KEYS} keys`);
    }
    const valid = keys.filter((k): k is Jwk => typeof k === 'object' && k !== null && !Array.isArray(k));
    const cached = { keys: valid, fetchedAt: this.clock() };
    this.cache.set(issuer, cached);
    return cached;
  }

  private async getJson(issuer: string, url: string): Promise<Record<string, unknown>> {
    let text: string;
    try {
      const response = await httpExchange({
        method: 'GET',
        url,
        headers: { accept: 'application/json' },
        timeoutMs: this.timeoutMs,
        maxResponseBytes: MAX_RESPONSE_BYTES,
      });
      if (response.status !== 200) throw unreachable(issuer, `GET ${url} answered ${response.status}`);
      text = response.text;
    } catch (error) {
      if (error instanceof CodedError) throw error;
      throw unreachable(issuer, `GET ${url} failed (${error instanceof Error ? error.message : String(error)})`, error);
    }
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw unreachable(issuer, `GET ${url} did not answer a JSON object`);
  }
}
