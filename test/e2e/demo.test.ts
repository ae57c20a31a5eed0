/**
 * `provlog demo` as a newcomer runs it (`npm run demo` = build, then `node dist/cli/index.js demo`): the committed
 * CLI bundle in a child process, NO_COLOR set, from a directory that is not a git checkout.
 * PROVLOG_CLI may point at another build of the CLI (used while dist/ is being rebuilt).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeJson } from '../../src/core/json/decode.js';

const CLI = process.env.PROVLOG_CLI ?? fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'provlog-demo-e2e-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function demo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, 'demo', ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('node dist/cli/index.js demo', () => {
  it('exits 0 with a report whose last line counts the verified artifacts', async () => {
    const run = await demo([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/entry UUID {2}[0-9a-f]{80}\n/);
    expect(run.stdout).toMatch(/proof {7}tree size \d+, root [0-9a-f]{64}, path length \d+\n/);
    expect(run.stdout).toMatch(/rejected: ARTIFACT_DIGEST_MISMATCH/);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('verified: 3 of 3 artifacts');
  });

  it('--json is one JSON document on stdout', async () => {
    const run = await demo(['--json']);
    expect(run.code).toBe(0);
    const json = decodeJson(run.stdout, 'INVALID_JSON', 'demo --json');
    expect(json.get('verified').value).toBe(true);
    expect(json.get('tamper').get('error').get('code').string()).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('a missing file is one line on stderr and exit 2, never a stack trace', async () => {
    const run = await demo(['--', 'missing.bin']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^provlog demo: no files matched/);
  });
});
