/**
 * What a pull request run of the policy check starts from (issue 11, items 4 and 5): the PR's changes (and
 * whether GitHub listed them all), and the policy to judge it by, read from the base commit. A PR that changes
 * the policy or a file the policy references fails unless `allow-policy-change` says so; then, and only then,
 * the PR's own version is used.
 */
import { readOptionalTextFile, readTextFile } from '../adapters/files/read.js';
import type { GitHubApi } from '../adapters/github/http.js';
import { MAX_LISTED_PULL_FILES } from '../adapters/github/pulls.js';
import { CodedError } from '../core/errors.js';
import { fetchBasePolicy, policyReferences } from './policy-base.js';
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
  if (base === undefined) {
    if (!changes.complete || changes.touched.has(policyPath)) {
      // The pull request adds the policy (or may: its file list is cut short). Its own rules cannot judge it.
      return ownPolicy(req, policyPath, pull.number, pull.baseSha, [policyPath], withChanges, reporter);
    }
    // Neither the base nor the pull request has it: the workflow put it there (a checkout of the organisation's
    // policy repository, as in the README). It is not the pull request's to change; its references must not be
    // either.
    const { parsePolicy } = await import('../core/policy/schema.js');
    const local = `${req.workspace}/${policyPath}`;
    const refs = policyReferences(parsePolicy(await readTextFile(local), policyPath), policyPath, policyPath);
    const touched = refs.filter((f) => changes.touched.has(f));
    if (touched.length > 0)
      return ownPolicy(req, policyPath, pull.number, pull.baseSha, touched, withChanges, reporter);
    const origin = `the workspace (not a file of ${req.repository}; the workflow put it there)`;
    reporter.info(`policy ${policyPath} read from ${origin}`);
    return { policy: { path: local, name: policyPath, origin }, ...withChanges };
  }
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
  return ownPolicy(req, policyPath, pull.number, pull.baseSha, changedPolicyFiles, withChanges, reporter);
}

/** The pull request changes its policy: POLICY_CHANGED, unless allow-policy-change lets its own version judge it. */
function ownPolicy(
  req: PullRequestCheckRequest,
  policyPath: string,
  pullNumber: number,
  baseSha: string,
  changed: readonly string[],
  withChanges: { changedFiles?: Set<string> },
  reporter: Reporter,
): PullRequestCheck {
  const list = changed.join(', ');
  if (!req.allowPolicyChange) {
    throw new CodedError(
      'POLICY_CHANGED',
      `pull request #${pullNumber} changes the provenance policy or a file it references (${list}; compared ` +
        `with the base commit ${baseSha}): a pull request cannot change the rules it is judged by. Review the ` +
        'change and merge it on its own, or set allow-policy-change: true for this run',
      { details: { files: [...changed] } },
    );
  }
  reporter.warning(
    `pull request #${pullNumber} changes the provenance policy (${list}); allow-policy-change is true, so the ` +
      "pull request's own policy is used",
  );
  const own = { path: `${req.workspace}/${policyPath}`, name: policyPath, origin: `pull request #${pullNumber}` };
  return { policy: own, ...withChanges };
}
