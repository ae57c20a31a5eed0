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
 *       "provenance": { "factsSource": "certificate" | "statement",   // who vouches for the facts below:
 *                       //   the Fulcio certificate, or only the key holder who signed the statement
 *                       "predicateType"?, "repositoryUrl"?, "repository"?, "ref"?, "workflowPath"?, "sha"?,
 *                       "runnerEnvironment"?, "eventName"?, "buildType"?, "builderId"?, "invocationId"?,
 *                       "unreadable"? } | null,
 *       "verifiedTime": { "source": "tlog" | "rfc3161", "time" (unix s) } | null,   // earliest proven time
 *       "logEntry": { "logIndex", "uuid", "integratedTime" (unix s), "integratedTimeVerified" (a SET signs it),
 *                     "logUrl" } | null,
 *       "error": { "code": string, "message": string } | null
 *     }],
 *     "logChecks": [{ "logUrl", "origin", "ok", "detail", "bundleSize"?, "rememberedSize"?, "currentSize"?,
 *                     "error"?: { "code", "message", "evidence"?: { "first", "second" } } }]
 *   }
 *
 * Check names: bundle, tlog, timestamp, key | certificate + sct + identity, artifact, signature, tlog-body,
 * provenance (where the facts come from; PROVENANCE_MISMATCH), policy:<requirement>, log-consistency.
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
    verifiedTime: r.verifiedTime ?? null,
    logEntry:
      r.logEntry === undefined
        ? null
        : {
            logIndex: r.logEntry.logIndex,
            uuid: r.logEntry.uuid,
            integratedTime: r.logEntry.integratedTime,
            integratedTimeVerified: r.logEntry.integratedTimeVerified,
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
  const claimed = p.factsSource === 'statement' ? ' (claimed by the key holder)' : ' (from the certificate)';
  if (p.repository === undefined) {
    // No source facts: only the predicate type, which is the statement's own (never the certificate's).
    const facts = p.factsSource === 'certificate' ? ' (the certificate states no source repository)' : claimed;
    return `${p.predicateType ?? 'no statement'}${p.unreadable ? ` (${p.unreadable})` : ''}${facts}`;
  }
  const parts = [`${p.repository} @ ${p.ref ?? '?'}`];
  if (p.sha !== undefined) parts.push(`commit ${p.sha.slice(0, 12)}`);
  if (p.workflowPath !== undefined) parts.push(`workflow ${p.workflowPath}`);
  if (p.runnerEnvironment !== undefined) parts.push(`runner ${p.runnerEnvironment}`);
  if (p.eventName !== undefined) parts.push(`event ${p.eventName}`);
  return parts.join(', ') + claimed;
}

function timeSource(source: 'tlog' | 'rfc3161'): string {
  return source === 'tlog' ? 'signed entry timestamp' : 'RFC 3161 timestamp';
}

function logLine(r: ArtifactResult): string | undefined {
  const e = r.logEntry;
  if (e === undefined) return undefined;
  const time = e.integratedTimeVerified ? iso(e.integratedTime) : `${iso(e.integratedTime)} (unproven: no SET)`;
  return `${e.logUrl} #${e.logIndex} uuid ${e.uuid} at ${time}`;
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
        'time',
        r.verifiedTime === undefined
          ? undefined
          : `${iso(r.verifiedTime.time)} (earliest proven time: ${timeSource(r.verifiedTime.source)})`,
      ],
      ['log', logLine(r)],
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
