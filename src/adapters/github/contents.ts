/**
 * One file of a repository at a given commit, through the contents API
 * (`GET /repos/{o}/{r}/contents/{path}?ref={sha}`, `contents: read`). The policy check reads its policy from the
 * base commit this way: the pull request's checkout is the code under judgement, and on `pull_request` events
 * actions/checkout fetches only the merge commit (depth 1), so `git show <base sha>:<path>` usually has nothing
 * to show.
 */
import { fromBase64, fromUtf8 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import type { GitHubApi } from './http.js';

/** Policy files, keys and trusted roots are kilobytes; the contents API inlines files up to 1 MiB. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** `a/b c.yml` -> `a/b%20c.yml`: each segment encoded, separators kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** UTF-8 text of `path` at commit `ref`, or undefined when no such file exists there. */
export async function fetchFileAtCommit(
  api: GitHubApi,
  repository: string,
  path: string,
  ref: string,
): Promise<string | undefined> {
  const url = `/repos/${repository}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const res = await api.request({ url, permission: 'contents: read', allow: [404] });
  if (res.status === 404) return undefined;
  const where = `${path} at ${ref}`;
  const root = decode(res.data, 'GITHUB_API_ERROR', `contents of ${where}`);
  if (Array.isArray(root.value)) throw new CodedError('FILE_UNREADABLE', `${where} is a directory, not a file`);
  const type = root.get('type').string();
  if (type !== 'file') throw new CodedError('FILE_UNREADABLE', `${where} is a ${type}, not a regular file`);
  const size = root.get('size').uint();
  const encoding = root.get('encoding').string();
  if (size > MAX_CONTENT_BYTES || encoding !== 'base64') {
    throw new CodedError('TOO_LARGE', `${where} is ${size} bytes; a policy file or key must be under 1 MiB`);
  }
  // GitHub wraps the base64 at 60 columns.
  const bytes = fromBase64(root.get('content').string().replace(/\s+/g, ''), `contents of ${where}`);
  return fromUtf8(bytes, `contents of ${where}`);
}
