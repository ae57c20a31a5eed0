import { describe, expect, it } from 'vitest';
import { formatCell, formatPolicySummary, shortDigest } from '../../../../src/action/verify/summary.js';
import { showControls } from '../../../../src/adapters/github/markdown.js';
import type { PolicyCheckReport } from '../../../../src/flows/policy-check.js';
import type { Decision } from '../../../../src/flows/policy-decision.js';
import { codeSpanText, plainText, tableRows } from '../../../helpers/gfm.js';
import { HOSTILE } from '../../../helpers/hostile-names.js';

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
  it('keeps a reason on one line and escapes pipes, HTML and links', () => {
    expect(formatCell('a|b\nc <script> [x](y)')).toBe('a\\|b\u240ac \\<script\\> \\[x\\](y)');
  });

  it('keeps hostile subjects, digests and reasons in their own cells, verbatim', () => {
    const md = formatPolicySummary(
      report(
        HOSTILE.map((name) =>
          decision({ subject: name, digest: `sha256:${name}`, verdict: 'fail', reason: `no provenance for ${name}` }),
        ),
      ),
    );
    const rows = tableRows(md, 'Subject');
    expect(rows.map((r) => r.length)).toEqual(HOSTILE.map(() => 5));
    expect(rows.map((r) => codeSpanText(r[0] ?? ''))).toEqual(HOSTILE.map(showControls));
    expect(rows.map((r) => codeSpanText(r[1] ?? ''))).toEqual(HOSTILE.map((n) => showControls(`sha256:${n}`)));
    expect(rows.map((r) => plainText(r[3] ?? ''))).toEqual(
      HOSTILE.map((n) => showControls(`no provenance for ${n}`).trim()),
    );
  });

  it('shortens sha256 digests only', () => {
    expect(shortDigest(D)).toBe(`sha256:${'ab'.repeat(8)}…`);
    expect(shortDigest('sha256:xyz')).toBe('sha256:xyz');
  });
});

describe('formatPolicySummary: whole-check problems', () => {
  const problem = {
    code: 'POLICY_EXCEPTION_INVALID' as const,
    message: 'exception for sha256:ab… expires 9999-12-31, more than 366 days away',
    location: { file: '.github/provlog-policy.yml', line: 19 },
  };

  it('lists each problem with its file and line, and the verdict line counts them although every subject passes', () => {
    const md = formatPolicySummary({ ...report([decision({})]), verified: false, problems: [problem] });
    const first = md.split('\n')[0] ?? '';
    expect(first).toContain('❌');
    expect(first).toContain('1 problem fails the check');
    const rows = tableRows(md, 'Problem');
    expect(rows).toHaveLength(1);
    expect(codeSpanText(rows[0]?.[0] ?? '')).toBe('POLICY_EXCEPTION_INVALID');
    expect(codeSpanText(rows[0]?.[1] ?? '')).toBe('.github/provlog-policy.yml:19');
  });

  it('never says "nothing to check" when no subject matched but a problem fails the check', () => {
    const md = formatPolicySummary({
      ...report([]),
      verified: false,
      problems: [{ ...problem, code: 'SUBJECT_LINK_ESCAPES', location: { file: 'vendor/lib' } }],
    });
    expect(md).not.toContain('nothing to check');
    expect(md.split('\n')[0]).toContain('❌');
  });
});
