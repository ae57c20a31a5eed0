/**
 * Puts the CA into the server's trusted_root.json: one `certificateAuthorities` entry (chain intermediate ->
 * root, validFor = the intermediate's validity) and one `ctlogs` entry (the CT log's key, logId = SHA-256 of
 * its SPKI, valid from the CT log's creation). Additive and idempotent: a root already holding them is left
 * as it is, and the log's `tlogs` are never touched. Written to a temporary file and renamed (never half a root).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { formatTrustedRoot, parseTrustedRoot } from '../../core/bundle/trust.js';
import { bytesEqual } from '../../core/bytes.js';
import { keyId, type PublicKey } from '../../core/keys/keys.js';
import { parseCertificate } from '../../core/verify/certificate.js';
import { INTERMEDIATE_NAME } from './ca-files.js';

export interface CaTrust {
  readonly baseUrl: string;
  readonly rootDer: Uint8Array;
  readonly intermediateDer: Uint8Array;
  readonly ctPublicKey: PublicKey;
  /** Unix seconds. */
  readonly ctStart: number;
}

export function addCaToTrustedRoot(path: string, trust: CaTrust): void {
  const root = parseTrustedRoot(readFileSync(path, 'utf8'));
  let changed = false;
  if (!root.certificateAuthorities.some((ca) => ca.certChain.some((der) => bytesEqual(der, trust.rootDer)))) {
    const intermediate = parseCertificate(trust.intermediateDer, 'CA intermediate certificate');
    root.certificateAuthorities.push({
      subject: { organization: INTERMEDIATE_NAME.organization, commonName: INTERMEDIATE_NAME.commonName },
      uri: trust.baseUrl,
      certChain: [trust.intermediateDer, trust.rootDer],
      validFor: { start: intermediate.notBefore, end: intermediate.notAfter },
    });
    changed = true;
  }
  const logId = keyId(trust.ctPublicKey);
  if (!root.ctlogs.some((log) => bytesEqual(log.logId, logId))) {
    root.ctlogs.push({
      baseUrl: trust.baseUrl,
      hashAlgorithm: 'SHA2_256',
      publicKey: trust.ctPublicKey,
      rawKey: trust.ctPublicKey.spki,
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      logId,
      validFor: { start: Math.floor(trust.ctStart) },
    });
    changed = true;
  }
  if (!changed) return;
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(formatTrustedRoot(root), null, 2)}\n`);
  renameSync(temporary, path);
}
