/**
 * Wiring of `provlog serve --ca` inside the log server: CA material and the CT log (its own SQLite file,
 * ct.sqlite, beside log.sqlite) from the data directory, the CA in trusted_root.json, the Fulcio and CT routes.
 */

import { CodedError } from '../../core/errors.js';
import { CtLog } from '../../log/ct-log.js';
import { registerCt } from '../http/ct.js';
import { registerFulcio } from '../http/fulcio.js';
import type { Router } from '../http/router.js';
import { checkIssuerUrl, IssuerKeys, type IssuerKeysOptions } from '../oidc/issuer-keys.js';
import { openSqliteStorage } from '../storage/sqlite.js';
import { readOrCreateCaMaterial } from './ca-files.js';
import { CertificateAuthority, DEFAULT_AUDIENCE, type OidcIssuerConfig } from './certificate-authority.js';
import { addCaToTrustedRoot } from './trusted-root.js';

export const CT_SQLITE_FILE = 'ct.sqlite';

export interface CaOptions {
  /** The OIDC issuers whose tokens buy certificates (at least one). */
  readonly issuers: readonly OidcIssuerConfig[];
  /** Required `aud`; default `sigstore`. */
  readonly audience?: string;
  readonly issuerKeys?: IssuerKeysOptions;
}

export interface RunningCa {
  readonly ca: CertificateAuthority;
  readonly ctLog: CtLog;
  close(): Promise<void>;
}

export async function startCa(
  router: Router,
  options: CaOptions,
  where: { dataDir: string; baseUrl: string; trustedRootPath: string },
): Promise<RunningCa> {
  if (options.issuers.length === 0) {
    throw new CodedError('USAGE', 'the CA needs at least one OIDC issuer (--oidc-issuer URL)');
  }
  for (const issuer of options.issuers) checkIssuerUrl(issuer.issuerUrl);
  const clock = () => Date.now();
  const material = readOrCreateCaMaterial(where.dataDir, clock());
  const ctLog = CtLog.open({
    storage: openSqliteStorage(where.dataDir, CT_SQLITE_FILE),
    signer: material.ctSigner,
    clock,
    acceptedRoots: [material.rootDer],
  });
  try {
    addCaToTrustedRoot(where.trustedRootPath, {
      baseUrl: where.baseUrl,
      rootDer: material.rootDer,
      intermediateDer: material.intermediateDer,
      ctPublicKey: ctLog.publicKey,
      ctStart: ctLog.createdAt,
    });
  } catch (error) {
    await ctLog.close();
    throw error;
  }
  const ca = new CertificateAuthority({
    issuers: options.issuers,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    material,
    ctLog,
    keys: new IssuerKeys(options.issuerKeys ?? {}),
    clock,
  });
  registerFulcio(router, ca);
  registerCt(router, ctLog);
  return { ca, ctLog, close: () => ctLog.close() };
}
