import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../src/core/bytes.js';
import { parseEnvelope } from '../../../../src/core/dsse/envelope.js';
import {
  type BuildContext,
  buildSlsaPredicate,
  GITHUB_WORKFLOW_BUILD_TYPE,
  parseSlsaProvenance,
  SLSA_PREDICATE_TYPE,
  type SlsaPredicate,
  workflowPath,
} from '../../../../src/core/intoto/slsa.js';
import {
  buildStatement,
  IN_TOTO_PAYLOAD_TYPE,
  parseStatement,
  serializeStatement,
} from '../../../../src/core/intoto/statement.js';
import { readVector } from '../rekor/vectors.js';

const code = (c: string) => expect.objectContaining({ code: c });

const ctx: BuildContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/app',
  repositoryId: '123',
  repositoryOwnerId: '456',
  ref: 'refs/tags/v1.2.3',
  sha: 'a'.repeat(40),
  workflowRef: 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  eventName: 'release',
  runId: '987',
  runAttempt: '2',
  runnerEnvironment: 'github-hosted',
  source: 'oidc',
};

describe('SLSA v1 predicate (GitHub workflow buildType)', () => {
  it('has exactly the layout and key order actions/attest emits', () => {
    const predicate = buildSlsaPredicate(ctx);
    expect(JSON.stringify(predicate)).toBe(
      JSON.stringify({
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/tags/v1.2.3',
              repository: 'https://github.com/octo/app',
              path: '.github/workflows/release.yml',
            },
          },
          internalParameters: {
            github: {
              event_name: 'release',
              repository_id: '123',
              repository_owner_id: '456',
              runner_environment: 'github-hosted',
            },
          },
          resolvedDependencies: [
            { uri: 'git+https://github.com/octo/app@refs/tags/v1.2.3', digest: { gitCommit: 'a'.repeat(40) } },
          ],
        },
        runDetails: {
          builder: { id: 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3' },
          metadata: { invocationId: 'https://github.com/octo/app/actions/runs/987/attempts/2' },
        },
      }),
    );
  });

  it('records workflow_dispatch inputs after workflow, and the reusable workflow as builder', () => {
    const predicate = buildSlsaPredicate({
      ...ctx,
      eventName: 'workflow_dispatch',
      workflowInputs: { channel: 'beta', dry: false },
      jobWorkflowRef: 'octo/shared/.github/workflows/build.yml@refs/heads/main',
    });
    expect(Object.keys(predicate.buildDefinition.externalParameters)).toEqual(['workflow', 'inputs']);
    expect(predicate.buildDefinition.externalParameters.inputs).toEqual({ channel: 'beta', dry: false });
    expect(predicate.runDetails.builder.id).toBe(
      'https://github.com/octo/shared/.github/workflows/build.yml@refs/heads/main',
    );
    expect(buildSlsaPredicate({ ...ctx, workflowInputs: {} }).buildDefinition.externalParameters).not.toHaveProperty(
      'inputs',
    );
  });

  it('keeps an @ inside the workflow path and rejects a workflow ref of another repository', () => {
    expect(workflowPath('o/r/.github/workflows/a@b.yml@refs/heads/x', 'o/r', 'refs/heads/x')).toBe(
      '.github/workflows/a@b.yml',
    );
    expect(() => workflowPath('x/y/.github/workflows/a.yml@refs/heads/x', 'o/r', 'refs/heads/x')).toThrowError(
      code('STATEMENT_MALFORMED'),
    );
  });

  it('parses back into the facts a policy checks', () => {
    const facts = parseSlsaProvenance(
      JSON.parse(JSON.stringify(buildSlsaPredicate({ ...ctx, workflowInputs: { a: 1 } }))),
    );
    expect(facts).toMatchObject({
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      repositoryUrl: 'https://github.com/octo/app',
      ref: 'refs/tags/v1.2.3',
      workflowPath: '.github/workflows/release.yml',
      sha: 'a'.repeat(40),
      eventName: 'release',
      runnerEnvironment: 'github-hosted',
      builderId: 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
      invocationId: 'https://github.com/octo/app/actions/runs/987/attempts/2',
      inputs: { a: 1 },
    });
  });

  it('parses the real SLSA predicate in the conformance happy-path-intoto-in-dsse-v3 bundle', () => {
    const bundle = JSON.parse(readVector('bundles/conformance/happy-path-intoto-in-dsse-v3/bundle.sigstore.json'));
    const statement = parseStatement(parseEnvelope(bundle.dsseEnvelope).payload);
    expect(statement.predicateType).toBe(SLSA_PREDICATE_TYPE);
    const facts = parseSlsaProvenance(statement.predicate);
    expect(facts.buildType).toBe(GITHUB_WORKFLOW_BUILD_TYPE);
    expect(facts.builderId).toMatch(/^https:\/\/github\.com\//);
  });

  const mutations: [string, (p: SlsaPredicate) => void][] = [
    ['another buildType', (p) => Object.assign(p.buildDefinition, { buildType: 'https://example.com/x' })],
    ['no builder id', (p) => Reflect.deleteProperty(p.runDetails.builder, 'id')],
    ['a numeric ref', (p) => Object.assign(p.buildDefinition.externalParameters.workflow, { ref: 1 })],
  ];
  for (const [name, mutate] of mutations) {
    it(`rejects a predicate with ${name}`, () => {
      const p = structuredClone(buildSlsaPredicate(ctx));
      mutate(p);
      expect(() => parseSlsaProvenance(p)).toThrowError(code('STATEMENT_MALFORMED'));
    });
  }
});

describe('in-toto Statement v1', () => {
  it('serializes in spec order and parses back', () => {
    const s = buildStatement([{ name: 'a.txt', digest: { sha256: 'ab'.repeat(32) } }], SLSA_PREDICATE_TYPE, { x: 1 });
    const bytes = serializeStatement(s);
    expect(Buffer.from(bytes).toString()).toMatch(/^\{"_type":"https:\/\/in-toto\.io\/Statement\/v1","subject":\[/);
    expect(parseStatement(bytes)).toEqual(s);
    expect(IN_TOTO_PAYLOAD_TYPE).toBe('application/vnd.in-toto+json');
  });

  it('refuses an empty subject list when building', () => {
    expect(() => buildStatement([], SLSA_PREDICATE_TYPE, {})).toThrowError(code('NO_SUBJECTS'));
  });

  it('parses the v0.1 statement of the sigstore-js bundles', () => {
    const s = parseStatement(utf8(readVector('bundles/sigstore-js/statement.json')));
    expect(s._type).toBe('https://in-toto.io/Statement/v0.1');
    expect(s.subject[0]?.digest.sha512).toMatch(/^7bea9f6e/);
  });

  const bad: [string, string][] = [
    ['not JSON', '{'],
    ['another _type', '{"_type":"x","subject":[{"digest":{"sha256":"ab"}}],"predicateType":"p"}'],
    ['no subjects', '{"_type":"https://in-toto.io/Statement/v1","subject":[],"predicateType":"p"}'],
    [
      'an uppercase digest',
      '{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"AB"}}],"predicateType":"p"}',
    ],
    [
      'an empty digest set',
      '{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{}}],"predicateType":"p"}',
    ],
    ['no predicateType', '{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"ab"}}]}'],
  ];
  for (const [name, text] of bad) {
    it(`rejects ${name}`, () => {
      expect(() => parseStatement(utf8(text))).toThrowError(code('STATEMENT_MALFORMED'));
    });
  }
  it('rejects bytes that are not UTF-8', () => {
    expect(() => parseStatement(new Uint8Array([0xff]))).toThrowError(code('STATEMENT_MALFORMED'));
  });
});
