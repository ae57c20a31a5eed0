/**
 * Checks verified provenance against policy requirements. Input facts come from a bundle that was already
 * verified: for a keyless bundle from its Fulcio certificate (the statement only has to agree with it), for a
 * key-signed one from its statement (claimed by the key holder); see flows/verify-facts.ts. This module only
 * decides whether they are allowed, and says why not.
 */
import { matchesAny } from './match.js';
import type { PolicyException, Requirements } from './schema.js';

/** What the policy can constrain: the certificate's build facts, or a key-signed statement's SLSA provenance. */
export interface ProvenanceFacts {
  /** Absent for a bare (message) signature, which has no statement. */
  predicateType?: string | undefined;
  /** owner/repo */
  repository?: string | undefined;
  ref?: string | undefined;
  /** .github/workflows/release.yml */
  workflowPath?: string | undefined;
  sha?: string | undefined;
  runnerEnvironment?: string | undefined;
  eventName?: string | undefined;
}

export type RequirementCheck =
  | 'predicate-type'
  | 'repository'
  | 'ref'
  | 'workflow'
  | 'runner-environment'
  | 'event-name'
  | 'commit'
  | 'max-age';

export interface Violation {
  check: RequirementCheck;
  message: string;
}

function describe(value: string | undefined): string {
  return value === undefined || value === '' ? 'nothing (the provenance does not say)' : `"${value}"`;
}

/**
 * The checks `req` asks for, in evaluateRequirements' order (the same applicability rules: a requirement that is
 * absent, or `runnerEnvironment: any`, asks for nothing).
 */
export function requestedChecks(req: Requirements): RequirementCheck[] {
  const out: RequirementCheck[] = [];
  if (req.predicateType !== undefined) out.push('predicate-type');
  if (req.repositories !== undefined) out.push('repository');
  if (req.refs !== undefined) out.push('ref');
  if (req.workflows !== undefined) out.push('workflow');
  if (req.runnerEnvironment !== undefined && req.runnerEnvironment !== 'any') out.push('runner-environment');
  if (req.eventNames !== undefined) out.push('event-name');
  if (req.commits !== undefined) out.push('commit');
  if (req.maxAgeSeconds !== undefined) out.push('max-age');
  return out;
}

/**
 * Every violated requirement, in a fixed order; empty means the provenance satisfies `req`. `time.verifiedTime`
 * is the EARLIEST time the bundle proves (a SET-backed integrated time or an RFC 3161 timestamp; never a bare
 * integrated time, which anyone can edit): max-age asks how long ago the attestation provably existed, and the
 * earliest proof is the one a later, fresher-looking time cannot hide.
 */
export function evaluateRequirements(
  facts: ProvenanceFacts,
  req: Requirements,
  time: { verifiedTime: number; now: number },
): Violation[] {
  const out: Violation[] = [];
  const globCheck = (check: RequirementCheck, label: string, value: string | undefined, allowed?: string[]) => {
    if (allowed === undefined) return;
    if (value === undefined || !matchesAny(value, allowed)) {
      out.push({ check, message: `${label} is ${describe(value)}; the policy allows ${allowed.join(', ')}` });
    }
  };
  if (req.predicateType !== undefined && facts.predicateType !== req.predicateType) {
    out.push({
      check: 'predicate-type',
      message: `predicate type is ${describe(facts.predicateType)}; the policy requires "${req.predicateType}"`,
    });
  }
  globCheck('repository', 'source repository', facts.repository, req.repositories);
  globCheck('ref', 'source ref', facts.ref, req.refs);
  globCheck('workflow', 'signer workflow', facts.workflowPath, req.workflows);
  if (req.runnerEnvironment !== undefined && req.runnerEnvironment !== 'any') {
    if (facts.runnerEnvironment !== req.runnerEnvironment) {
      out.push({
        check: 'runner-environment',
        message: `runner environment is ${describe(facts.runnerEnvironment)}; the policy requires "${req.runnerEnvironment}"`,
      });
    }
  }
  if (req.eventNames !== undefined && (facts.eventName === undefined || !req.eventNames.includes(facts.eventName))) {
    out.push({
      check: 'event-name',
      message: `trigger event is ${describe(facts.eventName)}; the policy allows ${req.eventNames.join(', ')}`,
    });
  }
  if (req.commits !== undefined && (facts.sha === undefined || !req.commits.includes(facts.sha))) {
    out.push({ check: 'commit', message: `source commit ${describe(facts.sha)} is not one the policy allows` });
  }
  if (req.maxAgeSeconds !== undefined) {
    const age = time.now - time.verifiedTime;
    if (age > req.maxAgeSeconds) {
      out.push({
        check: 'max-age',
        message: `attestation is ${formatAge(age)} old (earliest verified time ${new Date(time.verifiedTime * 1000).toISOString()}); the policy allows ${formatAge(req.maxAgeSeconds)}`,
      });
    }
  }
  return out;
}

function formatAge(seconds: number): string {
  if (seconds >= 86_400) return `${Math.floor(seconds / 86_400)}d`;
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)}h`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)}m`;
  return `${seconds}s`;
}

export type ExceptionStatus =
  | { kind: 'none' }
  | { kind: 'active'; exception: PolicyException }
  | { kind: 'expired'; exception: PolicyException }
  /** Expires further ahead than the policy's maximum lifetime: it counts for nothing. */
  | { kind: 'too-long'; exception: PolicyException };

/** Seconds from `now` to the end of the exception's `expires` day. */
function remaining(e: PolicyException, now: number): number {
  return e.expiresAt - now;
}

/**
 * Whether a digest (`sha256:<hex>`) is excepted from the policy at `now` (unix seconds). An exception whose
 * expiry lies more than `maxLifetimeSeconds` ahead is not honoured: a far-future date (`9999-12-31`) would
 * otherwise be a permanent pass.
 */
export function exceptionFor(
  digest: string,
  exceptions: readonly PolicyException[],
  now: number,
  maxLifetimeSeconds: number,
): ExceptionStatus {
  const d = digest.toLowerCase();
  const matches = exceptions.filter((e) => e.digest === d);
  const active = matches.find((e) => remaining(e, now) >= 0 && remaining(e, now) <= maxLifetimeSeconds);
  if (active !== undefined) return { kind: 'active', exception: active };
  const tooLong = matches.find((e) => remaining(e, now) > maxLifetimeSeconds);
  if (tooLong !== undefined) return { kind: 'too-long', exception: tooLong };
  const expired = matches[0];
  return expired === undefined ? { kind: 'none' } : { kind: 'expired', exception: expired };
}

export interface ExceptionProblem {
  kind: 'expired' | 'too-long';
  exception: PolicyException;
  message: string;
}

/**
 * Every exception of the policy that is an error at `now`: expired ones (clean them up), and ones expiring more
 * than `maxLifetimeSeconds` ahead. Messages name the exception's line when the parser recorded it.
 */
export function exceptionProblems(
  exceptions: readonly PolicyException[],
  now: number,
  maxLifetimeSeconds: number,
  source: string,
): ExceptionProblem[] {
  const out: ExceptionProblem[] = [];
  for (const e of exceptions) {
    const at = `${source}${e.line === undefined ? '' : `:${e.line}`}`;
    if (remaining(e, now) < 0) {
      out.push({
        kind: 'expired',
        exception: e,
        message: `${at}: the exception for ${e.digest} ("${e.reason}") expired on ${e.expires}; remove it or renew it`,
      });
    } else if (remaining(e, now) > maxLifetimeSeconds) {
      const days = Math.floor(maxLifetimeSeconds / 86_400);
      out.push({
        kind: 'too-long',
        exception: e,
        message:
          `${at}: the exception for ${e.digest} ("${e.reason}") expires on ${e.expires}, more than ${days} days ` +
          "from today (the policy's exception-max-lifetime); it is ignored until it expires sooner",
      });
    }
  }
  return out;
}
