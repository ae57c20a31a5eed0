/**
 * The verdict for one subject of the policy check (issue 6), pure: a subject passes when at least one piece of
 * evidence passed every check; an active exception lets it through without provenance; an expired exception
 * counts for nothing and the decision names the expiry. A failure's reason is taken from the evidence that got
 * furthest (most checks passed), so "source ref is refs/heads/main" wins over "bundle is for another digest".
 */
import type { ExceptionStatus } from '../core/policy/evaluate.js';
import type { LogSearchStats } from './policy-log-evidence.js';
import type { FileLocation } from './reporter.js';
import type { ResultCheck, SignerSummary } from './verify.js';
import type { ProvenanceSummary } from './verify-facts.js';

export type EvidenceSource = 'bundle-path' | 'beside' | 'log';

export interface EvidenceOutcome {
  source: EvidenceSource;
  /** The bundle file (`path` or `path:line` for JSON Lines), or the log entry UUID, or the log URL searched. */
  name: string;
  verified: boolean;
  /** `all checks passed`, or what failed. */
  reason: string;
  checks: ResultCheck[];
  error?: { code: string; message: string };
  signer?: SignerSummary;
  provenance?: ProvenanceSummary;
  logEntry?: { uuid: string; logIndex: number; url: string };
}

export type Verdict = 'pass' | 'fail' | 'excepted';

export interface Decision {
  /** Workspace-relative file, or `file:line` of a digest reference. */
  subject: string;
  kind: 'file' | 'reference';
  digest: string;
  location: FileLocation;
  verdict: Verdict;
  reason: string;
  /** Every piece of evidence tried, in order (the last one passed when the verdict is pass). */
  evidence: EvidenceOutcome[];
  /** Name of the evidence that passed. */
  passedBy?: string;
  /** Link to the log entry of the evidence that passed (or of the closest failure). */
  logEntryUrl?: string;
  exception?: { reason: string; expires: string; expired: boolean; tooLong?: boolean };
  /** What the log search found and skipped for this digest (absent when the log was not searched). */
  logSearch?: LogSearchStats;
}

export interface SubjectFacts {
  name: string;
  kind: 'file' | 'reference';
  digest: string;
  location: FileLocation;
}

export function describeEvidence(e: EvidenceOutcome): string {
  if (e.source === 'log') return e.logEntry === undefined ? `log ${e.name}` : `log entry ${e.logEntry.logIndex}`;
  return e.source === 'beside' ? `bundle ${e.name} (beside the file)` : `bundle ${e.name}`;
}

function describeProvenance(p: ProvenanceSummary | undefined): string {
  if (p?.repository === undefined) return '';
  const workflow = p.workflowPath === undefined ? '' : ` by ${p.workflowPath}`;
  return ` (${p.repository}@${p.ref ?? '?'}${workflow})`;
}

/** The evidence that got furthest: most passed checks; ties go to the earlier one. */
export function closestFailure(evidence: readonly EvidenceOutcome[]): EvidenceOutcome | undefined {
  let best: EvidenceOutcome | undefined;
  let bestScore = -1;
  for (const e of evidence) {
    const score = e.checks.filter((c) => c.ok).length;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

function failureReason(
  evidence: readonly EvidenceOutcome[],
  searchedLog: string | undefined,
  digest: string,
  logSearch: LogSearchStats | undefined,
): string {
  const unreachable = evidence.find((e) => e.error?.code === 'LOG_UNREACHABLE');
  const real = evidence.filter((e) => e !== unreachable);
  const closest = closestFailure(real);
  if (closest === undefined) {
    if (unreachable !== undefined) {
      return `log unreachable, failing closed: ${unreachable.reason} (no bundle was given or found beside the file)`;
    }
    const where =
      searchedLog === undefined
        ? 'no log was searched'
        : logSearch !== undefined && logSearch.candidates > 0
          ? `the log ${searchedLog} has no entry for it from a signer the policy trusts`
          : `the log ${searchedLog} has no entry for it`;
    return `no provenance for ${digest}: no bundle was given or found beside the file, and ${where}`;
  }
  const more = real.length > 1 ? ` (${real.length} pieces of evidence tried, none passed)` : '';
  const tail = unreachable === undefined ? '' : `; the log could not be searched either: ${unreachable.reason}`;
  return `${describeEvidence(closest)}: ${closest.reason}${more}${tail}`;
}

/** ` (log: 12 entries name this digest; 11 skipped, signed by keys or identities the policy does not trust)` */
export function describeLogSearch(stats: LogSearchStats | undefined): string {
  if (stats === undefined || stats.skippedUntrusted + stats.skippedOverLimit === 0) return '';
  const parts: string[] = [];
  if (stats.skippedUntrusted > 0) {
    parts.push(`${stats.skippedUntrusted} skipped, signed by keys or identities the policy does not trust`);
  }
  if (stats.skippedOverLimit > 0) parts.push(`${stats.skippedOverLimit} skipped over the per-digest limit`);
  return ` (log: ${stats.candidates} entries name this digest; ${parts.join('; ')})`;
}

export function decideSubject(
  subject: SubjectFacts,
  evidence: readonly EvidenceOutcome[],
  exception: ExceptionStatus,
  searchedLog?: string,
  logSearch?: LogSearchStats,
): Decision {
  const base = {
    subject: subject.name,
    kind: subject.kind,
    digest: subject.digest,
    location: subject.location,
    evidence: [...evidence],
    ...(logSearch === undefined ? {} : { logSearch }),
  };
  const withException =
    exception.kind === 'none'
      ? {}
      : {
          exception: {
            reason: exception.exception.reason,
            expires: exception.exception.expires,
            expired: exception.kind === 'expired',
            ...(exception.kind === 'too-long' ? { tooLong: true } : {}),
          },
        };
  const passed = evidence.find((e) => e.verified);
  if (passed !== undefined) {
    return {
      ...base,
      ...withException,
      verdict: 'pass',
      reason: `verified by ${describeEvidence(passed)}${describeProvenance(passed.provenance)}`,
      passedBy: passed.name,
      ...(passed.logEntry === undefined ? {} : { logEntryUrl: passed.logEntry.url }),
    };
  }
  if (exception.kind === 'active') {
    return {
      ...base,
      ...withException,
      verdict: 'excepted',
      reason: `exception: ${exception.exception.reason} (until ${exception.exception.expires})`,
    };
  }
  const closest = closestFailure(evidence.filter((e) => e.error?.code !== 'LOG_UNREACHABLE'));
  const reason = `${failureReason(evidence, searchedLog, subject.digest, logSearch)}${describeLogSearch(logSearch)}`;
  return {
    ...base,
    ...withException,
    verdict: 'fail',
    reason:
      exception.kind === 'expired'
        ? `the exception for this digest expired on ${exception.exception.expires} ("${exception.exception.reason}"); ${reason}`
        : exception.kind === 'too-long'
          ? `the exception for this digest (until ${exception.exception.expires}) is ignored: it runs longer than the policy's exception-max-lifetime; ${reason}`
          : reason,
    ...(closest?.logEntry === undefined ? {} : { logEntryUrl: closest.logEntry.url }),
  };
}
