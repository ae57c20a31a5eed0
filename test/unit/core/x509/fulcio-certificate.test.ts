/**
 * The CA's certificates against the real ones: the claims behind a public-good GitHub Actions certificate
 * (sigstore-conformance happy-path-v0.3, issued by fulcio.sigstore.dev) go through our claim mapping and
 * certificate builder, and every extension must come out with the same OID, order, criticality and bytes
 * (bar the key identifiers and the SCT list, which depend on the keys); the SCT our CT log embeds verifies
 * with the verifier's SCT check, and the chain with its chain check.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../../../src/adapters/crypto/node-signer.js';
import { createMemoryStorage } from '../../../../src/adapters/storage/memory.js';
import { encodeSctList } from '../../../../src/core/ct/encoding.js';
import { parsePrivateKeyPem } from '../../../../src/core/keys/keys.js';
import { githubCertificateFacts } from '../../../../src/core/oidc/github-claims.js';
import { parseCertificate, verifyCertificateChain } from '../../../../src/core/verify/certificate.js';
import { extractIdentity } from '../../../../src/core/verify/identity.js';
import { verifyEmbeddedScts } from '../../../../src/core/verify/sct.js';
import {
  buildIntermediateCertificate,
  buildPrecertificate,
  buildRootCertificate,
  finishCertificate,
  LEAF_LIFETIME_MS,
} from '../../../../src/core/x509/authority.js';
import { POISON_EXTENSION_OID, serialFromRandom } from '../../../../src/core/x509/certificate.js';
import { CtLog } from '../../../../src/log/ct-log.js';
import { codeOf } from '../../../helpers/errors.js';
import { conformanceBundle, leafOf } from '../verify/vectors.js';

const reference = parseCertificate(leafOf(conformanceBundle('happy-path-v0.3')));
const facts = extractIdentity(reference.asn).extensions;
const SERVER = 'https://github.com';
const strip = (uri: string | undefined) => (uri ?? '').slice(SERVER.length + 1);

/** The GitHub Actions token claims that produced the reference certificate (read back from it). */
const claims: Record<string, unknown> = {
  sub: 'repo:sigstore-conformance/extremely-dangerous-public-oidc-beacon:ref:refs/heads/main',
  job_workflow_ref: strip(facts.buildSignerURI),
  job_workflow_sha: facts.buildSignerDigest,
  sha: facts.sourceRepositoryDigest,
  event_name: facts.buildTrigger,
  workflow: facts.githubWorkflowName,
  workflow_ref: strip(facts.buildConfigURI),
  workflow_sha: facts.buildConfigDigest,
  repository: facts.githubWorkflowRepository,
  repository_id: facts.sourceRepositoryIdentifier,
  repository_owner: strip(facts.sourceRepositoryOwnerURI),
  repository_owner_id: facts.sourceRepositoryOwnerIdentifier,
  ref: facts.sourceRepositoryRef,
  run_id: /runs\/([0-9]+)\//.exec(facts.runInvocationURI ?? '')?.[1],
  run_attempt: /attempts\/([0-9]+)$/.exec(facts.runInvocationURI ?? '')?.[1],
  runner_environment: facts.runnerEnvironment,
  repository_visibility: facts.sourceRepositoryVisibilityAtSigning,
};

function p256() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return createSigner(parsePrivateKeyPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()));
}

const rootSigner = p256();
const intermediateSigner = p256();
const leafKey = p256();
const serial = () =>
  serialFromRandom(new Uint8Array(createHash('sha256').update(String(Math.random())).digest()).slice(0, 20));
const NOW = reference.notBefore * 1000;
const window = { notBefore: NOW - 3600_000, notAfter: NOW + 3600_000 };
const rootName = { organization: 'provlog', commonName: 'provlog-root' };
const intermediateName = { organization: 'provlog', commonName: 'provlog-intermediate' };
const rootDer = buildRootCertificate({ ...window, serial: serial(), subject: rootName }, rootSigner);
const intermediateDer = buildIntermediateCertificate(
  {
    ...window,
    serial: serial(),
    subject: intermediateName,
    issuer: rootName,
    intermediateKey: intermediateSigner.publicKey,
  },
  rootSigner,
);

async function issue() {
  const ctLog = CtLog.open({
    storage: createMemoryStorage(),
    signer: p256(),
    clock: () => NOW,
    acceptedRoots: [rootDer],
  });
  const pre = buildPrecertificate(
    {
      serial: serial(),
      issuer: intermediateName,
      notBefore: NOW,
      leafSpki: leafKey.publicKey.spki,
      facts: githubCertificateFacts(claims, 'https://token.actions.githubusercontent.com', SERVER),
    },
    intermediateSigner,
  );
  const { sct } = await ctLog.addPreChain([pre.der, intermediateDer, rootDer]);
  return { ctLog, pre, leaf: parseCertificate(finishCertificate(pre, encodeSctList([sct]), intermediateSigner)) };
}

const first = await issue();
const second = await issue();

describe('CA certificates match public Fulcio field for field', () => {
  const { leaf, pre, ctLog } = first;
  const ours = leaf.asn.tbsCertificate;
  const theirs = reference.asn.tbsCertificate;

  it('has the same extensions in the same order, criticality and encoding', () => {
    const keyDependent = new Set(['2.5.29.14', '2.5.29.35', '1.3.6.1.4.1.11129.2.4.2']);
    expect(ours.extensions?.map((e) => [e.extnID, e.critical])).toEqual(
      theirs.extensions?.map((e) => [e.extnID, e.critical]),
    );
    for (const [i, ext] of (theirs.extensions ?? []).entries()) {
      if (keyDependent.has(ext.extnID)) continue;
      const mine = ours.extensions?.[i];
      expect(Buffer.from(mine?.extnValue.buffer ?? new ArrayBuffer(0)).toString('hex'), ext.extnID).toBe(
        Buffer.from(ext.extnValue.buffer).toString('hex'),
      );
    }
    expect(extractIdentity(leaf.asn)).toEqual(extractIdentity(reference.asn));
  });

  it('has an empty subject, a 10-minute validity and a positive 20-byte serial', () => {
    expect(ours.subject.length).toBe(0);
    expect(theirs.subject.length).toBe(0);
    expect(leaf.notAfter - leaf.notBefore).toBe(LEAF_LIFETIME_MS / 1000);
    expect(leaf.notAfter - leaf.notBefore).toBe(reference.notAfter - reference.notBefore);
    const serialBytes = new Uint8Array(ours.serialNumber);
    expect(serialBytes.byteLength).toBe(20);
    expect((serialBytes[0] ?? 0) & 0x80).toBe(0);
    expect(leaf.x509.ca).toBe(false);
    expect(leaf.x509.keyUsage).toEqual(reference.x509.keyUsage);
  });

  it('chains to the root and carries an SCT the verifier accepts', () => {
    const chain = verifyCertificateChain(
      leaf.der,
      [],
      [{ certChain: [intermediateDer, rootDer], validFor: { start: 0 } }],
      [NOW / 1000],
    );
    const ct = { logId: ctLog.logId, publicKey: ctLog.publicKey, validFor: { start: 0 } };
    expect(verifyEmbeddedScts(leaf, chain.issuer, [ct])).toHaveLength(1);
    // The precertificate is the same certificate with the poison instead of the SCT list.
    const precert = parseCertificate(pre.der);
    expect(precert.asn.tbsCertificate.extensions?.at(-1)?.extnID).toBe(POISON_EXTENSION_OID);
  });

  it('an SCT from a CT log the trusted root does not list is refused', () => {
    const other = second;
    const ct = [{ logId: other.ctLog.logId, publicKey: other.ctLog.publicKey, validFor: { start: 0 } }];
    const issuer = parseCertificate(intermediateDer);
    expect(verifyEmbeddedScts(other.leaf, issuer, ct)).toHaveLength(1);
    expect(codeOf(() => verifyEmbeddedScts(leaf, issuer, ct))).toBe('SCT_INVALID');
  });

  it('group-commits concurrent precertificates; one submitted twice in a batch is one entry with one SCT', async () => {
    const ctLog = CtLog.open({
      storage: createMemoryStorage(),
      signer: p256(),
      clock: () => NOW,
      acceptedRoots: [rootDer],
    });
    const facts = githubCertificateFacts(claims, 'https://token.actions.githubusercontent.com', SERVER);
    const pres = [0, 1, 2].map(() =>
      buildPrecertificate(
        { serial: serial(), issuer: intermediateName, notBefore: NOW, leafSpki: leafKey.publicKey.spki, facts },
        intermediateSigner,
      ),
    );
    const submitted = [...pres, pres[0]].map((p) =>
      ctLog.addPreChain([p?.der ?? new Uint8Array(), intermediateDer, rootDer]),
    );
    const results = await Promise.all(submitted);
    expect(ctLog.size).toBe(3);
    expect(results[3]).toEqual(results[0]);
    expect(new Set(results.map((r) => r.index))).toEqual(new Set([0, 1, 2]));
    expect(codeOf(() => ctLog.addPreChain([pres[1]?.der ?? new Uint8Array(), intermediateDer]))).toBe('BAD_REQUEST');
  });

  it('refuses a token without one of the claims the certificate states', () => {
    const { repository_visibility: _, ...partial } = claims;
    expect(codeOf(() => githubCertificateFacts(partial, 'https://issuer', SERVER))).toBe('OIDC_TOKEN_INVALID');
  });
});
