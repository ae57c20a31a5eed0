/**
 * The PR policy check (issue 6): policy file + subjects -> evidence per subject -> verification -> one Decision
 * per subject. Shared by the action (src/action/verify) and any CLI front end; adapters come in through `deps`.
 *
 * Evidence, in order, stopping at the first piece that passes every check:
 *   1. `bundle-path` bundles whose statement names the subject's digest;
 *   2. `<file>.sigstore.json` / `<file>.intoto.jsonl` beside a file subject;
 *   3. the log: entries found by digest (`/api/v1/index/retrieve`) and signed by a key or identity the policy
 *      trusts (filtered before any cap, so entries anyone can log cannot crowd out a good one), rebuilt into
 *      bundles from the entry and its stored attestation (policy-log-evidence.ts).
 * Problems of the check as a whole (an expired or over-long exception, a subject link leaving the workspace) are
 * reported apart from the subjects and fail the check.
 * Every piece goes through the verify flow (flows/verify.ts) with the policy's logs, signers and requirements,
 * so the checks and their names are the same as `provlog verify`. An unreachable log is a failed piece of
 * evidence (fail closed); the caller decides whether violations fail the step.
 */
import { existsSync } from 'node:fs';
import { readTextFile } from '../adapters/files/read.js';
import { findSubjectFiles } from '../adapters/files/subjects.js';
import type { Bundle } from '../core/bundle/bundle.js';
import { CodedError, isCodedError, toCodedError } from '../core/errors.js';
import { exceptionFor, exceptionProblems } from '../core/policy/evaluate.js';
import { type Policy, parsePolicy } from '../core/policy/schema.js';
import { type Decision, decideSubject, type EvidenceOutcome, type EvidenceSource } from './policy-decision.js';
import {
  fetchLogEvidence,
  type LogEvidenceResult,
  type LogSearch,
  type LogSearchStats,
} from './policy-log-evidence.js';
import { BESIDE_SUFFIXES, collectSubjects, inWorkspace, type PolicySubject, relativeName } from './policy-subjects.js';
import { type FileLocation, type Reporter, silentReporter } from './reporter.js';
import { claimedDigests, type VerifyRequest, verifyArtifacts } from './verify.js';
import { type BundleSource, loadPolicy, mergeTrustedRoots, parseBundleText } from './verify-inputs.js';

export interface PolicyCheckRequest {
  /** Absolute workspace (repository checkout) directory; relative inputs resolve against it. */
  workspace: string;
  policyPath: string;
  subjectPath: string;
  digestsIn: string;
  /** Workspace-relative paths the pull request adds or modifies; undefined = check everything matched. */
  changedFiles?: ReadonlySet<string>;
  /** `bundle-path` globs (newline/comma separated); '' for none. */
  bundlePath: string;
  /** Log to search; default: the first log of the policy. */
  logUrl?: string;
  /** How the report and errors name the policy (default: its workspace-relative path). */
  policyName?: string;
  /** Where the policy was read from, for the report (e.g. `base branch at <sha>`). */
  policyOrigin?: string;
  /** Unix seconds. */
  now: number;
}

/** Something wrong with the check itself rather than one subject: it fails the check. */
export interface PolicyProblem {
  code: 'POLICY_EXCEPTION_INVALID' | 'SUBJECT_LINK_ESCAPES';
  message: string;
  location: FileLocation;
}

export interface PolicyCheckDeps {
  openLog: (baseUrl: string) => LogSearch;
  reporter?: Reporter;
}

export interface PolicyCheckReport {
  version: 1;
  policy: string;
  policyOrigin?: string;
  /** The log searched by digest, if any. */
  logUrl?: string;
  verified: boolean;
  violations: number;
  decisions: Decision[];
  /**
   * Problems of the check as a whole (bad exceptions, links leaving the workspace); each fails the check.
   * Always set by runPolicyCheck; optional so reports written before it existed still read.
   */
  problems?: PolicyProblem[];
}

interface BundlePiece {
  source: EvidenceSource;
  name: string;
  /** Decoded once when the file is read; verified for every subject whose digest it claims. */
  bundle: Bundle;
  claims: Set<string>;
}

/** One bundle file -> its bundles (JSON Lines: one per line), each with the `alg:hex` digests it claims. */
async function readBundlePieces(path: string, name: string, source: EvidenceSource): Promise<BundlePiece[]> {
  return parseBundleText(name, await readTextFile(path)).map((loaded) => ({
    source,
    name: loaded.name,
    bundle: loaded.bundle,
    claims: claimedDigests(loaded.bundle),
  }));
}

export function firstPolicyLogUrl(policyLogs: Policy['logs'], rootUrls: string[]) {
  const first = policyLogs[0];
  if (first === undefined) return undefined;
  return first.kind === 'key' ? first.url : rootUrls[0];
}

export async function runPolicyCheck(req: PolicyCheckRequest, deps: PolicyCheckDeps): Promise<PolicyCheckReport> {
  const reporter = deps.reporter ?? silentReporter;
  const policyPath = inWorkspace(req.workspace, req.policyPath);
  const policyName = req.policyName ?? relativeName(policyPath, req.workspace);
  const inputs = await loadPolicy(policyPath, policyName);
  // Parsed again for what only the policy check uses (exception lines, exception-max-lifetime); cheap.
  const policy = parsePolicy(await readTextFile(policyPath), policyName);
  const maxLifetime = policy.exceptionMaxLifetimeSeconds;
  const trustedRoot = mergeTrustedRoots(inputs.trustedRoots);
  const logUrl =
    req.logUrl ??
    firstPolicyLogUrl(
      inputs.logs,
      inputs.trustedRoots.flatMap((r) => r.tlogs.map((t) => t.baseUrl)),
    );
  const log = logUrl === undefined ? undefined : deps.openLog(logUrl);

  const explicit: BundlePiece[] = [];
  const bundleFiles = req.bundlePath.trim() === '' ? [] : await findBundleFiles(req.bundlePath, req.workspace);
  for (const path of bundleFiles) {
    explicit.push(...(await readBundlePieces(path, relativeName(path, req.workspace), 'bundle-path')));
  }
  const excluded = new Set(bundleFiles);
  const collected = await collectSubjects({
    workspace: req.workspace,
    subjectPath: req.subjectPath,
    digestsIn: req.digestsIn,
    ...(req.changedFiles === undefined ? {} : { changedFiles: req.changedFiles }),
  });
  const subjects = collected.subjects.filter((s) => s.path === undefined || !excluded.has(s.path));
  reporter.info(
    `policy ${policyName}${req.policyOrigin === undefined ? '' : ` (${req.policyOrigin})`}: ${subjects.length} subject(s) to check`,
  );

  const problems: PolicyProblem[] = [
    ...exceptionProblems(policy.exceptions, req.now, maxLifetime, policyName).map(
      (p): PolicyProblem => ({
        code: 'POLICY_EXCEPTION_INVALID',
        message: p.message,
        location: { file: policyName, ...(p.exception.line === undefined ? {} : { line: p.exception.line }) },
      }),
    ),
    ...collected.links.map(
      (l): PolicyProblem => ({
        code: 'SUBJECT_LINK_ESCAPES',
        message:
          l.reason === 'dangling'
            ? `${l.name} is a symbolic link to ${l.target}, which does not exist: what it stands for cannot be checked`
            : `${l.name} is a symbolic link to ${l.target}, outside the workspace: files behind it cannot be checked`,
        location: { file: l.name },
      }),
    ),
  ];

  const verifyBase: Omit<VerifyRequest, 'artifacts' | 'bundles'> = {
    trustedRoot,
    keys: inputs.keys,
    identities: inputs.identities,
    requirements: inputs.requirements,
    now: req.now,
  };
  const trusted = { keys: inputs.keys, identities: inputs.identities };
  const logCache = new Map<string, Promise<LogEvidenceResult>>();
  const searchLog = (digest: string): Promise<LogEvidenceResult> => {
    if (log === undefined) return Promise.resolve({ entries: [], stats: EMPTY_STATS });
    let found = logCache.get(digest);
    if (found === undefined) {
      found = fetchLogEvidence(log, digest, trusted);
      logCache.set(digest, found);
    }
    return found;
  };

  const decisions: Decision[] = [];
  for (const subject of subjects) {
    const exception = exceptionFor(subject.digest, policy.exceptions, req.now, maxLifetime);
    const evidence: EvidenceOutcome[] = [];
    let stats: LogSearchStats | undefined;
    if (exception.kind !== 'active') {
      stats = await gatherEvidence(subject, explicit, verifyBase, searchLog, log, evidence);
    }
    const decision = decideSubject(subject, evidence, exception, log?.baseUrl, stats);
    reporter.info(`${decision.verdict.toUpperCase()} ${subject.name} ${subject.digest}: ${decision.reason}`);
    decisions.push(decision);
  }
  const violations = decisions.filter((d) => d.verdict === 'fail').length;
  return {
    version: 1,
    policy: policyName,
    ...(req.policyOrigin === undefined ? {} : { policyOrigin: req.policyOrigin }),
    ...(log === undefined ? {} : { logUrl: log.baseUrl }),
    verified: violations === 0 && problems.length === 0,
    violations,
    decisions,
    problems,
  };
}

const EMPTY_STATS: LogSearchStats = {
  candidates: 0,
  trusted: 0,
  skippedUntrusted: 0,
  skippedOverLimit: 0,
  keySearch: false,
};

async function findBundleFiles(patterns: string, workspace: string): Promise<string[]> {
  try {
    return (await findSubjectFiles(patterns, { baseDir: workspace })).map((f) => f.path);
  } catch (error) {
    if (isCodedError(error, 'NO_SUBJECTS')) {
      throw new CodedError('FILE_UNREADABLE', `bundle-path matched no files (${patterns.trim()})`, { cause: error });
    }
    throw error;
  }
}

async function gatherEvidence(
  subject: PolicySubject,
  explicit: readonly BundlePiece[],
  verifyBase: Omit<VerifyRequest, 'artifacts' | 'bundles'>,
  searchLog: (digest: string) => Promise<LogEvidenceResult>,
  log: LogSearch | undefined,
  out: EvidenceOutcome[],
): Promise<LogSearchStats | undefined> {
  const verifyPiece = async (piece: EvidencePiece, logEntry?: EvidenceOutcome['logEntry']) => {
    const outcome = await verifyEvidence(subject, piece, verifyBase);
    out.push(logEntry === undefined ? outcome : { ...outcome, logEntry });
    return outcome.verified;
  };
  for (const piece of explicit) {
    if (piece.claims.has(subject.digest) && (await verifyPiece(parsedPiece(piece)))) return undefined;
  }
  if (subject.path !== undefined) {
    for (const suffix of BESIDE_SUFFIXES) {
      const path = `${subject.path}${suffix}`;
      if (!existsSync(path)) continue;
      let pieces: BundlePiece[];
      try {
        pieces = await readBundlePieces(path, `${subject.name}${suffix}`, 'beside');
      } catch (error) {
        const coded = toCodedError(error);
        out.push(failed('beside', `${subject.name}${suffix}`, coded));
        continue;
      }
      for (const piece of pieces) if (await verifyPiece(parsedPiece(piece))) return undefined;
    }
  }
  if (log === undefined) return undefined;
  let found: LogEvidenceResult;
  try {
    found = await searchLog(subject.digest);
  } catch (error) {
    const coded = toCodedError(error);
    const reason = coded.code === 'LOG_UNREACHABLE' ? coded.message : `log search failed: ${coded.message}`;
    out.push({ ...failed('log', log.baseUrl, coded), reason });
    return undefined;
  }
  for (const entry of found.entries) {
    const logEntry = { uuid: entry.uuid, logIndex: entry.logIndex, url: entry.url };
    if (entry.bundleText === undefined) {
      const error = entry.error ?? { code: 'INTERNAL', message: 'no bundle' };
      out.push({
        ...failed('log', entry.uuid, new CodedError('LOG_RESPONSE_INVALID', error.message)),
        error,
        logEntry,
      });
      continue;
    }
    const bundle: BundleSource = { kind: 'text', name: entry.uuid, text: entry.bundleText };
    if (await verifyPiece({ source: 'log', name: entry.uuid, bundle }, logEntry)) return found.stats;
  }
  return found.stats;
}

function failed(source: EvidenceSource, name: string, error: CodedError): EvidenceOutcome {
  return {
    source,
    name,
    verified: false,
    reason: error.message,
    checks: [],
    error: { code: error.code, message: error.message },
  };
}

/** One piece of evidence to verify: where it came from, and the bundle (decoded, or log text to decode). */
interface EvidencePiece {
  source: EvidenceSource;
  name: string;
  bundle: BundleSource;
}

function parsedPiece(piece: BundlePiece): EvidencePiece {
  return { source: piece.source, name: piece.name, bundle: { kind: 'parsed', name: piece.name, bundle: piece.bundle } };
}

async function verifyEvidence(
  subject: PolicySubject,
  piece: EvidencePiece,
  verifyBase: Omit<VerifyRequest, 'artifacts' | 'bundles'>,
): Promise<EvidenceOutcome> {
  let report: Awaited<ReturnType<typeof verifyArtifacts>>;
  try {
    report = await verifyArtifacts({
      ...verifyBase,
      artifacts: [{ kind: 'digest', digest: subject.digest, name: subject.name }],
      bundles: [piece.bundle],
    });
  } catch (error) {
    return failed(piece.source, piece.name, toCodedError(error));
  }
  const result = report.results[0];
  if (result === undefined) return failed(piece.source, piece.name, new CodedError('INTERNAL', 'no result'));
  const firstFailed = result.checks.find((c) => !c.ok);
  return {
    source: piece.source,
    name: piece.name,
    verified: result.verified,
    reason: result.verified
      ? 'all checks passed'
      : (result.error?.message ?? (firstFailed ? `${firstFailed.name}: ${firstFailed.detail}` : 'not verified')),
    checks: result.checks,
    ...(result.error === undefined ? {} : { error: result.error }),
    ...(result.signer === undefined ? {} : { signer: result.signer }),
    ...(result.provenance === undefined ? {} : { provenance: result.provenance }),
  };
}
