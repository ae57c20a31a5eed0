import { describe, expect, it } from 'vitest';
import { publicationStep, redactSecret } from '../../../../src/action/attest/steps.js';
import { formatAttestFailure, formatContextSource } from '../../../../src/action/attest/summary.js';
import type { RunContext } from '../../../../src/adapters/github/context.js';
import { CodedError } from '../../../../src/core/errors.js';
import { buildSlsaPredicate } from '../../../../src/core/intoto/slsa.js';
import { formatPrivacyWarning, formatPublishedInputsNotice } from '../../../../src/flows/attest-privacy.js';
import { recordingReporter } from '../../../../src/flows/reporter.js';

const PUBLIC_GOOD = 'https://rekor.sigstore.dev';

function dispatchRun(visibility: RunContext['visibility']): RunContext {
  return {
    build: {
      serverUrl: 'https://github.com',
      repository: 'o/r',
      repositoryId: '1',
      repositoryOwnerId: '2',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      workflowRef: 'o/r/.github/workflows/release.yml@refs/heads/main',
      eventName: 'workflow_dispatch',
      runId: '3',
      runAttempt: '1',
      runnerEnvironment: 'github-hosted',
      workflowInputs: { 'deploy-token-hint': 'hunter2', channel: 'beta' },
      source: 'env',
    },
    apiUrl: 'https://api.github.com',
    ...(visibility === undefined ? {} : { visibility }),
  };
}

describe('attest action steps', () => {
  it('warns only for private or internal repositories recording in the public-good log', () => {
    expect(formatPrivacyWarning('private', PUBLIC_GOOD, 'o/r')).toContain('o/r is private');
    expect(formatPrivacyWarning('internal', PUBLIC_GOOD, 'o/r')).toContain('public log');
    expect(formatPrivacyWarning('public', PUBLIC_GOOD, 'o/r')).toBeUndefined();
    expect(formatPrivacyWarning(undefined, PUBLIC_GOOD, 'o/r')).toBeUndefined();
    expect(formatPrivacyWarning('private', 'https://log.example', 'o/r')).toBeUndefined();
  });

  it('names the workflow_dispatch inputs that become public, never their values', () => {
    const warning = formatPrivacyWarning('private', PUBLIC_GOOD, 'o/r', ['channel', 'deploy-token-hint']) ?? '';
    expect(warning).toContain('"channel", "deploy-token-hint"');
    expect(warning).toContain('include-workflow-inputs: false');
    const notice = formatPublishedInputsNotice('public', PUBLIC_GOOD, ['channel']) ?? '';
    expect(notice).toContain('"channel"');
    expect(formatPublishedInputsNotice('public', PUBLIC_GOOD, [])).toBeUndefined();
    expect(formatPublishedInputsNotice('public', 'https://log.example', ['channel'])).toBeUndefined();
    expect(formatPublishedInputsNotice('private', PUBLIC_GOOD, ['channel'])).toBeUndefined();
  });

  it('records the inputs in the provenance by default and leaves them out with include-workflow-inputs: false', () => {
    const slsa = { kind: 'slsa' } as const;
    const io = recordingReporter();
    const kept = publicationStep(
      { includeWorkflowInputs: true, logUrl: PUBLIC_GOOD, predicate: slsa },
      dispatchRun('private'),
      io,
    );
    expect(buildSlsaPredicate(kept.run.build).buildDefinition.externalParameters.inputs).toEqual({
      'deploy-token-hint': 'hunter2',
      channel: 'beta',
    });
    expect(kept.omittedInputs).toEqual([]);
    expect(io.events.map((e) => e.level)).toEqual(['warning']);
    expect(io.events[0]?.message).toContain('"channel", "deploy-token-hint"');
    expect(io.events[0]?.message).not.toContain('hunter2');

    const quiet = recordingReporter();
    const left = publicationStep(
      { includeWorkflowInputs: false, logUrl: PUBLIC_GOOD, predicate: slsa },
      dispatchRun('private'),
      quiet,
    );
    expect(buildSlsaPredicate(left.run.build).buildDefinition.externalParameters).not.toHaveProperty('inputs');
    expect(JSON.stringify(buildSlsaPredicate(left.run.build))).not.toContain('hunter2');
    expect(left.omittedInputs).toEqual(['channel', 'deploy-token-hint']);
    expect(quiet.events.map((e) => e.level)).toEqual(['warning']);
    expect(quiet.events[0]?.message).not.toContain('workflow_dispatch');

    const publicRepo = recordingReporter();
    publicationStep(
      { includeWorkflowInputs: true, logUrl: PUBLIC_GOOD, predicate: slsa },
      dispatchRun('public'),
      publicRepo,
    );
    expect(publicRepo.events.map((e) => e.level)).toEqual(['notice']);
    expect(publicRepo.events[0]?.message).toContain('"channel", "deploy-token-hint"');
  });

  it('redacts every line of the key from text', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nAAAABBBBCCCCDDDD\nEEEEFFFF\n-----END PRIVATE KEY-----\n';
    expect(redactSecret('bad key AAAABBBBCCCCDDDD and EEEEFFFF', key)).toBe('bad key *** and ***');
    expect(redactSecret('nothing secret', '')).toBe('nothing secret');
  });

  it('adds what to do to a failure and says where the build facts came from', () => {
    const failure = formatAttestFailure(new CodedError('LOG_UNREACHABLE', 'log down'));
    expect(failure).toMatch(/^log down\. Check log-url/);
    expect(formatAttestFailure(new CodedError('INTERNAL', 'boom'))).toBe('boom');
    expect(formatContextSource('oidc')).toContain('OIDC token verified');
    expect(formatContextSource('env')).toContain('not verified');
  });
});
