/**
 * Attaching an attestation to its GitHub release (issue 4, behaviour 5): find the release by tag, drafts
 * included; upload the bundle as an asset (a same-named asset from an earlier run is replaced); put a
 * "Provenance" table in the release notes between markers (a re-run replaces it). A published immutable
 * release takes no assets: RELEASE_IMMUTABLE says to attach while it is a draft, then publish.
 * Separate from attest.ts because `provlog attest` has no release.
 */
import type { GitHubApi } from '../adapters/github/http.js';
import { mdCode, mdText, mdUrl } from '../adapters/github/markdown.js';
import {
  findReleaseByTag,
  immutableReleaseError,
  type Release,
  type ReleaseAsset,
  type RepoRef,
  updateReleaseNotes,
  uploadReleaseAsset,
} from '../adapters/github/releases.js';
import { utf8 } from '../core/bytes.js';
import { CodedError } from '../core/errors.js';
import type { AttestResult } from './attest.js';
import type { Reporter } from './reporter.js';

/** Rows shown in the notes; the bundle itself lists every subject (GitHub caps a release body at 125,000 chars). */
export const MAX_NOTES_ROWS = 50;

export interface AttachRequest {
  api: GitHubApi;
  /** `owner/repo` */
  repository: string;
  tag: string;
  assetName: string;
  result: AttestResult;
  reporter: Reporter;
}

export interface AttachResult {
  release: Release;
  asset: ReleaseAsset;
  /** Where the asset is downloaded from (`browser_download_url`). */
  assetUrl: string;
}

/** `owner/repo` -> RepoRef; USAGE for anything else. */
export function parseRepository(repository: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (m?.[1] === undefined || m[2] === undefined) {
    throw new CodedError('USAGE', `"${repository}" is not an owner/repo repository name`);
  }
  return { owner: m[1], repo: m[2] };
}

/**
 * The default asset name `<repo>-<tag>.sigstore.json` (OpenSSF Scorecard's signed-releases check recognises
 * `*.sigstore.json`); characters outside [A-Za-z0-9._-] (a `/` in `release/v1`) become `-`.
 */
export function defaultBundleName(repository: string, version: string): string {
  const repo = repository.slice(repository.indexOf('/') + 1);
  return `${repo}-${version}.sigstore.json`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Untrusted text (artifact names, the asset name) as code in a table cell or in a sentence. */
const cell = (text: string): string => mdCode(text, { table: true });
const code = (text: string): string => mdCode(text);

/**
 * The release-notes section: one table row per artifact with its sha256, the log entry (index, UUID linked to
 * the log's entry URL) and the inclusion proof's tree size and root hash, so a reader can check any row
 * against the log without downloading anything.
 */
export function formatProvenanceSection(result: AttestResult, assetName: string): string {
  const e = result.entry;
  const proof = e.inclusionProof;
  const subjects = result.statement.subject;
  const rows = subjects.slice(0, MAX_NOTES_ROWS).map((s) => {
    const digest = s.digest.sha256 ?? Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`)[0] ?? '';
    return `| ${cell(s.name)} | ${cell(digest)} | ${e.logIndex} | [${cell(e.uuid)}](${mdUrl(e.entryUrl)}) | ${proof.treeSize} | ${cell(proof.rootHash)} |`;
  });
  const more =
    subjects.length > MAX_NOTES_ROWS
      ? [`| … and ${subjects.length - MAX_NOTES_ROWS} more (all are in ${cell(assetName)}) | | | | | |`]
      : [];
  return [
    '## Provenance',
    '',
    `Signed [SLSA](https://slsa.dev) provenance for this release is recorded in the transparency log ${mdText(e.logUrl)} ` +
      `and attached as ${code(assetName)} (a Sigstore bundle with the inclusion proof, verifiable offline). ` +
      `Signer key SHA-256: ${code(result.keyFingerprint)}.`,
    '',
    '| Artifact | sha256 | Log index | Entry UUID | Tree size | Root hash |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...more,
    '',
    `Verify: ${code(`provlog verify FILE --bundle ${assetName} --key signer.pub`)}`,
  ].join('\n');
}

/**
 * Uploads the bundle and writes the notes section. The immutable check runs before any write, so a refused
 * release is left exactly as it was.
 */
export async function attachToRelease(req: AttachRequest): Promise<AttachResult> {
  const repo = parseRepository(req.repository);
  const release = await findReleaseByTag(req.api, repo, req.tag);
  if (release.immutable && !release.draft) throw immutableReleaseError(release);
  req.reporter.info(
    `Attaching ${req.assetName} to ${release.draft ? 'draft ' : ''}release ${release.tagName} (id ${release.id})`,
  );
  const asset = await uploadReleaseAsset(req.api, repo, release, req.assetName, utf8(req.result.bundleJson));
  const updated = await updateReleaseNotes(req.api, repo, release, formatProvenanceSection(req.result, req.assetName));
  return { release: updated, asset, assetUrl: asset.browserDownloadUrl };
}
