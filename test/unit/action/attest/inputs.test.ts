import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type InputSource, readAttestInputs } from '../../../../src/action/attest/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'provlog-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----';

function source(values: Record<string, string>): InputSource & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    input: (name) => {
      calls.push(`input:${name}`);
      return values[name] ?? '';
    },
    secret: (value) => {
      calls.push(`secret:${value}`);
    },
  };
}

const env = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'temp') };
const base = {
  'subject-path': 'dist/*',
  'signing-key': KEY,
  'log-url': 'http://127.0.0.1:3000/',
  'trusted-root': 'root.json',
};

async function codeOf(values: Record<string, string>): Promise<string | undefined> {
  try {
    await readAttestInputs(source(values), env);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('readAttestInputs', () => {
  it('masks the signing key before reading any other input, then the token', async () => {
    const io = source({ ...base, 'github-token': 'ghs_x' });
    const inputs = await readAttestInputs(io, env);
    expect(io.calls.slice(0, 2)).toEqual(['input:signing-key', `secret:${KEY}`]);
    expect(io.calls).toContain('secret:ghs_x');
    expect(inputs).toMatchObject({
      workspace: dir,
      runnerTemp: join(dir, 'temp'),
      signingKey: KEY,
      logUrl: 'http://127.0.0.1:3000',
      trustedRootPath: join(dir, 'root.json'),
      predicate: { kind: 'slsa' },
      attach: 'auto',
      requireSigning: false,
      showSummary: true,
      subjects: { paths: 'dist/*' },
    });
  });

  it('treats an empty key as absent, and applies the public-good default log', async () => {
    const inputs = await readAttestInputs(source({ 'subject-path': 'a' }), env);
    expect(inputs.signingKey).toBeUndefined();
    expect(inputs.logUrl).toBe('https://rekor.sigstore.dev');
    expect(inputs.trustedRootPath).toBeUndefined();
  });

  it('requires a pinned trusted root for any other log, and an http(s) URL', async () => {
    expect(await codeOf({ ...base, 'trusted-root': '' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'log-url': 'ftp://log.example' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'log-url': 'https://user:pw@log.example' })).toBe('USAGE');
  });

  it('checks subject combinations', async () => {
    expect(await codeOf({ ...base, 'subject-path': '' })).toBe('NO_SUBJECTS');
    expect(await codeOf({ ...base, 'subject-digest': `sha256:${'a'.repeat(64)}` })).toBe('USAGE');
    expect(await codeOf({ ...base, 'subject-name': 'image' })).toBe('USAGE');
    const io = source({ ...base, 'subject-path': '', 'subject-digest': 'sha256:ab', 'subject-name': 'img' });
    expect((await readAttestInputs(io, env)).subjects).toEqual({ digest: { digest: 'sha256:ab', name: 'img' } });
  });

  it('parses a custom predicate strictly, from the input or a file', async () => {
    const type = 'https://example.com/manifest/v1';
    expect(await codeOf({ ...base, predicate: '{}' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'predicate-type': type })).toBe('USAGE');
    expect(await codeOf({ ...base, 'predicate-type': type, predicate: '{}', 'predicate-path': 'p.json' })).toBe(
      'USAGE',
    );
    expect(await codeOf({ ...base, 'predicate-type': 'not a uri', predicate: '{}' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'predicate-type': type, predicate: '[1]' })).toBe('INVALID_FIELD');
    expect(await codeOf({ ...base, 'predicate-type': type, predicate: '{"a":1} trailing' })).toBe('INVALID_JSON');
    expect(await codeOf({ ...base, 'predicate-type': type, predicate: "{'a':1}" })).toBe('INVALID_JSON');
    writeFileSync(join(dir, 'p.json'), '{"layout": {"files": 2}}\n');
    const io = source({ ...base, 'predicate-type': type, 'predicate-path': 'p.json' });
    expect((await readAttestInputs(io, env)).predicate).toEqual({
      kind: 'custom',
      type,
      value: { layout: { files: 2 } },
    });
  });

  it('validates booleans, attach-to-release and bundle-name', async () => {
    expect(await codeOf({ ...base, 'require-signing': 'yes' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'attach-to-release': 'sometimes' })).toBe('USAGE');
    expect(await codeOf({ ...base, 'bundle-name': '../x.sigstore.json' })).toBe('USAGE');
    const io = source({
      ...base,
      'attach-to-release': 'false',
      'require-signing': 'true',
      'bundle-name': 'a.sigstore.json',
    });
    expect(await readAttestInputs(io, env)).toMatchObject({
      attach: 'never',
      requireSigning: true,
      bundleName: 'a.sigstore.json',
    });
  });
});

describe('include-workflow-inputs', () => {
  it('defaults to true, takes false, and refuses anything else with USAGE', async () => {
    expect((await readAttestInputs(source(base), env)).includeWorkflowInputs).toBe(true);
    const off = await readAttestInputs(source({ ...base, 'include-workflow-inputs': 'false' }), env);
    expect(off.includeWorkflowInputs).toBe(false);
    expect(await codeOf({ ...base, 'include-workflow-inputs': 'no' })).toBe('USAGE');
  });
});
