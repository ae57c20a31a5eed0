/**
 * Reading a published GitHub release for `provlog verify-release`: the release by tag, its assets, and each
 * asset's bytes (see openAsset). Artifacts are hashed while they stream — a release of gigabytes never touches the
 * disk or sits in memory; bundles are read as capped text. A token is optional (public repositories).
 */
import { createHash } from 'node:crypto';
import { CodedError } from '../../core/errors.js';
import type { GitHubApi } from './http.js';
import {
  listReleaseAssets,
  parseRelease,
  type Release,
  type ReleaseAsset,
  type RepoRef,
  repoPath,
} from './releases.js';

/** Bundle assets, by the names OpenSSF Scorecard recognises (and the legacy `.sigstore`). */
export function isBundleAssetName(name: string): boolean {
  return /\.(?:sigstore\.json|sigstore|intoto\.jsonl)$/.test(name);
}

/** `OWNER/REPO@TAG` -> parts; USAGE otherwise. */
export function parseReleaseRef(text: string): RepoRef & { tag: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@(.+)$/.exec(text);
  if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) {
    throw new CodedError('USAGE', `"${text}" is not OWNER/REPO@TAG`);
  }
  return { owner: m[1], repo: m[2], tag: m[3] };
}

/** A published release and its assets; RELEASE_NOT_FOUND when the tag has none (drafts are not looked at). */
export async function fetchPublishedRelease(
  api: GitHubApi,
  repo: RepoRef,
  tag: string,
): Promise<{ release: Release; assets: ReleaseAsset[] }> {
  const path = repoPath(repo);
  const res = await api.request({ url: `${path}/releases/tags/${encodeURIComponent(tag)}`, allow: [404] });
  if (res.status === 404) {
    throw new CodedError('RELEASE_NOT_FOUND', `no published release for tag "${tag}" in ${repo.owner}/${repo.repo}`, {
      details: { tag },
    });
  }
  const release = parseRelease(res.data);
  return { release, assets: await listReleaseAssets(api, repo, release.id) };
}

export interface AssetDownloader {
  api: GitHubApi;
  token?: string;
}

/** Per download attempt: release assets can be large. */
const DOWNLOAD_TIMEOUT_MS = 300_000;
/** Bundles are small; a bundle asset larger than this is not a bundle. */
const MAX_BUNDLE_ASSET_BYTES = 64 * 1024 * 1024;

/**
 * The asset's bytes: first its `browser_download_url` WITHOUT credentials (public releases; the token never
 * goes to a download host), then — for private repositories, with a token — the REST asset endpoint with
 * `Accept: application/octet-stream`.
 */
async function openAsset(d: AssetDownloader, repo: RepoRef, asset: ReleaseAsset): Promise<Response> {
  const attempts: { url: string; headers: Record<string, string> }[] = [];
  if (asset.browserDownloadUrl !== '')
    attempts.push({ url: asset.browserDownloadUrl, headers: { 'user-agent': 'provlog' } });
  if (d.token !== undefined && d.token !== '') {
    attempts.push({
      url: d.api.url(`${repoPath(repo)}/releases/assets/${asset.id}`),
      headers: { accept: 'application/octet-stream', 'user-agent': 'provlog', authorization: `Bearer ${d.token}` },
    });
  }
  let problem = 'no download URL';
  for (const attempt of attempts) {
    let res: Response;
    try {
      res = await fetch(attempt.url, {
        headers: attempt.headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      });
    } catch (cause) {
      problem = (cause as Error).message;
      continue;
    }
    if (res.ok && res.body !== null) return res;
    await res.body?.cancel();
    problem = `HTTP ${res.status}`;
  }
  throw new CodedError('GITHUB_API_ERROR', `download of release asset ${asset.name} failed: ${problem}`, {
    details: { asset: asset.name },
  });
}

/** Hex SHA-256 of an asset, hashed as it streams. */
export async function downloadAssetDigest(d: AssetDownloader, repo: RepoRef, asset: ReleaseAsset): Promise<string> {
  const res = await openAsset(d, repo, asset);
  const hash = createHash('sha256');
  for await (const chunk of res.body ?? []) hash.update(chunk);
  return hash.digest('hex');
}

/** An asset as UTF-8 text, refusing more than MAX_BUNDLE_ASSET_BYTES. */
export async function downloadAssetText(d: AssetDownloader, repo: RepoRef, asset: ReleaseAsset): Promise<string> {
  const res = await openAsset(d, repo, asset);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body ?? []) {
    total += chunk.byteLength;
    if (total > MAX_BUNDLE_ASSET_BYTES) {
      throw new CodedError('TOO_LARGE', `${asset.name} is larger than ${MAX_BUNDLE_ASSET_BYTES} bytes; not a bundle`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
