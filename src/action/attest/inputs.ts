/**
 * The attest action's inputs (action.yml) and the runner variables it needs: the ONLY place the action reads
 * inputs or the environment. The signing key is masked before any other input is read, so no later log line,
 * annotation or error can show it. Combinations are checked here, once, with messages that say what to change.
 * Defaults are applied here as well as in action.yml, so the bundle behaves the same without the runner's metadata.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { readTextFile } from '../../adapters/files/read.js';
import { PUBLIC_GOOD_LOG_URL } from '../../adapters/files/trust.js';
import type { Env } from '../../adapters/github/context.js';
import { CodedError } from '../../core/errors.js';
import { decode, parseJson } from '../../core/json/decode.js';
import type { SubjectSpec } from '../../flows/subjects.js';
import { parseBooleanInput } from '../input-values.js';

export type AttachMode = 'auto' | 'always' | 'never';

export type PredicateInput = { kind: 'slsa' } | { kind: 'custom'; type: string; value: Record<string, unknown> };

export interface AttestInputs {
  workspace: string;
  runnerTemp: string;
  subjects: SubjectSpec;
  /** The PEM text, already masked; undefined when the input is empty (fork pull requests get no secrets). */
  signingKey?: string;
  requireSigning: boolean;
  /** Without a trailing slash. */
  logUrl: string;
  /** Absolute path; undefined means the built-in public-good root (only allowed for the public-good log). */
  trustedRootPath?: string;
  predicate: PredicateInput;
  releaseTag?: string;
  attach: AttachMode;
  bundleName?: string;
  githubToken: string;
  showSummary: boolean;
  /** Record workflow_dispatch inputs in the SLSA provenance (public on a public log). */
  includeWorkflowInputs: boolean;
}

/** What readAttestInputs needs from ActionIO. */
export interface InputSource {
  input(name: string): string;
  secret(value: string): void;
}

export function parseAttachMode(value: string): AttachMode {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'true') return 'always';
  if (v === 'false') return 'never';
  throw new CodedError('USAGE', `input attach-to-release must be auto, true or false, got "${value.trim()}"`);
}

/** An http(s) URL without trailing slashes; USAGE otherwise. */
export function parseLogUrl(value: string): string {
  const v = value.trim().replace(/\/+$/, '') || PUBLIC_GOOD_LOG_URL;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new CodedError('USAGE', `input log-url is not a URL: "${v}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CodedError('USAGE', `input log-url must be an http(s) URL, got "${v}"`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new CodedError('USAGE', 'input log-url must not carry credentials');
  }
  return v;
}

/**
 * A custom predicate: JSON text that must be exactly one JSON object (an in-toto predicate is an object).
 * JSON.parse already refuses comments, trailing commas and trailing text; the object check refuses the rest.
 */
export function parsePredicateJson(text: string, what: string): Record<string, unknown> {
  const node = decode(parseJson(text.trim(), what), 'INVALID_FIELD', what);
  if (typeof node.value !== 'object' || node.value === null || Array.isArray(node.value)) {
    throw new CodedError('INVALID_FIELD', `${what} must be a JSON object`, { details: { path: what } });
  }
  return node.record();
}

/** predicate-type must be an absolute URI (in-toto: "TypeURI"). */
export function parsePredicateType(value: string): string {
  const v = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(v)) {
    throw new CodedError(
      'USAGE',
      `input predicate-type must be a URI (e.g. https://example.com/manifest/v1), got "${v}"`,
    );
  }
  return v;
}

/** A plain file name (it names both a file in RUNNER_TEMP and a release asset). */
export function parseBundleName(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/[/\\]/.test(v) || v === '.' || v === '..' || v.startsWith('.')) {
    throw new CodedError(
      'USAGE',
      `input bundle-name must be a plain file name such as app-v1.sigstore.json, got "${v}"`,
    );
  }
  return v;
}

async function readPredicate(io: InputSource, workspace: string): Promise<PredicateInput> {
  const type = io.input('predicate-type').trim();
  const inline = io.input('predicate').trim();
  const path = io.input('predicate-path').trim();
  if (type === '') {
    if (inline !== '' || path !== '') {
      throw new CodedError('USAGE', 'predicate / predicate-path need predicate-type (the URI of your predicate)');
    }
    return { kind: 'slsa' };
  }
  if (inline !== '' && path !== '') throw new CodedError('USAGE', 'set only one of predicate and predicate-path');
  if (inline === '' && path === '') {
    throw new CodedError(
      'USAGE',
      'predicate-type needs the predicate: set predicate (JSON) or predicate-path (a file)',
    );
  }
  const text = inline !== '' ? inline : await readTextFile(resolve(workspace, path), 16 * 1024 * 1024);
  const what = inline !== '' ? 'input predicate' : `predicate-path ${path}`;
  return { kind: 'custom', type: parsePredicateType(type), value: parsePredicateJson(text, what) };
}

function readSubjects(io: InputSource): SubjectSpec {
  const paths = io.input('subject-path');
  const digest = io.input('subject-digest').trim();
  const name = io.input('subject-name').trim();
  const checksums = io.input('subject-checksums');
  if (digest !== '' && name === '') throw new CodedError('USAGE', 'subject-digest needs subject-name');
  if (digest === '' && name !== '') {
    throw new CodedError('USAGE', 'subject-name is only used with subject-digest (files are named by their path)');
  }
  if (paths.trim() === '' && checksums.trim() === '' && digest === '') {
    throw new CodedError(
      'NO_SUBJECTS',
      'nothing to attest: set subject-path (globs), subject-checksums (a sha256sum file), or subject-digest with subject-name',
    );
  }
  return {
    ...(paths.trim() === '' ? {} : { paths }),
    ...(checksums.trim() === '' ? {} : { checksums }),
    ...(digest === '' ? {} : { digest: { digest, name } }),
  };
}

export async function readAttestInputs(io: InputSource, env: Env): Promise<AttestInputs> {
  // First: mask the key (and the token) so nothing printed from here on can show them.
  const signingKey = io.input('signing-key').trim();
  if (signingKey !== '') io.secret(signingKey);
  const githubToken = io.input('github-token').trim();
  if (githubToken !== '') io.secret(githubToken);

  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const logUrl = parseLogUrl(io.input('log-url'));
  const trustedRoot = io.input('trusted-root').trim();
  if (trustedRoot === '' && logUrl !== PUBLIC_GOOD_LOG_URL) {
    throw new CodedError(
      'USAGE',
      `trusted-root is required for log-url ${logUrl}: provlog never trusts a log key fetched from the log itself. ` +
        "Commit the log's trusted_root.json (`provlog serve` writes DATA_DIR/trusted_root.json) and pass its path.",
    );
  }
  const releaseTag = io.input('release-tag').trim();
  const bundleName = parseBundleName(io.input('bundle-name'));
  return {
    workspace,
    runnerTemp: resolve(env.RUNNER_TEMP || tmpdir()),
    subjects: readSubjects(io),
    ...(signingKey === '' ? {} : { signingKey }),
    requireSigning: parseBooleanInput('require-signing', io.input('require-signing'), false),
    logUrl,
    ...(trustedRoot === '' ? {} : { trustedRootPath: resolve(workspace, trustedRoot) }),
    predicate: await readPredicate(io, workspace),
    ...(releaseTag === '' ? {} : { releaseTag }),
    attach: parseAttachMode(io.input('attach-to-release')),
    ...(bundleName === undefined ? {} : { bundleName }),
    githubToken,
    showSummary: parseBooleanInput('show-summary', io.input('show-summary'), true),
    includeWorkflowInputs: parseBooleanInput('include-workflow-inputs', io.input('include-workflow-inputs'), true),
  };
}
