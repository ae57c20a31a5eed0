/**
 * What an attestation makes public. Everything in a public-good log entry is readable by anyone, forever: the
 * repository name, workflow path, commit, artifact names and digests, and the workflow_dispatch inputs that the
 * SLSA predicate records as external parameters (`buildDefinition.externalParameters.inputs`). Shared by the
 * action and `provlog attest`, which both build SLSA provenance from a run context.
 */
import { PUBLIC_GOOD_LOG_URL } from '../adapters/files/trust.js';
import type { RepositoryVisibility } from '../adapters/github/context.js';
import type { BuildContext } from '../core/intoto/slsa.js';

/** How the action leaves the inputs out; the CLI passes its own flag. */
export const OMIT_INPUTS_HINT = 'set include-workflow-inputs: false';

/** The names of the workflow_dispatch inputs the provenance will record (sorted), none when there are none. */
export function workflowInputNames(ctx: BuildContext): string[] {
  return Object.keys(ctx.workflowInputs ?? {}).sort();
}

/** The build context without its workflow_dispatch inputs (include-workflow-inputs: false). */
export function withoutWorkflowInputs(ctx: BuildContext): BuildContext {
  const { workflowInputs: _dropped, ...rest } = ctx;
  return rest;
}

/** `a`, `b` and `c`: names quoted (they come from the event payload). */
function listNames(names: string[]): string {
  return names.map((n) => JSON.stringify(n)).join(', ');
}

/**
 * For a private or internal repository recording in the public-good log, what becomes public, naming the
 * workflow_dispatch inputs (names only: their values may be secret-ish and this text is printed in the log).
 * The step still runs: publishing may be intended. Undefined when nothing private is published.
 */
export function formatPrivacyWarning(
  visibility: RepositoryVisibility | undefined,
  logUrl: string,
  repository: string,
  inputNames: readonly string[] = [],
  omitHint = OMIT_INPUTS_HINT,
): string | undefined {
  if ((visibility !== 'private' && visibility !== 'internal') || logUrl !== PUBLIC_GOOD_LOG_URL) return undefined;
  const inputs =
    inputNames.length === 0
      ? ''
      : `, and the values of the workflow_dispatch inputs ${listNames([...inputNames])} (${omitHint} to leave them out)`;
  return (
    `${repository} is ${visibility}, but ${PUBLIC_GOOD_LOG_URL} is a public log: the repository name, workflow path, ` +
    `commit, artifact names and digests in the provenance become public${inputs}. Use your own log (log-url + trusted-root) to keep them private.`
  );
}

/**
 * For any other repository recording workflow_dispatch inputs in the public-good log: one line naming them, since
 * a value typed into the run form is easy to forget is published. Undefined when no input is recorded there, or
 * when formatPrivacyWarning already says it.
 */
export function formatPublishedInputsNotice(
  visibility: RepositoryVisibility | undefined,
  logUrl: string,
  inputNames: readonly string[],
  omitHint = OMIT_INPUTS_HINT,
): string | undefined {
  if (inputNames.length === 0 || logUrl !== PUBLIC_GOOD_LOG_URL) return undefined;
  if (visibility === 'private' || visibility === 'internal') return undefined;
  return (
    `The workflow_dispatch inputs ${listNames([...inputNames])} and their values are recorded in the provenance, ` +
    `which ${PUBLIC_GOOD_LOG_URL} publishes; ${omitHint} to leave them out.`
  );
}
