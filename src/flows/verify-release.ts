/**
 * `provlog verify-release`'s inputs from a published GitHub release: its bundle assets (`*.sigstore.json`,
 * `*.intoto.jsonl`, ...) are the bundles, every other asset (or those matching `--asset` globs) is an artifact,
 * verified by the SHA-256 of its download. The verification itself is the verify flow's.
 */
import {
  type AssetDownloader,
  downloadAssetDigest,
  downloadAssetText,
  fetchPublishedRelease,
  isBundleAssetName,
} from '../adapters/github/release-assets.js';
import type { RepoRef } from '../adapters/github/releases.js';
import { CodedError } from '../core/errors.js';
import type { ArtifactInput } from './verify.js';
import type { BundleSource } from './verify-inputs.js';

export async function releaseVerifyInputs(
  downloader: AssetDownloader,
  ref: RepoRef & { tag: string },
  assetPatterns: readonly RegExp[],
): Promise<{ artifacts: ArtifactInput[]; bundles: BundleSource[] }> {
  const { assets } = await fetchPublishedRelease(downloader.api, ref, ref.tag);
  const targets = assets.filter(
    (a) => !isBundleAssetName(a.name) && (assetPatterns.length === 0 || assetPatterns.some((g) => g.test(a.name))),
  );
  if (targets.length === 0) {
    throw new CodedError(
      'NO_SUBJECTS',
      `release ${ref.tag} has no asset to verify${assetPatterns.length > 0 ? ' matching --asset' : ''}`,
    );
  }
  const bundles: BundleSource[] = [];
  for (const a of assets.filter((x) => isBundleAssetName(x.name))) {
    bundles.push({ kind: 'text', name: a.name, text: await downloadAssetText(downloader, ref, a) });
  }
  const artifacts: ArtifactInput[] = [];
  for (const a of targets) {
    artifacts.push({ kind: 'digest', name: a.name, digest: `sha256:${await downloadAssetDigest(downloader, ref, a)}` });
  }
  return { artifacts, bundles };
}
