/**
 * `provlog demo` in-process: a real embedded log server, the real attest and verify flows, a real tampered
 * copy. The kept directory is then checked independently with `provlog verify` (the same bundle, trust root
 * and key a user would use).
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../../src/cli/demo.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runVerify } from '../../../src/cli/verify.js';
import { isCodedError } from '../../../src/core/errors.js';
import { decodeJson } from '../../../src/core/json/decode.js';

// Not a git checkout: the demo describes its sample project, so the output does not depend on this machine.
const cwd = mkdtempSync(join(tmpdir(), 'provlog-demo-test-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function capture(env: Record<string, string> = {}, isTTY = false) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    env,
    cwd,
    isTTY,
  };
  return { io, out };
}

const ESC = '\u001b[';

describe('provlog demo', () => {
  it('attests three sample artifacts, verifies them, rejects a tampered copy and cleans up', async () => {
    const { io, out } = capture();
    expect(await runDemo([], io)).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('verified: 3 of 3 artifacts');
    expect(out.stdout).toMatch(/log index {3}7\n/);
    expect(out.stdout).toMatch(/entry UUID {2}[0-9a-f]{80}\n/);
    expect(out.stdout).toMatch(/entry URL {3}http:\/\/127\.0\.0\.1:\d+\/api\/v1\/log\/entries\/[0-9a-f]{80}\n/);
    expect(out.stdout).toMatch(/proof {7}tree size 8, root [0-9a-f]{64}, path length 3\n/);
    for (const name of ['app-linux-amd64.tar.gz', 'app-darwin-arm64.tar.gz', 'SHA256SUMS.txt']) {
      expect(out.stdout).toMatch(new RegExp(`sha256:[0-9a-f]{64}  ${name.replace(/\./g, '\\.')}\\n`));
    }
    for (const check of ['bundle', 'tlog', 'artifact', 'key', 'signature', 'tlog-body', 'policy:repository']) {
      expect(out.stdout).toMatch(new RegExp(`✔ ${check} `));
    }
    expect(out.stdout).not.toContain('✘');
    expect(out.stdout).toMatch(/rejected: ARTIFACT_DIGEST_MISMATCH /);
    expect(out.stdout).not.toContain(ESC);
    const rootPath = /trust {7}(\S+trusted_root\.json)/.exec(out.stdout)?.[1];
    expect(rootPath).toBeDefined();
    expect(existsSync(rootPath ?? '/')).toBe(false); // temp dir removed, server stopped
  });

  it('colours only on a TTY and never with NO_COLOR', async () => {
    const tty = capture({}, true);
    expect(await runDemo([], tty.io)).toBe(0);
    expect(tty.out.stdout).toContain(`${ESC}32m✔`);
    expect(tty.out.stdout.trimEnd().split('\n').at(-1)).toMatch(/^verified: /);
    const noColor = capture({ NO_COLOR: '1' }, true);
    expect(await runDemo([], noColor.io)).toBe(0);
    expect(noColor.out.stdout).not.toContain(ESC);
  });

  it('--json reports the entry, the proof, every check and the rejected tampered copy', async () => {
    const { io, out } = capture();
    expect(await runDemo(['--json'], io)).toBe(0);
    const json = decodeJson(out.stdout, 'INVALID_JSON', 'demo output');
    expect(json.get('schema').string()).toBe('https://provlog.dev/demo/v1');
    expect(json.get('verified').value).toBe(true);
    expect(json.get('verifiedCount').value).toBe(3);
    expect(json.get('artifactCount').value).toBe(3);
    const entry = json.get('entry');
    expect(entry.get('uuid').string()).toMatch(/^[0-9a-f]{80}$/);
    expect(entry.get('logIndex').value).toBe(7);
    const proof = entry.get('inclusionProof');
    expect(proof.get('treeSize').value).toBe(8);
    expect(proof.get('hashes').array()).toHaveLength(3);
    expect(proof.get('checkpoint').string()).toContain('\n8\n');
    const results = json.get('results').array();
    expect(results.map((r) => r.get('verified').value)).toEqual([true, true, true]);
    const tamper = json.get('tamper');
    expect(tamper.get('rejected').value).toBe(true);
    expect(tamper.get('error').get('code').string()).toBe('ARTIFACT_DIGEST_MISMATCH');
    expect(JSON.parse(out.stdout)).toMatchObject({ dir: null });
  });

  it('--keep leaves a directory whose bundle `provlog verify` accepts on its own', async () => {
    const { io, out } = capture();
    expect(await runDemo(['--keep', '--json'], io)).toBe(0);
    const dir = decodeJson(out.stdout, 'INVALID_JSON', 'demo output').get('dir').string();
    try {
      expect(statSync(join(dir, 'signing-key.pem')).mode & 0o077).toBe(0);
      const verify = capture();
      const code = await runVerify(
        [
          join(dir, 'artifacts', 'app-linux-amd64.tar.gz'),
          '--bundle',
          join(dir, 'provenance.sigstore.json'),
          '--trusted-root',
          join(dir, 'log', 'trusted_root.json'),
          '--key',
          join(dir, 'signing-key.pub'),
          '--repo',
          'provlog-demo/app',
        ],
        verify.io,
      );
      expect(code).toBe(0);
      expect(verify.out.stdout).toContain('1 of 1 artifact(s) verified');
      const tampered = capture();
      const rejected = await runVerify(
        [
          join(dir, 'tampered', 'app-linux-amd64.tar.gz'),
          '--bundle',
          join(dir, 'provenance.sigstore.json'),
          '--trusted-root',
          join(dir, 'log', 'trusted_root.json'),
          '--key',
          join(dir, 'signing-key.pub'),
        ],
        tampered.io,
      );
      expect(rejected).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('attests the files given after --, named relative to the working directory', async () => {
    writeFileSync(join(cwd, 'one.bin'), 'first artifact\n');
    writeFileSync(join(cwd, 'two.bin'), 'second artifact\n');
    const { io, out } = capture();
    expect(await runDemo(['--', 'one.bin', 'two.bin'], io)).toBe(0);
    expect(out.stdout).toMatch(/sha256:[0-9a-f]{64} {2}one\.bin\n/);
    expect(out.stdout).toMatch(/copy of one\.bin\n/);
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('verified: 2 of 2 artifacts');
  });

  it('an empty file still gets a tampered copy that is rejected', async () => {
    writeFileSync(join(cwd, 'empty.bin'), '');
    const { io, out } = capture();
    expect(await runDemo(['--json', '--', 'empty.bin'], io)).toBe(0);
    expect(decodeJson(out.stdout, 'INVALID_JSON', 'demo').get('tamper').get('rejected').value).toBe(true);
  });

  it('names a missing file as a usage problem and prints help with every flag', async () => {
    const missing = capture();
    const error = await runDemo(['--', 'does-not-exist.bin'], missing.io).catch((e: unknown) => e);
    expect(isCodedError(error, 'NO_SUBJECTS')).toBe(true);
    const unknown = await runDemo(['--bogus'], capture().io).catch((e: unknown) => e);
    expect(isCodedError(unknown, 'USAGE')).toBe(true);
    const help = capture();
    expect(await runDemo(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toContain('--json');
    expect(help.out.stdout).toContain('--keep');
  });
});
