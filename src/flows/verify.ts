/**
 * The verify pipeline shared by `provlog verify`, `provlog verify-release` and the policy check: artifacts
 * (files or sha256 digests) + bundles + trust root + trusted keys / identities + provenance requirements ->
 * one result per artifact, each with the named checks of core/verify/verifier.ts plus one check per provenance
 * requirement. Its I/O is reading bundle files and hashing artifact files; time is a parameter.
 *
 * Bundle selection: a bundle is tried for an artifact when its statement lists the artifact's digest (or its
 * message signature signs it); when none does, every bundle is tried so the failure names the check that
 * decided (`artifact`). The first bundle that verifies wins. Several files against one multi-subject bundle
 * verify in one call: the bundle is decoded once.
 */
import { hashFiles } from '../adapters/files/hash.js';
import { type Bundle, hashAlgorithmOf } from '../core/bundle/bundle.js';
import type { TrustedRoot } from '../core/bundle/trust.js';
import { toHex } from '../core/bytes.js';
import { CodedError, type ErrorCode, toCodedError } from '../core/errors.js';
import { parseStatement } from '../core/intoto/statement.js';
import type { PublicKey } from '../core/keys/keys.js';
import { parseRekorOrigin, parseSignedCheckpoint } from '../core/note/checkpoint.js';
import type { Requirements } from '../core/policy/schema.js';
import { entryId, entryUuid } from '../core/rekor/entry.js';
import { type VerifiedResult, verifyParsedBundleWith } from '../core/verify/engine.js';
import type { IdentityPolicy } from '../core/verify/identity.js';
import { supportNeeded, type VerifierSupport } from '../core/verify/support.js';
import type { VerifiedTime } from '../core/verify/times.js';
import { describeFactsSource, type ProvenanceSummary, requirementChecks, trustedProvenance } from './verify-facts.js';
import {
  type BundleSource,
  type DigestAlgorithm,
  type LoadedBundle,
  loadBundles,
  parseDigestArgument,
} from './verify-inputs.js';

export type ArtifactInput = { kind: 'file'; path: string } | { kind: 'digest'; digest: string; name?: string };

export interface VerifyRequest {
  artifacts: readonly ArtifactInput[];
  bundles: readonly BundleSource[];
  trustedRoot: TrustedRoot;
  keys?: readonly PublicKey[];
  /** Accepted keyless signers; a certificate matching any one of them passes. */
  identities?: readonly IdentityPolicy[];
  requirements?: Requirements;
  /** Unix seconds. */
  now: number;
}

export interface ResultCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface LogEntrySummary {
  logIndex: number;
  /** 80-hex Rekor entry UUID (tree ID + leaf hash) when the tree is known, else the 64-hex leaf hash. */
  uuid: string;
  integratedTime: number;
  /**
   * True when a verified SET signs `integratedTime`; false when only an inclusion proof backs the entry, so
   * its time is whatever the bundle says (unproven, never used for max-age or shown as the signing time).
   */
  integratedTimeVerified: boolean;
  logUrl: string;
  /** The signed checkpoint the bundle carried (for --check-log). */
  checkpoint?: string;
  /** The entry's canonical body, verified (for --check-log on an entry without a checkpoint; not printed). */
  canonicalizedBody: Uint8Array;
}

export type SignerSummary = { kind: 'key'; fingerprint: string } | { kind: 'certificate'; san: string; issuer: string };

export interface ArtifactResult {
  /** The file path, or the digest's name, or `sha256:<hex>`. */
  artifact: string;
  /** `sha256:<hex>` */
  digest: string;
  verified: boolean;
  /** Name of the bundle that verified (or that was tried last). */
  bundle?: string;
  checks: ResultCheck[];
  signer?: SignerSummary;
  provenance?: ProvenanceSummary;
  /**
   * The earliest time the bundle PROVES (a SET-backed integrated time or an RFC 3161 timestamp): the time shown
   * and the one max-age is measured from. Earliest, because the artifact provably existed then; a later proven
   * time cannot make an old attestation look fresh.
   */
  verifiedTime?: VerifiedTime;
  logEntry?: LogEntrySummary;
  error?: { code: ErrorCode; message: string };
  /** The full core result for programmatic callers (not serialised by the CLI). */
  result?: VerifiedResult;
}

export interface VerifyReport {
  verified: boolean;
  results: ArtifactResult[];
}

interface NamedDigest {
  artifact: string;
  algorithm: DigestAlgorithm;
  hex: string;
}

async function resolveDigests(artifacts: readonly ArtifactInput[]): Promise<NamedDigest[]> {
  if (artifacts.length === 0) throw new CodedError('USAGE', 'nothing to verify: give FILE... or --digest sha256:HEX');
  const paths = artifacts.flatMap((a) => (a.kind === 'file' ? [a.path] : []));
  const hashed = paths.length === 0 ? [] : await hashFiles(paths);
  let next = 0;
  return artifacts.map((a) => {
    if (a.kind === 'digest') {
      const { algorithm, hex } = parseDigestArgument(a.digest);
      return { artifact: a.name ?? `${algorithm}:${hex}`, algorithm, hex };
    }
    const hex = hashed[next++];
    if (hex === undefined) throw new CodedError('INTERNAL', `no digest computed for ${a.path}`);
    return { artifact: a.path, algorithm: 'sha256', hex };
  });
}

/**
 * Digests a bundle claims to cover, read WITHOUT verification and used only to pick which bundle to verify
 * (verification then decides). Unreadable payloads claim nothing.
 */
export function claimedDigests(bundle: Bundle): Set<string> {
  const content = bundle.content;
  if (content.kind === 'messageSignature') {
    const algorithm = hashAlgorithmOf(content.digest.algorithm);
    return new Set(algorithm === undefined ? [] : [`${algorithm}:${toHex(content.digest.digest)}`]);
  }
  try {
    const statement = parseStatement(content.envelope.payload);
    return new Set(statement.subject.flatMap((s) => Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`)));
  } catch {
    return new Set();
  }
}

export async function verifyArtifacts(request: VerifyRequest): Promise<VerifyReport> {
  const bundles = await loadBundles(request.bundles);
  const digests = await resolveDigests(request.artifacts);
  const claims = bundles.map((b) => claimedDigests(b.bundle));
  const support = await loadVerifierSupport(bundles.map((b) => b.bundle));
  const results = digests.map((d) => {
    const matching = bundles.filter((_, i) => claims[i]?.has(`${d.algorithm}:${d.hex}`));
    return verifyOne(d, matching.length > 0 ? matching : bundles, request, support);
  });
  return { verified: results.every((r) => r.verified), results };
}

/**
 * The verifier's heavyweight parts (ASN.1 for certificates and RFC 3161, noble for message signatures) are
 * loaded only when some bundle needs them: key-signed DSSE bundles, what `provlog attest` makes, verify ~100 ms
 * sooner without them (core/verify/support.ts).
 */
export async function loadVerifierSupport(bundles: readonly Bundle[]): Promise<VerifierSupport> {
  const needed = bundles.some((bundle) => Object.values(supportNeeded(bundle)).some(Boolean));
  return needed ? (await import('../core/verify/support-full.js')).FULL_SUPPORT : {};
}

function verifyOne(
  digest: NamedDigest,
  candidates: readonly LoadedBundle[],
  request: VerifyRequest,
  support: VerifierSupport,
): ArtifactResult {
  const base = { artifact: digest.artifact, digest: `${digest.algorithm}:${digest.hex}` };
  let failure: ArtifactResult | undefined;
  for (const candidate of candidates) {
    const outcome = verifyCandidate(candidate, digest, request, support);
    if (outcome.verified) return { ...base, ...outcome };
    failure ??= { ...base, ...outcome };
  }
  return (
    failure ?? {
      ...base,
      verified: false,
      checks: [{ name: 'bundle', ok: false, detail: 'no bundle to verify against' }],
      error: { code: 'ARTIFACT_DIGEST_MISMATCH', message: 'no provenance bundle was found for this artifact' },
    }
  );
}

type Outcome = Omit<ArtifactResult, 'artifact' | 'digest'>;

/** One bundle for one artifact; a certificate may match any of the accepted identities (the engine tries each). */
function verifyCandidate(
  loaded: LoadedBundle,
  digest: NamedDigest,
  request: VerifyRequest,
  support: VerifierSupport,
): Outcome {
  const identities = request.identities ?? [];
  const bundleCheck: ResultCheck = {
    name: 'bundle',
    ok: true,
    detail: `Sigstore bundle v${loaded.bundle.version} (${loaded.name})`,
  };
  let result: VerifiedResult;
  try {
    const artifact = { algorithm: digest.algorithm, hex: digest.hex };
    result = verifyParsedBundleWith(support, loaded.bundle, artifact, request.trustedRoot, {
      ...(request.keys === undefined ? {} : { keys: request.keys }),
      ...(identities.length === 0 ? {} : { identity: identities }),
      now: request.now,
    });
  } catch (error) {
    const coded = toCodedError(error);
    const checks = isCheckList(coded.details?.checks) ? coded.details.checks : [];
    return {
      verified: false,
      bundle: loaded.name,
      checks: [bundleCheck, ...checks],
      error: { code: coded.code, message: coded.message },
    };
  }
  let provenance: ProvenanceSummary | undefined;
  try {
    provenance = trustedProvenance(result.statement, result.signer);
  } catch (error) {
    const coded = toCodedError(error);
    return {
      verified: false,
      bundle: loaded.name,
      checks: [
        bundleCheck,
        ...result.checks.map((c) => ({ ...c })),
        { name: 'provenance', ok: false, detail: coded.message },
      ],
      signer: signerSummary(result),
      error: { code: coded.code, message: coded.message },
    };
  }
  const { verifiedTime } = result;
  const policyChecks = requirementChecks(provenance, request.requirements ?? {}, {
    verifiedTime: verifiedTime.time,
    now: request.now,
  });
  const failed = policyChecks.find((c) => !c.ok);
  const logEntry = summarizeLogEntry(loaded.bundle, result);
  const factsCheck: ResultCheck[] =
    provenance === undefined ? [] : [{ name: 'provenance', ok: true, detail: describeFactsSource(provenance) }];
  return {
    verified: failed === undefined,
    bundle: loaded.name,
    checks: [bundleCheck, ...result.checks.map((c) => ({ ...c })), ...factsCheck, ...policyChecks],
    signer: signerSummary(result),
    ...(provenance === undefined ? {} : { provenance }),
    verifiedTime,
    ...(logEntry === undefined ? {} : { logEntry }),
    ...(failed === undefined
      ? {}
      : { error: { code: 'POLICY_VIOLATION', message: `${failed.name}: ${failed.detail}` } }),
    result,
  };
}

function signerSummary(result: VerifiedResult): SignerSummary {
  return result.signer.kind === 'key'
    ? { kind: 'key', fingerprint: result.signer.fingerprint }
    : { kind: 'certificate', san: result.signer.san, issuer: result.signer.issuer };
}

function isCheckList(value: unknown): value is ResultCheck[] {
  return (
    Array.isArray(value) &&
    value.every((c) => typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.ok === 'boolean')
  );
}

/**
 * The log entry to show and to check online: the first whose time a SET proves, else the first (an entry
 * prepended without a SET cannot push the signed one out of the summary).
 */
function summarizeLogEntry(bundle: Bundle, result: VerifiedResult): LogEntrySummary | undefined {
  // result.tlog lists the bundle's entries in order; copies of one entry share a log index, so go by position.
  const found = result.tlog.findIndex((e) => e.integratedTimeVerified);
  const position = found === -1 ? 0 : found;
  const facts = result.tlog[position];
  const entry = bundle.verificationMaterial.tlogEntries[position];
  if (facts === undefined || entry === undefined) return undefined;
  const checkpoint = entry.inclusionProof?.checkpoint;
  let treeId: string | undefined;
  if (checkpoint !== undefined) {
    try {
      treeId = parseRekorOrigin(parseSignedCheckpoint(checkpoint).checkpoint.origin)?.treeId;
    } catch {
      treeId = undefined; // verified already; a parse problem here only loses the tree ID
    }
  }
  return {
    logIndex: facts.logIndex,
    uuid: treeId === undefined ? entryUuid(entry.canonicalizedBody) : entryId(treeId, entry.canonicalizedBody),
    integratedTime: facts.integratedTime,
    integratedTimeVerified: facts.integratedTimeVerified,
    logUrl: facts.log.baseUrl,
    canonicalizedBody: entry.canonicalizedBody,
    ...(checkpoint === undefined ? {} : { checkpoint }),
  };
}

/** The exit code of a report: 0 verified, else the worst class among its failures (cli/exit-codes.ts). */
export function failureCodes(report: VerifyReport): ErrorCode[] {
  return report.results.flatMap((r) => (r.verified || r.error === undefined ? [] : [r.error.code]));
}
