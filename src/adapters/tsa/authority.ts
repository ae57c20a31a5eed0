/**
 * The timestamp authority's key material on disk (`provlog serve --tsa`), beside the log key in the data
 * directory: created on first start, reused after. DIR/tsa-root-key.pem and DIR/tsa-key.pem are the root's and
 * the leaf's ECDSA P-256 keys (mode 0600, never printed); DIR/tsa-chain.pem holds the leaf then the root
 * certificate (public, what `GET /api/v1/timestamp/certchain` serves). The chain also goes into
 * trusted_root.json `timestampAuthorities` so verifiers trust exactly this TSA.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTrustedRoot, parseTrustedRoot } from '../../core/bundle/trust.js';
import { fromBase64, toBase64 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { formatPem } from '../../core/keys/keys.js';
import { buildTsaCertificates } from '../../core/tsa/certificates.js';
import { DEFAULT_TSA_POLICY, type TimestampSigner } from '../../core/tsa/reply.js';
import { readOrCreateKey } from '../crypto/key-file.js';
import { signerFromPem } from '../crypto/node-signer.js';

export const TSA_ROOT_KEY_FILE = 'tsa-root-key.pem';
export const TSA_KEY_FILE = 'tsa-key.pem';
export const TSA_CHAIN_FILE = 'tsa-chain.pem';
/** The certificates' lifetime; the trusted root's validFor starts with them and stays open. */
const CERT_YEARS = 10;

export interface TimestampAuthority extends TimestampSigner {
  /** PEM certificates, leaf first: the certchain endpoint's body. */
  readonly chainPem: string;
  /** Unix seconds the TSA is valid from (its certificates' notBefore). */
  readonly validFrom: number;
}

/** Loads (or creates, on first start) the TSA's keys and certificates in `dataDir`. */
export function openTimestampAuthority(dataDir: string, organization: string): TimestampAuthority {
  const rootSigner = signerFromPem(readOrCreateKey(join(dataDir, TSA_ROOT_KEY_FILE)), 'TSA root key');
  const leafSigner = signerFromPem(readOrCreateKey(join(dataDir, TSA_KEY_FILE)), 'TSA key');
  const chainPath = join(dataDir, TSA_CHAIN_FILE);
  if (!existsSync(chainPath)) {
    const now = Date.now();
    const certs = buildTsaCertificates({
      rootSigner,
      leafSigner,
      organization,
      // A minute back, so a verifier whose clock lags a little still sees a valid certificate.
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + CERT_YEARS * 365 * 86_400_000),
      rootSerial: randomBytes(16),
      leafSerial: randomBytes(16),
    });
    const tmp = `${chainPath}.tmp`;
    writeFileSync(tmp, formatPem('CERTIFICATE', certs.leaf) + formatPem('CERTIFICATE', certs.root));
    renameSync(tmp, chainPath);
  }
  const chainPem = readFileSync(chainPath, 'utf8');
  const chain = parsePemCertificates(chainPem, chainPath);
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(chain[0] ?? new Uint8Array(0));
  } catch (cause) {
    throw new CodedError('INVALID_FIELD', `${chainPath}: the TSA leaf certificate does not parse`, { cause });
  }
  if (!leaf.publicKey.equals(leafSigner.publicKey.keyObject)) {
    throw new CodedError('INVALID_KEY', `${chainPath} does not certify ${join(dataDir, TSA_KEY_FILE)}`);
  }
  return {
    signer: leafSigner,
    chain,
    chainPem,
    policy: DEFAULT_TSA_POLICY,
    accuracySeconds: 1,
    validFrom: Math.floor(new Date(leaf.validFrom).getTime() / 1000),
  };
}

function parsePemCertificates(pem: string, path: string): Uint8Array[] {
  const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)];
  let chain: Uint8Array[];
  try {
    chain = blocks.map((m) => fromBase64((m[1] ?? '').replace(/\s+/g, '')));
  } catch (cause) {
    throw new CodedError('INVALID_FIELD', `${path}: a certificate is not valid base64`, { cause });
  }
  if (chain.length < 2) throw new CodedError('INVALID_FIELD', `${path} must hold the TSA leaf and root certificates`);
  return chain;
}

/**
 * Adds the TSA (its whole chain, validFor from its certificates' start) to trusted_root.json
 * `timestampAuthorities`, unless it is already there. The file is replaced atomically.
 */
export function trustTimestampAuthority(
  trustedRootPath: string,
  tsa: TimestampAuthority,
  args: { uri: string; organization: string },
): void {
  const text = readFileSync(trustedRootPath, 'utf8');
  const root = parseTrustedRoot(text);
  const leaf = toBase64(tsa.chain[0] ?? new Uint8Array(0));
  if (root.timestampAuthorities.some((a) => a.certChain[0] !== undefined && toBase64(a.certChain[0]) === leaf)) return;
  root.timestampAuthorities.push({
    subject: { organization: args.organization, commonName: `${args.organization} TSA` },
    uri: args.uri,
    certChain: [...tsa.chain],
    validFor: { start: tsa.validFrom },
  });
  const tmp = `${trustedRootPath}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(formatTrustedRoot(root), null, 2)}\n`);
  renameSync(tmp, trustedRootPath);
}
