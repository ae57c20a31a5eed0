/**
 * The times a bundle's signature is proven to have existed at, from which certificate validity is judged:
 * the integrated time of each log entry whose SET verified (the log signed that time), and each RFC 3161
 * timestamp from a trusted timestamp authority. An integrated time backed only by an inclusion proof is not
 * signed by anyone and does not count (sigstore-js does the same). No verified time at all is a failure: a
 * short-lived Fulcio certificate means nothing without one.
 */
import type { Bundle } from '../bundle/bundle.js';
import type { TlogInstance, TrustedRoot } from '../bundle/trust.js';
import { CodedError } from '../errors.js';
import { signatureBytes } from './signature.js';
import { requireSupport } from './support.js';
import type { verifyRfc3161Timestamp } from './timestamp.js';
import { verifyTlogEntry } from './tlog.js';

export interface VerifiedTlogFacts {
  readonly logIndex: number;
  readonly integratedTime: number;
  /** True when the integrated time is backed by a verified SET (then it is a verified time). */
  readonly integratedTimeVerified: boolean;
  readonly log: TlogInstance;
}

export interface VerifiedTime {
  readonly source: 'tlog' | 'rfc3161';
  /** Unix seconds. */
  readonly time: number;
}

/** Verifies every tlog entry (each must pass) and requires at least one. */
export function verifyTlogEntries(bundle: Bundle, trust: TrustedRoot, latest: number): VerifiedTlogFacts[] {
  const entries = bundle.verificationMaterial.tlogEntries;
  if (entries.length === 0) {
    throw new CodedError('TLOG_ENTRY_MISSING', 'the bundle has 0 transparency-log entries, 1 required');
  }
  return entries.map((entry) => {
    const verified = verifyTlogEntry(entry, { trustedRoot: trust, bundleVersion: bundle.version, now: latest });
    return {
      logIndex: verified.logIndex,
      integratedTime: verified.integratedTime,
      integratedTimeVerified: verified.checks.set,
      log: verified.log,
    };
  });
}

/** SET-backed integrated times plus verified RFC 3161 times; TIMESTAMP_INVALID when there is none. */
export function collectTimes(
  bundle: Bundle,
  tlog: readonly VerifiedTlogFacts[],
  trust: TrustedRoot,
  latest: number,
  rfc3161: typeof verifyRfc3161Timestamp | undefined,
): VerifiedTime[] {
  const times: VerifiedTime[] = tlog
    .filter((e) => e.integratedTimeVerified)
    .map((e) => ({ source: 'tlog', time: e.integratedTime }));
  const stamps = bundle.verificationMaterial.rfc3161Timestamps;
  if (stamps.length > 0) {
    const signature = signatureBytes(bundle.content);
    const verifyStamp = requireSupport(rfc3161, 'RFC 3161 timestamps');
    for (const der of stamps) {
      const stamp = verifyStamp(der, signature, trust.timestampAuthorities);
      if (stamp.time > latest) {
        throw new CodedError('TIMESTAMP_INVALID', `the RFC 3161 timestamp ${iso(stamp.time)} is in the future`);
      }
      times.push({ source: 'rfc3161', time: stamp.time });
    }
  }
  if (times.length === 0) {
    throw new CodedError(
      'TIMESTAMP_INVALID',
      'the bundle has no verified time (no log entry with a signed entry timestamp, no RFC 3161 timestamp)',
    );
  }
  return times;
}

/**
 * The earliest verified time: the one a time-based policy (max-age) and the output use. The artifact provably
 * existed then; a later proven time (another entry, an RFC 3161 stamp) cannot make an old attestation look new,
 * and an unproven integrated time is never among `times`. INTERNAL on an empty list (collectTimes never
 * returns one).
 */
export function earliestVerifiedTime(times: readonly VerifiedTime[]): VerifiedTime {
  const [first, ...rest] = times;
  if (first === undefined) throw new CodedError('INTERNAL', 'no verified time to choose from');
  return rest.reduce((a, b) => (b.time < a.time ? b : a), first);
}

/** The timestamp check's detail: each verified time, and each log entry whose time nothing proves. */
export function describeTimes(times: readonly VerifiedTime[], tlog: readonly VerifiedTlogFacts[]): string {
  const proven = times.map((t) => `${t.source} ${iso(t.time)}`);
  const unproven = tlog
    .filter((e) => !e.integratedTimeVerified)
    .map((e) => `entry #${e.logIndex} time ${iso(e.integratedTime)} unproven (no SET), not used`);
  return [...proven, ...unproven].join('; ');
}

export function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
