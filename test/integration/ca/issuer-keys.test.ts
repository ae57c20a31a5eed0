/**
 * The CA's JWKS source against the OIDC issuer stand-in over HTTP: discovery is followed, keys are cached,
 * an unknown kid refetches at most once per interval (tokens with made-up kids cannot flood the issuer), and
 * a discovery document naming another issuer is refused. Plus the CT log's integrity check on open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigner, generatePrivateKeyPem } from '../../../src/adapters/crypto/node-signer.js';
import { IssuerKeys } from '../../../src/adapters/oidc/issuer-keys.js';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { isCodedError } from '../../../src/core/errors.js';
import { parsePrivateKeyPem } from '../../../src/core/keys/keys.js';
import { CtLog } from '../../../src/log/ct-log.js';
import { codeOf } from '../../helpers/errors.js';
import { type OidcIssuerStandin, startOidcIssuer } from '../../helpers/oidc-issuer.js';

let oidc: OidcIssuerStandin;
beforeAll(async () => {
  oidc = await startOidcIssuer();
});
afterAll(async () => {
  await oidc.close();
});

describe('IssuerKeys', () => {
  it('caches the JWKS and refetches for an unknown kid at most once per interval', async () => {
    let now = 0;
    const keys = new IssuerKeys({ minRefetchMs: 10_000, clock: () => now });
    const start = oidc.fetches;
    expect((await keys.keys(oidc.issuer)).length).toBeGreaterThan(0);
    await keys.keys(oidc.issuer);
    expect(oidc.fetches).toBe(start + 1);
    await keys.refresh(oidc.issuer);
    await keys.refresh(oidc.issuer);
    await keys.refresh(oidc.issuer);
    expect(oidc.fetches).toBe(start + 2);
    now += 10_000;
    const kid = oidc.rotate();
    expect((await keys.refresh(oidc.issuer)).some((k) => k.kid === kid)).toBe(true);
    expect(oidc.fetches).toBe(start + 3);
  });

  it('keeps using stale keys while the issuer cannot be reached', async () => {
    let now = 0;
    const standin = await startOidcIssuer();
    const keys = new IssuerKeys({ maxAgeMs: 1000, clock: () => now });
    const first = await keys.keys(standin.issuer);
    await standin.close();
    now += 5000;
    expect(await keys.keys(standin.issuer)).toEqual(first);
  });

  it('refuses an issuer whose discovery names another issuer, and an unreachable one', async () => {
    const keys = new IssuerKeys();
    // The stand-in's discovery names `oidc.issuer`, not this URL with a trailing slash.
    await expect(keys.keys(`${oidc.issuer}/`)).rejects.toSatisfy((e) => isCodedError(e, 'OIDC_ISSUER_UNREACHABLE'));
    await expect(keys.keys('http://127.0.0.1:1')).rejects.toSatisfy((e) => isCodedError(e, 'OIDC_ISSUER_UNREACHABLE'));
  });
});

describe('CtLog on open', () => {
  it('refuses storage whose tree disagrees with its signed head', () => {
    const storage = createMemoryStorage();
    const signer = createSigner(parsePrivateKeyPem(generatePrivateKeyPem()));
    const head = { size: 1, rootHash: new Uint8Array(32), checkpoint: '{}', integratedTime: 0 };
    storage.writeMeta({ treeId: 'ct', createdAt: 0 });
    storage.commitBatch({ entries: [], nodes: [{ level: 0, index: 0, hash: new Uint8Array(32).fill(1) }], head });
    expect(codeOf(() => CtLog.open({ storage, signer, clock: () => 0, acceptedRoots: [] }))).toBe('STORAGE_CORRUPT');
  });
});
