/**
 * The attest action's steps that need a decision around an adapter call: where the build facts come from,
 * whether and how the release is attached, and scrubbing the key out of any text before it is printed.
 */

import {
  type Env,
  parseBuildContextFromEnv,
  parseRunContext,
  type RunContext,
  readEventPayload,
} from '../../adapters/github/context.js';
import type { GitHubApi } from '../../adapters/github/http.js';
import { hasIdTokenRequest, readOidcBuildContext } from '../../adapters/github/oidc.js';
import { CodedError, isCodedError } from '../../core/errors.js';
import type { AttestResult } from '../../flows/attest.js';
import {
  formatPrivacyWarning,
  formatPublishedInputsNotice,
  withoutWorkflowInputs,
  workflowInputNames,
} from '../../flows/attest-privacy.js';
import { attachToRelease } from '../../flows/attest-release.js';
import type { Reporter } from '../../flows/reporter.js';
import type { AttestInputs } from './inputs.js';
import type { ReleaseOutcome } from './summary.js';

/**
 * With `id-token: write` the runner offers an OIDC token: its verified claims are the build facts (a step
 * cannot shadow them the way it can shadow environment variables), and a token that fails verification
 * fails the run rather than falling back to facts anyone could set. Without it, GITHUB_* and the payload.
 */
export async function readActionRunContext(env: Env, reporter: Reporter): Promise<RunContext> {
  const payload = await readEventPayload(env);
  if (!hasIdTokenRequest(env)) {
    reporter.notice(
      'No OIDC token offered (the job lacks `permissions: id-token: write`): build provenance is read from GITHUB_* variables and the event payload, unverified.',
    );
    return parseRunContext(env, payload, parseBuildContextFromEnv(env, payload));
  }
  const { context, claims } = await readOidcBuildContext(env, { now: Math.floor(Date.now() / 1000), payload });
  // The release tag follows the verified ref, not GITHUB_REF.
  const run = parseRunContext({ ...env, GITHUB_REF: context.ref }, payload, context);
  const visibility = claims.repository_visibility;
  if (visibility === 'public' || visibility === 'private' || visibility === 'internal') run.visibility = visibility;
  reporter.info(`Build context from a verified OIDC token (${context.repository} ${context.ref} at ${context.sha})`);
  return run;
}

export interface ReleaseStepRequest {
  inputs: AttestInputs;
  run: RunContext;
  tag: string | undefined;
  assetName: string;
  result: AttestResult;
  api: GitHubApi;
  io: Reporter;
}

/**
 * attach-to-release: `never` skips; `auto` attaches when there is a tag and only warns when that tag has no
 * release yet; `always` requires both. A failure is returned (not thrown) so the caller can still write the
 * summary of the entry that IS recorded before failing the step.
 */
export async function releaseStep(req: ReleaseStepRequest): Promise<{ release: ReleaseOutcome; failure?: unknown }> {
  const { inputs, tag } = req;
  if (inputs.attach === 'never') return { release: { kind: 'skipped', reason: 'attach-to-release is false' } };
  if (tag === undefined) {
    if (inputs.attach === 'always') {
      const failure = new CodedError(
        'USAGE',
        'attach-to-release is true but there is no release tag: set release-tag, or run on a tag push or release event',
      );
      return { release: { kind: 'skipped', reason: 'no release tag' }, failure };
    }
    return { release: { kind: 'skipped', reason: 'this run has no release tag (set release-tag to attach)' } };
  }
  try {
    const attached = await attachToRelease({
      api: req.api,
      repository: req.run.build.repository,
      tag,
      assetName: req.assetName,
      result: req.result,
      reporter: req.io,
    });
    return {
      release: {
        kind: 'attached',
        tag,
        assetName: attached.asset.name,
        assetUrl: attached.assetUrl,
        htmlUrl: attached.release.htmlUrl,
        draft: attached.release.draft,
      },
    };
  } catch (error) {
    if (inputs.attach === 'auto' && isCodedError(error, 'RELEASE_NOT_FOUND')) {
      req.io.warning(
        `${error.message}. The bundle was recorded and written; attach it later or rerun after creating the release.`,
      );
      return { release: { kind: 'skipped', reason: `no release for tag ${tag}` } };
    }
    const code = isCodedError(error) ? error.code : 'INTERNAL';
    return { release: { kind: 'skipped', reason: `attaching to release ${tag} failed (${code})` }, failure: error };
  }
}

/** Replaces every line of the secret (PEM lines, as io.secret masks them) with `***`. */
export function redactSecret(text: string, secret: string): string {
  let out = text;
  for (const line of secret.split(/\r?\n/)) {
    const part = line.trim();
    if (part.length >= 8) out = out.split(part).join('***');
  }
  return out;
}

/**
 * What the provenance will publish: drops the workflow_dispatch inputs when include-workflow-inputs is false,
 * then warns (private or internal repository on the public-good log) or notes (inputs recorded there) naming
 * the inputs that will be published. Custom predicates never record the inputs.
 */
export function publicationStep(
  inputs: Pick<AttestInputs, 'includeWorkflowInputs' | 'logUrl' | 'predicate'>,
  context: RunContext,
  io: Reporter,
): { run: RunContext; omittedInputs: string[] } {
  const slsa = inputs.predicate.kind === 'slsa';
  const omittedInputs = slsa && !inputs.includeWorkflowInputs ? workflowInputNames(context.build) : [];
  const run = inputs.includeWorkflowInputs ? context : { ...context, build: withoutWorkflowInputs(context.build) };
  const published = slsa ? workflowInputNames(run.build) : [];
  const privacy = formatPrivacyWarning(run.visibility, inputs.logUrl, run.build.repository, published);
  if (privacy !== undefined) io.warning(privacy);
  const notice = formatPublishedInputsNotice(run.visibility, inputs.logUrl, published);
  if (notice !== undefined) io.notice(notice);
  return { run, omittedInputs };
}
