import { describe, expect, it } from 'vitest';
import type { ExceptionStatus } from '../../../src/core/policy/evaluate.js';
import { closestFailure, decideSubject, type EvidenceOutcome } from '../../../src/flows/policy-decision.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;
const SUBJECT = { name: 'vendor/app', kind: 'file' as const, digest: DIGEST, location: { file: 'vendor/app' } };
const NONE: ExceptionStatus = { kind: 'none' };
const exception = { digest: DIGEST, reason: 'vendor blob, SEC-12', expires: '2027-01-31', expiresAt: 1_801_439_999 };

function ok(n: number) {
  return Array.from({ length: n }, (_, i) => ({ name: `c${i}`, ok: true, detail: 'ok' }));
}

function failing(name: string, passedChecks: number, reason: string, code = 'POLICY_VIOLATION'): EvidenceOutcome {
  return {
    source: 'log',
    name,
    verified: false,
    reason,
    checks: [...ok(passedChecks), { name: 'x', ok: false, detail: reason }],
    error: { code, message: reason },
    logEntry: { uuid: name, logIndex: passedChecks, url: `http://log/api/v1/log/entries/${name}` },
  };
}

const passing: EvidenceOutcome = {
  source: 'beside',
  name: 'vendor/app.sigstore.json',
  verified: true,
  reason: 'all checks passed',
  checks: ok(9),
  provenance: {
    predicateType: 'https://slsa.dev/provenance/v1',
    repository: 'acme/lib',
    ref: 'refs/tags/v1',
    workflowPath: '.github/workflows/release.yml',
  },
};

describe('decideSubject', () => {
  it('passes when one piece of evidence passes, naming it and its provenance', () => {
    const d = decideSubject(SUBJECT, [failing('e1', 3, 'key: untrusted'), passing], NONE, 'http://log');
    expect(d).toMatchObject({
      verdict: 'pass',
      passedBy: 'vendor/app.sigstore.json',
      reason:
        'verified by bundle vendor/app.sigstore.json (beside the file) (acme/lib@refs/tags/v1 by .github/workflows/release.yml)',
    });
    expect(d.evidence).toHaveLength(2);
    expect(d.logEntryUrl).toBeUndefined();
  });

  it('fails with the reason of the evidence that got furthest, linking its log entry', () => {
    const d = decideSubject(
      SUBJECT,
      [failing('e1', 2, 'artifact: other digest', 'ARTIFACT_DIGEST_MISMATCH'), failing('e2', 8, 'policy:ref: bad')],
      NONE,
    );
    expect(d.verdict).toBe('fail');
    expect(d.reason).toBe('log entry 8: policy:ref: bad (2 pieces of evidence tried, none passed)');
    expect(d.logEntryUrl).toBe('http://log/api/v1/log/entries/e2');
  });

  it('says there is no provenance when nothing was found, naming the log searched', () => {
    const d = decideSubject(SUBJECT, [], NONE, 'http://log.example');
    expect(d.verdict).toBe('fail');
    expect(d.reason).toBe(
      `no provenance for ${DIGEST}: no bundle was given or found beside the file, and the log http://log.example has no entry for it`,
    );
  });

  it('fails closed on an unreachable log, and mentions it next to other failures', () => {
    const down: EvidenceOutcome = {
      ...failing('http://log', 0, 'GET failed after 3 attempts', 'LOG_UNREACHABLE'),
      checks: [],
    };
    expect(decideSubject(SUBJECT, [down], NONE, 'http://log').reason).toMatch(
      /^log unreachable, failing closed: GET failed after 3 attempts/,
    );
    const both = decideSubject(SUBJECT, [failing('b', 4, 'key: untrusted'), down], NONE, 'http://log');
    expect(both.verdict).toBe('fail');
    expect(both.reason).toBe(
      'log entry 4: key: untrusted; the log could not be searched either: GET failed after 3 attempts',
    );
  });

  it('lets an active exception through without evidence', () => {
    const d = decideSubject(SUBJECT, [], { kind: 'active', exception }, 'http://log');
    expect(d).toMatchObject({
      verdict: 'excepted',
      reason: 'exception: vendor blob, SEC-12 (until 2027-01-31)',
      exception: { reason: 'vendor blob, SEC-12', expires: '2027-01-31', expired: false },
    });
  });

  it('fails on an expired exception, naming the expiry, unless evidence passes', () => {
    const expired = decideSubject(SUBJECT, [], { kind: 'expired', exception }, 'http://log');
    expect(expired.verdict).toBe('fail');
    expect(expired.reason).toMatch(
      /^the exception for this digest expired on 2027-01-31 \("vendor blob, SEC-12"\); no provenance/,
    );
    expect(decideSubject(SUBJECT, [passing], { kind: 'expired', exception }).verdict).toBe('pass');
  });
});

describe('closestFailure', () => {
  it('prefers most passed checks, the earlier one on ties', () => {
    const a = failing('a', 3, 'a');
    const b = failing('b', 3, 'b');
    expect(closestFailure([failing('z', 1, 'z'), a, b])).toBe(a);
    expect(closestFailure([])).toBeUndefined();
  });
});
