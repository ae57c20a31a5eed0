/**
 * The attest action's job summary and failure text, as pure functions of what happened. The summary says
 * what was signed (subjects and digests), where it is recorded (log index, UUID, link, proof), who signed
 * (key fingerprint), from which build facts and where those came from (a verified OIDC token or unverified
 * GITHUB_* variables), and where the bundle went.
 */

import { mdCode, mdText, mdUrl } from '../../adapters/github/markdown.js';
import type { CodedError } from '../../core/errors.js';
import type { BuildContext } from '../../core/intoto/slsa.js';
import type { AttestResult } from '../../flows/attest.js';

/** Subjects listed in the summary; the bundle and the `subjects` output hold all of them. */
export const MAX_SUMMARY_SUBJECTS = 500;

export type ReleaseOutcome =
  | { kind: 'attached'; tag: string; assetName: string; assetUrl: string; htmlUrl: string; draft: boolean }
  | { kind: 'skipped'; reason: string };

export interface AttestSummaryInput {
  result: AttestResult;
  context: BuildContext;
  bundlePath: string;
  release: ReleaseOutcome;
  /** workflow_dispatch input names left out of the provenance (include-workflow-inputs: false). */
  omittedInputs?: readonly string[];
}

/** Untrusted text (names, refs, inputs) as code in a table cell or in a sentence. */
const cell = (text: string): string => mdCode(text, { table: true });
const code = (text: string): string => mdCode(text);

/** Where the build facts came from, in one sentence a reviewer can weigh. */
export function formatContextSource(source: BuildContext['source']): string {
  switch (source) {
    case 'oidc':
      return "a GitHub Actions OIDC token verified against the issuer's keys (claims win over environment variables)";
    case 'env':
      return 'GITHUB_* variables and the event payload, not verified: grant `permissions: id-token: write` to read them from a verified OIDC token';
    case 'git':
      return 'the local git checkout';
  }
}

function contextRows(ctx: BuildContext, omittedInputs: readonly string[]): string[] {
  const rows: [string, string][] = [
    ['Repository', `${ctx.serverUrl}/${ctx.repository} (id ${ctx.repositoryId}, owner id ${ctx.repositoryOwnerId})`],
    ['Ref', ctx.ref],
    ['Commit', ctx.sha],
    ['Workflow', ctx.workflowRef],
    ...(ctx.jobWorkflowRef !== undefined && ctx.jobWorkflowRef !== ctx.workflowRef
      ? [['Job workflow', ctx.jobWorkflowRef] as [string, string]]
      : []),
    ['Event', ctx.eventName],
    ['Run', `${ctx.runId} attempt ${ctx.runAttempt}`],
    ['Runner', ctx.runnerEnvironment],
  ];
  if (ctx.workflowInputs !== undefined && Object.keys(ctx.workflowInputs).length > 0) {
    rows.push(['Workflow inputs', JSON.stringify(ctx.workflowInputs)]);
  }
  const out = rows.map(([k, v]) => `| ${k} | ${cell(v)} |`);
  if (omittedInputs.length > 0) {
    const names = omittedInputs.map((n) => cell(n)).join(', ');
    out.push(`| Workflow inputs | ${names} left out of the provenance (include-workflow-inputs: false) |`);
  }
  return out;
}

export function formatAttestSummary(input: AttestSummaryInput): string {
  const { result, context, release } = input;
  const e = result.entry;
  const subjects = result.statement.subject;
  const listed = subjects.slice(0, MAX_SUMMARY_SUBJECTS).map((s) => {
    const digests = Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`);
    return `| ${cell(s.name)} | ${digests.map((d) => cell(d)).join(' ')} |`;
  });
  if (subjects.length > MAX_SUMMARY_SUBJECTS) {
    listed.push(
      `| … and ${subjects.length - MAX_SUMMARY_SUBJECTS} more (see the bundle or the \`subjects\` output) | |`,
    );
  }
  const releaseLines =
    release.kind === 'attached'
      ? [
          `Attached [${code(release.assetName)}](${mdUrl(release.assetUrl)}) to ${release.draft ? 'draft ' : ''}release ` +
            `[${code(release.tag)}](${mdUrl(release.htmlUrl)}) and updated its "Provenance" section.`,
        ]
      : [`Not attached to a release: ${mdText(release.reason)}.`];
  return [
    `## provlog attest: ${subjects.length} subject(s) signed and recorded`,
    '',
    '| Subject | Digest |',
    '| --- | --- |',
    ...listed,
    '',
    '### Transparency log entry',
    '',
    '| | |',
    '| --- | --- |',
    `| Log | ${mdText(e.logUrl)} |`,
    `| Index | ${e.logIndex}${e.adopted ? ' (already recorded by an earlier run)' : ''} |`,
    `| UUID | [${cell(e.uuid)}](${mdUrl(e.entryUrl)}) |`,
    `| Integrated | ${new Date(e.integratedTime * 1000).toISOString()} |`,
    `| Inclusion proof | tree size ${e.inclusionProof.treeSize}, root ${cell(e.inclusionProof.rootHash)}, ${e.inclusionProof.hashes.length} hash(es), signed checkpoint — verified |`,
    `| Signer key | SHA-256 ${cell(result.keyFingerprint)} |`,
    `| Predicate | ${cell(result.statement.predicateType)} |`,
    '',
    '### Build context',
    '',
    `From ${formatContextSource(context.source)}.`,
    '',
    '| | |',
    '| --- | --- |',
    ...contextRows(context, input.omittedInputs ?? []),
    '',
    '### Bundle',
    '',
    `Sigstore bundle v0.3 at ${code(input.bundlePath)}.`,
    ...releaseLines,
    '',
  ].join('\n');
}

/** One extra sentence per error code that says what to do; the error's own message says what happened. */
const HINTS: Partial<Record<CodedError['code'], string>> = {
  LOG_UNREACHABLE:
    "Check log-url and the runner's network access, then re-run the job (a re-run adopts an entry that was already recorded).",
  LOG_REJECTED: "The log refused the entry; the message above is the log's reason.",
  TLOG_UNKNOWN_LOG: "The log's key is not in trusted-root: pass the trusted_root.json of the log at log-url.",
  TLOG_SET_INVALID: "The log's signature does not match the pinned key: check that trusted-root belongs to log-url.",
  TLOG_CHECKPOINT_INVALID:
    "The log's checkpoint does not verify with the pinned key: check that trusted-root belongs to log-url.",
  INVALID_KEY:
    'signing-key must be an unencrypted PEM PKCS#8 private key ("-----BEGIN PRIVATE KEY-----"), ECDSA P-256 or Ed25519.',
  UNSUPPORTED_KEY: 'Use an ECDSA P-256 or Ed25519 key (`openssl genpkey -algorithm ed25519`).',
  NO_SUBJECTS: 'Check subject-path against the files the job produced (paths are relative to GITHUB_WORKSPACE).',
  GITHUB_PERMISSION: "Grant the permission named above in the workflow's `permissions:` block.",
  OIDC_TOKEN_INVALID:
    'The runner offered an OIDC token that did not verify; provenance was not signed from unverified facts.',
  SIGNING_KEY_MISSING:
    'Store the key as a repository or environment secret and pass it as the signing-key input (`secrets.NAME`).',
};

export function formatAttestFailure(error: CodedError): string {
  const hint = HINTS[error.code];
  return hint === undefined ? error.message : `${error.message}. ${hint}`;
}
