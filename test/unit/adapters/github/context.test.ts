import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseBuildContextFromEnv,
  parseGitRemote,
  parseReleaseTag,
  parseRepositoryVisibility,
  readBuildContextFromGit,
  readRunContext,
} from '../../../../src/adapters/github/context.js';

const env = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_REPOSITORY_ID: '2002',
  GITHUB_REPOSITORY_OWNER_ID: '1001',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
};
const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe('parseBuildContextFromEnv', () => {
  it('maps GITHUB_* and workflow_dispatch inputs from the payload', () => {
    const payload = { inputs: { channel: 'beta', dry: false, n: 3 }, repository: { visibility: 'internal' } };
    expect(parseBuildContextFromEnv(env, payload)).toEqual({
      serverUrl: 'https://github.com',
      repository: 'octo-org/octo-repo',
      repositoryId: '2002',
      repositoryOwnerId: '1001',
      ref: 'refs/tags/v1.2.3',
      sha: 'a'.repeat(40),
      workflowRef: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
      eventName: 'workflow_dispatch',
      runId: '9001',
      runAttempt: '2',
      runnerEnvironment: 'github-hosted',
      workflowInputs: { channel: 'beta', dry: false, n: 3 },
      source: 'env',
    });
  });

  it('falls back to payload IDs and names a missing variable', () => {
    const { GITHUB_REPOSITORY_ID: _a, GITHUB_REPOSITORY_OWNER_ID: _b, ...rest } = env;
    const ctx = parseBuildContextFromEnv(
      { ...rest, GITHUB_EVENT_NAME: 'push' },
      { repository: { id: 7, owner: { id: 8 } } },
    );
    expect([ctx.repositoryId, ctx.repositoryOwnerId, ctx.workflowInputs]).toEqual(['7', '8', undefined]);
    expect(() => parseBuildContextFromEnv({ ...env, GITHUB_SHA: '' }, {})).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIELD', details: { path: 'GITHUB_SHA' } }),
    );
  });

  it('release tag and visibility', () => {
    expect(parseReleaseTag(env, { release: { tag_name: 'v9' } })).toBe('v9');
    expect(parseReleaseTag(env, {})).toBe('v1.2.3');
    expect(parseReleaseTag({ GITHUB_REF: 'refs/heads/main' }, {})).toBeUndefined();
    expect(parseRepositoryVisibility({ repository: { visibility: 'public', private: true } })).toBe('public');
    expect(parseRepositoryVisibility({ repository: { private: true } })).toBe('private');
    expect(parseRepositoryVisibility({})).toBeUndefined();
  });

  it('readRunContext reads the event payload file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'provlog-ctx-'));
    tmp.push(dir);
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ release: { tag_name: 'v2' }, repository: { private: false } }));
    const run = await readRunContext(
      { ...env, GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'release' },
      { cwd: dir },
    );
    expect(run).toMatchObject({ releaseTag: 'v2', visibility: 'public', apiUrl: 'https://api.github.com' });
    expect(run.build.source).toBe('env');
  });
});

describe('git context', () => {
  it('parses remote URLs without keeping credentials', () => {
    const want = { serverUrl: 'https://github.com', repository: 'o/r' };
    expect(parseGitRemote('https://github.com/o/r.git')).toEqual(want);
    expect(parseGitRemote('https://user:secret@github.com/o/r')).toEqual(want);
    expect(parseGitRemote('git@github.com:o/r.git')).toEqual(want);
    expect(parseGitRemote('ssh://git@github.com:22/o/r.git')).toEqual(want);
    expect(parseGitRemote('/some/local/path')).toBeUndefined();
  });

  it('reads a real checkout: branch, tag, detached; errors outside git', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'provlog-git-'));
    tmp.push(dir);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir }).toString().trim();
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', 'git@github.com:octo-org/octo-repo.git');
    const sha = git('rev-parse', 'HEAD');
    expect(await readBuildContextFromGit(dir)).toMatchObject({
      serverUrl: 'https://github.com',
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
      sha,
      workflowRef: 'octo-org/octo-repo/local@refs/heads/main',
      runnerEnvironment: 'local',
      source: 'git',
    });
    git('tag', 'v1');
    git('checkout', '-q', '--detach');
    expect((await readBuildContextFromGit(dir)).ref).toBe('refs/tags/v1');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'y');
    expect((await readBuildContextFromGit(dir)).ref).toBe(git('rev-parse', 'HEAD')); // detached, untagged
    // origin wins over other remotes whatever their order; without origin, the first remote; without any, local/
    git('remote', 'rename', 'origin', 'fork');
    git('remote', 'add', 'origin', 'https://github.com/octo-org/upstream.git');
    expect((await readBuildContextFromGit(dir)).repository).toBe('octo-org/upstream');
    git('remote', 'remove', 'origin');
    expect((await readBuildContextFromGit(dir)).repository).toBe('octo-org/octo-repo');
    git('remote', 'remove', 'fork');
    expect(await readBuildContextFromGit(dir)).toMatchObject({
      repository: `local/${path.basename(dir)}`,
      serverUrl: 'file://localhost',
    });
    expect((await readRunContext({}, { cwd: dir })).build.source).toBe('git');
    const empty = mkdtempSync(path.join(os.tmpdir(), 'provlog-nogit-'));
    tmp.push(empty);
    await expect(readBuildContextFromGit(empty)).rejects.toMatchObject({ code: 'USAGE' });
  });
});
