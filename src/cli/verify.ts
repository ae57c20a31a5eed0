/**
 * `provlog verify` and `provlog verify-release` (issue 5): flags -> the verify flow -> a report and an exit code
 * (0 verified, 1 not verified / policy violated, 2 usage or unreadable input). Offline unless --check-log.
 *
 * Identity matching: `--cert-identity` and `--cert-oidc-issuer` compare exactly; a value written as `/…/` is a
 * regular expression, as are `--cert-identity-regexp` / `--cert-oidc-issuer-regexp`. A regular expression
 * must match the WHOLE value (it is anchored), so `/https:\/\/github\.com\/acme\/.*` + `/` cannot match a
 * look-alike that merely contains the prefix.
 */

import { resolve } from 'node:path';
import { RekorClient } from '../adapters/client/rekor-v1.js';
import { readOptionalTextFile, writeTextFileAtomic } from '../adapters/files/read.js';
import { GitHubApi } from '../adapters/github/http.js';
import { parseReleaseRef } from '../adapters/github/release-assets.js';
import type { TrustedRoot } from '../core/bundle/trust.js';
import { CodedError } from '../core/errors.js';
import type { PublicKey } from '../core/keys/keys.js';
import { globToRegExp, isRepositoryPattern, parseDuration } from '../core/policy/match.js';
import type { Requirements } from '../core/policy/schema.js';
import type { IdentityPolicy } from '../core/verify/identity.js';
import {
  type ArtifactInput,
  failureCodes,
  type VerifyReport,
  type VerifyRequest,
  verifyArtifacts,
} from '../flows/verify.js';
import type { BundleSource } from '../flows/verify-inputs.js';
import {
  loadPolicy,
  loadPublicKey,
  loadTrustedRoot,
  mergeRequirements,
  mergeTrustedRoots,
} from '../flows/verify-inputs.js';
import {
  type CheckpointState,
  checkReportLogs,
  formatCheckpointState,
  type LogCheckResult,
  parseCheckpointState,
} from '../flows/verify-log.js';
import { releaseVerifyInputs } from '../flows/verify-release.js';
import {
  booleanValue,
  type CommandSpec,
  formatHelp,
  type OptionSpec,
  type ParsedArgs,
  parseCommandArgs,
  stringList,
  stringValue,
} from './args.js';
import { EXIT_OK, exitCodeForCode } from './exit-codes.js';
import { type CliIO, useColor } from './io.js';
import { formatVerifyHuman, formatVerifyJson } from './verify-output.js';

const COMMON_OPTIONS: Record<string, OptionSpec> = {
  'trusted-root': {
    type: 'string',
    value: 'R.json',
    help: 'Sigstore trusted root (default: the built-in public-good root)',
  },
  key: {
    type: 'string',
    multiple: true,
    value: 'PUB.pem',
    help: 'trusted public key (PEM SPKI) for key-signed bundles',
  },
  'cert-identity': { type: 'string', value: 'ID', help: 'expected certificate SAN, exact (or /regex/, whole value)' },
  'cert-identity-regexp': { type: 'string', value: 'RE', help: 'expected certificate SAN as a regular expression' },
  'cert-oidc-issuer': { type: 'string', value: 'ISS', help: 'expected OIDC issuer, exact (or /regex/, whole value)' },
  'cert-oidc-issuer-regexp': { type: 'string', value: 'RE', help: 'expected OIDC issuer as a regular expression' },
  policy: { type: 'string', value: 'P.yml', help: 'policy file (signers, logs, requirements); flags add to it' },
  repo: { type: 'string', multiple: true, value: 'OWNER/REPO', help: 'required source repository (glob)' },
  'source-ref': { type: 'string', multiple: true, value: 'REF', help: 'required source ref, e.g. refs/tags/v* (glob)' },
  'signer-workflow': {
    type: 'string',
    multiple: true,
    value: 'PATH',
    help: 'required workflow path, e.g. .github/workflows/release.yml (glob)',
  },
  'deny-self-hosted-runners': { type: 'boolean', help: 'require a GitHub-hosted runner' },
  'max-age': {
    type: 'string',
    value: 'DUR',
    help: 'reject attestations logged longer ago than DUR (90s, 12h, 30d, 2w)',
  },
  json: { type: 'boolean', help: 'print the result as JSON (schema https://provlog.dev/verify/v1) on stdout' },
  'check-log': {
    type: 'boolean',
    help: "online: verify the log's current checkpoint and a consistency proof from the bundle's (split-view check)",
  },
  'checkpoint-file': {
    type: 'string',
    value: 'F',
    help: 'remember the newest verified checkpoint per log in F and fail on an inconsistent one (implies --check-log)',
  },
};

export const VERIFY_SPEC: CommandSpec = {
  name: 'verify',
  usage: 'provlog verify FILE... | --digest sha256:HEX  --bundle B.json [options]',
  summary:
    'Verify that each file (or digest) is a subject of a Sigstore bundle signed by a trusted key or identity, ' +
    'recorded in a trusted transparency log, and that its provenance meets the requirements. Offline unless ' +
    '--check-log. Exit 0 verified, 1 not verified, 2 usage or unreadable input.',
  options: {
    digest: { type: 'string', multiple: true, value: 'sha256:HEX', help: 'verify a digest instead of a file' },
    bundle: { type: 'string', multiple: true, value: 'B.json', help: 'bundle file (JSON, or JSONL: one per line)' },
    ...COMMON_OPTIONS,
  },
};

export const VERIFY_RELEASE_SPEC: CommandSpec = {
  name: 'verify-release',
  usage: 'provlog verify-release OWNER/REPO@TAG [--asset GLOB]... [--github-url URL] [options]',
  summary:
    "Download a published GitHub release's assets and its bundles (*.sigstore.json, *.intoto.jsonl) and verify " +
    'every asset. The source repository must be OWNER/REPO unless --repo says otherwise. GITHUB_TOKEN is used ' +
    'when set (optional for public repositories).',
  options: {
    asset: { type: 'string', multiple: true, value: 'GLOB', help: 'verify only assets whose name matches' },
    'github-url': {
      type: 'string',
      value: 'URL',
      help: 'GitHub REST API base (default $GITHUB_API_URL or https://api.github.com; GHES: https://HOST/api/v3)',
    },
    ...COMMON_OPTIONS,
  },
};

/** Exact unless written /…/; the -regexp flag always a regular expression. */
function pattern(args: ParsedArgs, flag: string): string | RegExp | undefined {
  const re = stringValue(args, `${flag}-regexp`);
  const exact = stringValue(args, flag);
  if (re !== undefined && exact !== undefined)
    throw new CodedError('USAGE', `give --${flag} or --${flag}-regexp, not both`);
  const asRegex = re ?? (exact !== undefined && /^\/.+\/$/.test(exact) ? exact.slice(1, -1) : undefined);
  if (asRegex === undefined) return exact;
  try {
    return new RegExp(asRegex);
  } catch {
    throw new CodedError('USAGE', `--${flag}: "${asRegex}" is not a valid regular expression`);
  }
}

function identityFromFlags(args: ParsedArgs): IdentityPolicy | undefined {
  const san = pattern(args, 'cert-identity');
  const issuer = pattern(args, 'cert-oidc-issuer');
  if (san === undefined && issuer === undefined) return undefined;
  if (san === undefined || issuer === undefined) {
    throw new CodedError('USAGE', '--cert-identity and --cert-oidc-issuer go together (exact or regular expression)');
  }
  return { san, issuer };
}

function requirementsFromFlags(args: ParsedArgs): Requirements {
  const req: Requirements = {};
  const repos = stringList(args, 'repo');
  if (!repos.every(isRepositoryPattern)) throw new CodedError('USAGE', '--repo must be OWNER/REPO');
  if (repos.length > 0) req.repositories = repos;
  const refs = stringList(args, 'source-ref');
  if (refs.length > 0) req.refs = refs;
  const workflows = stringList(args, 'signer-workflow');
  if (workflows.length > 0) req.workflows = workflows;
  if (booleanValue(args, 'deny-self-hosted-runners')) req.runnerEnvironment = 'github-hosted';
  const maxAge = stringValue(args, 'max-age');
  if (maxAge !== undefined) {
    const seconds = parseDuration(maxAge);
    if (seconds === null)
      throw new CodedError('USAGE', `--max-age "${maxAge}" is not a duration like 90s, 12h, 30d, 2w`);
    req.maxAgeSeconds = seconds;
  }
  return req;
}

interface Trust {
  trustedRoot: TrustedRoot;
  keys: PublicKey[];
  identities: IdentityPolicy[];
  requirements: Requirements;
}

/** Trust and requirements from flags plus --policy: roots and signers add up; a requirement flag replaces the policy's. */
async function trustFromArgs(args: ParsedArgs, io: CliIO, implied: Requirements = {}): Promise<Trust> {
  const path = (p: string) => resolve(io.cwd, p);
  const roots: TrustedRoot[] = [];
  const keys: PublicKey[] = [];
  const identities: IdentityPolicy[] = [];
  let requirements: Requirements = { ...implied };
  const policyPath = stringValue(args, 'policy');
  if (policyPath !== undefined) {
    const policy = await loadPolicy(path(policyPath));
    roots.push(...policy.trustedRoots);
    keys.push(...policy.keys);
    identities.push(...policy.identities);
    requirements = mergeRequirements(requirements, policy.requirements);
  }
  const rootPath = stringValue(args, 'trusted-root');
  if (rootPath !== undefined) roots.push(await loadTrustedRoot(path(rootPath)));
  for (const k of stringList(args, 'key')) keys.push(await loadPublicKey(path(k)));
  const identity = identityFromFlags(args);
  if (identity !== undefined) identities.push(identity);
  return {
    trustedRoot: mergeTrustedRoots(roots), // the built-in public-good root when none is given
    keys,
    identities,
    requirements: mergeRequirements(requirements, requirementsFromFlags(args)),
  };
}

/** --check-log / --checkpoint-file: one check per (log, bundle checkpoint); failures mark the artifacts. */
async function checkLogs(report: VerifyReport, args: ParsedArgs, io: CliIO): Promise<LogCheckResult[]> {
  const statePath = stringValue(args, 'checkpoint-file');
  if (!booleanValue(args, 'check-log') && statePath === undefined) return [];
  const absState = statePath === undefined ? undefined : resolve(io.cwd, statePath);
  let state: CheckpointState | undefined;
  if (absState !== undefined) {
    const text = await readOptionalTextFile(absState);
    state = text === undefined ? new Map() : parseCheckpointState(text, absState);
  }
  const out = await checkReportLogs(
    report,
    (baseUrl) => new RekorClient({ baseUrl, retries: 1, timeoutMs: 15_000 }),
    state,
  );
  if (state !== undefined && absState !== undefined && out.some((c) => c.ok)) {
    await writeTextFileAtomic(absState, formatCheckpointState(state));
  }
  return out;
}

function finish(report: VerifyReport, logChecks: LogCheckResult[], args: ParsedArgs, io: CliIO): number {
  io.stdout(
    booleanValue(args, 'json')
      ? formatVerifyJson(report, logChecks)
      : formatVerifyHuman(report, logChecks, useColor(io)),
  );
  const codes = failureCodes(report);
  // A failed log check marks its results not verified, with its error code: it shows up in `codes`.
  if (codes.length === 0) return EXIT_OK;
  return Math.max(...codes.map(exitCodeForCode));
}

export async function runVerify(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(VERIFY_SPEC, argv);
  if (args.values.help === true) {
    io.stdout(formatHelp(VERIFY_SPEC));
    return EXIT_OK;
  }
  const artifacts: ArtifactInput[] = [
    ...args.positionals.map((p): ArtifactInput => ({ kind: 'file', path: resolve(io.cwd, p) })),
    ...stringList(args, 'digest').map((d): ArtifactInput => ({ kind: 'digest', digest: d })),
  ];
  if (artifacts.length === 0) {
    throw new CodedError(
      'USAGE',
      'nothing to verify: give FILE... or --digest sha256:HEX (see `provlog verify --help`)',
    );
  }
  const bundles: BundleSource[] = stringList(args, 'bundle').map((b) => ({
    kind: 'file',
    path: resolve(io.cwd, b),
    name: b,
  }));
  if (bundles.length === 0) throw new CodedError('USAGE', '--bundle is required (see `provlog verify --help`)');
  const trust = await trustFromArgs(args, io);
  const request: VerifyRequest = { artifacts, bundles, ...trust, now: Math.floor(Date.now() / 1000) };
  const report = await verifyArtifacts(request);
  // Show paths as the user typed them.
  for (const [i, p] of args.positionals.entries()) {
    const r = report.results[i];
    if (r !== undefined) r.artifact = p;
  }
  const logChecks = await checkLogs(report, args, io);
  return finish(report, logChecks, args, io);
}

export async function runVerifyRelease(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(VERIFY_RELEASE_SPEC, argv);
  if (args.values.help === true) {
    io.stdout(formatHelp(VERIFY_RELEASE_SPEC));
    return EXIT_OK;
  }
  if (args.positionals.length !== 1 || args.positionals[0] === undefined) {
    throw new CodedError('USAGE', 'give exactly one OWNER/REPO@TAG (see `provlog verify-release --help`)');
  }
  const ref = parseReleaseRef(args.positionals[0]);
  const token = io.env.GITHUB_TOKEN === '' ? undefined : io.env.GITHUB_TOKEN;
  const api = new GitHubApi({
    baseUrl: stringValue(args, 'github-url') ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
    ...(token === undefined ? {} : { token }),
  });
  const trust = await trustFromArgs(args, io, { repositories: [`${ref.owner}/${ref.repo}`] });
  const downloader = { api, ...(token === undefined ? {} : { token }) };
  const { artifacts, bundles } = await releaseVerifyInputs(
    downloader,
    ref,
    stringList(args, 'asset').map(globToRegExp),
  );
  const report = await verifyArtifacts({ artifacts, bundles, ...trust, now: Math.floor(Date.now() / 1000) });
  const logChecks = await checkLogs(report, args, io);
  return finish(report, logChecks, args, io);
}
