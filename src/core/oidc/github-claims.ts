/**
 * A GitHub Actions ID token's claims -> the facts a Fulcio certificate states (sigstore/fulcio's CI-provider
 * configuration for `github-workflow`, docs/oid-info.md). The SAN and every URI are `{server}/{claim}` where
 * `server` is a property of the issuer (`https://github.com` for token.actions.githubusercontent.com, another
 * host for GitHub Enterprise Server). Every claim used must be a non-empty string: a certificate never carries
 * a fact the token did not state.
 */
import { CodedError } from '../errors.js';

/** The claims of a GitHub Actions token that end up in the certificate. */
const REQUIRED_CLAIMS = [
  'sub',
  'job_workflow_ref',
  'job_workflow_sha',
  'sha',
  'event_name',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'ref',
  'run_id',
  'run_attempt',
  'runner_environment',
  'repository_visibility',
] as const;

type ClaimName = (typeof REQUIRED_CLAIMS)[number];

/**
 * What the certificate says, in Fulcio's names (identity.ts decodes the same names). `legacy` are the
 * deprecated raw-string extensions .1–.6, `extensions` the DER UTF8String ones .8–.22.
 */
export interface CertificateFacts {
  readonly san: string;
  readonly issuer: string;
  readonly legacy: {
    readonly githubWorkflowTrigger: string;
    readonly githubWorkflowSha: string;
    readonly githubWorkflowName: string;
    readonly githubWorkflowRepository: string;
    readonly githubWorkflowRef: string;
  };
  readonly extensions: {
    readonly buildSignerURI: string;
    readonly buildSignerDigest: string;
    readonly runnerEnvironment: string;
    readonly sourceRepositoryURI: string;
    readonly sourceRepositoryDigest: string;
    readonly sourceRepositoryRef: string;
    readonly sourceRepositoryIdentifier: string;
    readonly sourceRepositoryOwnerURI: string;
    readonly sourceRepositoryOwnerIdentifier: string;
    readonly buildConfigURI: string;
    readonly buildConfigDigest: string;
    readonly buildTrigger: string;
    readonly runInvocationURI: string;
    readonly sourceRepositoryVisibilityAtSigning: string;
  };
}

function claimStrings(claims: Readonly<Record<string, unknown>>): Record<ClaimName, string> {
  const out = {} as Record<ClaimName, string>;
  for (const name of REQUIRED_CLAIMS) {
    const value = claims[name];
    // GitHub sends ids as strings; a number is accepted as its decimal form.
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text !== 'string' || text === '') {
      throw new CodedError('OIDC_TOKEN_INVALID', `identity token claim ${name} is missing or not a string`, {
        details: { claim: name },
      });
    }
    out[name] = text;
  }
  return out;
}

/** The facts of a verified GitHub Actions token; `serverUrl` without a trailing slash. */
export function githubCertificateFacts(
  claims: Readonly<Record<string, unknown>>,
  issuer: string,
  serverUrl: string,
): CertificateFacts {
  const c = claimStrings(claims);
  const server = serverUrl.replace(/\/+$/, '');
  const signer = `${server}/${c.job_workflow_ref}`;
  return {
    san: signer,
    issuer,
    legacy: {
      githubWorkflowTrigger: c.event_name,
      githubWorkflowSha: c.sha,
      githubWorkflowName: c.workflow,
      githubWorkflowRepository: c.repository,
      githubWorkflowRef: c.ref,
    },
    extensions: {
      buildSignerURI: signer,
      buildSignerDigest: c.job_workflow_sha,
      runnerEnvironment: c.runner_environment,
      sourceRepositoryURI: `${server}/${c.repository}`,
      sourceRepositoryDigest: c.sha,
      sourceRepositoryRef: c.ref,
      sourceRepositoryIdentifier: c.repository_id,
      sourceRepositoryOwnerURI: `${server}/${c.repository_owner}`,
      sourceRepositoryOwnerIdentifier: c.repository_owner_id,
      buildConfigURI: `${server}/${c.workflow_ref}`,
      buildConfigDigest: c.workflow_sha,
      buildTrigger: c.event_name,
      runInvocationURI: `${server}/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
      sourceRepositoryVisibilityAtSigning: c.repository_visibility,
    },
  };
}
