/**
 * What a pull request changes, for the policy check: the files it adds or modifies (`only-changed`), every path it
 * touches at all (removals and rename sources too: a policy or key file the PR deletes or moves is a change to
 * the policy), and whether GitHub listed them all. GitHub's files API stops at 3,000 files; when the pull's
 * `changed_files` is larger, the list is incomplete and the caller must not trust it to restrict the check.
 */

import type { GitHubApi } from '../adapters/github/http.js';
import { fetchPullFileItems, fetchPullRequest, type PullRequestInfo } from '../adapters/github/pulls.js';
import { decode } from '../core/json/decode.js';

/** Statuses that bring content in; `removed` (and `unchanged`) bring nothing to check. */
const BRINGS_CONTENT = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

export interface PullChanges {
  /** Repository-relative paths the pull request adds or modifies. */
  changed: Set<string>;
  /** Every path the pull request touches, removed ones and rename sources included. */
  touched: Set<string>;
  /** How many file objects GitHub listed. */
  listed: number;
}

/** Paths from the API's file objects. Pure. */
export function parseChangedFiles(items: readonly unknown[]): PullChanges {
  const changed = new Set<string>();
  const touched = new Set<string>();
  for (const [i, item] of items.entries()) {
    const node = decode(item, 'GITHUB_API_ERROR', `pull request files[${i}]`);
    const status = node.get('status').string();
    const filename = node.get('filename').nonEmptyString();
    touched.add(filename);
    const previous = node.optional('previous_filename')?.nonEmptyString();
    if (previous !== undefined) touched.add(previous);
    if (BRINGS_CONTENT.has(status)) changed.add(filename);
  }
  return { changed, touched, listed: items.length };
}

export interface PullRequestChanges extends PullChanges {
  pull: PullRequestInfo;
  /** False when GitHub listed fewer files than the pull request changes (its 3,000-file limit). */
  complete: boolean;
}

export async function fetchPullChanges(
  api: GitHubApi,
  repository: string,
  pullNumber: number,
): Promise<PullRequestChanges> {
  const pull = await fetchPullRequest(api, repository, pullNumber);
  const changes = parseChangedFiles(await fetchPullFileItems(api, repository, pullNumber));
  return { ...changes, pull, complete: changes.listed >= pull.changedFiles };
}
