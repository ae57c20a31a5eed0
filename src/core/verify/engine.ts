/**
 * The bundle verification engine. Its heavyweight parts (X.509 / SCT / identity with the ASN.1 libraries, RFC 3161
 * timestamps, prehashed digest signatures with noble) come in through `VerifierSupport` (support.ts), so a caller
 * that verifies key-signed DSSE bundles never loads them: the CLI and the actions load support-full.ts only when a
 * bundle needs it (~100 ms of start-up). verifier.ts is the same engine with everything loaded.
 *
 * Bundle verification end to end, pure: bundle JSON + artifact digest + trusted root + options (trusted keys,
 * expected identity, the current time) -> a VerifiedResult listing every check, or a CodedError naming the
 * check that failed (`details.check`, and `details.checks` with what passed before it).
 *
 * Order (cheap and structural first; each step only uses facts the previous ones verified):
 *   bundle      decode strictly (v0.1–v0.3)
 *   tlog        every entry: log known and valid at the integrated time, SET, inclusion proof, checkpoint
 *   timestamp   verified times: SET-backed integrated times and RFC 3161 timestamps (none -> fail)
 *   artifact    the artifact's digest is a statement subject (DSSE) / the signed message digest
 *   key | certificate, sct, identity
 *               key bundles: a caller-trusted key verifies the signature; keyless: the leaf chains to a
 *               trusted CA and is valid at every verified time, carries a valid SCT, and names the expected
 *               SAN and OIDC issuer
 *   signature   DSSE or message signature by the key (trusted key or the certificate's)
 *   tlog-body   each entry's body records this signature, this key/certificate and this content
 */
import type { Bundle } from '../bundle/bundle.js';
import { parseBundle } from '../bundle/codec.js';
import type { TrustedRoot } from '../bundle/trust.js';
import { CodedError, isCodedError, toCodedError } from '../errors.js';
import type { Statement } from '../intoto/statement.js';
import { fingerprint, type PublicKey, publicKeyFromKeyObject } from '../keys/keys.js';
import type { CertificateIdentity, FulcioExtensions, IdentityPolicy } from './identity.js';
import {
  type ArtifactDigest,
  verifyArtifactMatches,
  verifyContentSignature,
  verifyWithTrustedKeys,
} from './signature.js';
import { requireSupport, type VerifierSupport } from './support.js';
import {
  collectTimes,
  describeTimes,
  earliestVerifiedTime,
  iso,
  type VerifiedTime,
  type VerifiedTlogFacts,
  verifyTlogEntries,
} from './times.js';
import { verifyTlogBody } from './tlog.js';

export type { ArtifactDigest } from './signature.js';
export type { VerifiedTime, VerifiedTlogFacts } from './times.js';

export type CheckName =
  | 'bundle'
  | 'tlog'
  | 'timestamp'
  | 'key'
  | 'certificate'
  | 'sct'
  | 'identity'
  | 'artifact'
  | 'signature'
  | 'tlog-body';

export interface Check {
  readonly name: CheckName;
  readonly ok: boolean;
  readonly detail: string;
}

export interface VerifyOptions {
  /** Trusted public keys for key-signed bundles (`--key`). */
  readonly keys?: readonly PublicKey[];
  /**
   * Required for keyless bundles: the expected SAN and OIDC issuer (exact, or a whole-value RegExp). A list
   * accepts a certificate that satisfies any one of them.
   */
  readonly identity?: IdentityPolicy | readonly IdentityPolicy[];
  /** Unix seconds: verified times later than this (plus CLOCK_SKEW_SECONDS) are rejected. */
  readonly now: number;
}

/** Tolerated clock skew for "time is not in the future". */
const CLOCK_SKEW_SECONDS = 60;

export type VerifiedSigner =
  | { readonly kind: 'key'; readonly fingerprint: string }
  | {
      readonly kind: 'certificate';
      readonly san: string;
      readonly sanType: CertificateIdentity['sanType'];
      readonly issuer: string;
      readonly extensions: FulcioExtensions;
    };

export interface VerifiedResult {
  readonly checks: readonly Check[];
  readonly statement?: Statement;
  readonly signer: VerifiedSigner;
  /** Every entry; an `integratedTime` is a verified time only where `integratedTimeVerified` says so. */
  readonly tlog: readonly VerifiedTlogFacts[];
  /** Every verified time: SET-backed integrated times and RFC 3161 timestamps (never empty). */
  readonly timestamps: readonly VerifiedTime[];
  /** The earliest of `timestamps`: the time to show and to measure an age from (times.ts says why). */
  readonly verifiedTime: VerifiedTime;
}

/** Runs each step, recording it; a failure rethrows as a CodedError carrying the check name and history. */
class CheckLog {
  readonly checks: Check[] = [];
  run<T>(name: CheckName, step: () => T, detail: (value: T) => string): T {
    let value: T;
    try {
      value = step();
    } catch (error) {
      const coded = toCodedError(error);
      const failed: Check = { name, ok: false, detail: coded.message };
      throw new CodedError(coded.code, `${name}: ${coded.message}`, {
        cause: error,
        details: { ...coded.details, check: name, checks: [...this.checks, failed] },
      });
    }
    this.checks.push({ name, ok: true, detail: detail(value) });
    return value;
  }
}

/** Decodes `bundleJson` (JSON text or parsed JSON) and verifies it; see the module comment for the steps. */
export function verifyBundleWith(
  support: VerifierSupport,
  bundleJson: unknown,
  artifact: ArtifactDigest,
  trust: TrustedRoot,
  options: VerifyOptions,
): VerifiedResult {
  const log = new CheckLog();
  const bundle = log.run(
    'bundle',
    () => parseBundle(bundleJson),
    (b) => `Sigstore bundle v${b.version}`,
  );
  return verifyDecodedBundle(support, bundle, artifact, trust, options, log);
}

/** Same as verifyBundleWith for an already decoded bundle (callers that verify one bundle for many files). */
export function verifyParsedBundleWith(
  support: VerifierSupport,
  bundle: Bundle,
  artifact: ArtifactDigest,
  trust: TrustedRoot,
  options: VerifyOptions,
): VerifiedResult {
  return verifyDecodedBundle(support, bundle, artifact, trust, options, new CheckLog());
}

function verifyDecodedBundle(
  support: VerifierSupport,
  bundle: Bundle,
  artifact: ArtifactDigest,
  trust: TrustedRoot,
  options: VerifyOptions,
  log: CheckLog,
): VerifiedResult {
  const latest = options.now + CLOCK_SKEW_SECONDS;
  const { content } = bundle;
  const material = bundle.verificationMaterial;

  const tlog = log.run(
    'tlog',
    () => verifyTlogEntries(bundle, trust, latest),
    (entries) => entries.map((e) => `${e.log.baseUrl} #${e.logIndex} at ${iso(e.integratedTime)}`).join('; '),
  );

  const timestamps = log.run(
    'timestamp',
    () => collectTimes(bundle, tlog, trust, latest, support.rfc3161),
    (times) => describeTimes(times, tlog),
  );
  const times = timestamps.map((t) => t.time);

  const { statement } = log.run(
    'artifact',
    () => verifyArtifactMatches(content, artifact),
    () =>
      `${artifact.algorithm}:${artifact.hex} is ${content.kind === 'dsseEnvelope' ? 'a subject of the statement' : 'the signed digest'}`,
  );

  let signer: VerifiedSigner;
  let signingKey: PublicKey | undefined;
  let leafDer: Uint8Array | undefined;
  if (material.content.kind === 'publicKey') {
    const { hint } = material.content;
    signingKey = log.run(
      'key',
      () => verifyWithTrustedKeys(content, hint, options.keys ?? [], artifact, support.digestSignature),
      (key) => `signed by trusted key ${fingerprint(key)}`,
    );
    signer = { kind: 'key', fingerprint: fingerprint(signingKey) };
  } else {
    const certs =
      material.content.kind === 'certificate' ? [material.content.certificate] : material.content.certificates;
    const [leaf, ...rest] = certs;
    const keyless = requireSupport(support.keyless, 'keyless (certificate) bundles');
    const chain = log.run(
      'certificate',
      () => {
        if (leaf === undefined) throw new CodedError('CERT_CHAIN_INVALID', 'the bundle carries no signing certificate');
        return keyless.verifyCertificateChain(leaf, rest, trust.certificateAuthorities, times);
      },
      (c) => `chains to ${c.authority.uri ?? 'a trusted CA'}; valid at every verified time`,
    );
    leafDer = chain.leaf.der;
    log.run(
      'sct',
      () => keyless.verifyEmbeddedScts(chain.leaf, chain.issuer, trust.ctlogs),
      (scts) => `${scts.length} valid SCT(s) from ${scts.map((s) => s.log.baseUrl ?? 'a CT log').join(', ')}`,
    );
    const identity = log.run(
      'identity',
      () => {
        const found = keyless.extractIdentity(chain.leaf.asn);
        const policies = options.identity === undefined ? [] : [options.identity].flat();
        if (policies.length === 0) {
          throw new CodedError(
            'IDENTITY_MISMATCH',
            `no expected identity given; the certificate names "${found.san}" from issuer "${found.issuer}" ` +
              '(pass --cert-identity and --cert-oidc-issuer)',
          );
        }
        // The first policy the certificate satisfies accepts it; when none does, the last mismatch is reported.
        let mismatch: unknown;
        for (const policy of policies) {
          try {
            keyless.verifyIdentity(found, policy);
            return found;
          } catch (error) {
            if (!isCodedError(error, 'IDENTITY_MISMATCH')) throw error;
            mismatch = error;
          }
        }
        throw mismatch;
      },
      (id) => `${id.san} (issuer ${id.issuer})`,
    );
    signingKey = publicKeyFromKeyObject(chain.leaf.publicKey); // loaded once, with the certificate
    signer = {
      kind: 'certificate',
      san: identity.san,
      sanType: identity.sanType,
      issuer: identity.issuer,
      extensions: identity.extensions,
    };
  }

  const key = signingKey;
  const what = content.kind === 'dsseEnvelope' ? 'DSSE signature' : 'message signature';
  log.run(
    'signature',
    // A trusted key was only chosen because the signature verified with it: no need to verify twice.
    () => (signer.kind === 'key' ? undefined : verifyContentSignature(content, key, artifact, support.digestSignature)),
    () => `${what} verifies with the ${signer.kind === 'key' ? 'trusted key' : "certificate's key"}`,
  );

  log.run(
    'tlog-body',
    () => {
      for (const entry of material.tlogEntries) {
        verifyTlogBody(entry, { content, key, certificate: leafDer });
      }
    },
    () => 'every log entry records this signature, key and content',
  );

  return {
    checks: log.checks,
    ...(statement === undefined ? {} : { statement }),
    signer,
    tlog,
    timestamps,
    verifiedTime: earliestVerifiedTime(timestamps),
  };
}
