/**
 * Bundle verification with every part loaded: the engine (engine.ts, where the steps are described) with
 * FULL_SUPPORT. The library entry for callers that do not care about start-up time; the CLI and the actions use
 * the engine and load support-full.ts only when a bundle needs it.
 */
import type { Bundle } from '../bundle/bundle.js';
import type { TrustedRoot } from '../bundle/trust.js';
import { type VerifiedResult, type VerifyOptions, verifyBundleWith, verifyParsedBundleWith } from './engine.js';
import type { ArtifactDigest } from './signature.js';
import { FULL_SUPPORT } from './support-full.js';

export type {
  ArtifactDigest,
  Check,
  CheckName,
  VerifiedResult,
  VerifiedSigner,
  VerifiedTime,
  VerifiedTlogFacts,
  VerifyOptions,
} from './engine.js';

/** Decodes `bundleJson` (JSON text or parsed JSON) and verifies it; see engine.ts for the steps. */
export function verifyBundle(
  bundleJson: unknown,
  artifact: ArtifactDigest,
  trust: TrustedRoot,
  options: VerifyOptions,
): VerifiedResult {
  return verifyBundleWith(FULL_SUPPORT, bundleJson, artifact, trust, options);
}

/** Same as verifyBundle for an already decoded bundle (callers that verify one bundle for many files). */
export function verifyParsedBundle(
  bundle: Bundle,
  artifact: ArtifactDigest,
  trust: TrustedRoot,
  options: VerifyOptions,
): VerifiedResult {
  return verifyParsedBundleWith(FULL_SUPPORT, bundle, artifact, trust, options);
}
