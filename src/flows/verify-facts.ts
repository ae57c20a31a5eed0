/**
 * From a VERIFIED bundle to what a person and a policy care about: the source repository, ref, workflow,
 * commit, runner and trigger, and one named check per provenance requirement (core/policy/evaluate.ts decides;
 * this module only names passes as well as failures, so the output lists every requirement that was checked).
 *
 * Where the facts come from depends on the signer (trustedProvenance):
 *   certificate  the Fulcio certificate's extensions (verify-certificate-facts.ts); the statement, written by
 *                the signing workflow itself, must agree with them where it states them (PROVENANCE_MISMATCH)
 *   key          the statement (SLSA v1, GitHub workflow buildType, core/intoto/slsa.ts) is all there is:
 *                the facts are what the key holder claims, and the output says so
 */
import { isCodedError } from '../core/errors.js';
import { parseSlsaProvenance, SLSA_PREDICATE_TYPE } from '../core/intoto/slsa.js';
import type { Statement } from '../core/intoto/statement.js';
import {
  evaluateRequirements,
  type ProvenanceFacts,
  type RequirementCheck,
  requestedChecks,
} from '../core/policy/evaluate.js';
import type { Requirements } from '../core/policy/schema.js';
import type { VerifiedSigner } from '../core/verify/engine.js';
import { certificateFacts, factsFromCertificate } from './verify-certificate-facts.js';

/** Who vouches for the facts: the certificate authority (Fulcio, from the OIDC token) or only the key holder. */
export type FactsSource = 'certificate' | 'statement';

export interface ProvenanceSummary extends ProvenanceFacts {
  /** Set by trustedProvenance; a bare summarizeProvenance result has none. */
  factsSource?: FactsSource;
  /** https://github.com/owner/repo */
  repositoryUrl?: string;
  buildType?: string;
  builderId?: string;
  invocationId?: string;
  /** Why the facts beyond the predicate type could not be read (not SLSA v1 / not a GitHub workflow build). */
  unreadable?: string;
}

/**
 * `https://github.com/owner/repo` -> `owner/repo` (any host: GHES too), and `file://localhost/local/dir` (what
 * `provlog attest` records for a checkout without a remote) -> `local/dir`.
 */
export function repositoryFromUrl(url: string): string | undefined {
  const m = /^(?:https?|file):\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return m?.[1];
}

export function summarizeProvenance(statement: Statement | undefined): ProvenanceSummary | undefined {
  if (statement === undefined) return undefined;
  const summary: ProvenanceSummary = { predicateType: statement.predicateType };
  if (statement.predicateType !== SLSA_PREDICATE_TYPE) {
    summary.unreadable = `predicate type is not ${SLSA_PREDICATE_TYPE}`;
    return summary;
  }
  try {
    const facts = parseSlsaProvenance(statement.predicate);
    return {
      ...summary,
      repositoryUrl: facts.repositoryUrl,
      repository: repositoryFromUrl(facts.repositoryUrl) ?? facts.repositoryUrl,
      ref: facts.ref,
      workflowPath: facts.workflowPath,
      ...(facts.sha === undefined ? {} : { sha: facts.sha }),
      ...(facts.runnerEnvironment === undefined ? {} : { runnerEnvironment: facts.runnerEnvironment }),
      ...(facts.eventName === undefined ? {} : { eventName: facts.eventName }),
      buildType: facts.buildType,
      builderId: facts.builderId,
      ...(facts.invocationId === undefined ? {} : { invocationId: facts.invocationId }),
    };
  } catch (error) {
    if (!isCodedError(error)) throw error;
    return { ...summary, unreadable: error.message };
  }
}

/**
 * The facts a policy may rely on, for a verified signer: a certificate's own (the statement must agree), or a
 * key-signed statement's claims. Undefined for a key-signed bare signature (no facts at all). Throws
 * PROVENANCE_MISMATCH when a statement contradicts its certificate.
 */
export function trustedProvenance(
  statement: Statement | undefined,
  signer: VerifiedSigner,
): ProvenanceSummary | undefined {
  const claimed = summarizeProvenance(statement);
  if (signer.kind === 'key') return claimed === undefined ? undefined : { ...claimed, factsSource: 'statement' };
  return factsFromCertificate(certificateFacts(signer.san, signer.extensions, repositoryFromUrl), claimed);
}

/** One line on where the facts came from, for the output's `provenance` check. */
export function describeFactsSource(provenance: ProvenanceSummary): string {
  if (provenance.factsSource !== 'certificate') {
    return 'facts claimed by the key holder (the signed statement; no certificate vouches for them)';
  }
  const statement =
    provenance.predicateType === undefined
      ? 'no statement (a bare signature)'
      : provenance.buildType === undefined
        ? 'the statement states none of them'
        : 'the statement agrees with it';
  return `facts from the signing certificate (Fulcio); ${statement}`;
}

function passDetail(check: RequirementCheck, facts: ProvenanceFacts, req: Requirements): string {
  switch (check) {
    case 'predicate-type':
      return `${facts.predicateType}`;
    case 'repository':
      return `${facts.repository} matches ${req.repositories?.join(', ')}`;
    case 'ref':
      return `${facts.ref} matches ${req.refs?.join(', ')}`;
    case 'workflow':
      return `${facts.workflowPath} matches ${req.workflows?.join(', ')}`;
    case 'runner-environment':
      return `${facts.runnerEnvironment}`;
    case 'event-name':
      return `${facts.eventName}`;
    case 'commit':
      return `${facts.sha}`;
    case 'max-age':
      return 'logged within the allowed age';
  }
}

/**
 * One check per requirement given (`policy:<name>`). No statement at all (a plain message signature) with any
 * requirement is one failed `policy` check: there is no provenance to hold to it.
 */
export function requirementChecks(
  provenance: ProvenanceSummary | undefined,
  req: Requirements,
  time: { verifiedTime: number; now: number },
): { name: string; ok: boolean; detail: string }[] {
  const wanted = requestedChecks(req);
  if (wanted.length === 0) return [];
  if (provenance === undefined) {
    return [{ name: 'policy', ok: false, detail: 'the bundle carries no provenance statement (a bare signature)' }];
  }
  const violations = evaluateRequirements(provenance, req, time);
  return wanted.map((check) => {
    const violation = violations.find((v) => v.check === check);
    return violation === undefined
      ? { name: `policy:${check}`, ok: true, detail: passDetail(check, provenance, req) }
      : { name: `policy:${check}`, ok: false, detail: violation.message };
  });
}
