/**
 * Loading what `verify` needs — bundles (JSON or JSONL), the trust root, trusted keys, a policy file — into
 * decoded values. Every error names the file it came from and keeps the code of
 * the decoder that failed (BUNDLE_MALFORMED with the field path, INVALID_JSON, TRUST_ROOT_MALFORMED,
 * INVALID_KEY, POLICY_MALFORMED, FILE_UNREADABLE), so the CLI prints one actionable line and exits 2.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { readTextFile } from '../adapters/files/read.js';
import { readTrustedRoot } from '../adapters/files/trust.js';
import type { Bundle } from '../core/bundle/bundle.js';
import { parseBundle } from '../core/bundle/codec.js';
import { publicGoodTrustedRoot } from '../core/bundle/public-good-root.js';
import { buildTrustedRootForLog, parseTrustedRoot, type TrustedRoot } from '../core/bundle/trust.js';
import { CodedError, inSource, isCodedError } from '../core/errors.js';
import { DIGEST_BYTES, type HashAlgorithm, type PublicKey, parsePublicKeyPem } from '../core/keys/keys.js';
import type { Policy, Requirements } from '../core/policy/schema.js';
import type { IdentityPolicy } from '../core/verify/identity.js';

export type BundleSource =
  | { kind: 'file'; path: string /** shown instead of the path */; name?: string }
  | { kind: 'text'; name: string; text: string }
  /** Already decoded (the policy check reads each bundle file once and reuses its bundles per subject). */
  | { kind: 'parsed'; name: string; bundle: Bundle };

export interface LoadedBundle {
  /** Where it came from: the path, `path:LINE` for JSONL, or the caller's name. */
  name: string;
  bundle: Bundle;
}

/**
 * A bundle file is one JSON bundle, or JSON Lines with one bundle per line (`*.intoto.jsonl`, as attest
 * actions append one bundle per build). Text that parses as a whole is one bundle; otherwise, if it has more
 * than one non-empty line, each line is a bundle.
 */
export function parseBundleText(name: string, text: string): LoadedBundle[] {
  let lines: string[];
  try {
    return [{ name, bundle: parseBundle(text) }];
  } catch (error) {
    lines = text.split('\n').filter((l) => l.trim() !== '');
    if (!(isCodedError(error, 'INVALID_JSON') && lines.length > 1)) throw inSource(name, error);
  }
  return lines.map((line, i) => {
    const lineName = `${name}:${i + 1}`;
    try {
      return { name: lineName, bundle: parseBundle(line) };
    } catch (error) {
      throw inSource(lineName, error);
    }
  });
}

export async function loadBundles(sources: readonly BundleSource[]): Promise<LoadedBundle[]> {
  const out: LoadedBundle[] = [];
  for (const source of sources) {
    if (source.kind === 'text') out.push(...parseBundleText(source.name, source.text));
    else if (source.kind === 'parsed') out.push({ name: source.name, bundle: source.bundle });
    else out.push(...parseBundleText(source.name ?? source.path, await readTextFile(source.path)));
  }
  return out;
}

export async function loadTrustedRoot(path: string): Promise<TrustedRoot> {
  return readTrustedRoot(path, (p) => readTextFile(p));
}

/** One root trusting everything the given roots trust (policy files may list several logs). */
export function mergeTrustedRoots(roots: readonly TrustedRoot[]): TrustedRoot {
  const [first] = roots;
  if (first === undefined) return publicGoodTrustedRoot();
  if (roots.length === 1) return first;
  return {
    mediaType: first.mediaType,
    tlogs: roots.flatMap((r) => r.tlogs),
    certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
    ctlogs: roots.flatMap((r) => r.ctlogs),
    timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
  };
}

/** A PEM public key given inline (starts with -----BEGIN) or as a path relative to `baseDir`. */
export async function loadPublicKey(ref: string, baseDir?: string): Promise<PublicKey> {
  if (ref.includes('-----BEGIN')) return parsePublicKeyPem(ref, 'inline public key');
  const path = baseDir === undefined || isAbsolute(ref) ? ref : resolve(baseDir, ref);
  const text = await readTextFile(path);
  return parsePublicKeyPem(text, path);
}

/** What a policy file contributes to a verification (paths in it are relative to the file). */
export interface PolicyInputs {
  trustedRoots: TrustedRoot[];
  keys: PublicKey[];
  identities: IdentityPolicy[];
  requirements: Requirements;
  /** As written in the policy (the policy check picks the log to search from them). */
  logs: Policy['logs'];
  exceptions: Policy['exceptions'];
}

/** `source` names the file in errors (the policy check shows workspace-relative paths). */
export async function loadPolicy(path: string, source = path): Promise<PolicyInputs> {
  // Loaded here, not at start-up: the YAML parser costs ~20-35 ms, and most verifications have no policy file.
  const { parsePolicy } = await import('../core/policy/schema.js');
  const policy = parsePolicy(await readTextFile(path), source);
  const baseDir = dirname(path);
  const trustedRoots: TrustedRoot[] = [];
  for (const log of policy.logs) {
    if (log.kind === 'trusted-root') {
      trustedRoots.push(await loadTrustedRoot(isAbsolute(log.path) ? log.path : resolve(baseDir, log.path)));
    } else {
      // A log named by URL + key: the policy author vouches for the key for all time (start 0).
      const publicKey = await loadPublicKey(log.publicKey, baseDir);
      trustedRoots.push(parseTrustedRoot(buildTrustedRootForLog({ baseUrl: log.url, publicKey, start: 0 })));
    }
  }
  const keys: PublicKey[] = [];
  const identities: IdentityPolicy[] = [];
  for (const signer of policy.signers) {
    if (signer.kind === 'key') keys.push(await loadPublicKey(signer.key, baseDir));
    else {
      identities.push({
        san: signer.subjectRegex === undefined ? (signer.subject ?? '') : new RegExp(signer.subjectRegex),
        issuer: signer.issuer,
      });
    }
  }
  return {
    trustedRoots,
    keys,
    identities,
    requirements: policy.require,
    logs: policy.logs,
    exceptions: policy.exceptions,
  };
}

export type DigestAlgorithm = HashAlgorithm;

/**
 * `sha256:<hex>` (also sha384/sha512, which some in-toto subjects carry only) -> algorithm + lowercase hex;
 * USAGE otherwise.
 */
export function parseDigestArgument(text: string): { algorithm: DigestAlgorithm; hex: string } {
  const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
  const algorithm = m?.[1] as DigestAlgorithm | undefined;
  const hex = m?.[2]?.toLowerCase();
  if (algorithm === undefined || hex === undefined || hex.length !== 2 * DIGEST_BYTES[algorithm]) {
    throw new CodedError('USAGE', `digest "${text}" is not sha256:<64 hex> (or sha384:/sha512:)`);
  }
  return { algorithm, hex };
}

/** Flags/policy requirements combined: a flag replaces the policy's value for the same field. */
export function mergeRequirements(base: Requirements, override: Requirements): Requirements {
  return { ...base, ...override };
}
