import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApi } from '../../../src/adapters/github/http.js';
import { PROVENANCE_START } from '../../../src/adapters/github/release-notes.js';
import {
  findReleaseByTag,
  listReleaseAssets,
  updateReleaseNotes,
  uploadReleaseAsset,
} from '../../../src/adapters/github/releases.js';
import { type GitHubStandin, startGitHubStandin } from '../../helpers/github-standin.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };
let gh: GitHubStandin;
let api: GitHubApi;
const sleeps: number[] = [];

beforeEach(async () => {
  gh = await startGitHubStandin({ perPage: 2, maxPerPage: 2 });
  sleeps.length = 0;
  api = new GitHubApi({
    baseUrl: gh.url,
    token: gh.token,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});
afterEach(async () => gh.close());

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('releases against the stand-in', () => {
  it('finds a draft by tag through the paginated list (the tags endpoint 404s drafts)', async () => {
    for (let i = 0; i < 5; i++) gh.seedRelease('octo-org', 'octo-repo', { tag: `v0.${i}` });
    const draft = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1.0.0', draft: true });
    for (let i = 0; i < 3; i++) gh.seedRelease('octo-org', 'octo-repo', { tag: `v2.${i}` });
    const found = await findReleaseByTag(api, repo, 'v1.0.0');
    expect(found).toMatchObject({ id: draft.id, draft: true, tagName: 'v1.0.0' });
    expect(found.uploadUrl).toBe(`${gh.url}/repos/octo-org/octo-repo/releases/${draft.id}/assets`);
    expect(gh.requests.filter((r) => r.path.endsWith('/releases')).length).toBeGreaterThan(1); // followed Link
    expect((await findReleaseByTag(api, repo, 'v0.1')).draft).toBe(false);
    await expect(findReleaseByTag(api, repo, 'v9')).rejects.toMatchObject({ code: 'RELEASE_NOT_FOUND' });
  });

  it('uploads raw bytes via upload_url and replaces the asset on re-run (no duplicates)', async () => {
    const seeded = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', draft: true });
    const release = await findReleaseByTag(api, repo, 'v1');
    await uploadReleaseAsset(api, repo, release, 'octo-repo-v1.sigstore.json', bytes('{"n":1}'));
    const asset = await uploadReleaseAsset(api, repo, release, 'octo-repo-v1.sigstore.json', bytes('{"n":2}'));
    expect(asset.name).toBe('octo-repo-v1.sigstore.json');
    expect(seeded.assets.map((a) => [a.name, a.data.toString(), a.contentType])).toEqual([
      ['octo-repo-v1.sigstore.json', '{"n":2}', 'application/json'],
    ]);
    const upload = gh.requests.filter((r) => r.method === 'POST').at(-1);
    expect(upload?.query.get('name')).toBe('octo-repo-v1.sigstore.json');
    expect(await listReleaseAssets(api, repo, release.id)).toHaveLength(1);
  });

  it('retries a 502 upload, clearing a leftover asset, and honours retry-after on 429', async () => {
    const seeded = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', draft: true });
    const release = await findReleaseByTag(api, repo, 'v1');
    gh.failNext({ method: 'GET', path: /\/assets$/ }, 429, { headers: { 'retry-after': '3' } });
    gh.failNext({ method: 'POST', path: /\/assets$/ }, 502);
    await uploadReleaseAsset(api, repo, release, 'b.json', bytes('{}'));
    expect(seeded.assets).toHaveLength(1);
    expect(sleeps).toContain(3000);
  });

  it('keeps one Provenance section in the notes across re-runs', async () => {
    const seeded = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', draft: true, body: 'Changelog\n' });
    const release = await findReleaseByTag(api, repo, 'v1');
    await updateReleaseNotes(api, repo, release, '### Provenance\nrun 1');
    const patches = (): number => gh.requests.filter((r) => r.method === 'PATCH').length;
    await updateReleaseNotes(api, repo, release, '### Provenance\nrun 2');
    expect(seeded.body?.split(PROVENANCE_START)).toHaveLength(2);
    expect(seeded.body).toContain('run 2');
    expect(seeded.body?.startsWith('Changelog\n\n')).toBe(true);
    const before = patches();
    await updateReleaseNotes(api, repo, release, '### Provenance\nrun 2');
    expect(patches()).toBe(before); // unchanged body: no write
  });

  it('a published immutable release -> RELEASE_IMMUTABLE (flag or 422 from the server)', async () => {
    gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', immutable: true });
    const release = await findReleaseByTag(api, repo, 'v1');
    await expect(uploadReleaseAsset(api, repo, release, 'a.json', bytes('{}'))).rejects.toMatchObject({
      code: 'RELEASE_IMMUTABLE',
    });
    // a server that does not report the flag still rejects with 422
    await expect(
      uploadReleaseAsset(api, repo, { ...release, immutable: false }, 'a.json', bytes('{}')),
    ).rejects.toMatchObject({ code: 'RELEASE_IMMUTABLE' });
  });

  it('draft -> attach -> publish works with immutable releases', async () => {
    gh.setImmutableOnPublish(true);
    const seeded = gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', draft: true });
    const release = await findReleaseByTag(api, repo, 'v1');
    await uploadReleaseAsset(api, repo, release, 'a.json', bytes('{}'));
    await api.request({
      method: 'PATCH',
      url: `/repos/octo-org/octo-repo/releases/${release.id}`,
      json: { draft: false },
    });
    expect(seeded).toMatchObject({ draft: false, immutable: true });
    const published = await findReleaseByTag(api, repo, 'v1');
    await expect(uploadReleaseAsset(api, repo, published, 'a.json', bytes('{}'))).rejects.toMatchObject({
      code: 'RELEASE_IMMUTABLE',
    });
  });

  it('missing contents: write -> GITHUB_PERMISSION naming it; bad token too', async () => {
    gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1' });
    gh.addToken('ghs_read', 'read');
    const readOnly = new GitHubApi({ baseUrl: gh.url, token: 'ghs_read' });
    const release = await findReleaseByTag(readOnly, repo, 'v1');
    const error = await uploadReleaseAsset(readOnly, repo, release, 'a.json', bytes('{}')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GITHUB_PERMISSION', details: { permission: 'contents: write', status: 403 } });
    expect(String((error as Error).message)).toContain('contents: write');
    const bad = new GitHubApi({ baseUrl: gh.url, token: 'nope' });
    await expect(findReleaseByTag(bad, repo, 'v1')).rejects.toMatchObject({ code: 'GITHUB_PERMISSION' });
  });

  it('read-only tokens do not see drafts: RELEASE_NOT_FOUND', async () => {
    gh.seedRelease('octo-org', 'octo-repo', { tag: 'v1', draft: true });
    gh.addToken('ghs_read', 'read');
    const readOnly = new GitHubApi({ baseUrl: gh.url, token: 'ghs_read' });
    await expect(findReleaseByTag(readOnly, repo, 'v1')).rejects.toMatchObject({ code: 'RELEASE_NOT_FOUND' });
  });

  it('gives up after retries on persistent 5xx with GITHUB_API_ERROR', async () => {
    gh.failNext({ path: /releases/ }, 503, { times: 100 });
    await expect(findReleaseByTag(api, repo, 'v1')).rejects.toMatchObject({ code: 'GITHUB_API_ERROR' });
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('pull files pagination (stand-in)', () => {
  it('serves PR files over pages with Link headers', async () => {
    gh.seedPullFiles(
      'octo-org',
      'octo-repo',
      7,
      Array.from({ length: 5 }, (_, i) => ({ filename: `f${i}` })),
    );
    const files = await api.paginate('/repos/octo-org/octo-repo/pulls/7/files');
    expect(files).toHaveLength(5);
  });
});
