/**
 * How `provlog demo` reports (pure formatting): a short human walk-through (log, key, subjects, log entry,
 * inclusion proof, each verification check with ✔/✘, the tampering demonstration, and a last line starting
 * `verified:`) and a JSON form:
 *
 *   { "schema": "https://provlog.dev/demo/v1", "verified": boolean, "verifiedCount": n, "artifactCount": n,
 *     "log": {url, logId, treeId, trustedRootPath}, "signer": {fingerprint, algorithm},
 *     "buildContext": {source, repository, ref, sha}, "subjects": [{name, digest}],
 *     "entry": {uuid, logIndex, integratedTime, entryUrl, inclusionProof: {logIndex, treeSize, rootHash, hashes,
 *               checkpoint}},
 *     "bundlePath", "results": [{artifact, digest, verified, checks: [{name, ok, detail}], error}],
 *     "tamper": {artifact, offset, rejected, error: {code, message} | null}, "dir": string | null }
 *
 * `dir` is set only with --keep (otherwise the temp dir is gone when the command returns).
 */
import { basename } from 'node:path';
import type { BuildContext } from '../core/intoto/slsa.js';
import type { Subject } from '../core/intoto/statement.js';
import type { AttestResult } from '../flows/attest.js';
import type { ArtifactResult } from '../flows/verify.js';
import { paint } from './verify-output.js';

export const DEMO_JSON_SCHEMA = 'https://provlog.dev/demo/v1';

export interface DemoReport {
  dir: string;
  /** Set when --keep left the directory in place. */
  keptDir?: string;
  log: { url: string; logId: string; treeId: string; trustedRootPath: string };
  signer: { fingerprint: string; algorithm: string };
  context: BuildContext;
  subjects: Subject[];
  entry: AttestResult['entry'];
  bundlePath: string;
  results: ArtifactResult[];
  verifiedCount: number;
  tamper: { original: string; copy: string; offset: number; result: ArtifactResult };
}

/** The demo's verdict: every artifact verified and the tampered copy rejected. */
export function allVerified(r: DemoReport): boolean {
  return r.verifiedCount === r.results.length && !r.tamper.result.verified;
}

export function formatDemoJson(r: DemoReport): string {
  const json = {
    schema: DEMO_JSON_SCHEMA,
    verified: allVerified(r),
    verifiedCount: r.verifiedCount,
    artifactCount: r.results.length,
    log: r.log,
    signer: r.signer,
    buildContext: {
      source: r.context.source,
      repository: r.context.repository,
      ref: r.context.ref,
      sha: r.context.sha,
    },
    subjects: r.subjects,
    entry: {
      uuid: r.entry.uuid,
      logIndex: r.entry.logIndex,
      integratedTime: r.entry.integratedTime,
      entryUrl: r.entry.entryUrl,
      inclusionProof: r.entry.inclusionProof,
    },
    bundlePath: r.bundlePath,
    results: r.results.map((a) => ({
      artifact: a.artifact,
      digest: a.digest,
      verified: a.verified,
      checks: a.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })),
      error: a.error ?? null,
    })),
    tamper: {
      artifact: basename(r.tamper.original),
      offset: r.tamper.offset,
      rejected: !r.tamper.result.verified,
      error: r.tamper.result.error ?? null,
    },
    dir: r.keptDir ?? null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function contextLine(c: BuildContext): string {
  const where = c.source === 'git' ? 'this git checkout' : 'a sample project: no git checkout with a remote here';
  return `${c.repository} @ ${c.ref}, commit ${c.sha.slice(0, 12)} (${where})`;
}

export function formatDemoHuman(r: DemoReport, color: boolean): string {
  const c = paint(color);
  const e = r.entry;
  const p = e.inclusionProof;
  const width = Math.max(8, ...r.results.flatMap((a) => a.checks.map((k) => k.name.length))) + 2;
  const lines = [
    'provlog demo: a transparency log, a signing key and a release, all on this machine.',
    '',
    `log         provlog serve at ${r.log.url} (log ID ${r.log.logId.slice(0, 16)}…, tree ${r.log.treeId})`,
    `trust       ${c.dim(r.log.trustedRootPath)}`,
    `signer      ${r.signer.algorithm} key sha256:${r.signer.fingerprint}`,
    `source      ${contextLine(r.context)}`,
    '',
    `subjects (${r.subjects.length}):`,
    ...r.subjects.map((s) => `  ${c.dim(`sha256:${s.digest.sha256 ?? ''}`)}  ${s.name}`),
    '',
    'attest: SLSA v1 provenance, signed (DSSE), recorded in the log, answer verified',
    `  log index   ${e.logIndex}`,
    `  entry UUID  ${e.uuid}`,
    `  entry URL   ${e.entryUrl}`,
    `  proof       tree size ${p.treeSize}, root ${p.rootHash}, path length ${p.hashes.length}`,
    `  bundle      ${basename(r.bundlePath)}`,
    '',
    'verify: offline, with the log’s trusted_root.json and the signer’s public key',
  ];
  // Every check of the first artifact in full; the others in one line each unless something failed.
  r.results.forEach((a, i) => {
    const mark = a.verified ? c.ok('✔') : c.bad('✘');
    if (i > 0 && a.verified) {
      lines.push(`  ${mark} ${basename(a.artifact)}: the same ${a.checks.length} checks passed`);
      return;
    }
    lines.push(`  ${mark} ${basename(a.artifact)}`);
    for (const k of a.checks) lines.push(`      ${k.ok ? c.ok('✔') : c.bad('✘')} ${k.name.padEnd(width)}${k.detail}`);
    if (!a.verified && a.error !== undefined) lines.push(`      ${c.bad(a.error.code)} ${a.error.message}`);
  });
  const t = r.tamper.result;
  lines.push(
    '',
    `tamper: one bit flipped at byte ${r.tamper.offset} of a copy of ${basename(r.tamper.original)}`,
    t.verified
      ? `  ${c.bad('✘ the tampered copy VERIFIED: this is a bug')}`
      : `  ${c.ok('✔')} rejected: ${t.error?.code ?? 'NOT_VERIFIED'} ${shortReason(t.error?.message ?? '')}`.trimEnd(),
  );
  if (r.keptDir !== undefined) lines.push('', `kept: ${r.keptDir} (log data, keys, artifacts, bundle)`);
  // The last line starts with `verified:` even in colour (scripts and the README test look for it).
  const counts = `${r.verifiedCount} of ${r.results.length} artifacts`;
  lines.push('', `verified: ${allVerified(r) ? c.ok(counts) : c.bad(counts)}`);
  return `${lines.join('\n')}\n`;
}

/** The verifier lists every subject of the statement after the reason; the demo keeps the reason itself. */
function shortReason(message: string): string {
  return message.replace(/ \(subjects: .*\)$/s, '');
}
