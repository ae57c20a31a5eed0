/**
 * How `provlog verify` reports: a human form (one line per check with ✔/✘, then signer, source and log entry;
 * colour only when useColor allows) and a JSON form whose shape is a public contract:
 *
 *   {
 *     "schema": "https://provlog.dev/verify/v1",
 *     "verified": boolean,                         // every artifact verified (and every log check passed)
 *     "results": [{
 *       "artifact": string, "digest": "sha256:<hex>", "verified": boolean, "bundle": string | null,
 *       "checks": [{ "name": string, "ok": boolean, "detail": string }],   // in the order they ran
 *       "signer": { "kind": "key", "fingerprint": hex } | { "kind": "certificate", "san", "issuer" } | null,
 *       "provenance": { "predicateType", "repository"?, "ref"?, "workflowPath"?, "sha"?, "runnerEnvironment"?,
 *                       "eventName"?, "buildType"?, "builderId"?, "invocationId"?, "unreadable"? } | null,
 *       "logEntry": { "logIndex", "uuid", "integratedTime" (unix s), "logUrl" } | null,
 *       "error": { "code": string, "message": string } | null
 *     }],
 *     "logChecks": [{ "logUrl", "origin", "ok", "detail", "bundleSize"?, "rememberedSize"?, "currentSize"?,
 *                     "error"?: { "code", "message", "evidence"?: { "first", "second" } } }]
 *   }
 *
 * Check names: bundle, tlog, timestamp, key | certificate + sct + identity, artifact, signature, tlog-body,
 * policy:<requirement>, log-consistency.
 */

import type { ArtifactResult, VerifyReport } from '../flows/verify.js';
import type { LogCheckResult } from '../flows/verify-log.js';

export const VERIFY_JSON_SCHEMA = 'https://provlog.dev/verify/v1';

export function formatVerifyJson(report: VerifyReport, logChecks: readonly LogCheckResult[]): string {
  const results = report.results.map((r) => ({
    artifact: r.artifact,
    digest: r.digest,
    verified: r.verified,
    bundle: r.bundle ?? null,
    checks: r.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })),
    signer: r.signer ?? null,
    provenance: r.provenance ?? null,
    logEntry:
      r.logEntry === undefined
        ? null
        : {
            logIndex: r.logEntry.logIndex,
            uuid: r.logEntry.uuid,
            integratedTime: r.logEntry.integratedTime,
            logUrl: r.logEntry.logUrl,
          },
    error: r.error ?? null,
  }));
  const verified = report.verified && logChecks.every((c) => c.ok);
  return `${JSON.stringify({ schema: VERIFY_JSON_SCHEMA, verified, results, logChecks }, null, 2)}\n`;
}

interface Paint {
  ok: (s: string) => string;
  bad: (s: string) => string;
  dim: (s: string) => string;
}

export function paint(color: boolean): Paint {
  const wrap = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2') };
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function signerLine(r: ArtifactResult): string | undefined {
  if (r.signer === undefined) return undefined;
  return r.signer.kind === 'key' ? `key ${r.signer.fingerprint}` : `${r.signer.san} (issuer ${r.signer.issuer})`;
}

function sourceLine(r: ArtifactResult): string | undefined {
  const p = r.provenance;
  if (p === undefined) return undefined;
  if (p.repository === undefined) return `${p.predicateType}${p.unreadable ? ` (${p.unreadable})` : ''}`;
  const parts = [`${p.repository} @ ${p.ref ?? '?'}`];
  if (p.sha !== undefined) parts.push(`commit ${p.sha.slice(0, 12)}`);
  if (p.workflowPath !== undefined) parts.push(`workflow ${p.workflowPath}`);
  if (p.runnerEnvironment !== undefined) parts.push(`runner ${p.runnerEnvironment}`);
  if (p.eventName !== undefined) parts.push(`event ${p.eventName}`);
  return parts.join(', ');
}

export function formatVerifyHuman(report: VerifyReport, logChecks: readonly LogCheckResult[], color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  const width = Math.max(8, ...report.results.flatMap((r) => r.checks.map((k) => k.name.length))) + 2;
  for (const r of report.results) {
    lines.push(`${r.artifact}  ${c.dim(r.digest)}`);
    for (const check of r.checks) {
      const mark = check.ok ? c.ok('✔') : c.bad('✘');
      lines.push(`  ${mark} ${check.name.padEnd(width)}${check.detail}`);
    }
    const facts: [string, string | undefined][] = [
      ['signer', signerLine(r)],
      ['source', sourceLine(r)],
      [
        'log',
        r.logEntry === undefined
          ? undefined
          : `${r.logEntry.logUrl} #${r.logEntry.logIndex} uuid ${r.logEntry.uuid} at ${iso(r.logEntry.integratedTime)}`,
      ],
    ];
    for (const [label, value] of facts) if (value !== undefined) lines.push(`    ${label.padEnd(8)}${value}`);
    lines.push(
      r.verified
        ? `  ${c.ok('VERIFIED')}`
        : `  ${c.bad('NOT VERIFIED')}: ${r.error?.code ?? 'UNKNOWN'} ${r.error?.message ?? ''}`.trimEnd(),
    );
    lines.push('');
  }
  for (const l of logChecks) {
    const mark = l.ok ? c.ok('✔') : c.bad('✘');
    lines.push(`${mark} log ${l.logUrl} ${l.origin}: ${l.detail}`);
    if (l.error?.evidence !== undefined) {
      lines.push('  evidence (two checkpoints signed by the log key that no consistency proof connects):');
      lines.push(...indent(l.error.evidence.first), '', ...indent(l.error.evidence.second));
    }
  }
  const ok = report.results.filter((r) => r.verified).length;
  const allOk = ok === report.results.length && logChecks.every((l) => l.ok);
  const summary = `${ok} of ${report.results.length} artifact(s) verified`;
  lines.push(allOk ? c.ok(summary) : c.bad(summary + (logChecks.some((l) => !l.ok) ? '; log check failed' : '')));
  return `${lines.join('\n')}\n`;
}

function indent(text: string): string[] {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `    ${l}`);
}
