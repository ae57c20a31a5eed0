/**
 * What a pull request run of the policy check starts from (issue 11, items 4 and 5): the PR's changes (and
 * whether GitHub listed them all), and the policy to judge it by, read from the base commit. A PR that changes
 * the policy or a file the policy references fails unless `allow-policy-change` says so; then, and only then,
 * the PR's own version is used.
 */
import { readOptionalTextFile } from '../adapters/files/read.js';
import type { GitHubApi } from '../adapters/github/http.js';
import { MAX_LISTED_PULL_FILES } from '../adapters/github/pulls.js';
import { CodedError } from '../core/errors.js';
import { fetchBasePolicy } from './policy-base.js';
import { fetchPullChanges } from './policy-pull-files.js';
import type { Reporter } from './reporter.js';

export interface PullRequestCheckRequest {
  api: GitHubApi;
  /** owner/repo */
  repository: string;
  pullNumber: number;
  workspace: string;
  /**
   * Repository-relative path of the policy file, `/` separators; undefined when the policy is not part of the
   * repository (a path outside the workspace, chosen by the workflow): then only the changes are fetched.
   */
  policyPath: string | undefined;
  tempRoot: string;
  onlyChanged: boolean;
  allowPolicyChange: boolean;
}

export interface PullRequestCheck {
  /** The policy to load: its local path, its name and where it was read from (absent without `policyPath`). */
  policy?: { path: string; name: string; origin: string };
  /** Files to restrict the check to; undefined = every file the patterns match. */
  changedFiles?: Set<string>;
}

export async function preparePullRequestCheck(
  req: PullRequestCheckRequest,
  reporter: Reporter,
): Promise<PullRequestCheck> {
  const changes = await fetchPullChanges(req.api, req.repository, req.pullNumber);
  const { pull } = changes;
  let changedFiles: Set<string> | undefined;
  if (!changes.complete) {
    reporter.warning(
      `pull request #${pull.number} changes ${pull.changedFiles} files but GitHub lists only ${changes.listed} ` +
        `(its limit is ${MAX_LISTED_PULL_FILES}): checking every file the patterns match instead of the changed ones`,
    );
  } else if (req.onlyChanged) {
    changedFiles = changes.changed;
    reporter.info(`pull request #${pull.number} adds or modifies ${changedFiles.size} file(s)`);
  }
  const withChanges = changedFiles === undefined ? {} : { changedFiles };
  if (req.policyPath === undefined) return withChanges;
  const policyPath = req.policyPath;
  const base = await fetchBasePolicy({
    api: req.api,
    repository: req.repository,
    baseSha: pull.baseSha,
    policyPath,
    tempRoot: req.tempRoot,
  });
  const changedPolicyFiles: string[] = [];
  for (const file of base.files) {
    if (changes.complete) {
      if (changes.touched.has(file)) changedPolicyFiles.push(file);
    } else {
      // The list is cut short, so compare with the checkout: a file that differs (or is gone) was changed.
      const mine = await readOptionalTextFile(`${req.workspace}/${file}`);
      if (mine !== base.texts.get(file)) changedPolicyFiles.push(file);
    }
  }
  const origin = `base branch ${pull.baseRef} at ${pull.baseSha}`;
  if (changedPolicyFiles.length === 0) {
    reporter.info(`policy ${policyPath} read from the ${origin}`);
    return { policy: { path: base.path, name: policyPath, origin }, ...withChanges };
  }
  const list = changedPolicyFiles.join(', ');
  if (!req.allowPolicyChange) {
    throw new CodedError(
      'POLICY_CHANGED',
      `pull request #${pull.number} changes the provenance policy or a file it references (${list}); a pull ` +
        'request cannot change the rules it is judged by. Review the change and merge it on its own, or set ' +
        'allow-policy-change: true for this run',
      { details: { files: changedPolicyFiles } },
    );
  }
  reporter.warning(
    `pull request #${pull.number} changes the provenance policy (${list}); allow-policy-change is true, so the ` +
      "pull request's own policy is used",
  );
  const own = { path: `${req.workspace}/${policyPath}`, name: policyPath, origin: `pull request #${pull.number}` };
  return { policy: own, ...withChanges };
}
