/**
 * The build facts a Fulcio certificate vouches for. Fulcio copies them from the OIDC token GitHub issued to the
 * run (sigstore/fulcio docs/oid-info.md), so unlike the statement, which the workflow writes itself, the signer
 * cannot choose them: `gh attestation verify` and cosign check `--repo`, the ref, the workflow and the runner
 * against these extensions, and so does provlog.
 *
 *   repository   1.3.6.1.4.1.57264.1.12 Source Repository URI   (v1 fallback .5 GitHub Workflow Repository)
 *   ref          .14 Source Repository Ref                      (v1 fallback .6 GitHub Workflow Ref)
 *   commit       .13 Source Repository Digest                   (v1 fallback .3 GitHub Workflow SHA)
 *   workflow     .18 Build Config URI (the top-level workflow of the source repository, what the statement's
 *                externalParameters.workflow.path names), else the SAN / .9 Build Signer URI when it is a
 *                workflow of that same repository
 *   runner       .11 Runner Environment
 *   trigger      .20 Build Trigger                              (v1 fallback .2 GitHub Workflow Trigger)
 *   invocation   .21 Run Invocation URI; builder .9 Build Signer URI (the statement's runDetails.builder.id)
 *
 * A statement that states one of these facts differently from the certificate is a lie by the workflow that
 * signed it (the attack: a workflow accepted by a broad identity pattern claims another repository's release):
 * PROVENANCE_MISMATCH naming both values.
 */
import { CodedError } from '../core/errors.js';
import type { FulcioExtensions } from '../core/verify/identity.js';
import type { ProvenanceSummary } from './verify-facts.js';

/** The certificate's side of the facts a policy checks (each present only when the certificate states it). */
export interface CertificateFacts {
  /** https://github.com/owner/repo */
  repositoryUrl?: string;
  /** owner/repo */
  repository?: string;
  ref?: string;
  sha?: string;
  workflowPath?: string;
  runnerEnvironment?: string;
  eventName?: string;
  invocationId?: string;
  builderId?: string;
}

/** `https://host/owner/repo/<path>@<ref>` -> `<path>` when it lies in `repositoryUrl`; undefined otherwise. */
export function workflowPathIn(
  workflowUri: string,
  repositoryUrl: string,
  ref: string | undefined,
): string | undefined {
  const prefix = `${repositoryUrl}/`;
  if (!workflowUri.startsWith(prefix)) return undefined;
  const rest = workflowUri.slice(prefix.length);
  // Cut the known ref suffix rather than at the first `@`, so a path containing `@` stays whole.
  const suffix = ref === undefined ? undefined : `@${ref}`;
  const at = suffix !== undefined && rest.endsWith(suffix) ? rest.length - suffix.length : rest.lastIndexOf('@');
  return at > 0 ? rest.slice(0, at) : undefined;
}

/** Reads the build facts from a verified certificate's SAN and Fulcio extensions. */
export function certificateFacts(
  san: string,
  ext: FulcioExtensions,
  repositoryFromUrl: (url: string) => string | undefined,
): CertificateFacts {
  const facts: CertificateFacts = {};
  const repositoryUrl = ext.sourceRepositoryURI;
  if (repositoryUrl !== undefined) {
    facts.repositoryUrl = repositoryUrl;
    facts.repository = repositoryFromUrl(repositoryUrl) ?? repositoryUrl;
  } else if (ext.githubWorkflowRepository !== undefined) {
    facts.repository = ext.githubWorkflowRepository;
  }
  const ref = ext.sourceRepositoryRef ?? ext.githubWorkflowRef;
  if (ref !== undefined) facts.ref = ref;
  const sha = ext.sourceRepositoryDigest ?? ext.githubWorkflowSha;
  if (sha !== undefined) facts.sha = sha;
  if (repositoryUrl !== undefined) {
    const workflowUri = ext.buildConfigURI ?? ext.buildSignerURI ?? san;
    const path = workflowPathIn(workflowUri, repositoryUrl, ref);
    if (path !== undefined) facts.workflowPath = path;
  }
  if (ext.runnerEnvironment !== undefined) facts.runnerEnvironment = ext.runnerEnvironment;
  const trigger = ext.buildTrigger ?? ext.githubWorkflowTrigger;
  if (trigger !== undefined) facts.eventName = trigger;
  if (ext.runInvocationURI !== undefined) facts.invocationId = ext.runInvocationURI;
  if (ext.buildSignerURI !== undefined) facts.builderId = ext.buildSignerURI;
  return facts;
}

const COMPARED: readonly [keyof CertificateFacts & keyof ProvenanceSummary, string][] = [
  ['repository', 'source repository'],
  ['ref', 'source ref'],
  ['sha', 'source commit'],
  ['workflowPath', 'workflow'],
  ['runnerEnvironment', 'runner environment'],
  ['eventName', 'trigger event'],
  ['invocationId', 'run invocation'],
  ['builderId', 'builder'],
];

/**
 * The facts a policy may rely on for a certificate signer: the certificate's, with the statement's descriptive
 * fields (predicate and build type) kept. Throws PROVENANCE_MISMATCH when the statement states a fact the
 * certificate also states, differently (every disagreement named, statement value and certificate value).
 */
export function factsFromCertificate(
  cert: CertificateFacts,
  claimed: ProvenanceSummary | undefined,
): ProvenanceSummary {
  const disagreements: string[] = [];
  const differ = (label: string, statement: string | undefined, certificate: string | undefined) => {
    if (statement !== undefined && certificate !== undefined && statement !== certificate) {
      disagreements.push(`${label}: the statement says "${statement}", the certificate says "${certificate}"`);
    }
  };
  differ('source repository URL', claimed?.repositoryUrl, cert.repositoryUrl);
  for (const [key, label] of COMPARED) differ(label, claimed?.[key], cert[key]);
  if (disagreements.length > 0) {
    throw new CodedError(
      'PROVENANCE_MISMATCH',
      `the signed statement contradicts its signing certificate (${disagreements.join('; ')})`,
      { details: { disagreements } },
    );
  }
  const summary: ProvenanceSummary = { factsSource: 'certificate' };
  if (claimed?.predicateType !== undefined) summary.predicateType = claimed.predicateType;
  if (claimed?.buildType !== undefined) summary.buildType = claimed.buildType;
  if (claimed?.unreadable !== undefined) summary.unreadable = claimed.unreadable;
  for (const key of [
    'repositoryUrl',
    'repository',
    'ref',
    'sha',
    'workflowPath',
    'runnerEnvironment',
    'eventName',
    'invocationId',
    'builderId',
  ] as const) {
    const value = cert[key];
    if (value !== undefined) summary[key] = value;
  }
  return summary;
}
