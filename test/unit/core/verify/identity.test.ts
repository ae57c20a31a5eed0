import { Certificate, Extensions, TBSCertificate } from '@peculiar/asn1-x509';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../src/core/bundle/codec.js';
import { isCodedError } from '../../../../src/core/errors.js';
import { parseCertificate } from '../../../../src/core/verify/certificate.js';
import { extractIdentity, matchesPattern, verifyIdentity } from '../../../../src/core/verify/identity.js';
import { conformanceBundle, DEFAULT_IDENTITY, DEFAULT_ISSUER, leafOf, vectorText } from './vectors.js';

function errorOf(fn: () => unknown): { code: string; details: Readonly<Record<string, unknown>> | undefined } {
  try {
    fn();
  } catch (error) {
    if (isCodedError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  return { code: 'no error', details: undefined };
}

const githubLeaf = parseCertificate(leafOf(conformanceBundle('happy-path-intoto-in-dsse-v3')));
const emailLeaf = parseCertificate(leafOf(parseBundle(vectorText('bundles/sigstore-js/bundleV03-dsse.sigstore'))));

describe('extractIdentity', () => {
  it('reads a GitHub Actions certificate: URI SAN, v2 issuer and the workflow extensions', () => {
    const id = extractIdentity(githubLeaf.asn);
    expect(id.san).toBe(DEFAULT_IDENTITY);
    expect(id.sanType).toBe('uri');
    expect(id.issuer).toBe(DEFAULT_ISSUER);
    expect(id.extensions).toMatchObject({
      issuer: DEFAULT_ISSUER,
      issuerV1: DEFAULT_ISSUER,
      githubWorkflowTrigger: 'workflow_dispatch',
      githubWorkflowRef: 'refs/heads/main',
      buildSignerURI: DEFAULT_IDENTITY,
      runnerEnvironment: 'github-hosted',
      sourceRepositoryURI: 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon',
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: '632596897',
      sourceRepositoryOwnerIdentifier: '131804563',
      buildTrigger: 'workflow_dispatch',
      sourceRepositoryVisibilityAtSigning: 'public',
    });
    expect(id.extensions.sourceRepositoryDigest).toMatch(/^[0-9a-f]{40}$/);
    expect(id.extensions.runInvocationURI).toMatch(/\/actions\/runs\/\d+\/attempts\/\d+$/);
  });

  it('reads an email identity with the v2 issuer', () => {
    const id = extractIdentity(emailLeaf.asn);
    expect(id).toMatchObject({ san: 'brian@dehamer.com', sanType: 'email', issuer: 'https://github.com/login/oauth' });
  });

  it('falls back to the v1 issuer extension (raw string) when the v2 one is absent', () => {
    const tbs = githubLeaf.asn.tbsCertificate;
    const v1Only = new Certificate({
      ...githubLeaf.asn,
      tbsCertificate: new TBSCertificate({
        ...tbs,
        extensions: new Extensions((tbs.extensions ?? []).filter((e) => e.extnID !== '1.3.6.1.4.1.57264.1.8')),
      }),
    });
    const id = extractIdentity(v1Only);
    expect(id.extensions.issuer).toBeUndefined();
    expect(id.issuer).toBe(DEFAULT_ISSUER);
  });

  it('reports no SAN and no issuer for a certificate without extensions', () => {
    const withoutExtensions = new Certificate({
      ...githubLeaf.asn,
      tbsCertificate: new TBSCertificate({ ...githubLeaf.asn.tbsCertificate, extensions: new Extensions([]) }),
    });
    expect(extractIdentity(withoutExtensions)).toMatchObject({ san: '', sanType: 'none', issuer: '' });
  });
});

describe('matchesPattern', () => {
  it('compares strings exactly', () => {
    expect(matchesPattern('https://a.example', 'https://a.example')).toBe(true);
    expect(matchesPattern('https://a.example/', 'https://a.example')).toBe(false);
  });

  it('anchors regular expressions to the whole value', () => {
    const repo = /https:\/\/github\.com\/sigstore-conformance\/[^/]+\/\.github\/workflows\/.*/;
    expect(matchesPattern(DEFAULT_IDENTITY, repo)).toBe(true);
    expect(matchesPattern(DEFAULT_IDENTITY, /sigstore-conformance/)).toBe(false);
    expect(matchesPattern(`${DEFAULT_IDENTITY}x`, /https:\/\/github\.com\/.*@refs\/heads\/main/)).toBe(false);
    expect(matchesPattern('a|b', /a|b/)).toBe(false);
    expect(matchesPattern('b', /a|b/)).toBe(true);
  });

  it('is not stateful with the g flag and keeps the i flag', () => {
    const global = /abc/g;
    expect(matchesPattern('abc', global)).toBe(true);
    expect(matchesPattern('abc', global)).toBe(true);
    expect(matchesPattern('ABC', /abc/i)).toBe(true);
  });
});

describe('verifyIdentity', () => {
  const id = extractIdentity(githubLeaf.asn);

  it('accepts the expected SAN and issuer', () => {
    expect(() => verifyIdentity(id, { san: DEFAULT_IDENTITY, issuer: DEFAULT_ISSUER })).not.toThrow();
    expect(() =>
      verifyIdentity(id, { san: /https:\/\/github\.com\/sigstore-conformance\/.*/, issuer: DEFAULT_ISSUER }),
    ).not.toThrow();
  });

  it('names expected and actual SAN on a mismatch', () => {
    const error = errorOf(() => verifyIdentity(id, { san: 'https://github.com/other/repo', issuer: DEFAULT_ISSUER }));
    expect(error.code).toBe('IDENTITY_MISMATCH');
    expect(error.details).toMatchObject({
      field: 'san',
      expected: 'https://github.com/other/repo',
      actual: DEFAULT_IDENTITY,
    });
  });

  it('names expected and actual issuer on a mismatch', () => {
    const error = errorOf(() => verifyIdentity(id, { san: DEFAULT_IDENTITY, issuer: 'https://accounts.google.com' }));
    expect(error.code).toBe('IDENTITY_MISMATCH');
    expect(error.details).toMatchObject({
      field: 'issuer',
      expected: 'https://accounts.google.com',
      actual: DEFAULT_ISSUER,
    });
  });
});
