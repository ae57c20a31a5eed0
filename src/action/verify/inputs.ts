/**
 * The policy check's inputs (verify/action.yml) and the runner environment it needs: the ONLY place the action
 * reads inputs or `process.env`. Defaults are applied here as well as in action.yml, so the bundle behaves the
 * same when run without the runner's metadata defaults (tests, other CI systems).
 */
import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { type Env, readEventPayload } from '../../adapters/github/context.js';
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import { parseBooleanInput } from '../input-values.js';

export const DEFAULT_POLICY_PATH = '.github/provlog-policy.yml';

export interface VerifyActionInputs {
  workspace: string;
  /** Absolute path of the policy file. */
  policyPath: string;
  /** Let a pull request that changes the policy (or a file it references) be judged by its own version. */
  allowPolicyChange: boolean;
  subjectPath: string;
  digestsIn: string;
  /** Restrict to the files the pull request adds or modifies (only when there is a pull request). */
  onlyChanged: boolean;
  bundlePath: string;
  logUrl?: string;
  githubToken: string;
  failOnViolation: boolean;
  runnerTemp: string;
  apiUrl: string;
  /** owner/repo */
  repository: string;
  eventName: string;
  pullNumber?: number;
  /** GITHUB_ACTION: the step's id, keeps report files of several steps apart. */
  stepId: string;
}

/** What the action reads: io.input (core.getInput) for inputs, `env` for the runner's variables. */
export interface InputSource {
  input(name: string): string;
}

/** The pull request number of a pull_request / pull_request_target event payload; undefined otherwise. */
export function parsePullNumber(payload: unknown): number | undefined {
  const root = decode(payload, 'INVALID_FIELD', 'event payload');
  if (typeof root.value !== 'object' || root.value === null) return undefined;
  const pr = root.optional('pull_request');
  const number = pr?.optional('number') ?? root.optional('number');
  if (pr === undefined || number === undefined) return undefined;
  return number.uint();
}

export async function readVerifyInputs(io: InputSource, env: Env): Promise<VerifyActionInputs> {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const policy = io.input('policy').trim() || DEFAULT_POLICY_PATH;
  const subjectPath = io.input('subject-path');
  const digestsIn = io.input('digests-in');
  if (subjectPath.trim() === '' && digestsIn.trim() === '') {
    throw new CodedError(
      'USAGE',
      'nothing to check: set subject-path (files, e.g. "vendor/**") and/or digests-in (text files with sha256: references)',
    );
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullNumber = parsePullNumber(await readEventPayload(env));
  const onlyChangedText = io.input('only-changed').trim();
  const onlyChanged =
    onlyChangedText === '' || onlyChangedText === 'auto'
      ? pullNumber !== undefined
      : parseBooleanInput('only-changed', onlyChangedText, true);
  const logUrl = io.input('log-url').trim();
  return {
    workspace,
    policyPath: isAbsolute(policy) ? policy : resolve(workspace, policy),
    allowPolicyChange: parseBooleanInput('allow-policy-change', io.input('allow-policy-change'), false),
    subjectPath,
    digestsIn,
    onlyChanged,
    bundlePath: io.input('bundle-path'),
    ...(logUrl === '' ? {} : { logUrl }),
    githubToken: io.input('github-token').trim(),
    failOnViolation: parseBooleanInput('fail-on-violation', io.input('fail-on-violation'), true),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    eventName,
    ...(pullNumber === undefined ? {} : { pullNumber }),
    stepId: (env.GITHUB_ACTION || 'policy-check').replace(/[^A-Za-z0-9_.-]/g, '_'),
  };
}

/** Unix seconds now (the one clock read of the action). */
export function readNow(): number {
  return Math.floor(Date.now() / 1000);
}
