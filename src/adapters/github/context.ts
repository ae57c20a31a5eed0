/**
 * The build context for provenance when no verified OIDC token is available (research/formats.md §3.3,
 * "env var source" column): from the runner's `GITHUB_*` variables plus the event payload, or — for
 * `provlog attest` on a laptop — from the local git checkout. The env record is a parameter (never
 * process.env) so the action, the CLI and tests pass what they have.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CodedError } from '../../core/errors.js';
import type { BuildContext } from '../../core/intoto/slsa.js';
import { decode, parseJson } from '../../core/json/decode.js';

export type Env = Readonly<Record<string, string | undefined>>;
export type RepositoryVisibility = 'public' | 'private' | 'internal';

/** What the attest flow needs besides the predicate facts. */
export interface RunContext {
  build: BuildContext;
  /** Tag of the release to attach to: the release event's tag, else the tag of GITHUB_REF. */
  releaseTag?: string;
  /** From the event payload; undefined when unknown (local runs, payload without `repository`). */
  visibility?: RepositoryVisibility;
  /** REST base for releases (GITHUB_API_URL, default https://api.github.com). */
  apiUrl: string;
}

const DEFAULT_SERVER = 'https://github.com';

/** True when this looks like a GitHub Actions run (or an emulation of one, like act). */
export function isActionsEnv(env: Env): boolean {
  return env.GITHUB_ACTIONS === 'true' || (env.GITHUB_REPOSITORY ?? '') !== '';
}

/** Reads and parses `GITHUB_EVENT_PATH`; `{}` when unset (as @actions/github does). */
export async function readEventPayload(env: Env): Promise<unknown> {
  const file = env.GITHUB_EVENT_PATH;
  if (file === undefined || file === '') return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new CodedError('FILE_UNREADABLE', `GITHUB_EVENT_PATH ${file} cannot be read`, { cause });
  }
  return parseJson(text, 'event payload');
}

/**
 * BuildContext from `GITHUB_*` and the payload (source 'env'). Repository and owner IDs fall back to the
 * payload's `repository.id` / `repository.owner.id`; `RUNNER_ENVIRONMENT` (unset under act) to "unknown".
 * Throws INVALID_FIELD naming the first missing variable.
 */
export function parseBuildContextFromEnv(env: Env, payload: unknown): BuildContext {
  const need = (name: string): string => {
    const v = env[name];
    if (v === undefined || v === '') {
      throw new CodedError('INVALID_FIELD', `${name} is not set; it is needed for the build provenance`, {
        details: { path: name },
      });
    }
    return v;
  };
  const repo = payloadRepository(payload);
  const ctx: BuildContext = {
    serverUrl: (env.GITHUB_SERVER_URL || DEFAULT_SERVER).replace(/\/+$/, ''),
    repository: need('GITHUB_REPOSITORY'),
    repositoryId: env.GITHUB_REPOSITORY_ID || repo.id || need('GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID || repo.ownerId || need('GITHUB_REPOSITORY_OWNER_ID'),
    ref: need('GITHUB_REF'),
    sha: need('GITHUB_SHA'),
    workflowRef: need('GITHUB_WORKFLOW_REF'),
    eventName: need('GITHUB_EVENT_NAME'),
    runId: need('GITHUB_RUN_ID'),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    runnerEnvironment: env.RUNNER_ENVIRONMENT || 'unknown',
    source: 'env',
  };
  const inputs = parseWorkflowInputs(ctx.eventName, payload);
  if (inputs !== undefined) ctx.workflowInputs = inputs;
  return ctx;
}

/** workflow_dispatch inputs as the payload carries them (`inputs`: strings, booleans, numbers). */
export function parseWorkflowInputs(eventName: string, payload: unknown): Record<string, unknown> | undefined {
  if (eventName !== 'workflow_dispatch' || typeof payload !== 'object' || payload === null) return undefined;
  const inputs = decode(payload, 'INVALID_FIELD', 'event payload').optional('inputs');
  if (inputs === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, node] of inputs.entries()) {
    const v = node.value;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
    else if (v !== null && v !== undefined) out[key] = JSON.stringify(v);
  }
  return out;
}

function payloadRepository(payload: unknown): { id?: string; ownerId?: string; visibility?: RepositoryVisibility } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return {};
  const root = decode(payload, 'INVALID_FIELD', 'event payload');
  const repo = root.optional('repository');
  if (repo === undefined || typeof repo.value !== 'object' || Array.isArray(repo.value)) return {};
  const id = repo.optional('id')?.value;
  const ownerId = repo.optional('owner')?.optional('id')?.value;
  const visibility = repo.optional('visibility')?.value;
  const isPrivate = repo.optional('private')?.value;
  const out: { id?: string; ownerId?: string; visibility?: RepositoryVisibility } = {};
  if (typeof id === 'number' || typeof id === 'string') out.id = String(id);
  if (typeof ownerId === 'number' || typeof ownerId === 'string') out.ownerId = String(ownerId);
  if (visibility === 'public' || visibility === 'private' || visibility === 'internal') out.visibility = visibility;
  else if (typeof isPrivate === 'boolean') out.visibility = isPrivate ? 'private' : 'public';
  return out;
}

/** `repository.visibility` (or `repository.private`) from the event payload. */
export function parseRepositoryVisibility(payload: unknown): RepositoryVisibility | undefined {
  return payloadRepository(payload).visibility;
}

/** The release event's `release.tag_name`, else the tag in GITHUB_REF (`refs/tags/<tag>`). */
export function parseReleaseTag(env: Env, payload: unknown): string | undefined {
  if (typeof payload === 'object' && payload !== null) {
    const tag = decode(payload, 'INVALID_FIELD', 'event payload').optional('release')?.optional('tag_name')?.value;
    if (typeof tag === 'string' && tag !== '') return tag;
  }
  const ref = env.GITHUB_REF ?? '';
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

export function parseRunContext(env: Env, payload: unknown, build: BuildContext): RunContext {
  const out: RunContext = { build, apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') };
  const tag = parseReleaseTag(env, payload);
  if (tag !== undefined) out.releaseTag = tag;
  const visibility = parseRepositoryVisibility(payload);
  if (visibility !== undefined) out.visibility = visibility;
  return out;
}

const execFileAsync = promisify(execFile);

async function runGit(args: string[], cwd: string): Promise<string> {
  return (await execFileAsync('git', args, { cwd })).stdout.trim();
}

/** From `remote.<name>.url <url>` lines: origin's URL, else the first remote's. */
function pickRemoteUrl(lines: string | undefined): string | undefined {
  const remotes = (lines ?? '')
    .split('\n')
    .map((line) => /^remote\.(.+)\.url\s+(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1], url: m[2] }));
  return (remotes.find((r) => r.name === 'origin') ?? remotes[0])?.url;
}

/**
 * BuildContext from the local checkout (source 'git', runner environment 'local'): HEAD's commit, the
 * branch (`refs/heads/x`) or an exact tag (`refs/tags/v1`) or, detached, the commit itself; repository and
 * server from the `origin` remote (https, ssh and scp-style URLs). Without a remote the repository is
 * `local/<directory name>` on server `file://localhost`. IDs and run numbers do not exist locally: "0" / "1".
 */
export async function readBuildContextFromGit(cwd: string): Promise<BuildContext> {
  const attempt = async (args: string[]): Promise<string | undefined> => {
    try {
      const out = await runGit(args, cwd);
      return out === '' ? undefined : out;
    } catch {
      return undefined;
    }
  };
  // Two git processes, run together (each spawn costs ~5-10 ms of CPU in a CLI that is hashing on every core):
  // one rev-parse prints the top level, HEAD's commit and its symbolic name ("HEAD" when detached); one
  // config query lists every remote's URL.
  const [head, remotes] = await Promise.all([
    attempt(['rev-parse', '--show-toplevel', 'HEAD', '--symbolic-full-name', 'HEAD']),
    attempt(['config', '--get-regexp', '^remote\\..*\\.url$']),
  ]);
  const [top = cwd, sha, symbolic] = head?.split('\n') ?? [];
  if (sha === undefined || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) {
    throw new CodedError(
      'USAGE',
      `${cwd} is not a git checkout with a commit, and no GITHUB_* environment is set: provenance needs a source ` +
        'commit (run inside the repository, or set GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, ...)',
    );
  }
  const branch = symbolic?.startsWith('refs/heads/') ? symbolic : undefined;
  const tag = branch === undefined ? await attempt(['describe', '--exact-match', '--tags', 'HEAD']) : undefined;
  const ref = branch ?? (tag !== undefined ? `refs/tags/${tag}` : sha);
  const remote = pickRemoteUrl(remotes);
  const parsed = remote === undefined ? undefined : parseGitRemote(remote);
  const serverUrl = parsed?.serverUrl ?? 'file://localhost';
  const repository = parsed?.repository ?? `local/${path.basename(top)}`;
  return {
    serverUrl,
    repository,
    repositoryId: '0',
    repositoryOwnerId: '0',
    ref,
    sha,
    workflowRef: `${repository}/local@${ref}`,
    eventName: 'local',
    runId: '0',
    runAttempt: '1',
    runnerEnvironment: 'local',
    source: 'git',
  };
}

/**
 * `https://github.com/o/r(.git)`, `git@github.com:o/r.git`, `ssh://git@host[:port]/o/r.git` ->
 * `{serverUrl: https://host, repository: o/r}`. Credentials in the URL are dropped, never reported.
 */
export function parseGitRemote(url: string): { serverUrl: string; repository: string } | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp !== null && !/^[a-z]+:\/\//i.test(url)) return pack(scp[1], scp[2]);
  try {
    const u = new URL(url);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
    return pack(
      u.hostname,
      u.pathname
        .replace(/^\/+/, '')
        .replace(/\.git\/?$/, '')
        .replace(/\/+$/, ''),
    );
  } catch {
    return undefined;
  }
}

function pack(
  host: string | undefined,
  repoPath: string | undefined,
): { serverUrl: string; repository: string } | undefined {
  if (host === undefined || repoPath === undefined || !/^[^/]+\/[^/]+$/.test(repoPath)) return undefined;
  return { serverUrl: `https://${host}`, repository: repoPath };
}

/**
 * The context the attest flow uses when there is no OIDC token: env + payload inside Actions, else the
 * local git checkout.
 */
export async function readRunContext(env: Env, opts: { cwd: string }): Promise<RunContext> {
  if (!isActionsEnv(env)) {
    return parseRunContext(env, {}, await readBuildContextFromGit(opts.cwd));
  }
  const payload = await readEventPayload(env);
  return parseRunContext(env, payload, parseBuildContextFromEnv(env, payload));
}
