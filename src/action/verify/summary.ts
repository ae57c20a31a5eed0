/**
 * The job summary of the policy check, pure markdown: a one-line verdict on top, then one table row per subject
 * (file or reference, digest, verdict, reason, log entry link). The JSON report holds the full detail.
 */

import { mdCode, mdText, mdUrl } from '../../adapters/github/markdown.js';
import type { PolicyCheckReport } from '../../flows/policy-check.js';
import type { Decision, Verdict } from '../../flows/policy-decision.js';

const VERDICT: Readonly<Record<Verdict, string>> = { pass: '✅ pass', fail: '❌ fail', excepted: '⚠️ excepted' };

/**
 * A table cell of plain text (a reason, which quotes file names and log answers): one line, every character
 * that would start a link, tag, emphasis or code escaped, pipes kept in the cell.
 */
export function formatCell(text: string): string {
  return mdText(text);
}

/** A table cell of code (a subject name or digest from the pull request): shown verbatim. */
function codeCell(text: string): string {
  return mdCode(text, { table: true });
}

/** `sha256:` and the first 16 hex digits: enough to recognise, short enough for a table. */
export function shortDigest(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  return m?.[1] === undefined ? digest : `sha256:${m[1].slice(0, 16)}…`;
}

export function formatVerdictLine(report: PolicyCheckReport): string {
  const total = report.decisions.length;
  const policy = mdCode(report.policy);
  if (total === 0 && report.verified) {
    return `✅ **Provenance policy**: nothing to check (no subjects matched) — ${policy}`;
  }
  const excepted = report.decisions.filter((d) => d.verdict === 'excepted').length;
  const note = excepted > 0 ? ` (${excepted} by exception)` : '';
  if (report.verified) {
    return `✅ **Provenance policy**: all ${total} subject${total === 1 ? '' : 's'} pass${note} — ${policy}`;
  }
  const problems = report.problems?.length ?? 0;
  const also =
    problems === 0 ? '' : problems === 1 ? '; 1 problem fails the check' : `; ${problems} problems fail the check`;
  return `❌ **Provenance policy**: ${report.violations} of ${total} subject${total === 1 ? '' : 's'} violate ${policy}${also}`;
}

function logLink(d: Decision): string {
  if (d.logEntryUrl === undefined) return '—';
  const used = d.evidence.find((e) => e.logEntry?.url === d.logEntryUrl)?.logEntry;
  return `[${used === undefined ? 'entry' : `#${used.logIndex}`}](${mdUrl(d.logEntryUrl)})`;
}

export function formatPolicySummary(report: PolicyCheckReport): string {
  const lines = [`### ${formatVerdictLine(report)}`, ''];
  if (report.decisions.length > 0) {
    lines.push('| Subject | Digest | Verdict | Reason | Log entry |', '| --- | --- | --- | --- | --- |');
    for (const d of report.decisions) {
      lines.push(
        `| ${codeCell(d.subject)} | ${codeCell(shortDigest(d.digest))} | ${VERDICT[d.verdict]} | ${formatCell(d.reason)} | ${logLink(d)} |`,
      );
    }
    lines.push('');
  }
  // Whole-check problems (an expired or over-long exception, a link leaving the workspace) fail the check even
  // when every subject passes, so they are listed too, not only annotated.
  const problems = report.problems ?? [];
  if (problems.length > 0) {
    lines.push('| Problem | Where | Reason |', '| --- | --- | --- |');
    for (const p of problems) {
      const where = p.location.line === undefined ? p.location.file : `${p.location.file}:${p.location.line}`;
      lines.push(`| ${codeCell(p.code)} | ${codeCell(where)} | ${formatCell(p.message)} |`);
    }
    lines.push('');
  }
  if (report.logUrl !== undefined) lines.push(`Log searched by digest: ${mdText(report.logUrl)}`, '');
  return `${lines.join('\n')}\n`;
}
