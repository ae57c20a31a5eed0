/**
 * The certificate authority's material in the data directory, created on the first start with `--ca`:
 * ca-root-key.pem, ca-intermediate-key.pem and ct-log-key.pem (ECDSA P-256, mode 0600, beside log-key.pem),
 * and the certificates ca-root.pem and ca-intermediate.pem. Later starts reuse them: verifiers already hold
 * the root in their trusted_root.json. Serial numbers are drawn here (core never draws randomness).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBase64 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { formatPem } from '../../core/keys/keys.js';
import type { Signer } from '../../core/keys/signer.js';
import { buildIntermediateCertificate, buildRootCertificate } from '../../core/x509/authority.js';
import { type DistinguishedName, serialFromRandom } from '../../core/x509/certificate.js';
import { readOrCreateKey } from '../crypto/key-file.js';
import { signerFromPem } from '../crypto/node-signer.js';

export const CA_ROOT_KEY_FILE = 'ca-root-key.pem';
export const CA_INTERMEDIATE_KEY_FILE = 'ca-intermediate-key.pem';
export const CT_LOG_KEY_FILE = 'ct-log-key.pem';
export const CA_ROOT_FILE = 'ca-root.pem';
export const CA_INTERMEDIATE_FILE = 'ca-intermediate.pem';

export const ROOT_NAME: DistinguishedName = { organization: 'provlog', commonName: 'provlog-root' };
export const INTERMEDIATE_NAME: DistinguishedName = { organization: 'provlog', commonName: 'provlog-intermediate' };
/** The CA certificates' lifetime; a new hierarchy means a new trusted root for verifiers. */
const CA_LIFETIME_MS = 10 * 365 * 24 * 3600 * 1000;

export interface CaMaterial {
  readonly rootDer: Uint8Array;
  readonly intermediateDer: Uint8Array;
  readonly intermediateSigner: Signer;
  readonly ctSigner: Signer;
}

/** A fresh random serial (RFC 5280: positive, at most 20 octets). */
export function randomSerial(): ArrayBuffer {
  return serialFromRandom(new Uint8Array(randomBytes(20)));
}

function readPemCertificate(path: string): Uint8Array {
  const match = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(
    readFileSync(path, 'utf8'),
  );
  if (match?.[1] === undefined) throw new CodedError('USAGE', `${path} is not a PEM certificate`);
  return fromBase64(match[1].replace(/\s+/g, ''), path);
}

export function readOrCreateCaMaterial(dataDir: string, nowMs: number): CaMaterial {
  const rootSigner = signerFromPem(readOrCreateKey(join(dataDir, CA_ROOT_KEY_FILE)), 'CA root key');
  const intermediateSigner = signerFromPem(
    readOrCreateKey(join(dataDir, CA_INTERMEDIATE_KEY_FILE)),
    'CA intermediate key',
  );
  const ctSigner = signerFromPem(readOrCreateKey(join(dataDir, CT_LOG_KEY_FILE)), 'CT log key');
  const rootPath = join(dataDir, CA_ROOT_FILE);
  const intermediatePath = join(dataDir, CA_INTERMEDIATE_FILE);
  if (!existsSync(rootPath) || !existsSync(intermediatePath)) {
    const window = { notBefore: nowMs, notAfter: nowMs + CA_LIFETIME_MS };
    const rootDer = buildRootCertificate({ ...window, serial: randomSerial(), subject: ROOT_NAME }, rootSigner);
    const intermediateDer = buildIntermediateCertificate(
      {
        ...window,
        serial: randomSerial(),
        subject: INTERMEDIATE_NAME,
        issuer: ROOT_NAME,
        intermediateKey: intermediateSigner.publicKey,
      },
      rootSigner,
    );
    writeFileSync(rootPath, formatPem('CERTIFICATE', rootDer));
    writeFileSync(intermediatePath, formatPem('CERTIFICATE', intermediateDer));
  }
  return {
    rootDer: readPemCertificate(rootPath),
    intermediateDer: readPemCertificate(intermediatePath),
    intermediateSigner,
    ctSigner,
  };
}
