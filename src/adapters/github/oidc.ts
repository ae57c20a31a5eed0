/**
 * Build facts from a VERIFIED GitHub Actions OIDC token (research/formats.md §3.3 and §4.6; what
 * @actions/attest does): request a token from the runner (`ACTIONS_ID_TOKEN_REQUEST_URL` + `&audience=`,
 * bearer `ACTIONS_ID_TOKEN_REQUEST_TOKEN`), fetch the issuer's `/.well-known/openid-configuration` ->
 * `jwks_uri`, verify the RS256 signature with node:crypto, check iss/aud/exp/nbf, require the claims the
 * predicate needs. Claims are workflow-independent facts, unlike env vars a step could have shadowed.
 */
import { CodedError } from '../../core/errors.js';
import type { BuildContext } from '../../core/intoto/slsa.js';
import { decode, parseJson } from '../../core/json/decode.js';
import type { Env } from './context.js';
import { parseWorkflowInputs } from './context.js';
import { type JsonWebKeyRecord, verifyJwt } from './jwt.js';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** The audience actions/attest uses to read claims (the token is never sent anywhere else). */
export const CLAIMS_AUDIENCE = 'nobody';
/** Tolerated clock difference for the token's exp / nbf / iat. */
const CLOCK_SKEW_SECONDS = 60;

export const REQUIRED_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

const PERMISSION_HINT =
  'the job has no `id-token: write` permission, so the runner offers no OIDC token. Add\n' +
  'permissions:\n  id-token: write\n  contents: write\nto the job (or workflow). Without it provenance is read from GITHUB_* variables.';

/** True when the runner offers an ID token (the job has `id-token: write`). */
export function hasIdTokenRequest(env: Env): boolean {
  return (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '') !== '';
}

/**
 * The issuer GitHub uses for this server: github.com -> token.actions.githubusercontent.com;
 * `<sub>.ghe.com` -> https://token.actions.<sub>.ghe.com; GHES -> `<server>/_services/token`.
 */
export function expectedIssuer(serverUrl: string): string {
  const host = new URL(serverUrl).hostname;
  if (host === 'github.com') return GITHUB_OIDC_ISSUER;
  const ghe = /^([a-z0-9-]+)\.ghe\.com$/i.exec(host);
  if (ghe !== null) return `https://token.actions.${ghe[1]}.ghe.com`;
  return `${serverUrl.replace(/\/+$/, '')}/_services/token`;
}

export async function fetchIdToken(env: Env): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (url === undefined || url === '' || bearer === undefined || bearer === '') {
    throw new CodedError('GITHUB_PERMISSION', `cannot request an OIDC token: ${PERMISSION_HINT}`, {
      details: { permission: 'id-token: write' },
    });
  }
  const full = `${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(CLAIMS_AUDIENCE)}`;
  const data = await getJson(full, { authorization: `Bearer ${bearer}` }, 'OIDC token');
  return decode(data, 'OIDC_TOKEN_INVALID', 'OIDC token response').get('value').nonEmptyString();
}

async function getJson(url: string, headers: Record<string, string>, what: string): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', ...headers },
        signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      if ((res.status === 401 || res.status === 403) && headers.authorization !== undefined) {
        throw new CodedError('GITHUB_PERMISSION', `${what} request was refused (${res.status}): ${PERMISSION_HINT}`, {
          details: { permission: 'id-token: write', status: res.status },
        });
      }
      if (res.status >= 500 || res.status === 429) {
        lastError = new Error(`HTTP ${res.status}`);
      } else if (!res.ok) {
        throw new CodedError('OIDC_TOKEN_INVALID', `${what}: HTTP ${res.status} from ${new URL(url).origin}`);
      } else {
        return parseJson(text, what);
      }
    } catch (error) {
      if (error instanceof CodedError) {
        if (error.code === 'INVALID_JSON') throw new CodedError('OIDC_TOKEN_INVALID', error.message, { cause: error });
        throw error;
      }
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
  }
  const message = lastError instanceof Error ? lastError.message : String(lastError);
  throw new CodedError('OIDC_TOKEN_INVALID', `${what}: ${message} (from ${new URL(url).origin})`, { cause: lastError });
}

/** `<issuer>/.well-known/openid-configuration` -> `jwks_uri` -> the keys. */
export async function fetchJwks(issuer: string): Promise<JsonWebKeyRecord[]> {
  const config = await getJson(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, {}, 'OIDC discovery');
  const jwksUri = decode(config, 'OIDC_TOKEN_INVALID', 'openid-configuration').get('jwks_uri').nonEmptyString();
  const jwks = await getJson(jwksUri, {}, 'OIDC JWKS');
  return decode(jwks, 'OIDC_TOKEN_INVALID', 'jwks')
    .get('keys')
    .array()
    .map((k) => ({ ...k.record() }));
}

export interface OidcVerifyOptions {
  /** Issuer the token must come from (or `<issuer>/<enterprise slug>`); default from GITHUB_SERVER_URL. */
  issuer?: string;
  /** Unix seconds. */
  now: number;
}

/**
 * Verifies the token and returns its claims. The issuer is checked BEFORE its keys are fetched, so a
 * forged token cannot point us at an attacker's JWKS.
 */
export async function verifyIdToken(
  token: string,
  opts: OidcVerifyOptions & { issuer: string },
): Promise<Record<string, unknown>> {
  const iss = peekIssuer(token);
  if (!issuerAllowed(iss, opts.issuer)) {
    throw new CodedError('OIDC_TOKEN_INVALID', `OIDC token issuer "${iss}" is not "${opts.issuer}"`);
  }
  const keys = await fetchJwks(iss);
  return verifyJwt(token, {
    keys,
    issuer: iss,
    audience: CLAIMS_AUDIENCE,
    now: opts.now,
    skewSeconds: CLOCK_SKEW_SECONDS,
  });
}

function issuerAllowed(iss: string, expected: string): boolean {
  const base = expected.replace(/\/+$/, '');
  return iss === base || (iss.startsWith(`${base}/`) && /^[A-Za-z0-9_-]+$/.test(iss.slice(base.length + 1)));
}

function peekIssuer(token: string): string {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new CodedError('OIDC_TOKEN_INVALID', 'OIDC token is not a JWT');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new CodedError('OIDC_TOKEN_INVALID', 'OIDC token payload is not JSON', { cause });
  }
  return decode(claims, 'OIDC_TOKEN_INVALID', 'OIDC token').get('iss').nonEmptyString();
}

/** Claims -> BuildContext (source 'oidc'). Missing or non-string required claims -> OIDC_TOKEN_INVALID. */
export function parseBuildContextFromClaims(
  claims: Record<string, unknown>,
  serverUrl: string,
  payload: unknown = {},
): BuildContext {
  const missing = REQUIRED_CLAIMS.filter((c) => typeof claims[c] !== 'string' || claims[c] === '');
  if (missing.length > 0) {
    throw new CodedError('OIDC_TOKEN_INVALID', `OIDC token is missing claims: ${missing.join(', ')}`, {
      details: { missing },
    });
  }
  const c = (name: (typeof REQUIRED_CLAIMS)[number]): string => String(claims[name]);
  const ctx: BuildContext = {
    serverUrl: serverUrl.replace(/\/+$/, ''),
    repository: c('repository'),
    repositoryId: c('repository_id'),
    repositoryOwnerId: c('repository_owner_id'),
    ref: c('ref'),
    sha: c('sha'),
    workflowRef: c('workflow_ref'),
    jobWorkflowRef: c('job_workflow_ref'),
    eventName: c('event_name'),
    runId: c('run_id'),
    runAttempt: c('run_attempt'),
    runnerEnvironment: c('runner_environment'),
    source: 'oidc',
  };
  const inputs = parseWorkflowInputs(ctx.eventName, payload);
  if (inputs !== undefined) ctx.workflowInputs = inputs;
  return ctx;
}

/**
 * The whole OIDC path: request, verify, map. `serverUrl` is GITHUB_SERVER_URL (the one env value the
 * predicate takes, as in @actions/attest); workflow inputs come from the event payload (not in the token).
 */
export async function readOidcBuildContext(
  env: Env,
  opts: { now: number; payload?: unknown; issuer?: string },
): Promise<{ context: BuildContext; claims: Record<string, unknown> }> {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const token = await fetchIdToken(env);
  const claims = await verifyIdToken(token, { now: opts.now, issuer: opts.issuer ?? expectedIssuer(serverUrl) });
  return { context: parseBuildContextFromClaims(claims, serverUrl, opts.payload), claims };
}
