/**
 * The files a pull request adds or modifies (`only-changed`): `GET /repos/{owner}/{repo}/pulls/{n}/files`,
 * paginated (GitHub lists at most 3000 files, 100 per page). Needs only `pull-requests: read` / `contents: read`,
 * which the read-only token of a fork's pull request has.
 */
import type { GitHubApi } from '../adapters/github/http.js';
import { decode } from '../core/json/decode.js';

/** Statuses that bring content in; `removed` (and `unchanged`) bring nothing to check. */
const BRINGS_CONTENT = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

/** Repository-relative paths from the API's file objects, keeping only added/modified ones. Pure. */
export function parseChangedFiles(items: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const [i, item] of items.entries()) {
    const node = decode(item, 'GITHUB_API_ERROR', `pull request files[${i}]`);
    const status = node.get('status').string();
    if (BRINGS_CONTENT.has(status)) out.add(node.get('filename').nonEmptyString());
  }
  return out;
}

export async function fetchChangedFiles(api: GitHubApi, repository: string, pullNumber: number): Promise<Set<string>> {
  const items = await api.paginate(`/repos/${repository}/pulls/${pullNumber}/files`, {
    permission: 'pull-requests: read',
    maxPages: 30,
  });
  return parseChangedFiles(items);
}
