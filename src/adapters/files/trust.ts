/**
 * Reading trust material from disk: Sigstore TrustedRoot files and PEM signing keys. The public-good
 * root is built in (src/core/bundle/public-good-root.ts) so nothing here ever fetches a key from a log.
 */

import { parseTrustedRoot, type TrustedRoot } from '../../core/bundle/trust.js';
import { parseJson } from '../../core/json/decode.js';
import type { Signer } from '../../core/keys/signer.js';
import { signerFromPem } from '../crypto/node-signer.js';
import { readTextFile } from './read.js';

export const PUBLIC_GOOD_LOG_URL = 'https://rekor.sigstore.dev';

/** A TrustedRoot file (JSON); TRUST_ROOT_MALFORMED / FILE_UNREADABLE name the file. */
export async function readTrustedRoot(path: string): Promise<TrustedRoot> {
  return parseTrustedRoot(parseJson(await readTextFile(path, 4 * 1024 * 1024), `trusted root ${path}`));
}

/** A PEM PKCS#8 signing key from a file; the error names the file, never its content. */
export async function readSigner(path: string): Promise<Signer> {
  return signerFromPem(await readTextFile(path, 64 * 1024), `signing key ${path}`);
}
