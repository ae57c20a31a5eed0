/**
 * The provenance policy file (version 1) a security team writes once for the whole organisation. Parsed from
 * YAML strictly: unknown keys, wrong types and bad values are errors that name the key path AND the line, so a
 * typo (`repositorys:`) can never silently weaken a policy. JSON Schema: schema/provlog-policy.schema.json.
 */
import { LineCounter, parseDocument } from 'yaml';
import { CodedError } from '../errors.js';
import { decode, type Node } from '../json/decode.js';
import { isRepositoryPattern, parseDuration } from './match.js';

export type RunnerRequirement = 'github-hosted' | 'self-hosted' | 'any';

/** What provenance must say. Every field is optional; an absent field checks nothing. */
export interface Requirements {
  predicateType?: string;
  /** owner/repo globs */
  repositories?: string[];
  /** ref globs, e.g. refs/tags/v* */
  refs?: string[];
  /** workflow path globs, e.g. .github/workflows/release.yml */
  workflows?: string[];
  runnerEnvironment?: RunnerRequirement;
  eventNames?: string[];
  /** Source commits (40-hex) allowed. */
  commits?: string[];
  maxAgeSeconds?: number;
}

export type PolicyLog =
  | { kind: 'trusted-root'; path: string }
  | { kind: 'key'; url: string; publicKey: string /* PEM path or inline PEM */ };

export type PolicySigner =
  | { kind: 'key'; key: string /* PEM path or inline PEM */ }
  | { kind: 'identity'; issuer: string; subject?: string; subjectRegex?: string };

export interface PolicyException {
  digest: string; // sha256:<hex>
  reason: string;
  /** Unix seconds: the END of the `expires` day (UTC), inclusive. */
  expiresAt: number;
  expires: string;
  /** 1-based line of the exception in the policy file (for errors about it). */
  line?: number;
}

/** How far ahead an exception may expire unless the policy says otherwise: a year and a day, from the check. */
export const DEFAULT_EXCEPTION_MAX_LIFETIME_SECONDS = 366 * 86_400;

export interface Policy {
  version: 1;
  logs: PolicyLog[];
  signers: PolicySigner[];
  require: Requirements;
  exceptions: PolicyException[];
  /** `exception-max-lifetime`: an exception expiring later than this after the check is an error. */
  exceptionMaxLifetimeSeconds: number;
}

const TOP_KEYS = ['version', 'logs', 'signers', 'require', 'exceptions', 'exception-max-lifetime'] as const;
const REQUIRE_KEYS = [
  'predicate-type',
  'repositories',
  'refs',
  'workflows',
  'runner-environment',
  'event-names',
  'commits',
  'max-age',
] as const;

export function parsePolicy(text: string, source = 'policy'): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const line = yamlError.linePos?.[0]?.line;
    throw new CodedError(
      'POLICY_MALFORMED',
      `${source}${line ? `:${line}` : ''}: ${yamlError.message.split('\n')[0]}`,
      {
        details: { line },
      },
    );
  }
  try {
    const policy = decodePolicy(decode(doc.toJS({ maxAliasCount: 10 }), 'POLICY_MALFORMED', 'policy'));
    for (const [i, exception] of policy.exceptions.entries()) {
      const node = doc.getIn(['exceptions', i], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) exception.line = lineCounter.linePos(node.range[0]).line;
    }
    return policy;
  } catch (error) {
    if (!(error instanceof CodedError) || typeof error.details?.path !== 'string') throw error;
    // Map the failing path (policy.require.refs[0]) back to a YAML node for the line number.
    const keys = pathKeys(error.details.path);
    let line: number | undefined;
    for (let n = keys.length; n >= 0 && line === undefined; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) line = lineCounter.linePos(node.range[0]).line;
    }
    throw new CodedError('POLICY_MALFORMED', `${source}${line ? `:${line}` : ''}: ${error.message}`, {
      cause: error,
      details: { ...error.details, line },
    });
  }
}

function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.replace(/^policy/, '').matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(m[1] ?? Number(m[2]));
  }
  return keys;
}

function decodePolicy(root: Node): Policy {
  root.onlyKeys(TOP_KEYS);
  const version = root.get('version');
  if (version.value !== 1) version.fail('must be 1 (the only policy version this provlog understands)');
  const logs = (root.optional('logs')?.array() ?? []).map(decodeLog);
  const signers = (root.optional('signers')?.array() ?? []).map(decodeSigner);
  if (signers.length === 0) root.get('signers').fail('must list at least one signer (key or identity)');
  return {
    version: 1,
    logs,
    signers,
    require: decodeRequire(root.optional('require')),
    exceptions: (root.optional('exceptions')?.array() ?? []).map(decodeException),
    exceptionMaxLifetimeSeconds: decodeLifetime(root.optional('exception-max-lifetime')),
  };
}

function decodeLifetime(n: Node | undefined): number {
  if (n === undefined) return DEFAULT_EXCEPTION_MAX_LIFETIME_SECONDS;
  return parseDuration(n.string()) ?? n.fail('must be a duration like 90d or 26w');
}

function decodeLog(n: Node): PolicyLog {
  const keys = n.keys();
  if (keys.includes('trusted-root')) {
    n.onlyKeys(['trusted-root']);
    return { kind: 'trusted-root', path: n.get('trusted-root').nonEmptyString() };
  }
  n.onlyKeys(['url', 'public-key']);
  const url = n.get('url').nonEmptyString();
  if (!/^https?:\/\/[^\s]+$/.test(url)) n.get('url').fail('must be an http(s) URL');
  return { kind: 'key', url, publicKey: n.get('public-key').nonEmptyString() };
}

function decodeSigner(n: Node): PolicySigner {
  const keys = n.keys();
  if (keys.includes('key')) {
    n.onlyKeys(['key']);
    return { kind: 'key', key: n.get('key').nonEmptyString() };
  }
  n.onlyKeys(['identity']);
  const id = n.get('identity').onlyKeys(['issuer', 'subject', 'subject-regex']);
  const subject = id.optional('subject')?.nonEmptyString();
  const subjectRegex = id.optional('subject-regex')?.nonEmptyString();
  if (subject === undefined && subjectRegex === undefined) id.fail('needs `subject` or `subject-regex`');
  if (subjectRegex !== undefined) {
    try {
      new RegExp(subjectRegex);
    } catch {
      id.get('subject-regex').fail('is not a valid regular expression');
    }
  }
  return {
    kind: 'identity',
    issuer: id.get('issuer').nonEmptyString(),
    ...(subject === undefined ? {} : { subject }),
    ...(subjectRegex === undefined ? {} : { subjectRegex }),
  };
}

function stringArray(n: Node | undefined): string[] | undefined {
  if (n === undefined) return undefined;
  if (typeof n.value === 'string') return [n.nonEmptyString()];
  const out = n.array().map((item) => item.nonEmptyString());
  if (out.length === 0) n.fail('must not be empty (remove the key to allow anything)');
  return out;
}

function decodeRequire(n: Node | undefined): Requirements {
  if (n === undefined) return {};
  n.onlyKeys(REQUIRE_KEYS);
  const req: Requirements = {};
  const predicateType = n.optional('predicate-type')?.nonEmptyString();
  if (predicateType !== undefined) req.predicateType = predicateType;
  const repositories = stringArray(n.optional('repositories'));
  if (repositories !== undefined) {
    for (const [i, r] of repositories.entries()) {
      if (!isRepositoryPattern(r)) n.get('repositories').array()[i]?.fail('must be owner/repo (globs allowed)');
    }
    req.repositories = repositories;
  }
  const refs = stringArray(n.optional('refs'));
  if (refs !== undefined) req.refs = refs;
  const workflows = stringArray(n.optional('workflows'));
  if (workflows !== undefined) req.workflows = workflows;
  const runner = n.optional('runner-environment');
  if (runner !== undefined) req.runnerEnvironment = runner.oneOf(['github-hosted', 'self-hosted', 'any'] as const);
  const eventNames = stringArray(n.optional('event-names'));
  if (eventNames !== undefined) req.eventNames = eventNames;
  const commits = stringArray(n.optional('commits'));
  if (commits !== undefined) {
    if (commits.some((c) => !/^[0-9a-f]{40}$/.test(c))) n.get('commits').fail('must be 40-hex commit SHAs');
    req.commits = commits;
  }
  const maxAge = n.optional('max-age');
  if (maxAge !== undefined) {
    req.maxAgeSeconds = parseDuration(maxAge.string()) ?? maxAge.fail('must be a duration like 30d, 12h, 2w');
  }
  return req;
}

function decodeException(n: Node): PolicyException {
  n.onlyKeys(['digest', 'reason', 'expires']);
  const digest = n.get('digest').string().toLowerCase();
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) n.get('digest').fail('must be sha256:<64 hex>');
  const reason = n.get('reason').nonEmptyString();
  const expiresNode = n.get('expires');
  // YAML turns an unquoted 2027-01-31 into a Date; accept both that and a string.
  const raw = expiresNode.value instanceof Date ? expiresNode.value.toISOString().slice(0, 10) : expiresNode.string();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== raw) {
    expiresNode.fail('must be a date YYYY-MM-DD (every exception expires)');
  }
  return { digest, reason, expires: raw, expiresAt: ms / 1000 + 86_399 };
}
