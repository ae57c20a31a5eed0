import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedIssuer,
  fetchIdToken,
  parseBuildContextFromClaims,
  readOidcBuildContext,
  verifyIdToken,
} from '../../../src/adapters/github/oidc.js';
import { type GitHubStandin, sampleGitHubClaims, startGitHubStandin } from '../../helpers/github-standin.js';

let gh: GitHubStandin;
const now = (): number => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  gh = await startGitHubStandin();
  gh.idTokenClaims = sampleGitHubClaims();
});
afterAll(async () => gh.close());

describe('OIDC build context', () => {
  it('requests, verifies and maps the token to a BuildContext (claims win)', async () => {
    const env = { ...gh.oidcEnv(), GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'f'.repeat(40) };
    const payload = { inputs: { channel: 'beta' } };
    gh.idTokenClaims = sampleGitHubClaims({ event_name: 'workflow_dispatch' });
    const { context, claims } = await readOidcBuildContext(env, { now: now(), issuer: gh.issuer, payload });
    expect(claims.aud).toBe('nobody');
    expect(context).toEqual({
      serverUrl: 'https://github.com',
      repository: 'octo-org/octo-repo',
      repositoryId: '2002',
      repositoryOwnerId: '1001',
      ref: 'refs/tags/v1.2.3',
      sha: 'a'.repeat(40),
      workflowRef: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
      jobWorkflowRef: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
      eventName: 'workflow_dispatch',
      runId: '9001',
      runAttempt: '2',
      runnerEnvironment: 'github-hosted',
      workflowInputs: { channel: 'beta' },
      source: 'oidc',
    });
    const tokenRequest = gh.requests.find((r) => r.path === '/oidc/token');
    expect(tokenRequest?.query.get('api-version')).toBe('2.0');
    expect(tokenRequest?.query.get('audience')).toBe('nobody');
    gh.idTokenClaims = sampleGitHubClaims();
  });

  it('rejects a tampered token', async () => {
    const token = gh.mintIdToken({ ...sampleGitHubClaims(), aud: 'nobody' });
    const [h, p, s] = token.split('.');
    const forged = JSON.parse(Buffer.from(p ?? '', 'base64url').toString());
    forged.repository = 'evil/repo';
    const tampered = `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`;
    await expect(verifyIdToken(tampered, { now: now(), issuer: gh.issuer })).rejects.toMatchObject({
      code: 'OIDC_TOKEN_INVALID',
    });
  });

  it('rejects expired, not-yet-valid, wrong-audience, wrong-key, non-RS256 and foreign-issuer tokens', async () => {
    const claims = { ...sampleGitHubClaims(), aud: 'nobody' };
    const t = now();
    const cases = [
      gh.mintIdToken({ ...claims, exp: t - 120 }),
      gh.mintIdToken({ ...claims, nbf: t + 600 }),
      gh.mintIdToken({ ...claims, aud: 'sigstore' }),
      gh.mintIdToken(claims, { key: 'other' }),
      gh.mintIdToken(claims, { alg: 'RS384' }),
      gh.mintIdToken({ ...claims, iss: 'https://evil.example' }),
    ];
    for (const token of cases) {
      await expect(verifyIdToken(token, { now: t, issuer: gh.issuer })).rejects.toMatchObject({
        code: 'OIDC_TOKEN_INVALID',
      });
    }
    // within the clock skew an expired-by-30s token still verifies
    await expect(
      verifyIdToken(gh.mintIdToken({ ...claims, exp: t - 30 }), { now: t, issuer: gh.issuer }),
    ).resolves.toMatchObject({
      repository: 'octo-org/octo-repo',
    });
  });

  it('missing claims -> OIDC_TOKEN_INVALID listing them', () => {
    const { job_workflow_ref: _j, run_attempt: _r, ...partial } = sampleGitHubClaims();
    expect(() => parseBuildContextFromClaims({ ...partial, iss: 'x' }, 'https://github.com')).toThrowError(
      expect.objectContaining({
        code: 'OIDC_TOKEN_INVALID',
        details: { missing: ['job_workflow_ref', 'run_attempt'] },
      }),
    );
  });

  it('no id-token permission -> GITHUB_PERMISSION naming id-token: write', async () => {
    const error = await fetchIdToken({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GITHUB_PERMISSION', details: { permission: 'id-token: write' } });
    expect(String((error as Error).message)).toContain('id-token: write');
    await expect(fetchIdToken({ ...gh.oidcEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' })).rejects.toMatchObject({
      code: 'GITHUB_PERMISSION',
    });
  });

  it('derives the issuer from the server URL', () => {
    expect(expectedIssuer('https://github.com')).toBe('https://token.actions.githubusercontent.com');
    expect(expectedIssuer('https://acme.ghe.com')).toBe('https://token.actions.acme.ghe.com');
    expect(expectedIssuer('https://ghes.example/')).toBe('https://ghes.example/_services/token');
  });
});
