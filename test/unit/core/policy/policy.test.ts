import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../../src/core/errors.js';
import { evaluateRequirements, exceptionFor, exceptionProblems } from '../../../../src/core/policy/evaluate.js';
import { globToRegExp, parseDuration } from '../../../../src/core/policy/match.js';
import { parsePolicy } from '../../../../src/core/policy/schema.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const GOOD = `version: 1
logs:
  - trusted-root: .github/provlog/trusted_root.json
  - url: https://log.example.com
    public-key: .github/provlog/log.pub
signers:
  - key: .github/provlog/org.pub
  - identity: { issuer: https://token.actions.githubusercontent.com, subject-regex: 'https://github\\.com/acme/.*' }
require:
  predicate-type: https://slsa.dev/provenance/v1
  repositories: [acme/lib, "acme/*"]
  refs: ["refs/tags/v*"]
  workflows: [.github/workflows/release.yml]
  runner-environment: github-hosted
  max-age: 365d
exceptions:
  - digest: ${DIGEST}
    reason: "vendor binary, tracked in SEC-12"
    expires: 2027-01-31
`;

function policyError(text: string): CodedError {
  try {
    parsePolicy(text, '.github/provlog-policy.yml');
  } catch (e) {
    if (e instanceof CodedError) return e;
    throw e;
  }
  throw new Error('expected a policy error');
}

describe('policy file', () => {
  it('parses the documented example', () => {
    const p = parsePolicy(GOOD);
    expect(p.logs).toEqual([
      { kind: 'trusted-root', path: '.github/provlog/trusted_root.json' },
      { kind: 'key', url: 'https://log.example.com', publicKey: '.github/provlog/log.pub' },
    ]);
    expect(p.signers[1]).toEqual({
      kind: 'identity',
      issuer: 'https://token.actions.githubusercontent.com',
      subjectRegex: 'https://github\\.com/acme/.*',
    });
    expect(p.require.maxAgeSeconds).toBe(365 * 86_400);
    expect(p.exceptions[0]?.expiresAt).toBe(Date.UTC(2027, 0, 31) / 1000 + 86_399);
  });

  it('rejects an unknown key with its path and line', () => {
    const e = policyError(GOOD.replace('  refs:', '  refz:'));
    expect(e.code).toBe('POLICY_MALFORMED');
    expect(e.message).toMatch(/provlog-policy\.yml:12: policy\.require\.refz: unknown field/);
  });

  it.each([
    ['version 2', GOOD.replace('version: 1', 'version: 2'), /version: must be 1/],
    ['bad duration', GOOD.replace('365d', '1 year'), /max-age: must be a duration/],
    ['bad digest', GOOD.replace(DIGEST, 'sha256:abc'), /digest: must be sha256/],
    ['bad date', GOOD.replace('2027-01-31', '2027-02-30'), /expires: must be a date/],
    ['no signers', GOOD.replace(/signers:[\s\S]*?require:/, 'require:'), /signers: is required/],
    ['bad regex', GOOD.replace('https://github\\.com/acme/.*', '(unclosed'), /not a valid regular expression/],
    ['bad repo', GOOD.replace('acme/lib,', 'acme,'), /must be owner\/repo/],
    ['runner typo', GOOD.replace('runner-environment: github-hosted', 'runner-environment: hosted'), /expected one of/],
    ['yaml syntax', 'version: 1\nsigners: [\n', /provlog-policy\.yml:\d+:/],
    ['duplicate key', 'version: 1\nversion: 1\n', /provlog-policy\.yml:2:/],
  ])('rejects %s', (_, text, message) => {
    const e = policyError(text);
    expect(e.code).toBe('POLICY_MALFORMED');
    expect(e.message).toMatch(message);
  });
});

describe('requirements', () => {
  const req = parsePolicy(GOOD).require;
  const good = {
    predicateType: 'https://slsa.dev/provenance/v1',
    repository: 'acme/tool',
    ref: 'refs/tags/v1.2.3',
    workflowPath: '.github/workflows/release.yml',
    runnerEnvironment: 'github-hosted',
    eventName: 'push',
    sha: 'a'.repeat(40),
  };
  const time = { verifiedTime: 1_700_000_000, now: 1_700_000_000 + 86_400 };

  it('passes provenance that satisfies every requirement', () => {
    expect(evaluateRequirements(good, req, time)).toEqual([]);
  });

  it.each([
    ['repository', { repository: 'evil/tool' }],
    ['ref', { ref: 'refs/heads/main' }],
    ['workflow', { workflowPath: '.github/workflows/ci.yml' }],
    ['runner-environment', { runnerEnvironment: 'self-hosted' }],
    ['predicate-type', { predicateType: 'https://example.com/custom' }],
    ['ref', { ref: undefined }],
  ])('reports a %s violation', (check, change) => {
    const v = evaluateRequirements({ ...good, ...change }, req, time);
    expect(v.map((x) => x.check)).toEqual([check]);
  });

  it('enforces max age against the verified log time', () => {
    const v = evaluateRequirements(good, req, { verifiedTime: 0, now: 400 * 86_400 });
    expect(v.map((x) => x.check)).toEqual(['max-age']);
    expect(v[0]?.message).toMatch(/400d old/);
  });

  it('finds active and expired exceptions', () => {
    const { exceptions: ex, exceptionMaxLifetimeSeconds: max } = parsePolicy(GOOD);
    expect(max).toBe(366 * 86_400);
    expect(
      exceptionFor(DIGEST.toUpperCase().replace('SHA256', 'sha256'), ex, Date.UTC(2027, 0, 31, 23) / 1000, max).kind,
    ).toBe('active');
    expect(exceptionFor(DIGEST, ex, Date.UTC(2027, 1, 1) / 1000, max).kind).toBe('expired');
    expect(exceptionFor(`sha256:${'cd'.repeat(32)}`, ex, 0, max).kind).toBe('none');
  });

  it('ignores an exception that expires further ahead than exception-max-lifetime (issue 11, item 5)', () => {
    const text = `${GOOD.replace('2027-01-31', '9999-12-31')}exception-max-lifetime: 90d\n`;
    const policy = parsePolicy(text, '.github/provlog-policy.yml');
    expect(policy.exceptionMaxLifetimeSeconds).toBe(90 * 86_400);
    expect(policy.exceptions[0]?.line).toBe(17);
    const now = Date.UTC(2026, 11, 4) / 1000;
    const max = policy.exceptionMaxLifetimeSeconds;
    expect(exceptionFor(DIGEST, policy.exceptions, now, max).kind).toBe('too-long');
    const problems = exceptionProblems(policy.exceptions, now, max, '.github/provlog-policy.yml');
    expect(problems.map((p) => p.kind)).toEqual(['too-long']);
    expect(problems[0]?.message).toMatch(/^\.github\/provlog-policy\.yml:17: /);
    // 2027-01-31 is within the default 366 days of 2026-12-04, and expired a day after it.
    const inTime = parsePolicy(GOOD);
    expect(exceptionProblems(inTime.exceptions, now, inTime.exceptionMaxLifetimeSeconds, 'p')).toEqual([]);
    const expired = exceptionProblems(inTime.exceptions, Date.UTC(2027, 1, 1) / 1000, max, 'p');
    expect(expired.map((p) => [p.kind, p.message.startsWith('p:17: ')])).toEqual([['expired', true]]);
  });

  it('rejects a malformed exception-max-lifetime with its line', () => {
    const e = policyError(`${GOOD}exception-max-lifetime: forever\n`);
    expect(e.code).toBe('POLICY_MALFORMED');
    expect(e.message).toMatch(/provlog-policy\.yml:20: .*exception-max-lifetime/);
  });
});

describe('globs and durations', () => {
  it('keeps * inside one segment and ** across', () => {
    expect(globToRegExp('refs/tags/v*').test('refs/tags/v1.0')).toBe(true);
    expect(globToRegExp('refs/tags/v*').test('refs/tags/v1/x')).toBe(false);
    expect(globToRegExp('refs/tags/**').test('refs/tags/a/b')).toBe(true);
    expect(globToRegExp('acme/lib').test('acme/libx')).toBe(false);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('parses durations', () => {
    expect(parseDuration('30d')).toBe(2_592_000);
    expect(parseDuration('2w')).toBe(1_209_600);
    expect(parseDuration('0d')).toBeNull();
    expect(parseDuration('10')).toBeNull();
  });
});
