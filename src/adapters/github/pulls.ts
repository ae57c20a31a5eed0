/**
 * Pull request facts the policy check needs from the REST API: the pull itself (`GET /repos/{o}/{r}/pulls/{n}`:
 * how many files it changes, its base commit) and its files (`GET …/pulls/{n}/files`, which GitHub stops
 * listing after 3,000 files). Read-only: `pull-requests: read`, which a fork's token has.
 */
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import type { GitHubApi } from './http.js';

/** GitHub lists at most 3,000 files of a pull request (100 per page). */
export const MAX_LISTED_PULL_FILES = 3000;

export interface PullRequestInfo {
  number: number;
  /** `changed_files`: every file the pull request changes, listed or not. */
  changedFiles: number;
  /** The base branch commit the pull request is compared with. */
  baseSha: string;
  baseRef: string;
}

export async function fetchPullRequest(
  api: GitHubApi,
  repository: string,
  pullNumber: number,
): Promise<PullRequestInfo> {
  const res = await api.request({ url: `/repos/${repository}/pulls/${pullNumber}`, permission: 'pull-requests: read' });
  const root = decode(res.data, 'GITHUB_API_ERROR', `pull request ${pullNumber}`);
  const baseSha = root.get('base').get('sha').string();
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(baseSha)) {
    throw new CodedError('GITHUB_API_ERROR', `pull request ${pullNumber}: base.sha "${baseSha}" is not a commit SHA`);
  }
  return {
    number: root.get('number').uint(),
    changedFiles: root.get('changed_files').uint(),
    baseSha,
    baseRef: root.get('base').get('ref').string(),
  };
}

/** The raw file objects of a pull request, every page (at most 3,000 files: GitHub's own limit). */
export async function fetchPullFileItems(api: GitHubApi, repository: string, pullNumber: number): Promise<unknown[]> {
  return api.paginate(`/repos/${repository}/pulls/${pullNumber}/files`, {
    permission: 'pull-requests: read',
    maxPages: MAX_LISTED_PULL_FILES / 100,
  });
}
