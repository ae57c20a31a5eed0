import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBooleanInput } from '../../../../src/action/input-values.js';
import { parsePullNumber, readVerifyInputs } from '../../../../src/action/verify/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'provlog-verify-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function source(values: Record<string, string>) {
  return { input: (name: string) => values[name] ?? '' };
}

function event(payload: unknown): string {
  const path = join(dir, `event-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('readVerifyInputs', () => {
  it('applies the documented defaults and turns only-changed on for a pull request', async () => {
    const inputs = await readVerifyInputs(source({ 'subject-path': 'vendor/**' }), {
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event({ number: 12, pull_request: { number: 12 } }),
      GITHUB_REPOSITORY: 'acme/app',
      RUNNER_TEMP: join(dir, 'tmp'),
      GITHUB_ACTION: 'policy check',
    });
    expect(inputs).toMatchObject({
      workspace: dir,
      policyPath: join(dir, '.github/provlog-policy.yml'),
      onlyChanged: true,
      pullNumber: 12,
      failOnViolation: true,
      apiUrl: 'https://api.github.com',
      repository: 'acme/app',
      stepId: 'policy_check',
    });
    expect(inputs.logUrl).toBeUndefined();
  });

  it('keeps only-changed off outside pull requests unless forced, and honours explicit values', async () => {
    const env = {
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }),
    };
    expect((await readVerifyInputs(source({ 'digests-in': 'x' }), env)).onlyChanged).toBe(false);
    const forced = await readVerifyInputs(
      source({ 'digests-in': 'x', 'only-changed': 'true', 'fail-on-violation': 'false', 'log-url': ' http://l ' }),
      env,
    );
    expect(forced).toMatchObject({ onlyChanged: true, failOnViolation: false, logUrl: 'http://l' });
  });

  it('rejects a run with nothing to check and a bad boolean (USAGE)', async () => {
    const env = { GITHUB_WORKSPACE: dir };
    await expect(readVerifyInputs(source({}), env)).rejects.toMatchObject({ code: 'USAGE' });
    await expect(
      readVerifyInputs(source({ 'subject-path': 'a', 'fail-on-violation': 'yes' }), env),
    ).rejects.toMatchObject({
      code: 'USAGE',
    });
  });
});

describe('parsers', () => {
  it('reads the pull request number only from pull request payloads', () => {
    expect(parsePullNumber({ pull_request: { number: 5 } })).toBe(5);
    expect(parsePullNumber({ number: 5 })).toBeUndefined();
    expect(parsePullNumber({})).toBeUndefined();
    expect(() => parsePullNumber({ pull_request: { number: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIELD' }),
    );
  });

  it('accepts YAML core-schema booleans', () => {
    expect(parseBooleanInput('x', 'True', false)).toBe(true);
    expect(parseBooleanInput('x', 'FALSE', true)).toBe(false);
    expect(parseBooleanInput('x', '', true)).toBe(true);
    expect(() => parseBooleanInput('x', 'on', true)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
