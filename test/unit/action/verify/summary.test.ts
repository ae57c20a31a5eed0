import { describe, expect, it } from 'vitest';
import { formatCell, formatPolicySummary, shortDigest } from '../../../../src/action/verify/summary.js';
import type { PolicyCheckReport } from '../../../../src/flows/policy-check.js';
import type { Decision } from '../../../../src/flows/policy-decision.js';

const D = `sha256:${'ab'.repeat(32)}`;

function decision(over: Partial<Decision>): Decision {
  return {
    subject: 'vendor/app',
    kind: 'file',
    digest: D,
    location: { file: 'vendor/app' },
    verdict: 'pass',
    reason: 'verified',
    evidence: [],
    ...over,
  };
}

function report(decisions: Decision[]): PolicyCheckReport {
  const violations = decisions.filter((d) => d.verdict === 'fail').length;
  return { version: 1, policy: '.github/provlog-policy.yml', verified: violations === 0, violations, decisions };
}

describe('formatPolicySummary', () => {
  it('puts a one-line verdict on top and one row per subject with the log entry link', () => {
    const url = 'http://log/api/v1/log/entries/abc';
    const md = formatPolicySummary({
      ...report([
        decision({
          verdict: 'pass',
          reason: 'verified by log entry 7',
          logEntryUrl: url,
          evidence: [
            {
              source: 'log',
              name: 'abc',
              verified: true,
              reason: 'ok',
              checks: [],
              logEntry: { uuid: 'abc', logIndex: 7, url },
            },
          ],
        }),
        decision({ subject: 'deps.lock:4', kind: 'reference', verdict: 'fail', reason: 'no provenance | none' }),
        decision({ subject: 'vendor/blob', verdict: 'excepted', reason: 'exception: SEC-12' }),
      ]),
      logUrl: 'http://log',
    });
    expect(md.split('\n')).toEqual([
      '### ❌ **Provenance policy**: 1 of 3 subjects violate `.github/provlog-policy.yml`',
      '',
      '| Subject | Digest | Verdict | Reason | Log entry |',
      '| --- | --- | --- | --- | --- |',
      `| \`vendor/app\` | \`sha256:${'ab'.repeat(8)}…\` | ✅ pass | verified by log entry 7 | [#7](${url}) |`,
      `| \`deps.lock:4\` | \`sha256:${'ab'.repeat(8)}…\` | ❌ fail | no provenance \\| none | — |`,
      `| \`vendor/blob\` | \`sha256:${'ab'.repeat(8)}…\` | ⚠️ excepted | exception: SEC-12 | — |`,
      '',
      'Log searched by digest: http://log',
      '',
      '',
    ]);
  });

  it('says when everything passes, counting exceptions, and when there was nothing to check', () => {
    const ok = formatPolicySummary(report([decision({}), decision({ verdict: 'excepted' })]));
    expect(ok.split('\n')[0]).toBe(
      '### ✅ **Provenance policy**: all 2 subjects pass (1 by exception) — `.github/provlog-policy.yml`',
    );
    const none = formatPolicySummary(report([]));
    expect(none).toBe(
      '### ✅ **Provenance policy**: nothing to check (no subjects matched) — `.github/provlog-policy.yml`\n\n',
    );
  });
});

describe('cells', () => {
  it('keeps a reason on one line and escapes pipes and HTML', () => {
    expect(formatCell('a|b\nc <script>')).toBe('a\\|b c &lt;script&gt;');
  });

  it('shortens sha256 digests only', () => {
    expect(shortDigest(D)).toBe(`sha256:${'ab'.repeat(8)}…`);
    expect(shortDigest('sha256:xyz')).toBe('sha256:xyz');
  });
});
