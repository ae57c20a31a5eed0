/**
 * The policy a pull request is judged by comes from its BASE commit (issue 11, item 5): read from the PR's
 * checkout, a PR could add an exception for its own binary, or a key of its own, and pass. The policy file and
 * every file it references (trusted roots, log keys, signer keys) are read at the base SHA through the contents
 * API and written to a private temporary directory with the same relative layout, so the policy loads exactly
 * as it would from the checkout. References must stay inside the repository: an absolute path or one climbing
 * out with `..` cannot be read at a commit.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fetchFileAtCommit } from '../adapters/github/contents.js';
import type { GitHubApi } from '../adapters/github/http.js';
import { CodedError } from '../core/errors.js';
import type { Policy } from '../core/policy/schema.js';

/** Repository-relative paths of the files a policy reads (inline PEM keys read nothing). */
export function policyReferences(policy: Policy, policyPath: string, source: string): string[] {
  const dir = posix.dirname(policyPath);
  const refs: string[] = [];
  const add = (ref: string) => {
    if (ref.includes('-----BEGIN')) return;
    const joined = posix.normalize(posix.join(dir, ref));
    if (posix.isAbsolute(ref) || joined === '..' || joined.startsWith('../')) {
      throw new CodedError(
        'POLICY_MALFORMED',
        `${source}: "${ref}" is outside the repository; a policy read from the base branch may reference only ` +
          'files of the repository, relative to the policy file',
        { details: { path: ref } },
      );
    }
    refs.push(joined);
  };
  for (const log of policy.logs) add(log.kind === 'trusted-root' ? log.path : log.publicKey);
  for (const signer of policy.signers) if (signer.kind === 'key') add(signer.key);
  return [...new Set(refs)];
}

export interface BasePolicy {
  /** Local path of the policy as read at the base commit (inside a fresh temporary directory). */
  path: string;
  /** The policy file and every file it references, repository-relative. */
  files: string[];
  /** Text of each of `files` at the base commit. */
  texts: Map<string, string>;
}

export interface BasePolicyRequest {
  api: GitHubApi;
  /** owner/repo */
  repository: string;
  baseSha: string;
  /** Repository-relative path of the policy file, `/` separators. */
  policyPath: string;
  /** Directory under which a private temporary directory is made. */
  tempRoot: string;
}

/**
 * The policy and its files at the base commit, or undefined when the base has no file at the policy's path
 * (then the caller decides: a policy the pull request adds, or one that is not part of this repository).
 */
export async function fetchBasePolicy(req: BasePolicyRequest): Promise<BasePolicy | undefined> {
  const source = `${req.policyPath} at base ${req.baseSha.slice(0, 12)}`;
  const read = async (path: string, what: string): Promise<string> => {
    const text = await fetchFileAtCommit(req.api, req.repository, path, req.baseSha);
    if (text === undefined) {
      throw new CodedError(
        'FILE_UNREADABLE',
        `${what} ${path}, which does not exist on the base branch (${req.baseSha}); the policy is read from the ` +
          'base so that a pull request cannot change the rules it is judged by',
        { details: { path } },
      );
    }
    return text;
  };
  const policyText = await fetchFileAtCommit(req.api, req.repository, req.policyPath, req.baseSha);
  if (policyText === undefined) return undefined;
  const { parsePolicy } = await import('../core/policy/schema.js');
  const refs = policyReferences(parsePolicy(policyText, source), req.policyPath, source);
  const texts = new Map([[req.policyPath, policyText]]);
  for (const ref of refs) if (!texts.has(ref)) texts.set(ref, await read(ref, `${source} references`));
  await mkdir(req.tempRoot, { recursive: true });
  const dir = await mkdtemp(join(req.tempRoot, 'provlog-base-policy-'));
  for (const [path, text] of texts) {
    const local = join(dir, ...path.split('/'));
    await mkdir(dirname(local), { recursive: true });
    await writeFile(local, text, { flag: 'wx', mode: 0o600 });
  }
  return { path: join(dir, ...req.policyPath.split('/')), files: [...texts.keys()], texts };
}
