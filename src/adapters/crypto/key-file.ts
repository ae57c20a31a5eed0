/** Private key files of a server's data directory: created once with mode 0600, refused when others can read them. */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { CodedError } from '../../core/errors.js';
import { generatePrivateKeyPem } from './node-signer.js';

/** An ECDSA P-256 key as PEM PKCS#8, created at `path` on first use; never printed. */
export function readOrCreateKey(path: string): string {
  if (!existsSync(path)) {
    writeFileSync(path, generatePrivateKeyPem('ecdsa-p256'), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const mode = statSync(path).mode & 0o077;
  if (mode !== 0 && process.platform !== 'win32') {
    throw new CodedError(
      'USAGE',
      `${path} is readable by other users (mode ${(mode | 0o600).toString(8)}); run chmod 600 on it`,
    );
  }
  return readFileSync(path, 'utf8');
}
