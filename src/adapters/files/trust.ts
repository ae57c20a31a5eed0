/**
 * Reading trust material from disk: Sigstore TrustedRoot files and PEM signing keys. The public-good
 * root is built in (src/core/bundle/public-good-root.ts) so nothing here ever fetches a key from a log.
 */

import { parseTrustedRoot, type TrustedRoot } from '../../core/bundle/trust.js';
import { inSource } from '../../core/errors.js';
import type { Signer } from '../../core/keys/signer.js';
import { signerFromPem } from '../crypto/node-signer.js';
import { readTextFile } from './read.js';

export const PUBLIC_GOOD_LOG_URL = 'https://rekor.sigstore.dev';

/** The largest trusted root read: the public-good one is ~10 KiB; 4 MiB leaves room for many logs and CAs. */
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

/**
 * A TrustedRoot file (JSON). Every error names the file and keeps its code (FILE_UNREADABLE, TOO_LARGE,
 * INVALID_JSON, TRUST_ROOT_MALFORMED with the field path). `read` lets the verify flow use its injected reader.
 */
export async function readTrustedRoot(
  path: string,
  read: (path: string) => Promise<string> = (p) => readTextFile(p, MAX_TRUSTED_ROOT_BYTES),
): Promise<TrustedRoot> {
  const text = await read(path);
  try {
    return parseTrustedRoot(text);
  } catch (error) {
    throw inSource(path, error);
  }
}

/** A PEM PKCS#8 signing key from a file; the error names the file, never its content. */
export async function readSigner(path: string): Promise<Signer> {
  return signerFromPem(await readTextFile(path, 64 * 1024), `signing key ${path}`);
}
