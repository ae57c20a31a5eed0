/**
 * Attaching provenance to a GitHub release (issue 4, behaviour 5; research/formats.md §4.7):
 * find the release by tag INCLUDING drafts (`GET /releases/tags/{tag}` returns published releases only),
 * upload through the release's own `upload_url` (raw bytes), replace a same-named asset (GitHub answers 422
 * to a duplicate name), and keep one marked "Provenance" section in the notes. Re-runs converge: one asset,
 * one section. A published immutable release cannot take assets: we say how to attach before publishing.
 */
import { CodedError, isCodedError } from '../../core/errors.js';
import { decode, type Node } from '../../core/json/decode.js';
import type { GitHubApi } from './http.js';
import { replaceMarkedSection } from './release-notes.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Release {
  id: number;
  tagName: string;
  draft: boolean;
  prerelease: boolean;
  /** GitHub's `immutable` field (absent on older servers -> false). */
  immutable: boolean;
  body: string;
  /** upload_url with its `{?name,label}` template removed. */
  uploadUrl: string;
  htmlUrl: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  browserDownloadUrl: string;
}

const WRITE = 'contents: write';

export function parseRelease(value: unknown): Release {
  const n = decode(value, 'GITHUB_API_ERROR', 'release');
  return {
    id: n.get('id').uint(),
    tagName: n.get('tag_name').string(),
    draft: n.optional('draft')?.boolean() ?? false,
    prerelease: n.optional('prerelease')?.boolean() ?? false,
    immutable: n.optional('immutable')?.boolean() ?? false,
    body: n.optional('body')?.string() ?? '',
    uploadUrl: stripUriTemplate(n.get('upload_url').string()),
    htmlUrl: n.optional('html_url')?.string() ?? '',
  };
}

function parseAsset(n: Node): ReleaseAsset {
  return {
    id: n.get('id').uint(),
    name: n.get('name').string(),
    size: n.optional('size')?.uint() ?? 0,
    state: n.optional('state')?.string() ?? 'uploaded',
    browserDownloadUrl: n.optional('browser_download_url')?.string() ?? '',
  };
}

/** `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}` -> without the RFC 6570 template. */
export function stripUriTemplate(url: string): string {
  return url.replace(/\{[^}]*\}$/, '');
}

/** `/repos/OWNER/REPO`, each part URL-encoded. */
export function repoPath(r: RepoRef): string {
  return `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
}

/**
 * The release for `tag`: a published one from the tags endpoint, else a draft from the full list (newest
 * first, as GitHub lists them). Throws RELEASE_NOT_FOUND, noting that drafts need `contents: write` to be seen.
 */
export async function findReleaseByTag(api: GitHubApi, repo: RepoRef, tag: string): Promise<Release> {
  const res = await api.request({
    url: `${repoPath(repo)}/releases/tags/${encodeURIComponent(tag)}`,
    allow: [404],
    permission: WRITE,
  });
  if (res.status !== 404) return parseRelease(res.data);
  const all = await api.paginate(`${repoPath(repo)}/releases`, { permission: WRITE });
  const matches = all.map(parseRelease).filter((r) => r.tagName === tag);
  const found = matches.find((r) => !r.draft) ?? matches.sort((a, b) => b.id - a.id)[0];
  if (found === undefined) {
    throw new CodedError(
      'RELEASE_NOT_FOUND',
      `no release (published or draft) for tag "${tag}" in ${repo.owner}/${repo.repo}; create the release first, ` +
        `and grant \`permissions:\n  ${WRITE}\` (drafts are invisible to read-only tokens)`,
      { details: { tag } },
    );
  }
  return found;
}

export async function listReleaseAssets(api: GitHubApi, repo: RepoRef, releaseId: number): Promise<ReleaseAsset[]> {
  const items = await api.paginate(`${repoPath(repo)}/releases/${releaseId}/assets`, { permission: WRITE });
  return items.map((item, i) => parseAsset(decode(item, 'GITHUB_API_ERROR', `assets[${i}]`)));
}

/** Message for a published immutable release: the order of steps that works. */
export function immutableReleaseError(release: Release, cause?: unknown): CodedError {
  return new CodedError(
    'RELEASE_IMMUTABLE',
    `release ${release.tagName} is published and immutable, so no asset can be added or replaced. ` +
      'Attach provenance before publishing: create the release as a draft (`gh release create TAG --draft` or ' +
      '`draft: true`), run this step with `release-tag: TAG` while it is a draft, then publish it ' +
      '(`gh release edit TAG --draft=false`).',
    { cause, details: { tag: release.tagName, releaseId: release.id } },
  );
}

function isImmutableRejection(error: unknown): boolean {
  if (!isCodedError(error, 'GITHUB_API_ERROR')) return false;
  const status = error.details?.status;
  const message = error.details?.message;
  return status === 422 && typeof message === 'string' && /immutable/i.test(message);
}

/**
 * Uploads `data` as asset `name`, deleting an existing asset of that name first (also a half-uploaded
 * `starter` one left by an earlier failure). Upload retries on 5xx re-check for a leftover asset.
 */
export async function uploadReleaseAsset(
  api: GitHubApi,
  repo: RepoRef,
  release: Release,
  name: string,
  data: Uint8Array,
): Promise<ReleaseAsset> {
  if (release.immutable && !release.draft) throw immutableReleaseError(release);
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    try {
      for (const asset of await listReleaseAssets(api, repo, release.id)) {
        if (asset.name === name) {
          await api.request({
            method: 'DELETE',
            url: `${repoPath(repo)}/releases/assets/${asset.id}`,
            permission: WRITE,
            allow: [404], // already gone: a retried DELETE that had succeeded
          });
        }
      }
      const res = await api.request({
        method: 'POST',
        url: `${release.uploadUrl}?name=${encodeURIComponent(name)}`,
        body: data,
        contentType: 'application/json', // what provlog uploads: Sigstore bundles
        permission: WRITE,
        retry: false,
      });
      return parseAsset(decode(res.data, 'GITHUB_API_ERROR', 'uploaded asset'));
    } catch (error) {
      if (isImmutableRejection(error)) throw immutableReleaseError(release, error);
      const retryable = isCodedError(error, 'GITHUB_API_ERROR') && error.details?.retryable === true;
      if (!retryable || attempt >= attempts) throw error;
    }
  }
}

/**
 * Puts `section` between the provenance markers in the release notes (replacing an earlier one) and
 * PATCHes the release only when the body changes. Returns the release as the server now has it.
 */
export async function updateReleaseNotes(
  api: GitHubApi,
  repo: RepoRef,
  release: Release,
  section: string,
): Promise<Release> {
  const current = parseRelease(
    (await api.request({ url: `${repoPath(repo)}/releases/${release.id}`, permission: WRITE })).data,
  );
  const body = replaceMarkedSection(current.body, section);
  if (body === current.body) return current;
  try {
    const res = await api.request({
      method: 'PATCH',
      url: `${repoPath(repo)}/releases/${release.id}`,
      json: { body },
      permission: WRITE,
    });
    return parseRelease(res.data);
  } catch (error) {
    if (isImmutableRejection(error)) throw immutableReleaseError(current, error);
    throw error;
  }
}
