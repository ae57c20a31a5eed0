/**
 * SLSA Provenance v1 predicate for a GitHub Actions workflow run, laid out exactly as actions/toolkit's
 * `buildSLSAProvenancePredicate` emits it (buildType https://actions.github.io/buildtypes/workflow/v1), so
 * `gh attestation verify` and other GitHub-aware verifiers read it unchanged. One addition: the
 * workflow_dispatch inputs go to `externalParameters.inputs` when there are any (SLSA: inputs a user chose are
 * external parameters), after `workflow`.
 */
import { CodedError } from '../errors.js';
import { decode, type Node } from '../json/decode.js';

export const SLSA_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** What @actions/attest wrote before 1.3.0; still accepted when parsing. */
export const LEGACY_GITHUB_WORKFLOW_BUILD_TYPE =
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';

export interface BuildContext {
  /** e.g. https://github.com (no trailing slash). */
  serverUrl: string;
  /** owner/repo */
  repository: string;
  /** Numeric IDs are strings, as in the OIDC token. */
  repositoryId: string;
  repositoryOwnerId: string;
  /** refs/heads/main, refs/tags/v1.2.3 */
  ref: string;
  sha: string;
  /** owner/repo/.github/workflows/x.yml@refs/... */
  workflowRef: string;
  /** The reusable workflow that runs the job, when there is one (OIDC `job_workflow_ref`). */
  jobWorkflowRef?: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  runnerEnvironment: string;
  workflowInputs?: Record<string, unknown>;
  /** Where the facts came from; the caller reports it (not part of the predicate). */
  source: 'oidc' | 'env' | 'git';
}

export interface SlsaPredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: {
      workflow: { ref: string; repository: string; path: string };
      inputs?: Record<string, unknown>;
    };
    internalParameters: {
      github: { event_name: string; repository_id: string; repository_owner_id: string; runner_environment: string };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: { builder: { id: string }; metadata: { invocationId: string } };
}

/**
 * The workflow file path inside the repository: `workflowRef` minus the `owner/repo/` prefix and minus the
 * `@<ref>` suffix. Cutting the known suffix (rather than splitting at the first `@`, as actions/attest does)
 * keeps paths that contain `@` intact.
 */
export function workflowPath(workflowRef: string, repository: string, ref: string): string {
  const prefix = `${repository}/`;
  if (!workflowRef.startsWith(prefix)) {
    throw new CodedError('STATEMENT_MALFORMED', `workflow ref "${workflowRef}" does not start with "${prefix}"`);
  }
  const rest = workflowRef.slice(prefix.length);
  const suffix = `@${ref}`;
  const at = rest.endsWith(suffix) ? rest.length - suffix.length : rest.lastIndexOf('@');
  if (at <= 0) throw new CodedError('STATEMENT_MALFORMED', `workflow ref "${workflowRef}" has no "@<ref>" suffix`);
  return rest.slice(0, at);
}

export function buildSlsaPredicate(ctx: BuildContext): SlsaPredicate {
  const server = ctx.serverUrl.replace(/\/+$/, '');
  const repositoryUrl = `${server}/${ctx.repository}`;
  const externalParameters: SlsaPredicate['buildDefinition']['externalParameters'] = {
    workflow: { ref: ctx.ref, repository: repositoryUrl, path: workflowPath(ctx.workflowRef, ctx.repository, ctx.ref) },
  };
  if (ctx.workflowInputs !== undefined && Object.keys(ctx.workflowInputs).length > 0) {
    externalParameters.inputs = { ...ctx.workflowInputs };
  }
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters,
      internalParameters: {
        github: {
          event_name: ctx.eventName,
          repository_id: ctx.repositoryId,
          repository_owner_id: ctx.repositoryOwnerId,
          runner_environment: ctx.runnerEnvironment,
        },
      },
      resolvedDependencies: [{ uri: `git+${repositoryUrl}@${ctx.ref}`, digest: { gitCommit: ctx.sha } }],
    },
    runDetails: {
      builder: { id: `${server}/${ctx.jobWorkflowRef ?? ctx.workflowRef}` },
      metadata: { invocationId: `${repositoryUrl}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}` },
    },
  };
}

/** The facts a provenance policy checks, decoded from a predicate of either GitHub workflow buildType. */
export interface SlsaProvenanceFacts {
  buildType: string;
  /** https://github.com/owner/repo */
  repositoryUrl: string;
  ref: string;
  workflowPath: string;
  /** Commit from resolvedDependencies (gitCommit), when present. */
  sha?: string;
  sourceUri?: string;
  eventName?: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  runnerEnvironment?: string;
  builderId: string;
  invocationId?: string;
  inputs?: Record<string, unknown>;
}

/** Decodes a SLSA v1 GitHub-workflow predicate; STATEMENT_MALFORMED with the field path on anything missing. */
export function parseSlsaProvenance(predicate: unknown): SlsaProvenanceFacts {
  const root = decode(predicate, 'STATEMENT_MALFORMED', 'predicate');
  const def = root.get('buildDefinition');
  const buildTypeNode = def.get('buildType');
  const buildType = buildTypeNode.string();
  if (buildType !== GITHUB_WORKFLOW_BUILD_TYPE && buildType !== LEGACY_GITHUB_WORKFLOW_BUILD_TYPE) {
    buildTypeNode.fail(`expected ${GITHUB_WORKFLOW_BUILD_TYPE}`);
  }
  const external = def.get('externalParameters');
  const workflow = external.get('workflow');
  const github = def.optional('internalParameters')?.optional('github');
  const dep = def.optional('resolvedDependencies')?.array()[0];
  const run = root.get('runDetails');
  const inputsNode = external.optional('inputs');
  const facts: SlsaProvenanceFacts = {
    buildType,
    repositoryUrl: workflow.get('repository').nonEmptyString(),
    ref: workflow.get('ref').nonEmptyString(),
    workflowPath: workflow.get('path').nonEmptyString(),
    builderId: run.get('builder').get('id').nonEmptyString(),
  };
  const optional: [OptionalFact, Node | undefined][] = [
    ['sha', dep?.optional('digest')?.optional('gitCommit')],
    ['sourceUri', dep?.optional('uri')],
    ['eventName', github?.optional('event_name')],
    ['repositoryId', github?.optional('repository_id')],
    ['repositoryOwnerId', github?.optional('repository_owner_id')],
    ['runnerEnvironment', github?.optional('runner_environment')],
    ['invocationId', run.optional('metadata')?.optional('invocationId')],
  ];
  for (const [key, node] of optional) if (node !== undefined) facts[key] = node.string();
  if (inputsNode !== undefined) facts.inputs = { ...inputsNode.record() };
  return facts;
}

type OptionalFact =
  | 'sha'
  | 'sourceUri'
  | 'eventName'
  | 'repositoryId'
  | 'repositoryOwnerId'
  | 'runnerEnvironment'
  | 'invocationId';
