import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/core/policy/schema.js';
import { parseCertificate } from '../../../src/core/verify/certificate.js';
import { extractIdentity, matchesPattern, verifyIdentity } from '../../../src/core/verify/identity.js';
import { certificateFacts, factsFromCertificate, workflowPathIn } from '../../../src/flows/verify-certificate-facts.js';
import { type ProvenanceSummary, repositoryFromUrl, trustedProvenance } from '../../../src/flows/verify-facts.js';
import { codeOf, errorOf } from '../../helpers/errors.js';
import { conformanceBundle, leafOf } from '../core/verify/vectors.js';

const BEACON = 'sigstore-conformance/extremely-dangerous-public-oidc-beacon';
const BEACON_URL = `https://github.com/${BEACON}`;
const leaf = parseCertificate(leafOf(conformanceBundle('happy-path-intoto-in-dsse-v3')));
const identity = extractIdentity(leaf.asn);
const cert = certificateFacts(identity.san, identity.extensions, repositoryFromUrl);

/** What a statement agreeing with the real certificate says. */
const agreeing: ProvenanceSummary = {
  predicateType: 'https://slsa.dev/provenance/v1',
  buildType: 'https://actions.github.io/buildtypes/workflow/v1',
  repositoryUrl: BEACON_URL,
  repository: BEACON,
  ref: 'refs/heads/main',
  sha: '82a3bfe6dd50fe9c71d6315eae66da15307856cf',
  workflowPath: '.github/workflows/extremely-dangerous-oidc-beacon.yml',
  runnerEnvironment: 'github-hosted',
  eventName: 'workflow_dispatch',
  invocationId: `${BEACON_URL}/actions/runs/12359147651/attempts/1`,
  builderId: `${BEACON_URL}/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main`,
};

describe('certificateFacts (the real GitHub Actions certificate of a public-good bundle)', () => {
  it('reads repository, ref, commit, workflow, runner, trigger, invocation and builder from the extensions', () => {
    const { predicateType: _p, buildType: _b, ...facts } = agreeing;
    expect(cert).toEqual(facts);
  });

  it('falls back to the deprecated v1 extensions', () => {
    const v1 = certificateFacts(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
      {
        githubWorkflowRepository: 'acme/app',
        githubWorkflowRef: 'refs/tags/v1',
        githubWorkflowSha: 'a'.repeat(40),
        githubWorkflowTrigger: 'push',
      },
      repositoryFromUrl,
    );
    expect(v1).toEqual({ repository: 'acme/app', ref: 'refs/tags/v1', sha: 'a'.repeat(40), eventName: 'push' });
  });

  it.each([
    [
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
      'refs/tags/v1',
      '.github/workflows/release.yml',
    ],
    [
      'https://github.com/acme/app/.github/workflows/a@b.yml@refs/heads/main',
      'refs/heads/main',
      '.github/workflows/a@b.yml',
    ],
    ['https://github.com/acme/other/.github/workflows/release.yml@refs/tags/v1', 'refs/tags/v1', undefined],
    ['https://github.com/acme/app/.github/workflows/release.yml', 'refs/tags/v1', undefined],
  ])('workflowPathIn(%s)', (uri, ref, path) => {
    expect(workflowPathIn(uri, 'https://github.com/acme/app', ref)).toBe(path);
  });
});

describe('factsFromCertificate', () => {
  it('keeps the certificate facts when the statement agrees, and labels them', () => {
    expect(factsFromCertificate(cert, agreeing)).toEqual({ ...agreeing, factsSource: 'certificate' });
  });

  it('a bare signature (no statement) gets the certificate facts alone', () => {
    const facts = factsFromCertificate(cert, undefined);
    expect(facts.repository).toBe(BEACON);
    expect(facts.predicateType).toBeUndefined();
  });

  it.each([
    ['repositoryUrl', 'https://github.com/acme/app'],
    ['repository', 'acme/app'],
    ['ref', 'refs/tags/v1.0.0'],
    ['sha', 'f'.repeat(40)],
    ['workflowPath', '.github/workflows/release.yml'],
    ['runnerEnvironment', 'self-hosted'],
    ['eventName', 'push'],
    ['invocationId', 'https://github.com/acme/app/actions/runs/1/attempts/1'],
    ['builderId', 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0'],
  ] as const)('ATTACK: a statement whose %s differs from the certificate fails PROVENANCE_MISMATCH', (key, value) => {
    const error = errorOf(() => factsFromCertificate(cert, { ...agreeing, [key]: value }));
    expect(error.code).toBe('PROVENANCE_MISMATCH');
    expect(error.details?.disagreements).toHaveLength(1);
  });

  it('a fact the certificate does not state is not taken from the statement', () => {
    const facts = factsFromCertificate({ repository: BEACON }, agreeing);
    expect(facts.repository).toBe(BEACON);
    expect(facts.ref).toBeUndefined();
    expect(facts.runnerEnvironment).toBeUndefined();
  });
});

describe('trustedProvenance', () => {
  it('a key signer: the statement facts, labelled as claimed; no statement, no facts', () => {
    expect(trustedProvenance(undefined, { kind: 'key', fingerprint: 'ab' })).toBeUndefined();
  });
});

describe('identity patterns match the whole value', () => {
  it('a prefix pattern fails IDENTITY_MISMATCH and says patterns match the whole value', () => {
    const error = errorOf(() =>
      verifyIdentity(identity, { san: /^https:\/\/github\.com\/sigstore-conformance\//, issuer: identity.issuer }),
    );
    expect(error.code).toBe('IDENTITY_MISMATCH');
    expect(error.message).toContain('patterns match the whole value');
  });

  it('a pattern that matches no part of the value does not get that hint', () => {
    const error = errorOf(() =>
      verifyIdentity(identity, { san: /https:\/\/gitlab\.com\/.*/, issuer: identity.issuer }),
    );
    expect(error.code).toBe('IDENTITY_MISMATCH');
    expect(error.message).not.toContain('patterns match the whole value');
  });

  it("the example policy's subject-regex (README and examples/provlog-policy.yml) accepts acme's tagged release workflows only", () => {
    const text = readFileSync(new URL('../../../examples/provlog-policy.yml', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const signer = parsePolicy(text).signers.find((s) => s.kind === 'identity');
    if (signer?.kind !== 'identity' || signer.subjectRegex === undefined) throw new Error('no identity signer');
    expect(readme).toContain(`subject-regex: '${signer.subjectRegex}'`);
    const pattern = new RegExp(signer.subjectRegex);
    expect(matchesPattern('https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0', pattern)).toBe(
      true,
    );
    for (const other of [
      'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
      'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      'https://github.com/acme-evil/app/.github/workflows/release.yml@refs/tags/v1',
      'https://github.com/evil/app/.github/workflows/release.yml@refs/tags/v1?https://github.com/acme/x/',
    ]) {
      expect(matchesPattern(other, pattern)).toBe(false);
    }
    expect(codeOf(() => verifyIdentity(identity, { san: pattern, issuer: identity.issuer }))).toBe('IDENTITY_MISMATCH');
  });
});
