export const id = 223;
export const ids = [223];
export const modules = {

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ INTERMEDIATE_NAME),
/* harmony export */   V_: () => (/* binding */ readOrCreateCaMaterial),
/* harmony export */   YG: () => (/* binding */ randomSerial)
/* harmony export */ });
/* unused harmony exports CA_ROOT_KEY_FILE, CA_INTERMEDIATE_KEY_FILE, CT_LOG_KEY_FILE, CA_ROOT_FILE, CA_INTERMEDIATE_FILE, ROOT_NAME */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8670);
/* harmony import */ var _core_x509_authority_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7225);
/* harmony import */ var _core_x509_certificate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(447);
/* harmony import */ var _crypto_key_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(398);
/* harmony import */ var _crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9825);
/**
 * The certificate authority's material in the data directory, created on the first start with `--ca`:
 * ca-root-key.pem, ca-intermediate-key.pem and ct-log-key.pem (ECDSA P-256, mode 0600, beside log-key.pem),
 * and the certificates ca-root.pem and ca-intermediate.pem. Later starts reuse them: verifiers already hold
 * the root in their trusted_root.json. Serial numbers are drawn here (core never draws randomness).
 */










const CA_ROOT_KEY_FILE = 'ca-root-key.pem';
const CA_INTERMEDIATE_KEY_FILE = 'ca-intermediate-key.pem';
const CT_LOG_KEY_FILE = 'ct-log-key.pem';
const CA_ROOT_FILE = 'ca-root.pem';
const CA_INTERMEDIATE_FILE = 'ca-intermediate.pem';
const ROOT_NAME = { organization: 'provlog', commonName: 'provlog-root' };
const INTERMEDIATE_NAME = { organization: 'provlog', commonName: 'provlog-intermediate' };
/** The CA certificates' lifetime; a new hierarchy means a new trusted root for verifiers. */
const CA_LIFETIME_MS = 10 * 365 * 24 * 3600 * 1000;
/** A fresh random serial (RFC 5280: positive, at most 20 octets). */
function randomSerial() {
    return (0,_core_x509_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .serialFromRandom */ .qV)(new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(20)));
}
function readPemCertificate(path) {
    const match = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    if (match?.[1] === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `${path} is not a PEM certificate`);
    return (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromBase64 */ .Ey)(match[1].replace(/\s+/g, ''), path);
}
function readOrCreateCaMaterial(dataDir, nowMs) {
    const rootSigner = (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .signerFromPem */ .jM)((0,_crypto_key_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readOrCreateKey */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, CA_ROOT_KEY_FILE)), 'CA root key');
    const intermediateSigner = (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .signerFromPem */ .jM)((0,_crypto_key_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readOrCreateKey */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, CA_INTERMEDIATE_KEY_FILE)), 'CA intermediate key');
    const ctSigner = (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .signerFromPem */ .jM)((0,_crypto_key_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readOrCreateKey */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, CT_LOG_KEY_FILE)), 'CT log key');
    const rootPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, CA_ROOT_FILE);
    const intermediatePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, CA_INTERMEDIATE_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(rootPath) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(intermediatePath)) {
        const window = { notBefore: nowMs, notAfter: nowMs + CA_LIFETIME_MS };
        const rootDer = (0,_core_x509_authority_js__WEBPACK_IMPORTED_MODULE_6__/* .buildRootCertificate */ .kO)({ ...window, serial: randomSerial(), subject: ROOT_NAME }, rootSigner);
        const intermediateDer = (0,_core_x509_authority_js__WEBPACK_IMPORTED_MODULE_6__/* .buildIntermediateCertificate */ .Dl)({
            ...window,
            serial: randomSerial(),
            subject: INTERMEDIATE_NAME,
            issuer: ROOT_NAME,
            intermediateKey: intermediateSigner.publicKey,
        }, rootSigner);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(rootPath, (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPem */ .uy)('CERTIFICATE', rootDer));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(intermediatePath, (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPem */ .uy)('CERTIFICATE', intermediateDer));
    }
    return {
        rootDer: readPemCertificate(rootPath),
        intermediateDer: readPemCertificate(intermediatePath),
        intermediateSigner,
        ctSigner,
    };
}


/***/ }),

/***/ 3315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZQ: () => (/* binding */ CertificateAuthority),
  Z4: () => (/* binding */ DEFAULT_AUDIENCE),
  J0: () => (/* binding */ parseIssuerFlag)
});

// UNUSED EXPORTS: MAX_SKEW_SECONDS

// EXTERNAL MODULE: ./src/core/ct/encoding.ts
var encoding = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys_keys = __webpack_require__(8670);
;// CONCATENATED MODULE: ./src/core/oidc/github-claims.ts
/**
 * A GitHub Actions ID token's claims -> the facts a Fulcio certificate states (sigstore/fulcio's CI-provider
 * configuration for `github-workflow`, docs/oid-info.md). The SAN and every URI are `{server}/{claim}` where
 * `server` is a property of the issuer (`https://github.com` for token.actions.githubusercontent.com, another
 * host for GitHub Enterprise Server). Every claim used must be a non-empty string: a certificate never carries
 * a fact the token did not state.
 */

/** The claims of a GitHub Actions token that end up in the certificate. */
const REQUIRED_CLAIMS = [
    'sub',
    'job_workflow_ref',
    'job_workflow_sha',
    'sha',
    'event_name',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'ref',
    'run_id',
    'run_attempt',
    'runner_environment',
    'repository_visibility',
];
function claimStrings(claims) {
    const out = {};
    for (const name of REQUIRED_CLAIMS) {
        const value = claims[name];
        // GitHub sends ids as strings; a number is accepted as its decimal form.
        const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
        if (typeof text !== 'string' || text === '') {
            throw new errors/* CodedError */.AK('OIDC_TOKEN_INVALID', `identity token claim ${name} is missing or not a string`, {
                details: { claim: name },
            });
        }
        out[name] = text;
    }
    return out;
}
/** The facts of a verified GitHub Actions token; `serverUrl` without a trailing slash. */
function githubCertificateFacts(claims, issuer, serverUrl) {
    const c = claimStrings(claims);
    const server = serverUrl.replace(/\/+$/, '');
    const signer = `${server}/${c.job_workflow_ref}`;
    return {
        san: signer,
        issuer,
        legacy: {
            githubWorkflowTrigger: c.event_name,
            githubWorkflowSha: c.sha,
            githubWorkflowName: c.workflow,
            githubWorkflowRepository: c.repository,
            githubWorkflowRef: c.ref,
        },
        extensions: {
            buildSignerURI: signer,
            buildSignerDigest: c.job_workflow_sha,
            runnerEnvironment: c.runner_environment,
            sourceRepositoryURI: `${server}/${c.repository}`,
            sourceRepositoryDigest: c.sha,
            sourceRepositoryRef: c.ref,
            sourceRepositoryIdentifier: c.repository_id,
            sourceRepositoryOwnerURI: `${server}/${c.repository_owner}`,
            sourceRepositoryOwnerIdentifier: c.repository_owner_id,
            buildConfigURI: `${server}/${c.workflow_ref}`,
            buildConfigDigest: c.workflow_sha,
            buildTrigger: c.event_name,
            runInvocationURI: `${server}/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
            sourceRepositoryVisibilityAtSigning: c.repository_visibility,
        },
    };
}

// EXTERNAL MODULE: ./src/core/oidc/jwt.ts
var oidc_jwt = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/core/oidc/proof-of-possession.ts
/**
 * Fulcio's proof of possession: the requester signs the token's `sub` claim with the private key it wants
 * certified, so a stolen token alone cannot bind someone else's key (and a key alone cannot buy a certificate).
 * The signature is ASN.1 DER for ECDSA (over SHA-256 / the curve's hash), pure for Ed25519, as sigstore-js and
 * cosign make it.
 */



function checkProofOfPossession(key, subject, signature) {
    if (typeof subject !== 'string' || subject === '') {
        throw new errors/* CodedError */.AK('OIDC_TOKEN_INVALID', 'identity token has no sub claim to prove possession over');
    }
    if (signature === undefined || signature.byteLength === 0) {
        throw new errors/* CodedError */.AK('PROOF_OF_POSSESSION_INVALID', 'the request has no proof of possession (publicKeyRequest.proofOfPossession)');
    }
    if (!(0,keys_keys/* verifySignature */.Od)(key, (0,bytes/* utf8 */.As)(subject), signature)) {
        throw new errors/* CodedError */.AK('PROOF_OF_POSSESSION_INVALID', "the proof of possession is not the public key's signature over the token's sub claim");
    }
}

// EXTERNAL MODULE: ./src/core/x509/authority.ts + 1 modules
var authority = __webpack_require__(7225);
// EXTERNAL MODULE: ./src/adapters/ca/ca-files.ts
var ca_files = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/adapters/ca/certificate-authority.ts
/**
 * The certificate authority behind `provlog serve --ca` (what Fulcio does for a GitHub Actions token):
 * token -> issuer allow-list -> JWKS (cached, one refetch on an unknown kid) -> signature and claims ->
 * proof of possession -> certificate facts -> precertificate -> CT log (durable, SCT) -> final certificate with
 * the SCT embedded. Any failed check throws its own code before anything is signed or logged.
 */








/** Fulcio's default audience. */
const DEFAULT_AUDIENCE = 'sigstore';
/** Largest clock difference accepted for exp / nbf / iat. */
const MAX_SKEW_SECONDS = 60;
const DEFAULT_SERVER_URL = 'https://github.com';
/** Fulcio's floor for RSA subject keys. */
const MIN_RSA_BITS = 2048;
/** `URL` or `URL=SERVER_URL` (`--oidc-issuer`); the server defaults to https://github.com. */
function parseIssuerFlag(text) {
    const at = text.indexOf('=');
    const issuerUrl = at < 0 ? text : text.slice(0, at);
    const serverUrl = at < 0 ? DEFAULT_SERVER_URL : text.slice(at + 1).replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/.test(serverUrl)) {
        throw new errors/* CodedError */.AK('USAGE', `--oidc-issuer ${text}: the server URL after "=" must be an http(s) URL`);
    }
    return { issuerUrl, serverUrl };
}
class CertificateAuthority {
    options;
    issuers;
    constructor(options) {
        this.options = options;
        this.issuers = new Map(options.issuers.map((i) => [i.issuerUrl, i]));
    }
    get issuerList() {
        return this.options.issuers;
    }
    get audience() {
        return this.options.audience;
    }
    /** The chain, leaf first, then the intermediate and the root (DER). */
    get chainAbove() {
        return [this.options.material.intermediateDer, this.options.material.rootDer];
    }
    async issue(request) {
        const { material, ctLog, keys } = this.options;
        const jwt = (0,oidc_jwt/* decodeJwt */.iU)(request.token);
        const iss = (0,oidc_jwt/* unverifiedIssuer */.Hp)(jwt);
        const issuer = this.issuers.get(iss);
        if (issuer === undefined) {
            throw new errors/* CodedError */.AK('OIDC_ISSUER_UNTRUSTED', `identity token issuer ${JSON.stringify(iss)} is not one this CA trusts`);
        }
        let jwks = await keys.keys(iss);
        if (!(0,oidc_jwt/* jwksHasKeyFor */.qJ)(jwt, jwks))
            jwks = await keys.refresh(iss);
        (0,oidc_jwt/* verifyJwtSignature */.Ru)(jwt, jwks);
        const now = this.options.clock();
        (0,oidc_jwt/* checkClaims */.Kz)(jwt.claims, {
            issuer: iss,
            audience: this.options.audience,
            now: now / 1000,
            skewSeconds: MAX_SKEW_SECONDS,
        });
        const key = (0,keys_keys/* parsePublicKeyPem */.Wz)(request.publicKeyPem, 'publicKeyRequest.publicKey');
        if (key.algorithm === 'rsa' && (key.keyObject.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
            throw new errors/* CodedError */.AK('UNSUPPORTED_KEY', `an RSA key to certify must have at least ${MIN_RSA_BITS} bits`);
        }
        checkProofOfPossession(key, jwt.claims.sub, request.proofOfPossession);
        const facts = githubCertificateFacts(jwt.claims, iss, issuer.serverUrl);
        const signer = material.intermediateSigner;
        const pre = (0,authority/* buildPrecertificate */.tj)({ serial: (0,ca_files/* randomSerial */.YG)(), issuer: ca_files/* INTERMEDIATE_NAME */.KN, notBefore: now, leafSpki: key.spki, facts }, signer);
        const { sct } = await ctLog.addPreChain([pre.der, material.intermediateDer, material.rootDer]);
        const leaf = (0,authority/* finishCertificate */.T$)(pre, (0,encoding/* encodeSctList */.Ds)([sct]), signer);
        return [leaf, material.intermediateDer, material.rootDer];
    }
}


/***/ }),

/***/ 3667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ startCa)
});

// UNUSED EXPORTS: CT_SQLITE_FILE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/ct/encoding.ts
var encoding = __webpack_require__(8874);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/core/verify/asn1.ts
var asn1 = __webpack_require__(7464);
// EXTERNAL MODULE: ./src/core/verify/certificate.ts
var certificate = __webpack_require__(2382);
// EXTERNAL MODULE: ./src/core/x509/certificate.ts
var x509_certificate = __webpack_require__(447);
;// CONCATENATED MODULE: ./src/core/ct/precert-chain.ts
/**
 * The CT log's check of an `add-pre-chain` submission (RFC 6962 §4.1): chain[0] is a precertificate (the
 * critical poison extension), each certificate is signed by the next, and the chain ends at a root the log
 * accepts. The log then signs the precertificate's TBS without the poison, with the issuer's key hash.
 * Chains are hostile input: size caps, strict DER, signatures checked by node:crypto.
 */







const MAX_CHAIN = 5;
function bad(message) {
    return new errors/* CodedError */.AK('BAD_REQUEST', `add-pre-chain: ${message}`);
}
function checkPrecertChain(chain, acceptedRoots) {
    if (chain.length < 2 || chain.length > MAX_CHAIN) {
        throw bad(`the chain must hold the precertificate and 1 to ${MAX_CHAIN - 1} issuers, got ${chain.length}`);
    }
    const certs = chain.map((der, i) => {
        try {
            return (0,certificate/* parseCertificate */.hB)(der, `chain certificate ${i}`);
        }
        catch (error) {
            throw bad(error instanceof Error ? error.message : 'a certificate does not parse');
        }
    });
    const [precert, issuer] = certs;
    if (precert === undefined || issuer === undefined)
        throw bad('the chain is incomplete');
    const extensions = precert.asn.tbsCertificate.extensions ?? [];
    const poison = extensions.filter((e) => e.extnID === x509_certificate/* POISON_EXTENSION_OID */.wf);
    if (poison.length !== 1 || poison[0]?.critical !== true) {
        throw bad('chain[0] is not a precertificate (exactly one critical poison extension)');
    }
    for (let i = 0; i + 1 < certs.length; i++) {
        const child = certs[i];
        const parent = certs[i + 1];
        if (child === undefined || parent === undefined || !parent.x509.ca || !(0,certificate/* issuedBy */.T1)(child, parent)) {
            throw bad(`chain[${i}] is not signed by the CA certificate chain[${i + 1}]`);
        }
    }
    const last = chain[chain.length - 1];
    if (last === undefined || !acceptedRoots.some((root) => (0,bytes/* bytesEqual */.O6)(root, last))) {
        throw bad('the chain does not end at a root this log accepts');
    }
    const tbs = (0,asn1/* serializeDer */.kZ)(new cjs.TBSCertificate({
        ...precert.asn.tbsCertificate,
        extensions: new cjs.Extensions(extensions.filter((e) => e.extnID !== x509_certificate/* POISON_EXTENSION_OID */.wf)),
    }));
    const issuerKeyHash = new Uint8Array((0,external_node_crypto_.createHash)('sha256').update(issuer.spki).digest());
    return { tbs, issuerKeyHash, precert };
}

// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/merkle/consistency.ts
var consistency = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/core/merkle/hash.ts
var hash = __webpack_require__(304);
// EXTERNAL MODULE: ./src/core/merkle/inclusion.ts
var inclusion = __webpack_require__(9620);
// EXTERNAL MODULE: ./src/core/merkle/tree.ts
var tree = __webpack_require__(6196);
// EXTERNAL MODULE: ./src/log/batch-queue.ts
var batch_queue = __webpack_require__(3196);
// EXTERNAL MODULE: ./src/log/sequencer.ts
var sequencer = __webpack_require__(9559);
;// CONCATENATED MODULE: ./src/log/ct-log.ts
/**
 * The certificate authority's Certificate Transparency log (RFC 6962): a second Merkle tree, over its own
 * LogStorage (the server gives it its own SQLite file, ct.sqlite), signed with its own key. Each accepted
 * precertificate is sequenced and made durable BEFORE its SCT is returned (merge delay zero), so every SCT the
 * CA embeds names an entry that is already in the tree and provable with get-proof-by-hash.
 *
 * Storage mapping: an entry's body is the RFC 6962 MerkleTreeLeaf (the Merkle leaf data), `set` holds the
 * SCT, `attestation` the PrecertChainEntry returned as get-entries' extra_data; a head's `checkpoint` holds the
 * signed tree head as JSON (get-sth's answer). Appends are group-committed (BatchQueue): one batch at a time,
 * so two batches never interleave between reading the head and committing.
 */












/** Bounds per request (RFC 6962 lets the log choose them). */
const MAX_ENTRIES_PER_GET = 256;
class CtLog {
    options;
    logId;
    /** Unix seconds when the CT log was created (trusted_root.json `ctlogs[].validFor.start`). */
    createdAt;
    current;
    queue;
    constructor(options, head, createdAt) {
        this.options = options;
        this.logId = (0,keys/* keyId */.xs)(options.signer.publicKey);
        this.current = head;
        this.createdAt = createdAt;
        // Group commit, as the Rekor log does: precertificates that arrive while a batch is being made durable
        // share the next fsync. Bounded: past maxPending waiting, QUEUE_FULL (503 + Retry-After).
        this.queue = new batch_queue/* BatchQueue */._((jobs) => this.commitPending(jobs), { maxBatch: 256, maxPending: 4096 });
    }
    static open(options) {
        let meta = options.storage.readMeta();
        if (meta === undefined) {
            meta = { treeId: 'ct', createdAt: Math.floor(options.clock() / 1000) };
            options.storage.writeMeta(meta);
        }
        const log = new CtLog(options, { size: 0, rootHash: hash/* EMPTY_ROOT */.zg, checkpoint: '', integratedTime: 0 }, meta.createdAt);
        const head = options.storage.head();
        if (head !== undefined && !(0,bytes/* bytesEqual */.O6)((0,tree/* rootAt */.sb)(head.size, options.storage), head.rootHash)) {
            // As the Rekor log does on open: never sign on top of a tree that disagrees with its signed head.
            throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `the CT log's stored tree does not match its signed tree head (size ${head.size})`);
        }
        log.current = head ?? { ...log.signHead(0, hash/* EMPTY_ROOT */.zg), integratedTime: 0 };
        return log;
    }
    get publicKey() {
        return this.options.signer.publicKey;
    }
    signHead(size, rootHash) {
        const timestamp = this.options.clock();
        const signature = this.options.signer.sign((0,encoding/* treeHeadInput */.H7)(BigInt(timestamp), size, rootHash));
        const sth = {
            tree_size: size,
            timestamp,
            sha256_root_hash: (0,bytes/* toBase64 */.nk)(rootHash),
            tree_head_signature: (0,bytes/* toBase64 */.nk)((0,encoding/* digitallySigned */.eO)(signature)),
        };
        return { size, rootHash, checkpoint: JSON.stringify(sth), integratedTime: Math.floor(timestamp / 1000) };
    }
    /**
     * RFC 6962 §4.1 add-pre-chain: checks the chain at once (a bad chain fails alone), then joins the next group
     * commit; resolves with the SCT once the entry is durable. A precertificate submitted again gets its first SCT
     * back: replays cannot grow the log.
     */
    addPreChain(chain) {
        const accepted = checkPrecertChain(chain, this.options.acceptedRoots);
        const key = `sha256:${(0,bytes/* toHex */.nj)(new Uint8Array((0,external_node_crypto_.createHash)('sha256').update(accepted.precert.der).digest()))}`;
        const [precert = new Uint8Array(), ...issuers] = chain;
        return this.queue.submit({ accepted, key, extraData: (0,encoding/* precertChainEntry */.tZ)(precert, issuers) });
    }
    storedSct(key) {
        const [seen] = this.options.storage.search(key, 1);
        const stored = seen === undefined ? undefined : this.options.storage.entryByIndex(seen);
        if (stored === undefined)
            return undefined;
        const sctTime = Number(new DataView(stored.set.buffer, stored.set.byteOffset + 33, 8).getBigUint64(0));
        return { sct: stored.set, index: stored.index, timestamp: sctTime };
    }
    /** One batch: one timestamp, one SCT signature per new entry, one signed head, one durable commit. */
    commitPending(jobs) {
        const timestamp = this.options.clock();
        const ts = BigInt(timestamp);
        const old = this.current;
        const fresh = [];
        const inBatch = new Map();
        const repeats = [];
        for (const job of jobs) {
            const { accepted, key, extraData } = job.item;
            const stored = this.storedSct(key);
            if (stored !== undefined) {
                job.resolve(stored);
                continue;
            }
            if (inBatch.has(key)) {
                repeats.push({ job, key });
                continue;
            }
            const signature = this.options.signer.sign((0,encoding/* precertSctInput */.gO)(ts, accepted.issuerKeyHash, accepted.tbs));
            const leaf = (0,encoding/* precertLeaf */.Kk)(ts, accepted.issuerKeyHash, accepted.tbs);
            const entry = {
                index: old.size + fresh.length,
                leafHash: (0,hash/* leafHash */.Jq)(leaf),
                body: leaf,
                integratedTime: Math.floor(timestamp / 1000),
                kind: 'precert',
                apiVersion: 'ct/v1',
                set: (0,encoding/* encodeSct */.PC)(this.logId, ts, signature),
                indexKeys: [key],
                attestation: extraData,
            };
            inBatch.set(key, entry);
            fresh.push({ job, entry });
        }
        if (fresh.length === 0)
            return;
        try {
            const reader = new sequencer/* BatchNodeReader */._(this.options.storage);
            const nodes = (0,tree/* appendLeaves */.rn)(old.size, fresh.map((f) => f.entry.leafHash), reader);
            reader.add(nodes);
            const size = old.size + fresh.length;
            const head = this.signHead(size, (0,tree/* rootAt */.sb)(size, reader));
            this.options.storage.commitBatch({ entries: fresh.map((f) => f.entry), nodes, head });
            this.current = head;
        }
        catch (error) {
            const failure = (0,errors/* isCodedError */.IG)(error)
                ? error
                : new errors/* CodedError */.AK('STORAGE_FAILURE', 'the CT log could not store the batch; nothing of it was recorded', {
                    cause: error,
                });
            for (const f of fresh)
                f.job.reject(failure);
            for (const r of repeats)
                r.job.reject(failure);
            return;
        }
        for (const f of fresh)
            f.job.resolve({ sct: f.entry.set, index: f.entry.index, timestamp });
        for (const r of repeats) {
            const entry = inBatch.get(r.key);
            if (entry !== undefined)
                r.job.resolve({ sct: entry.set, index: entry.index, timestamp });
        }
    }
    sth() {
        return JSON.parse(this.current.checkpoint);
    }
    get size() {
        return this.current.size;
    }
    consistency(first, second) {
        if (!(first >= 0 && first <= second && second <= this.current.size)) {
            throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `no consistency proof from ${first} to ${second} (tree size ${this.current.size})`);
        }
        if (first === 0 || first === second)
            return [];
        return (0,consistency/* consistencyProof */.H)(first, second, this.options.storage);
    }
    proofByHash(hash, treeSize) {
        if (!(treeSize >= 1 && treeSize <= this.current.size)) {
            throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `tree_size ${treeSize} is outside 1..${this.current.size}`);
        }
        const index = this.options.storage.indexByLeafHash(hash);
        if (index === undefined || index >= treeSize) {
            throw new errors/* CodedError */.AK('NOT_FOUND', 'no entry with that leaf hash in a tree of that size');
        }
        return { leafIndex: index, auditPath: (0,inclusion/* inclusionProof */.nT)(index, treeSize, this.options.storage) };
    }
    /** Entries [start, end] inclusive (RFC 6962 §4.6), capped at MAX_ENTRIES_PER_GET. */
    entries(start, end) {
        if (!(start >= 0 && end >= start && start < this.current.size)) {
            throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `entries ${start}..${end} are outside the tree (size ${this.current.size})`);
        }
        const last = Math.min(end, this.current.size - 1, start + MAX_ENTRIES_PER_GET - 1);
        const out = [];
        for (let i = start; i <= last; i++) {
            const entry = this.options.storage.entryByIndex(i);
            if (entry === undefined)
                throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `CT entry ${i} is missing`);
            out.push({ leaf_input: (0,bytes/* toBase64 */.nk)(entry.body), extra_data: (0,bytes/* toBase64 */.nk)(entry.attestation ?? new Uint8Array()) });
        }
        return out;
    }
    /** Stops accepting, commits what is queued, closes storage. */
    async close() {
        await this.queue.close();
        this.options.storage.close();
    }
}

// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/adapters/http/request.ts
var http_request = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/adapters/http/server.ts
var server = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/adapters/http/ct.ts
/**
 * RFC 6962 §4 routes of the CA's Certificate Transparency log under /ct/v1/: add-pre-chain, get-sth,
 * get-sth-consistency, get-proof-by-hash, get-entries. JSON shapes as the RFC gives them (binary fields base64).
 * Errors use the log server's `{code, message}` body and status table.
 */






/** The CA logs its own precertificates; the chain is short (leaf, intermediate, root). */
const MAX_CHAIN_CERTIFICATES = 5;
function registerCt(router, ctLog) {
    router.post('/ct/v1/add-pre-chain', async (request) => {
        const root = (0,decode/* decode */.D4)((0,http_request/* readJsonBody */.nE)(request), 'INVALID_FIELD', 'request');
        root.onlyKeys(['chain']);
        const chain = root.get('chain').array();
        if (chain.length > MAX_CHAIN_CERTIFICATES) {
            throw new errors/* CodedError */.AK('BAD_REQUEST', `chain holds more than ${MAX_CHAIN_CERTIFICATES} certificates`);
        }
        const added = await ctLog.addPreChain(chain.map((c, i) => (0,bytes/* fromBase64 */.Ey)(c.nonEmptyString(), `chain[${i}]`)));
        // The SCT's fields, as RFC 6962 §4.1 returns them (signature = TLS DigitallySigned, base64).
        const sct = added.sct;
        return (0,server/* jsonResponse */.Yf)(200, {
            sct_version: 0,
            id: (0,bytes/* toBase64 */.nk)(sct.subarray(1, 33)),
            timestamp: added.timestamp,
            extensions: '',
            signature: (0,bytes/* toBase64 */.nk)(sct.subarray(1 + 32 + 8 + 2)),
        });
    });
    router.get('/ct/v1/get-sth', () => (0,server/* jsonResponse */.Yf)(200, ctLog.sth()));
    router.get('/ct/v1/get-sth-consistency', (request) => {
        const first = (0,http_request/* queryInt */.Ah)(request, 'first', { required: true }) ?? 0;
        const second = (0,http_request/* queryInt */.Ah)(request, 'second', { required: true }) ?? 0;
        return (0,server/* jsonResponse */.Yf)(200, { consistency: ctLog.consistency(first, second).map(bytes/* toBase64 */.nk) });
    });
    router.get('/ct/v1/get-proof-by-hash', (request) => {
        const raw = request.query.get('hash');
        if (raw === null)
            throw new errors/* CodedError */.AK('BAD_REQUEST', 'query parameter hash is required');
        const hash = (0,bytes/* fromBase64 */.Ey)(raw, 'hash');
        if (hash.byteLength !== 32)
            throw new errors/* CodedError */.AK('BAD_REQUEST', 'hash must be a base64 SHA-256 leaf hash');
        const treeSize = (0,http_request/* queryInt */.Ah)(request, 'tree_size', { required: true, min: 1 }) ?? 1;
        const proof = ctLog.proofByHash(hash, treeSize);
        return (0,server/* jsonResponse */.Yf)(200, { leaf_index: proof.leafIndex, audit_path: proof.auditPath.map(bytes/* toBase64 */.nk) });
    });
    router.get('/ct/v1/get-entries', (request) => {
        const start = (0,http_request/* queryInt */.Ah)(request, 'start', { required: true }) ?? 0;
        const end = (0,http_request/* queryInt */.Ah)(request, 'end', { required: true }) ?? 0;
        if (end < start)
            throw new errors/* CodedError */.AK('BAD_REQUEST', 'end must not be before start');
        return (0,server/* jsonResponse */.Yf)(200, { entries: ctLog.entries(start, Math.min(end, start + MAX_ENTRIES_PER_GET - 1)) });
    });
}

// EXTERNAL MODULE: ./src/adapters/http/status.ts
var http_status = __webpack_require__(3276);
;// CONCATENATED MODULE: ./src/adapters/http/fulcio.ts
/**
 * Fulcio v2 REST routes (sigstore/fulcio `fulcio.proto`, served by grpc-gateway): `POST /api/v2/signingCert`,
 * `GET /api/v2/trustBundle`, `GET /api/v2/configuration`. Certificates travel as PEM strings; errors as
 * grpc-gateway's Status JSON `{code: <gRPC code>, message, details}`, with our ErrorCode as a
 * google.rpc.ErrorInfo `reason` in `details` (and in the X-Provlog-Error header, as on the log routes), so a
 * client can tell which check refused the token without reading the message.
 */







/** gRPC status codes grpc-gateway derives from an HTTP status (google.rpc.Code). */
function grpcCode(status) {
    if (status === 400 || status === 413)
        return 3; // INVALID_ARGUMENT
    if (status === 401)
        return 16; // UNAUTHENTICATED
    if (status === 403)
        return 7; // PERMISSION_DENIED
    if (status === 404)
        return 5; // NOT_FOUND
    if (status === 503)
        return 14; // UNAVAILABLE
    return 13; // INTERNAL
}
function fulcioErrorResponse(error) {
    const coded = (0,errors/* toCodedError */.Bt)(error);
    const status = http_status/* HTTP_STATUS */.gx[coded.code];
    const message = status >= 500 && status !== 503 ? 'internal server error' : coded.message;
    const body = {
        code: grpcCode(status),
        message,
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: coded.code, domain: 'provlog' }],
    };
    return {
        status,
        headers: { 'content-type': 'application/json', 'x-provlog-error': coded.code },
        body: (0,bytes/* utf8 */.As)(`${JSON.stringify(body)}\n`),
    };
}
/** Fulcio answers errors in its own shape; server faults still reach the server's error hook via rethrow. */
function fulcioHandler(handler) {
    return async (request) => {
        try {
            return await handler(request);
        }
        catch (error) {
            const response = fulcioErrorResponse(error);
            if (response.status >= 500 && response.status !== 503)
                throw error;
            return response;
        }
    };
}
function pemChain(certificates) {
    return { certificates: certificates.map((der) => (0,keys/* formatPem */.uy)('CERTIFICATE', der)) };
}
function registerFulcio(router, ca) {
    router.post('/api/v2/signingCert', fulcioHandler(async (request) => {
        const root = (0,decode/* decode */.D4)((0,http_request/* readJsonBody */.nE)(request), 'INVALID_FIELD', 'request');
        root.onlyKeys(['credentials', 'publicKeyRequest', 'certificateSigningRequest']);
        if (root.optional('certificateSigningRequest') !== undefined) {
            root
                .get('certificateSigningRequest')
                .fail('is not supported by this CA; send publicKeyRequest with a proof of possession');
        }
        const token = root.get('credentials').onlyKeys(['oidcIdentityToken']).get('oidcIdentityToken').nonEmptyString();
        const keyRequest = root.get('publicKeyRequest').onlyKeys(['publicKey', 'proofOfPossession']);
        const publicKey = keyRequest.get('publicKey').onlyKeys(['algorithm', 'content']);
        const pop = keyRequest.optional('proofOfPossession');
        const chain = await ca.issue({
            token,
            publicKeyPem: publicKey.get('content').nonEmptyString(),
            proofOfPossession: pop === undefined ? undefined : pop.bytes(),
        });
        // Fulcio answers 201 Created with the chain, leaf first, the SCT embedded in the leaf.
        return (0,server/* jsonResponse */.Yf)(201, { signedCertificateEmbeddedSct: { chain: pemChain(chain) } });
    }));
    router.get('/api/v2/trustBundle', fulcioHandler(() => (0,server/* jsonResponse */.Yf)(200, { chains: [pemChain(ca.chainAbove)] })));
    router.get('/api/v2/configuration', fulcioHandler(() => (0,server/* jsonResponse */.Yf)(200, {
        issuers: ca.issuerList.map((i) => ({ issuerUrl: i.issuerUrl, audience: ca.audience, challengeClaim: 'sub' })),
    })));
}

// EXTERNAL MODULE: ./src/adapters/client/node-http.ts
var node_http = __webpack_require__(1237);
;// CONCATENATED MODULE: ./src/adapters/oidc/issuer-keys.ts
/**
 * The signing keys of the OIDC issuers the CA trusts: OIDC Discovery (`{issuer}/.well-known/openid-configuration`
 * -> `jwks_uri`, whose `issuer` must equal the configured one exactly, OIDC Discovery §4.3), then the JWKS.
 * Both are cached per issuer. A token naming a `kid` the cached JWKS lacks triggers ONE refetch (key rotation),
 * at most once per `minRefetchMs` per issuer, so tokens with made-up `kid`s cannot turn the CA into a flood of
 * requests at the issuer. Concurrent requests share one fetch. Responses are size-capped and time-limited.
 */


const MAX_RESPONSE_BYTES = 256 * 1024;
const MAX_KEYS = 64;
function unreachable(issuer, what, cause) {
    return new errors/* CodedError */.AK('OIDC_ISSUER_UNREACHABLE', `cannot get the signing keys of ${issuer}: ${what}`, {
        ...(cause === undefined ? {} : { cause }),
    });
}
/** http:// is only for a loopback issuer (tests, local development); everything else must be https://. */
function checkIssuerUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* CodedError */.AK('USAGE', `OIDC issuer ${text} is not a URL`);
    }
    const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* CodedError */.AK('USAGE', `OIDC issuer ${text} must be https:// (http:// only on loopback)`);
    }
    if (url.search !== '' || url.hash !== '' || url.username !== '') {
        throw new errors/* CodedError */.AK('USAGE', `OIDC issuer ${text} must not carry a query, fragment or credentials`);
    }
    return url;
}
class IssuerKeys {
    cache = new Map();
    inFlight = new Map();
    lastRefetch = new Map();
    timeoutMs;
    maxAgeMs;
    minRefetchMs;
    clock;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 10_000;
        this.maxAgeMs = options.maxAgeMs ?? 3_600_000;
        this.minRefetchMs = options.minRefetchMs ?? 10_000;
        this.clock = options.clock ?? Date.now;
    }
    /**
     * The issuer's JWKS keys, from the cache when fresh. When a stale cache cannot be refreshed (issuer down),
     * the cached keys are used rather than refusing every token: they were the issuer's keys, and a revoked key
     * will be gone at the next successful refresh.
     */
    async keys(issuer) {
        const cached = this.cache.get(issuer);
        if (cached !== undefined && this.clock() - cached.fetchedAt < this.maxAgeMs)
            return cached.keys;
        try {
            return (await this.fetch(issuer)).keys;
        }
        catch (error) {
            if (cached !== undefined)
                return cached.keys;
            throw error;
        }
    }
    /** Refetches after an unknown `kid`, unless one was refetched too recently; returns the keys either way. */
    async refresh(issuer) {
        const last = this.lastRefetch.get(issuer);
        const cached = this.cache.get(issuer);
        if (cached !== undefined && last !== undefined && this.clock() - last < this.minRefetchMs)
            return cached.keys;
        this.lastRefetch.set(issuer, this.clock());
        return (await this.fetch(issuer)).keys;
    }
    fetch(issuer) {
        let pending = this.inFlight.get(issuer);
        if (pending === undefined) {
            pending = this.load(issuer).finally(() => this.inFlight.delete(issuer));
            this.inFlight.set(issuer, pending);
        }
        return pending;
    }
    async load(issuer) {
        const base = issuer.replace(/\/+$/, '');
        const discovery = await this.getJson(issuer, `${base}/.well-known/openid-configuration`);
        if (discovery.issuer !== issuer) {
            throw unreachable(issuer, `its discovery document names issuer ${JSON.stringify(discovery.issuer)}`);
        }
        const jwksUri = discovery.jwks_uri;
        if (typeof jwksUri !== 'string')
            throw unreachable(issuer, 'its discovery document has no jwks_uri');
        let jwksUrl;
        try {
            jwksUrl = checkIssuerUrl(jwksUri);
        }
        catch (cause) {
            throw unreachable(issuer, `jwks_uri ${jwksUri} is not an https URL`, cause);
        }
        const jwks = await this.getJson(issuer, jwksUrl.href);
        const keys = jwks.keys;
        if (!Array.isArray(keys) || keys.length > MAX_KEYS) {
            throw unreachable(issuer, `the JWKS at ${jwksUri} has no keys array of at most ${MAX_KEYS} keys`);
        }
        const valid = keys.filter((k) => typeof k === 'object' && k !== null && !Array.isArray(k));
        const cached = { keys: valid, fetchedAt: this.clock() };
        this.cache.set(issuer, cached);
        return cached;
    }
    async getJson(issuer, url) {
        let text;
        try {
            const response = await (0,node_http/* httpExchange */.a)({
                method: 'GET',
                url,
                headers: { accept: 'application/json' },
                timeoutMs: this.timeoutMs,
                maxResponseBytes: MAX_RESPONSE_BYTES,
            });
            if (response.status !== 200)
                throw unreachable(issuer, `GET ${url} answered ${response.status}`);
            text = response.text;
        }
        catch (error) {
            if (error instanceof errors/* CodedError */.AK)
                throw error;
            throw unreachable(issuer, `GET ${url} failed (${error instanceof Error ? error.message : String(error)})`, error);
        }
        try {
            const value = JSON.parse(text);
            if (typeof value === 'object' && value !== null && !Array.isArray(value))
                return value;
        }
        catch {
            // reported below
        }
        throw unreachable(issuer, `GET ${url} did not answer a JSON object`);
    }
}

// EXTERNAL MODULE: ./src/adapters/storage/sqlite.ts + 2 modules
var sqlite = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/adapters/ca/ca-files.ts
var ca_files = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/adapters/ca/certificate-authority.ts + 2 modules
var certificate_authority = __webpack_require__(3315);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/bundle/trust.ts + 1 modules
var bundle_trust = __webpack_require__(8585);
;// CONCATENATED MODULE: ./src/adapters/ca/trusted-root.ts
/**
 * Puts the CA into the server's trusted_root.json: one `certificateAuthorities` entry (chain intermediate ->
 * root, validFor = the intermediate's validity) and one `ctlogs` entry (the CT log's key, logId = SHA-256 of
 * its SPKI, valid from the CT log's creation). Additive and idempotent: a root already holding them is left
 * as it is, and the log's `tlogs` are never touched. Written to a temporary file and renamed (never half a root).
 */






function addCaToTrustedRoot(path, trust) {
    const root = (0,bundle_trust/* parseTrustedRoot */.t1)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    let changed = false;
    if (!root.certificateAuthorities.some((ca) => ca.certChain.some((der) => (0,bytes/* bytesEqual */.O6)(der, trust.rootDer)))) {
        const intermediate = (0,certificate/* parseCertificate */.hB)(trust.intermediateDer, 'CA intermediate certificate');
        root.certificateAuthorities.push({
            subject: { organization: ca_files/* INTERMEDIATE_NAME */.KN.organization, commonName: ca_files/* INTERMEDIATE_NAME */.KN.commonName },
            uri: trust.baseUrl,
            certChain: [trust.intermediateDer, trust.rootDer],
            validFor: { start: intermediate.notBefore, end: intermediate.notAfter },
        });
        changed = true;
    }
    const logId = (0,keys/* keyId */.xs)(trust.ctPublicKey);
    if (!root.ctlogs.some((log) => (0,bytes/* bytesEqual */.O6)(log.logId, logId))) {
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
    if (!changed)
        return;
    const temporary = `${path}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify((0,bundle_trust/* formatTrustedRoot */.li)(root), null, 2)}\n`);
    (0,external_node_fs_.renameSync)(temporary, path);
}

;// CONCATENATED MODULE: ./src/adapters/ca/start-ca.ts
/**
 * Wiring of `provlog serve --ca` inside the log server: CA material and the CT log (its own SQLite file,
 * ct.sqlite, beside log.sqlite) from the data directory, the CA in trusted_root.json, the Fulcio and CT routes.
 */









const CT_SQLITE_FILE = 'ct.sqlite';
async function startCa(router, options, where) {
    if (options.issuers.length === 0) {
        throw new errors/* CodedError */.AK('USAGE', 'the CA needs at least one OIDC issuer (--oidc-issuer URL)');
    }
    for (const issuer of options.issuers)
        checkIssuerUrl(issuer.issuerUrl);
    const clock = () => Date.now();
    const material = (0,ca_files/* readOrCreateCaMaterial */.V_)(where.dataDir, clock());
    const ctLog = CtLog.open({
        storage: (0,sqlite/* openSqliteStorage */.O)(where.dataDir, CT_SQLITE_FILE),
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
    }
    catch (error) {
        await ctLog.close();
        throw error;
    }
    const ca = new certificate_authority/* CertificateAuthority */.ZQ({
        issuers: options.issuers,
        audience: options.audience ?? certificate_authority/* DEFAULT_AUDIENCE */.Z4,
        material,
        ctLog,
        keys: new IssuerKeys(options.issuerKeys ?? {}),
        clock,
    });
    registerFulcio(router, ca);
    registerCt(router, ctLog);
    return { ca, ctLog, close: () => ctLog.close() };
}


/***/ }),

/***/ 398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readOrCreateKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _node_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9825);
/** Private key files of a server's data directory: created once with mode 0600, refused when others can read them. */



/** An ECDSA P-256 key as PEM PKCS#8, created at `path` on first use; never printed. */
function readOrCreateKey(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, (0,_node_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .generatePrivateKeyPem */ .Ai)('ecdsa-p256'), { mode: 0o600, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, 0o600);
    }
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).mode & 0o077;
    if (mode !== 0 && process.platform !== 'win32') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('USAGE', `${path} is readable by other users (mode ${(mode | 0o600).toString(8)}); run chmod 600 on it`);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
}


/***/ }),

/***/ 3223:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ startLogServer)
/* harmony export */ });
/* unused harmony exports KEY_FILE, IDENTITY_FILE, TRUSTED_ROOT_FILE, SIGNING_CONFIG_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1462);
/* harmony import */ var _core_signing_config_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6936);
/* harmony import */ var _core_signing_config_server_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8145);
/* harmony import */ var _log_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7979);
/* harmony import */ var _ca_start_ca_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3667);
/* harmony import */ var _crypto_key_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(398);
/* harmony import */ var _crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9825);
/* harmony import */ var _storage_sqlite_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6547);
/* harmony import */ var _tsa_authority_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3802);
/* harmony import */ var _admission_pool_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1607);
/* harmony import */ var _rekor_v1_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9738);
/* harmony import */ var _rekor_v2_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4671);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3456);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4646);
/* harmony import */ var _tiles_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(1813);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(5850);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_admission_pool_js__WEBPACK_IMPORTED_MODULE_14__]);
_admission_pool_js__WEBPACK_IMPORTED_MODULE_14__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Wiring of a complete log server (what `provlog serve`, the demo and the integration tests share): the data
 * directory (key, identity, SQLite), the TransparencyLog, the HTTP routes, and an orderly close.
 *
 * Identity is fixed at first start and stored in DIR/log.json: the checkpoint signer name and the trusted
 * root's baseUrl. Later starts reuse them even when the port differs (e.g. `--port 0`): the name is part of
 * every signed checkpoint's origin, so changing it would make the stored checkpoints unverifiable under the new
 * name, and a distributed trusted_root.json would stop matching. The URL actually served is reported separately.
 */





















const KEY_FILE = 'log-key.pem';
const IDENTITY_FILE = 'log.json';
const TRUSTED_ROOT_FILE = 'trusted_root.json';
const SIGNING_CONFIG_FILE = 'signing_config.json';
async function startLogServer(options) {
    const host = options.host ?? '127.0.0.1';
    const dataDir = options.dataDir;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dataDir, { recursive: true, mode: 0o700 });
    const signer = (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_11__/* .signerFromPem */ .jM)((0,_crypto_key_file_js__WEBPACK_IMPORTED_MODULE_10__/* .readOrCreateKey */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, KEY_FILE)), 'log key');
    const router = new _router_js__WEBPACK_IMPORTED_MODULE_17__/* .Router */ .I();
    const http = await (0,_server_js__WEBPACK_IMPORTED_MODULE_18__/* .listenHttp */ .iR)(router, host, options.port ?? 3000, {
        ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
        ...(options.httpLimits === undefined ? {} : { limits: options.httpLimits }),
        ...(options.onServerError === undefined ? {} : { onServerError: options.onServerError }),
    });
    const url = `http://${urlHost(host)}:${http.port}`;
    let storage;
    let log;
    let identity;
    try {
        identity = readOrCreateIdentity((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, IDENTITY_FILE), {
            servedUrl: url,
            defaultName: `${urlHost(host)}:${http.port}`,
            ...(options.name === undefined ? {} : { name: options.name }),
            ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
        });
        storage = (0,_storage_sqlite_js__WEBPACK_IMPORTED_MODULE_12__/* .openSqliteStorage */ .O)(dataDir);
        log = _log_log_js__WEBPACK_IMPORTED_MODULE_8__/* .TransparencyLog */ .bg.open({
            storage,
            signer,
            name: identity.name,
            clock: () => Date.now(),
            newTreeId: randomTreeId,
            ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
            ...(options.maxPending === undefined ? {} : { maxPending: options.maxPending }),
        });
    }
    catch (error) {
        storage?.close();
        await http.close();
        throw error;
    }
    const trustedRootPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, TRUSTED_ROOT_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(trustedRootPath)) {
        // validFor.start must not be later than any entry's integratedTime (whole seconds): round down.
        const created = log.createdAt;
        const root = (0,_core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .buildTrustedRootForLog */ .lQ)({
            baseUrl: identity.baseUrl,
            publicKey: log.publicKey,
            start: Math.floor(created),
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(trustedRootPath, `${JSON.stringify(root, null, 2)}\n`);
    }
    // Signature checks (entries, and the proposed entries of a retrieve) run on worker threads with a time budget,
    // off the event loop.
    const admission = new _admission_pool_js__WEBPACK_IMPORTED_MODULE_14__.AdmissionPool({
        ...(options.admissionThreads === undefined ? {} : { threads: options.admissionThreads }),
        ...(options.admissionTimeoutMs === undefined ? {} : { timeoutMs: options.admissionTimeoutMs }),
    });
    (0,_rekor_v1_js__WEBPACK_IMPORTED_MODULE_15__/* .registerRekorV1 */ .O)(router, log, {
        admit: (body) => admission.admit(body, {}),
        planSearch: (body) => admission.planSearch(body),
    });
    await admission.ready();
    (0,_rekor_v2_js__WEBPACK_IMPORTED_MODULE_16__/* .registerRekorV2 */ .t)(router, log, { admit: (body) => admission.admitV2(body) });
    (0,_tiles_js__WEBPACK_IMPORTED_MODULE_19__/* .registerTiles */ .vx)(router, log);
    let ca;
    try {
        if (options.ca !== undefined) {
            ca = await (0,_ca_start_ca_js__WEBPACK_IMPORTED_MODULE_9__/* .startCa */ .R)(router, options.ca, { dataDir, baseUrl: identity.baseUrl, trustedRootPath });
        }
    }
    catch (error) {
        await http.close();
        await admission.close();
        await log.close();
        throw error;
    }
    // The TSA (--tsa) and signing_config.json; a failure here (e.g. a TSA key others can read) closes what is open.
    let tsaChainPem;
    let signingConfigPath;
    try {
        let tsaService;
        if (options.tsa === true) {
            const organization = `provlog ${identity.name}`;
            const tsa = (0,_tsa_authority_js__WEBPACK_IMPORTED_MODULE_13__/* .openTimestampAuthority */ .Ix)(dataDir, organization);
            tsaService = { url: `${identity.baseUrl}${_timestamp_js__WEBPACK_IMPORTED_MODULE_20__/* .TIMESTAMP_PATH */ .x7}`, start: tsa.validFrom };
            (0,_tsa_authority_js__WEBPACK_IMPORTED_MODULE_13__/* .trustTimestampAuthority */ .Uh)(trustedRootPath, tsa, { uri: tsaService.url, organization });
            (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_20__/* .registerTimestampAuthority */ .ds)(router, tsa);
            tsaChainPem = tsa.chainPem;
        }
        // What runs now, for Sigstore clients. A CA (--ca) joins here as `ca: { url, start }`.
        signingConfigPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, SIGNING_CONFIG_FILE);
        const signingConfig = (0,_core_signing_config_server_js__WEBPACK_IMPORTED_MODULE_7__/* .buildServerSigningConfig */ .H)({
            logUrl: identity.baseUrl,
            logStart: Math.floor(log.createdAt),
            logV2: true, // registerRekorV2 above
            ...(tsaService === undefined ? {} : { tsa: tsaService }),
            operator: identity.name,
        });
        writeFileAtomically(signingConfigPath, `${JSON.stringify((0,_core_signing_config_config_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSigningConfig */ .fk)(signingConfig), null, 2)}\n`);
    }
    catch (error) {
        await http.close();
        await admission.close();
        await log.close();
        throw error;
    }
    let closing;
    return {
        url,
        port: http.port,
        baseUrl: identity.baseUrl,
        name: identity.name,
        log,
        logIdHex: log.logIdHex,
        treeId: log.treeId,
        trustedRootPath,
        signingConfigPath,
        ...(tsaChainPem === undefined ? {} : { tsaChainPem }),
        ...(ca === undefined ? {} : { ca }),
        close() {
            closing ??= (async () => {
                // Stop accepting and let in-flight requests (and so their writes) finish; then the log drains its
                // queue and closes SQLite.
                await http.close();
                await admission.close();
                await log.close();
                await ca?.close();
            })();
            return closing;
        },
    };
}
function writeFileAtomically(path, text) {
    const tmp = `${path}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
}
function urlHost(host) {
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
function readOrCreateIdentity(path, want) {
    const publicUrl = want.publicUrl === undefined ? undefined : parsePublicUrl(want.publicUrl);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
        const root = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeJson */ .xO)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'), 'INVALID_FIELD', path);
        const identity = { name: root.get('name').nonEmptyString(), baseUrl: root.get('baseUrl').nonEmptyString() };
        if (want.name !== undefined && want.name !== identity.name) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--name ${want.name} differs from the name this log was created with (${identity.name}); checkpoints are signed under that name`);
        }
        if (publicUrl !== undefined && publicUrl.href !== identity.baseUrl) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--public-url ${publicUrl.href} differs from the URL this log was created with (${identity.baseUrl}), which verifiers already hold in trusted_root.json`);
        }
        return identity;
    }
    const name = want.name ?? publicUrl?.host ?? want.defaultName;
    checkName(name);
    const identity = { name, baseUrl: publicUrl?.href ?? want.servedUrl };
    if (!identity.baseUrl.includes(name)) {
        // sigstore-js only accepts a checkpoint whose signer name is part of the trusted root's baseUrl.
        if (publicUrl !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--name ${name} must be part of --public-url ${publicUrl.href} (Sigstore clients check this)`);
        }
        identity.baseUrl = `http://${name}`;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, `${JSON.stringify(identity, null, 2)}\n`);
    return identity;
}
/** An http(s) URL without query, fragment or trailing slash, kept as `href` in that normal form. */
function parsePublicUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--public-url ${text} is not a URL (e.g. https://log.example.com)`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || url.username) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--public-url ${text} must be a plain http(s) URL (e.g. https://log.example.com)`);
    }
    return { href: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, host: url.host };
}
/** Signed-note names are non-empty with no spaces or '+' (C2SP signed-note). */
function checkName(name) {
    if (name === '' || /[\s+]/.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `--name "${name}" is not a valid checkpoint signer name (no spaces or '+')`);
    }
}
/** A random Trillian-style tree ID: int64 > 0, as a decimal string. */
function randomTreeId() {
    const value = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).readBigUInt64BE() & 0x7fffffffffffffffn;
    return (value === 0n ? 1n : value).toString(10);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ registerRekorV1)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6965);
/* harmony import */ var _admission_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2097);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2812);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4646);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3276);
/**
 * Rekor v1 REST routes (research/rekor-v1.md §1): shapes, status codes, headers and error bodies as Rekor
 * sends them. Handlers are thin: decode the request, call the admission check or the log, encode the answer.
 */









const ENTRY_PATH = '/api/v1/log/entries';
function registerRekorV1(router, log, options) {
    router
        .get('/ping', () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'pong' }))
        .get('/api/v1/log', (req) => getLogInfo(log, req))
        .get('/api/v1/log/publicKey', (req) => getPublicKey(log, req))
        .get('/api/v1/log/proof', (req) => getLogProof(log, req))
        .post(ENTRY_PATH, (req) => createLogEntry(log, req, options.admit))
        .get(ENTRY_PATH, (req) => getEntryByIndex(log, req))
        .post('/api/v1/log/entries/retrieve', (req) => searchLogQuery(log, req, options.planSearch))
        .get(/^\/api\/v1\/log\/entries\/([^/]+)$/, (req) => getEntryByUuid(log, req))
        .post('/api/v1/index/retrieve', (req) => searchIndex(log, req));
}
function checkTreeId(log, req) {
    const treeId = req.query.get('treeID');
    if (treeId === null)
        return;
    if (!/^[0-9]+$/.test(treeId))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'treeID must be a decimal integer');
    if (treeId !== log.treeId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `unknown treeID ${treeId}`);
}
function getLogInfo(log, req) {
    checkTreeId(log, req);
    const head = log.head();
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, {
        rootHash: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(head.rootHash),
        signedTreeHead: head.checkpoint,
        treeID: log.treeId,
        treeSize: head.size,
    });
}
function getPublicKey(log, req) {
    checkTreeId(log, req);
    return {
        status: 200,
        headers: { 'content-type': 'application/x-pem-file', 'cache-control': 'no-cache' },
        body: (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPublicKeyPem */ ._i)(log.publicKey),
    };
}
function getLogProof(log, req) {
    checkTreeId(log, req);
    const firstSize = (0,_request_js__WEBPACK_IMPORTED_MODULE_6__/* .queryInt */ .Ah)(req, 'firstSize', { min: 1 }) ?? 1;
    const lastSize = (0,_request_js__WEBPACK_IMPORTED_MODULE_6__/* .queryInt */ .Ah)(req, 'lastSize', { required: true, min: 1 }) ?? 1;
    if (firstSize > lastSize) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `firstSize(${firstSize}) must be less than lastSize(${lastSize})`);
    }
    const head = log.head();
    if (lastSize > head.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `the tree size requested(${lastSize}) was greater than what is currently observable(${head.size})`);
    }
    const hashes = log.consistencyProof(firstSize, lastSize);
    // Rekor (Trillian) returns the CURRENT root here; clients verify against their own newer checkpoint.
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, { rootHash: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(head.rootHash), hashes: hashes.map(_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj) });
}
function entryMap(view) {
    return { [view.uuid]: view.entry };
}
async function createLogEntry(log, req, admit) {
    const admitted = await admit(req.body);
    let view;
    try {
        view = await log.add(admitted);
    }
    catch (error) {
        const uuid = duplicateUuid(error);
        if (uuid === undefined)
            throw error;
        const response = (0,_status_js__WEBPACK_IMPORTED_MODULE_8__/* .errorResponse */ .yj)(409, `an equivalent entry already exists in the transparency log with UUID ${uuid}`, 'DUPLICATE_ENTRY');
        return { ...response, headers: { ...response.headers, location: `${ENTRY_PATH}/${uuid}` } };
    }
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(201, entryMap(view), { etag: view.uuid, location: `${ENTRY_PATH}/${view.uuid}` });
}
function duplicateUuid(error) {
    if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK) || error.code !== 'DUPLICATE_ENTRY')
        return undefined;
    const uuid = error.details?.uuid;
    return typeof uuid === 'string' ? uuid : undefined;
}
/** Rekor answers a missing entry with 404, no body and no Content-Type. */
const NOT_FOUND_EMPTY = { status: 404, headers: { 'x-provlog-error': 'NOT_FOUND' } };
function getEntryByIndex(log, req) {
    const index = (0,_request_js__WEBPACK_IMPORTED_MODULE_6__/* .queryInt */ .Ah)(req, 'logIndex', { required: true }) ?? 0;
    const view = log.entryByIndex(index);
    return view === undefined ? NOT_FOUND_EMPTY : (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, entryMap(view));
}
function getEntryByUuid(log, req) {
    const view = log.entryByUuid(req.params[0] ?? '');
    return view === undefined ? NOT_FOUND_EMPTY : (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, entryMap(view));
}
async function searchLogQuery(log, req, plan) {
    const query = await plan(req.body);
    if (!query.ok) {
        return (0,_status_js__WEBPACK_IMPORTED_MODULE_8__/* .errorResponse */ .yj)(422, `more than max allowed ${_admission_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RETRIEVE_ITEMS */ .Zq} entries in request`, 'TOO_LARGE');
    }
    const found = [];
    for (const uuid of query.uuids)
        found.push(log.entryByUuid(uuid));
    for (const index of query.indexes)
        found.push(log.entryByIndex(index));
    for (const uuid of query.proposedUuids)
        found.push(log.entryByUuid(uuid));
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, found.filter((v) => v !== undefined).map((v) => entryMap(v)));
}
const HASH_RE = /^(?:(sha256:)?[0-9a-f]{64}|sha1:[0-9a-f]{40}|sha512:[0-9a-f]{128})$/;
const KEY_FORMATS = ['pgp', 'x509', 'minisign', 'ssh', 'tuf'];
function searchIndex(log, req) {
    const root = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)((0,_request_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonBody */ .nE)(req), 'BAD_REQUEST', 'SearchIndex').onlyKeys([
        'email',
        'subject',
        'publicKey',
        'hash',
        'operator',
    ]);
    const operator = root.optional('operator')?.oneOf(['and', 'or']) ?? 'or';
    const keys = [];
    const hash = root.optional('hash')?.string().toLowerCase();
    if (hash !== undefined) {
        if (!HASH_RE.test(hash))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'SearchIndex.hash must be [sha256:]<64 hex>');
        keys.push(hash.includes(':') ? hash : `sha256:${hash}`);
    }
    const publicKey = root.optional('publicKey');
    if (publicKey !== undefined) {
        publicKey.onlyKeys(['format', 'content', 'url']);
        const format = publicKey.get('format').oneOf(KEY_FORMATS);
        if (format !== 'x509') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `SearchIndex.publicKey.format ${format} is not indexed by this log (use x509)`);
        }
        if (publicKey.optional('url') !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'SearchIndex.publicKey.url is not supported; send the key as content');
        }
        keys.push(publicKeyIndexKey(publicKey.get('content').base64()));
    }
    const email = root.optional('email')?.nonEmptyString();
    if (email !== undefined)
        keys.push(email.toLowerCase());
    const subject = root.optional('subject')?.nonEmptyString();
    if (subject !== undefined)
        keys.push(subject);
    if (keys.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'SearchIndex needs at least one of hash, publicKey, email, subject');
    }
    const results = keys.map((k) => log.search(k));
    let uuids;
    if (operator === 'and') {
        const [first = [], ...rest] = results;
        uuids = first.filter((u) => rest.every((r) => r.includes(u)));
    }
    else {
        uuids = [...new Set(results.flat())];
    }
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonResponse */ .Yf)(200, uuids);
}
/**
 * The index key of a public key or certificate (PEM, or DER SPKI): hex SHA-256 of its canonical PEM, computed by
 * the same code that indexes entries (core/rekor/verifier.ts), so any spelling of a key finds its entries.
 */
function publicKeyIndexKey(content) {
    const what = 'SearchIndex.publicKey.content';
    const text = Buffer.from(content).toString('latin1');
    const pem = text.includes('-----BEGIN') ? text : (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)('PUBLIC KEY', (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKeyDer */ .f)(content, what).spki);
    return (0,_core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .keyIndexKey */ .nu)((0,_core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVerifierPem */ .I$)(pem, what));
}


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ registerRekorV2)
/* harmony export */ });
/* unused harmony export formatTransparencyLogEntryV2 */
/* harmony import */ var _core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6651);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4646);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3276);
/**
 * Rekor v2 write path (research/tiles-perf.md §1.2): `POST /api/v2/log/entries` with a hashedRekordRequestV002,
 * answered with a protobuf-specs `TransparencyLogEntry` in proto3 JSON (int64 as strings, bytes as base64). As
 * in Rekor v2 there is no SET and integratedTime is 0: clients take time from a timestamp authority and the
 * tree from the checkpoint. Duplicates: 409 with `x-log-index`.
 */




function registerRekorV2(router, log, options) {
    router.post('/api/v2/log/entries', (req) => createEntryV2(log, req, options.admit));
}
async function createEntryV2(log, req, admit) {
    const admitted = await admit(req.body);
    let view;
    try {
        view = await log.add(admitted);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK && error.code === 'DUPLICATE_ENTRY') {
            const index = error.details?.index;
            const response = (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .errorResponse */ .yj)(409, 'an equivalent entry already exists in the log', 'DUPLICATE_ENTRY');
            return { ...response, headers: { ...response.headers, 'x-log-index': String(index ?? '') } };
        }
        throw error;
    }
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonResponse */ .Yf)(201, formatTransparencyLogEntryV2(view));
}
/**
 * The Rekor v2 `TransparencyLogEntry` for a stored entry: the bundle form of the v1 entry (core/bundle), minus
 * what v2 does not promise (no SET; integratedTime 0 and therefore omitted, as proto3 JSON omits defaults).
 */
function formatTransparencyLogEntryV2(view) {
    const entry = (0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .tlogEntryFromRekor */ .ay)(view.uuid, view.entry);
    if (entry.inclusionProof === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INTERNAL', 'the log returned an entry without an inclusion proof');
    }
    const { inclusionPromise: _set, ...rest } = entry;
    return (0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTlogEntry */ .Id)({ ...rest, integratedTime: 0 });
}


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Router)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * A tiny router: exact paths and regular-expression paths, one handler per (method, path). Unknown paths are
 * 404 and known paths with another method 405, both with Rekor's `{code, message}` body, so a client mistake
 * never reaches a handler it was not written for.
 */

class Router {
    routes = [];
    get(path, handler) {
        this.routes.push({ method: 'GET', path, handler });
        return this;
    }
    post(path, handler) {
        this.routes.push({ method: 'POST', path, handler });
        return this;
    }
    /** Finds the handler; throws NOT_FOUND / METHOD_NOT_ALLOWED (mapped to 404 / 405 by status.ts). */
    match(method, path) {
        let pathKnown = false;
        const effective = method === 'HEAD' ? 'GET' : method;
        for (const route of this.routes) {
            const params = matchPath(route.path, path);
            if (params === undefined)
                continue;
            pathKnown = true;
            if (route.method === effective)
                return { handler: route.handler, params };
        }
        if (pathKnown)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('METHOD_NOT_ALLOWED', `method ${method} is not allowed on ${path}`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('NOT_FOUND', `path ${path} not found`);
    }
}
function matchPath(pattern, path) {
    if (typeof pattern === 'string')
        return pattern === path ? [] : undefined;
    const m = pattern.exec(path);
    if (m === null)
        return undefined;
    return m.slice(1).map((g) => g ?? '');
}


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yf: () => (/* binding */ jsonResponse),
/* harmony export */   iR: () => (/* binding */ listenHttp),
/* harmony export */   q_: () => (/* binding */ DEFAULT_HTTP_LIMITS),
/* harmony export */   y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3276);
/**
 * node:http plumbing for the log server: body size cap (413 before a byte of an oversized body is buffered),
 * connection and time limits (below), dispatch through the Router, the error table of status.ts, keep-alive, and
 * a graceful close that stops accepting, lets in-flight requests finish and then drops idle keep-alive sockets.
 *
 * Slow clients (slowloris: sockets opened and fed a byte at a time) are cut off by time, and the number of open
 * sockets is capped, so neither can exhaust the process's file descriptors: headers must arrive within
 * headersTimeoutMs, a body within bodyTimeoutMs of its headers, the whole request within requestTimeoutMs, an idle
 * keep-alive socket is closed after keepAliveTimeoutMs, and sockets past maxConnections are closed on accept.
 * Node checks its timeouts on an interval (30 s by default), which is set here to a fraction of the shortest one.
 */



/** Rekor v2 and our v1 both cap request bodies at 4 MiB (research/tiles-perf.md §1.2). */
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
const DEFAULT_HTTP_LIMITS = {
    maxConnections: 1024,
    headersTimeoutMs: 10_000,
    bodyTimeoutMs: 20_000,
    requestTimeoutMs: 30_000,
    keepAliveTimeoutMs: 5_000,
};
async function listenHttp(router, host, port, options = {}) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
    if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('USAGE', 'the headers timeout must not be longer than the request timeout');
    }
    let inFlight = 0;
    let closing = false;
    let drained;
    const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)({ connectionsCheckingInterval: Math.max(10, Math.min(1000, shortest / 4)) }, (req, res) => {
        inFlight++;
        res.on('close', () => {
            inFlight--;
            if (inFlight === 0 && drained !== undefined)
                drained();
        });
        if (closing)
            res.setHeader('connection', 'close');
        void handle(router, req, res, { maxBodyBytes, bodyTimeoutMs: limits.bodyTimeoutMs }, options.onServerError);
    });
    server.maxConnections = limits.maxConnections;
    server.headersTimeout = limits.headersTimeoutMs;
    server.requestTimeout = limits.requestTimeoutMs;
    server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    return {
        server,
        port: address.port,
        host,
        async close() {
            if (closing)
                return;
            closing = true;
            const closed = new Promise((resolve) => server.close(() => resolve()));
            server.closeIdleConnections();
            if (inFlight > 0)
                await new Promise((resolve) => (drained = resolve));
            server.closeIdleConnections();
            await closed;
        },
    };
}
async function handle(router, req, res, body, onServerError) {
    const method = req.method ?? 'GET';
    let path = '/';
    let response;
    try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        path = url.pathname;
        const match = router.match(method, path);
        const bytes = method === 'POST' ? await readBody(req, body.maxBodyBytes, body.bodyTimeoutMs) : new Uint8Array(0);
        response = await match.handler({
            method,
            path,
            query: url.searchParams,
            headers: req.headers,
            body: bytes,
            params: match.params,
        });
    }
    catch (error) {
        response = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .responseForError */ .V_)(error);
        if (response.status >= 500 && response.status !== 503)
            onServerError?.(error, { method, path });
        // The rest of such a body is not read: the socket cannot carry another request.
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK && (error.code === 'TOO_LARGE' || error.code === 'REQUEST_TIMEOUT')) {
            res.setHeader('connection', 'close');
        }
    }
    send(res, response, method === 'HEAD');
}
function send(res, response, headOnly) {
    if (res.headersSent || res.destroyed)
        return;
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(response.headers ?? {}))
        res.setHeader(name, value);
    if (response.body === undefined) {
        res.setHeader('content-length', '0');
        res.end();
        return;
    }
    const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : Buffer.from(response.body);
    res.setHeader('content-length', String(body.byteLength));
    if (headOnly)
        res.end();
    else
        res.end(body);
}
/**
 * Reads the whole body, refusing (TOO_LARGE) as soon as the declared or received size passes the cap, and
 * (REQUEST_TIMEOUT) when it has not all arrived within timeoutMs.
 */
function readBody(req, maxBytes, timeoutMs) {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
        req.resume();
        return Promise.reject(tooLarge(maxBytes));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            chunks.length = 0;
            clearTimeout(timer);
            reject(error);
        };
        const timer = setTimeout(() => {
            fail(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('REQUEST_TIMEOUT', `the request body did not arrive within ${timeoutMs} ms`));
        }, timeoutMs);
        req.on('data', (chunk) => {
            if (failed)
                return;
            size += chunk.byteLength;
            if (size > maxBytes) {
                fail(tooLarge(maxBytes));
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            clearTimeout(timer);
            if (!failed)
                resolve(new Uint8Array(Buffer.concat(chunks)));
        });
        req.on('error', (cause) => {
            fail(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'the request body could not be read', { cause }));
        });
    });
}
function tooLarge(maxBytes) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('TOO_LARGE', `request body is larger than the limit of ${maxBytes} bytes`);
}
/** Response helpers shared by the route modules. */
function jsonResponse(status, value, headers = {}) {
    return {
        status,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', ...headers },
        body: `${JSON.stringify(value)}\n`,
    };
}


/***/ }),

/***/ 1813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ registerTiles)
});

// UNUSED EXPORTS: IMMUTABLE_CACHE, SHORT_CACHE

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/tiles/layout.ts
var layout = __webpack_require__(4539);
;// CONCATENATED MODULE: ./src/adapters/http/accept-encoding.ts
/**
 * `Accept-Encoding` (RFC 9110 §12.5.3) read by splitting, never by a backtracking regex: the header is up to
 * Node's 16 KiB header limit of attacker-chosen text, and a regex with nested optional whitespace took
 * ~300 ms on `gzip` followed by 16,000 spaces (issue 11 §9). Work here is one pass over the value.
 */
/** RFC 9110 §12.4.2 qvalue: `0` with up to three decimals, or `1` with up to three zeros. */
const QVALUE_RE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;
/**
 * Whether the client accepts `coding` (e.g. "gzip"): it is listed (case-insensitively) with no q parameter or a
 * q above 0. A listed coding with q=0, or with a q that is not a valid qvalue, is not accepted; a coding that is
 * not listed is not accepted either (a `*` wildcard is not taken as consent: plain bytes are always acceptable).
 * Several headers are read as one comma-separated list.
 */
function acceptsEncoding(header, coding) {
    if (header === undefined)
        return false;
    const text = typeof header === 'string' ? header : header.join(',');
    const wanted = coding.toLowerCase();
    let accepted = false;
    for (const element of text.split(',')) {
        const [name = '', ...params] = element.split(';');
        if (name.trim().toLowerCase() !== wanted)
            continue;
        const q = qOf(params);
        // A coding listed twice is accepted only if no mention of it refuses it.
        if (q === undefined || q <= 0)
            return false;
        accepted = true;
    }
    return accepted;
}
/** The q of one element's parameters: 1 when absent, undefined when malformed. */
function qOf(params) {
    let q = 1;
    for (const param of params) {
        const eq = param.indexOf('=');
        const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
        if (name !== 'q')
            continue;
        const value = eq < 0 ? '' : param.slice(eq + 1).trim();
        if (!QVALUE_RE.test(value))
            return undefined;
        q = Number(value);
    }
    return q;
}

;// CONCATENATED MODULE: ./src/adapters/http/tiles.ts
/**
 * C2SP tlog-tiles read path (research/tiles-perf.md §1.3, §2): `/checkpoint`, `/tile/<L>/<N>[.p/<W>]`,
 * `/tile/entries/<N>[.p/<W>]`. Full tiles never change, so they are cacheable forever; the checkpoint and partial
 * tiles are short-lived by nature (the spec asks for at most a few seconds of caching on the checkpoint).
 */




const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const SHORT_CACHE = 'public, max-age=2';
function registerTiles(router, log) {
    router.get('/checkpoint', () => ({
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHORT_CACHE },
        body: log.head().checkpoint,
    }));
    router.get(/^\/tile\/(.+)$/, (req) => getTile(log, req));
}
function getTile(log, req) {
    const path = req.path.slice(1);
    let tile;
    try {
        tile = (0,layout/* parseTilePath */.L8)(path);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('BAD_REQUEST', `${path} is not a tlog-tiles path`, { cause });
    }
    // The path's coordinates are valid (parseTilePath); a tile beyond the tree (or a partial tile wider than what
    // exists) is NOT_FOUND from the log: simply not there yet.
    const bytes = tile.kind === 'hash' ? log.hashTile(tile.level, tile.index, tile.width) : log.entryBundle(tile.index, tile.width);
    const headers = {
        'content-type': 'application/octet-stream',
        'cache-control': tile.width === undefined ? IMMUTABLE_CACHE : SHORT_CACHE,
        vary: 'Accept-Encoding',
    };
    // Entry bundles are JSON bodies and compress well; the spec says they SHOULD be gzipped at the HTTP layer.
    // Only when the client says it accepts gzip, so plain clients (and caches keyed without Vary) get raw bytes.
    if (tile.kind === 'entries' && acceptsGzip(req)) {
        return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: (0,external_node_zlib_.gzipSync)(bytes) };
    }
    return { status: 200, headers, body: bytes };
}
function acceptsGzip(req) {
    return acceptsEncoding(req.headers['accept-encoding'], 'gzip');
}


/***/ }),

/***/ 5850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ds: () => (/* binding */ registerTimestampAuthority),
/* harmony export */   x7: () => (/* binding */ TIMESTAMP_PATH)
/* harmony export */ });
/* unused harmony export TIMESTAMP_CERTCHAIN_PATH */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_tsa_reply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(438);
/* harmony import */ var _core_tsa_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3305);
/**
 * The RFC 3161 timestamp authority over HTTP, as sigstore's timestamp-authority serves it:
 * `POST /api/v1/timestamp` (`application/timestamp-query` in, `application/timestamp-reply` out, RFC 3161 §3.4)
 * and `GET /api/v1/timestamp/certchain` (the PEM chain, leaf first). Every request that reaches the handler gets
 * a TimeStampResp: a refusal carries its PKIFailureInfo and HTTP 400 (our code in X-Provlog-Error), never a 500.
 * genTime is the server clock, the serial number 16 random bytes.
 */



const TIMESTAMP_PATH = '/api/v1/timestamp';
const TIMESTAMP_CERTCHAIN_PATH = '/api/v1/timestamp/certchain';
const QUERY_TYPE = 'application/timestamp-query';
const REPLY_TYPE = 'application/timestamp-reply';
function registerTimestampAuthority(router, tsa, clock = () => new Date()) {
    router.post(TIMESTAMP_PATH, (req) => answer(req, tsa, clock));
    router.get(TIMESTAMP_CERTCHAIN_PATH, () => ({
        status: 200,
        headers: { 'content-type': 'application/pem-certificate-chain', 'cache-control': 'public, max-age=300' },
        body: tsa.chainPem,
    }));
}
function answer(req, tsa, clock) {
    if (mediaType(req.headers['content-type']) !== QUERY_TYPE) {
        return refusal((0,_core_tsa_reply_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseTimestamp */ .Zz)('badRequest', `the request must be ${QUERY_TYPE}`));
    }
    const parsed = (0,_core_tsa_request_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestampQuery */ .uU)(req.body, tsa.policy);
    if (!parsed.ok)
        return refusal((0,_core_tsa_reply_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseTimestamp */ .Zz)(parsed.failInfo, parsed.text));
    const reply = (0,_core_tsa_reply_js__WEBPACK_IMPORTED_MODULE_1__/* .grantTimestamp */ .B5)(tsa, { query: parsed.query, time: clock(), serial: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16) });
    return { status: 200, headers: { 'content-type': REPLY_TYPE, 'cache-control': 'no-store' }, body: reply };
}
function refusal(body) {
    return {
        status: 400,
        headers: { 'content-type': REPLY_TYPE, 'cache-control': 'no-store', 'x-provlog-error': 'BAD_REQUEST' },
        body,
    };
}
function mediaType(value) {
    const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
    return (text.split(';')[0] ?? '').trim().toLowerCase();
}


/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ openSqliteStorage)
});

// UNUSED EXPORTS: SQLITE_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "better-sqlite3"
var external_better_sqlite3_ = __webpack_require__(431);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/log/node-key.ts
var node_key = __webpack_require__(998);
;// CONCATENATED MODULE: ./src/log/storage.ts
/** Default cap on search results (Rekor's index/retrieve returns a bounded list too). */
const DEFAULT_SEARCH_LIMIT = 1000;

;// CONCATENATED MODULE: ./src/adapters/storage/rows.ts
/**
 * Typed reads of better-sqlite3 raw rows (arrays of unknown): a value of the wrong type means the database
 * file was altered or written by something else, so it is STORAGE_CORRUPT naming the column.
 */

function corrupt(what, expected) {
    throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `stored ${what} is not ${expected}`, { details: { column: what } });
}
function rowOf(value, what) {
    if (!Array.isArray(value))
        corrupt(what, 'a row');
    return value;
}
function intAt(row, i, what) {
    const v = row[i];
    if (typeof v !== 'number' || !Number.isSafeInteger(v))
        corrupt(what, 'an integer');
    return v;
}
function textAt(row, i, what) {
    const v = row[i];
    if (typeof v !== 'string')
        corrupt(what, 'text');
    return v;
}
function blobAt(row, i, what) {
    const v = row[i];
    if (!(v instanceof Uint8Array))
        corrupt(what, 'a blob');
    return plainBytes(v);
}
/** better-sqlite3 returns Buffers; hand out plain Uint8Array views of the same memory (no copy). */
function plainBytes(v) {
    return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}
function optionalBlobAt(row, i, what) {
    return row[i] === null || row[i] === undefined ? undefined : blobAt(row, i, what);
}

;// CONCATENATED MODULE: ./src/adapters/storage/sqlite.ts
/**
 * LogStorage on SQLite (better-sqlite3, synchronous). Durability: WAL + `synchronous=FULL`, so a commit has
 * been fsync'd when `commitBatch` returns; one transaction per batch holds the entries, the Merkle nodes, the
 * search rows, the attestations and the new head, so a crash leaves either all of a batch or none of it.
 *
 * Layout choices for the issue 3 §9 budget (flat proof latency to 10^6 entries, small RSS):
 * - nodes are keyed by one INTEGER (the in-order position of the node in a flat binary tree, below), so a node
 *   read is a rowid lookup and new nodes land on the right edge of the B-tree;
 * - hashes and bodies are BLOBs, never hex;
 * - every statement is prepared once; no memory-mapped I/O (it would count towards RSS).
 */







/** File name inside the data directory. */
const SQLITE_FILE = 'log.sqlite';
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  id INTEGER PRIMARY KEY CHECK (id = 1), tree_id TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS heads (
  size INTEGER PRIMARY KEY, root BLOB NOT NULL, checkpoint TEXT NOT NULL, integrated_time INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id INTEGER PRIMARY KEY, hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  idx INTEGER PRIMARY KEY, leaf_hash BLOB NOT NULL UNIQUE, integrated_time INTEGER NOT NULL, kind TEXT NOT NULL,
  api_version TEXT NOT NULL, set_sig BLOB NOT NULL, index_keys TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS attestations (idx INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS search (key TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, idx)) WITHOUT ROWID;
`;
/** Index keys are lowercase hex / `sha256:` strings, so a newline never occurs inside one. */
const KEY_SEPARATOR = '\n';
function failure(what, cause) {
    return new errors/* CodedError */.AK('STORAGE_FAILURE', `SQLite log storage: ${what}`, { cause });
}
/**
 * Opens (creating if needed) the log database in `dir`; `file` names another tree's database (the CA's CT
 * log uses ct.sqlite). Throws STORAGE_FAILURE if SQLite cannot.
 */
function openSqliteStorage(dir, file = SQLITE_FILE) {
    let db;
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        db = new external_better_sqlite3_["default"]((0,external_node_path_.join)(dir, file));
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('cache_size = -32768'); // 32 MiB page cache: the upper tree levels stay hot
        db.pragma('temp_store = MEMORY');
        db.exec(SCHEMA);
    }
    catch (cause) {
        throw failure(`cannot open the database in ${dir}`, cause);
    }
    return new SqliteStorage(db);
}
class SqliteStorage {
    db;
    stmt;
    commitTx;
    constructor(db) {
        this.db = db;
        this.stmt = {
            readMeta: db.prepare('SELECT tree_id, created_at FROM meta WHERE id = 1').raw(),
            writeMeta: db.prepare('INSERT INTO meta (id, tree_id, created_at) VALUES (1, ?, ?)'),
            head: db.prepare('SELECT size, root, checkpoint, integrated_time FROM heads ORDER BY size DESC LIMIT 1').raw(),
            insertHead: db.prepare('INSERT INTO heads (size, root, checkpoint, integrated_time) VALUES (?, ?, ?, ?)'),
            node: db.prepare('SELECT hash FROM nodes WHERE id = ?').pluck(),
            insertNode: db.prepare('INSERT INTO nodes (id, hash) VALUES (?, ?)'),
            entry: db
                .prepare(`SELECT e.leaf_hash, e.integrated_time, e.kind, e.api_version, e.set_sig, e.index_keys, e.body, a.data
           FROM entries e LEFT JOIN attestations a ON a.idx = e.idx WHERE e.idx = ?`)
                .raw(),
            bodies: db.prepare('SELECT body FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx').pluck(),
            insertEntry: db.prepare(`INSERT INTO entries (idx, leaf_hash, integrated_time, kind, api_version, set_sig, index_keys, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
            insertAttestation: db.prepare('INSERT INTO attestations (idx, data) VALUES (?, ?)'),
            byLeaf: db.prepare('SELECT idx FROM entries WHERE leaf_hash = ?').pluck(),
            search: db.prepare('SELECT idx FROM search WHERE key = ? ORDER BY idx LIMIT ?').pluck(),
            insertSearch: db.prepare('INSERT OR IGNORE INTO search (key, idx) VALUES (?, ?)'),
        };
        this.commitTx = db.transaction((batch) => this.writeBatch(batch));
    }
    readMeta() {
        const row = this.stmt.readMeta.get();
        if (row === undefined)
            return undefined;
        const r = rowOf(row, 'meta');
        return { treeId: textAt(r, 0, 'meta.tree_id'), createdAt: intAt(r, 1, 'meta.created_at') };
    }
    writeMeta(meta) {
        try {
            this.stmt.writeMeta.run(meta.treeId, meta.createdAt);
        }
        catch (cause) {
            throw failure('cannot write the log identity (is it already set?)', cause);
        }
    }
    head() {
        const row = this.stmt.head.get();
        if (row === undefined)
            return undefined;
        const r = rowOf(row, 'head');
        return {
            size: intAt(r, 0, 'heads.size'),
            rootHash: blobAt(r, 1, 'heads.root'),
            checkpoint: textAt(r, 2, 'heads.checkpoint'),
            integratedTime: intAt(r, 3, 'heads.integrated_time'),
        };
    }
    getNode(level, index) {
        const hash = this.stmt.node.get((0,node_key/* nodeKey */.u)(level, index));
        if (!(hash instanceof Uint8Array) || hash.byteLength !== 32) {
            throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `Merkle node (level ${level}, index ${index}) is missing or malformed`, {
                details: { level, index },
            });
        }
        return plainBytes(hash);
    }
    entryByIndex(index) {
        const row = this.stmt.entry.get(index);
        if (row === undefined)
            return undefined;
        const r = rowOf(row, 'entry');
        const keys = textAt(r, 5, 'entries.index_keys');
        const attestation = optionalBlobAt(r, 7, 'attestations.data');
        return {
            index,
            leafHash: blobAt(r, 0, 'entries.leaf_hash'),
            integratedTime: intAt(r, 1, 'entries.integrated_time'),
            kind: textAt(r, 2, 'entries.kind'),
            apiVersion: textAt(r, 3, 'entries.api_version'),
            set: blobAt(r, 4, 'entries.set_sig'),
            indexKeys: keys === '' ? [] : keys.split(KEY_SEPARATOR),
            body: blobAt(r, 6, 'entries.body'),
            ...(attestation === undefined ? {} : { attestation }),
        };
    }
    entryBodies(start, end) {
        return this.stmt.bodies.all(start, end).map((body, i) => {
            if (!(body instanceof Uint8Array))
                throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `entry ${start + i} has no body`);
            return plainBytes(body);
        });
    }
    indexByLeafHash(leafHash) {
        const idx = this.stmt.byLeaf.get(leafHash);
        return typeof idx === 'number' ? idx : undefined;
    }
    search(key, limit = DEFAULT_SEARCH_LIMIT) {
        return this.stmt.search.all(key, limit).filter((i) => typeof i === 'number');
    }
    commitBatch(batch) {
        try {
            this.commitTx.immediate(batch);
        }
        catch (cause) {
            throw failure(`commit of ${batch.entries.length} entries failed; nothing of the batch was stored`, cause);
        }
    }
    close() {
        if (this.db.open)
            this.db.close();
    }
    writeBatch(batch) {
        const s = this.stmt;
        for (const e of batch.entries) {
            s.insertEntry.run(e.index, e.leafHash, e.integratedTime, e.kind, e.apiVersion, e.set, e.indexKeys.join(KEY_SEPARATOR), e.body);
            if (e.attestation !== undefined)
                s.insertAttestation.run(e.index, e.attestation);
            for (const k of e.indexKeys)
                s.insertSearch.run(k, e.index);
        }
        for (const n of batch.nodes)
            writeNode(s.insertNode, n);
        const h = batch.head;
        s.insertHead.run(h.size, h.rootHash, h.checkpoint, h.integratedTime);
    }
}
function writeNode(insert, n) {
    insert.run((0,node_key/* nodeKey */.u)(n.level, n.index), n.hash);
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ix: () => (/* binding */ openTimestampAuthority),
  Uh: () => (/* binding */ trustTimestampAuthority)
});

// UNUSED EXPORTS: TSA_CHAIN_FILE, TSA_KEY_FILE, TSA_ROOT_KEY_FILE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/bundle/trust.ts + 1 modules
var trust = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/x509/certificate.ts
var certificate = __webpack_require__(447);
;// CONCATENATED MODULE: ./src/core/tsa/certificates.ts

/** A self-signed TSA root (CA, keyCertSign) and its timestamping leaf, DER. */
function buildTsaCertificates(args) {
    const rootSubject = { organization: args.organization, commonName: `${args.organization} TSA root` };
    const leafSubject = { organization: args.organization, commonName: `${args.organization} TSA` };
    const rootKey = args.rootSigner.publicKey;
    const validity = { notBefore: args.notBefore.getTime(), notAfter: args.notAfter.getTime() };
    const root = (0,certificate/* signCertificate */.jm)((0,certificate/* buildTbs */.I2)({
        serial: (0,certificate/* serialFromRandom */.qV)(args.rootSerial),
        issuer: rootSubject,
        subject: rootSubject,
        ...validity,
        subjectSpki: rootKey.spki,
        signerKey: rootKey,
        extensions: [
            (0,certificate/* basicConstraintsExtension */.Yx)(0),
            (0,certificate/* keyUsageExtension */.KK)(certificate/* KeyUsageFlags */.Ob.keyCertSign | certificate/* KeyUsageFlags */.Ob.cRLSign),
            (0,certificate/* subjectKeyIdExtension */.u)(rootKey.spki),
        ],
    }), args.rootSigner);
    const leaf = (0,certificate/* signCertificate */.jm)((0,certificate/* buildTbs */.I2)({
        serial: (0,certificate/* serialFromRandom */.qV)(args.leafSerial),
        issuer: rootSubject,
        subject: leafSubject,
        ...validity,
        subjectSpki: args.leafSigner.publicKey.spki,
        signerKey: rootKey,
        extensions: [
            (0,certificate/* endEntityExtension */.WR)(),
            (0,certificate/* keyUsageExtension */.KK)(certificate/* KeyUsageFlags */.Ob.digitalSignature),
            (0,certificate/* timeStampingExtension */.WD)(),
            (0,certificate/* subjectKeyIdExtension */.u)(args.leafSigner.publicKey.spki),
            (0,certificate/* authorityKeyIdExtension */.rL)(rootKey.spki),
        ],
    }), args.rootSigner);
    return { root, leaf, rootSubject, leafSubject };
}

// EXTERNAL MODULE: ./src/core/tsa/reply.ts + 1 modules
var reply = __webpack_require__(438);
// EXTERNAL MODULE: ./src/adapters/crypto/key-file.ts
var key_file = __webpack_require__(398);
// EXTERNAL MODULE: ./src/adapters/crypto/node-signer.ts
var node_signer = __webpack_require__(9825);
;// CONCATENATED MODULE: ./src/adapters/tsa/authority.ts
/**
 * The timestamp authority's key material on disk (`provlog serve --tsa`), beside the log key in the data
 * directory: created on first start, reused after. DIR/tsa-root-key.pem and DIR/tsa-key.pem are the root's and
 * the leaf's ECDSA P-256 keys (mode 0600, never printed); DIR/tsa-chain.pem holds the leaf then the root
 * certificate (public, what `GET /api/v1/timestamp/certchain` serves). The chain also goes into
 * trusted_root.json `timestampAuthorities` so verifiers trust exactly this TSA.
 */











const TSA_ROOT_KEY_FILE = 'tsa-root-key.pem';
const TSA_KEY_FILE = 'tsa-key.pem';
const TSA_CHAIN_FILE = 'tsa-chain.pem';
/** The certificates' lifetime; the trusted root's validFor starts with them and stays open. */
const CERT_YEARS = 10;
/** Loads (or creates, on first start) the TSA's keys and certificates in `dataDir`. */
function openTimestampAuthority(dataDir, organization) {
    const rootSigner = (0,node_signer/* signerFromPem */.jM)((0,key_file/* readOrCreateKey */.r)((0,external_node_path_.join)(dataDir, TSA_ROOT_KEY_FILE)), 'TSA root key');
    const leafSigner = (0,node_signer/* signerFromPem */.jM)((0,key_file/* readOrCreateKey */.r)((0,external_node_path_.join)(dataDir, TSA_KEY_FILE)), 'TSA key');
    const chainPath = (0,external_node_path_.join)(dataDir, TSA_CHAIN_FILE);
    if (!(0,external_node_fs_.existsSync)(chainPath)) {
        const now = Date.now();
        const certs = buildTsaCertificates({
            rootSigner,
            leafSigner,
            organization,
            // A minute back, so a verifier whose clock lags a little still sees a valid certificate.
            notBefore: new Date(now - 60_000),
            notAfter: new Date(now + CERT_YEARS * 365 * 86_400_000),
            rootSerial: (0,external_node_crypto_.randomBytes)(16),
            leafSerial: (0,external_node_crypto_.randomBytes)(16),
        });
        const tmp = `${chainPath}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, (0,keys/* formatPem */.uy)('CERTIFICATE', certs.leaf) + (0,keys/* formatPem */.uy)('CERTIFICATE', certs.root));
        (0,external_node_fs_.renameSync)(tmp, chainPath);
    }
    const chainPem = (0,external_node_fs_.readFileSync)(chainPath, 'utf8');
    const chain = parsePemCertificates(chainPem, chainPath);
    let leaf;
    try {
        leaf = new external_node_crypto_.X509Certificate(chain[0] ?? new Uint8Array(0));
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `${chainPath}: the TSA leaf certificate does not parse`, { cause });
    }
    if (!leaf.publicKey.equals(leafSigner.publicKey.keyObject)) {
        throw new errors/* CodedError */.AK('INVALID_KEY', `${chainPath} does not certify ${(0,external_node_path_.join)(dataDir, TSA_KEY_FILE)}`);
    }
    return {
        signer: leafSigner,
        chain,
        chainPem,
        policy: reply/* DEFAULT_TSA_POLICY */.ig,
        accuracySeconds: 1,
        validFrom: Math.floor(new Date(leaf.validFrom).getTime() / 1000),
    };
}
function parsePemCertificates(pem, path) {
    const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)];
    let chain;
    try {
        chain = blocks.map((m) => (0,bytes/* fromBase64 */.Ey)((m[1] ?? '').replace(/\s+/g, '')));
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `${path}: a certificate is not valid base64`, { cause });
    }
    if (chain.length < 2)
        throw new errors/* CodedError */.AK('INVALID_FIELD', `${path} must hold the TSA leaf and root certificates`);
    return chain;
}
/**
 * Adds the TSA (its whole chain, validFor from its certificates' start) to trusted_root.json
 * `timestampAuthorities`, unless it is already there. The file is replaced atomically.
 */
function trustTimestampAuthority(trustedRootPath, tsa, args) {
    const text = (0,external_node_fs_.readFileSync)(trustedRootPath, 'utf8');
    const root = (0,trust/* parseTrustedRoot */.t1)(text);
    const leaf = (0,bytes/* toBase64 */.nk)(tsa.chain[0] ?? new Uint8Array(0));
    if (root.timestampAuthorities.some((a) => a.certChain[0] !== undefined && (0,bytes/* toBase64 */.nk)(a.certChain[0]) === leaf))
        return;
    root.timestampAuthorities.push({
        subject: { organization: args.organization, commonName: `${args.organization} TSA` },
        uri: args.uri,
        certChain: [...tsa.chain],
        validFor: { start: tsa.validFrom },
    });
    const tmp = `${trustedRootPath}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify((0,trust/* formatTrustedRoot */.li)(root), null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, trustedRootPath);
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ encodeSctList),
/* harmony export */   H7: () => (/* binding */ treeHeadInput),
/* harmony export */   Kk: () => (/* binding */ precertLeaf),
/* harmony export */   PC: () => (/* binding */ encodeSct),
/* harmony export */   eO: () => (/* binding */ digitallySigned),
/* harmony export */   gO: () => (/* binding */ precertSctInput),
/* harmony export */   tZ: () => (/* binding */ precertChainEntry)
/* harmony export */ });
/* unused harmony exports uint, vector */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _verify_sct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5511);
/**
 * RFC 6962 structures in TLS presentation language, written for the CT log: the MerkleTreeLeaf of a
 * precertificate (§3.4), the SignedCertificateTimestamp and its list (§3.2, §3.3), the tree head signature
 * input (§3.5), DigitallySigned (RFC 5246 §4.7) and the PrecertChainEntry of get-entries' extra_data (§4.6).
 * core/verify/sct.ts reads the same SCT bytes and builds the same signed input (sctSignedData), so what is
 * written here is checked by the reader the verifier uses.
 */



/** TLS HashAlgorithm sha256(4), SignatureAlgorithm ecdsa(3) (RFC 5246 §7.4.1.4.1). */
const TLS_SHA256 = 4;
const TLS_ECDSA = 3;
function uint(value, size) {
    const out = new Uint8Array(size);
    let v = BigInt(value);
    for (let i = size - 1; i >= 0; i--) {
        out[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    if (v !== 0n)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INTERNAL', `${value} does not fit in ${size} bytes`);
    return out;
}
/** `opaque <0..2^(8*lengthBytes)-1>`: the length prefix, then the bytes. */
function vector(bytes, lengthBytes) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(uint(bytes.byteLength, lengthBytes), bytes);
}
/** MerkleTreeLeaf { v1, timestamped_entry, TimestampedEntry { timestamp, precert_entry, PreCert, extensions } }. */
function precertLeaf(timestampMs, issuerKeyHash, tbs) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(uint(0, 1), uint(0, 1), uint(timestampMs, 8), uint(1, 2), issuerKeyHash, vector(tbs, 3), uint(0, 2));
}
/** What the log signs for an SCT over a precertificate (RFC 6962 §3.2), no extensions. */
function precertSctInput(timestampMs, issuerKeyHash, tbs) {
    const sct = {
        version: 0,
        logId: new Uint8Array(32),
        timestamp: timestampMs,
        extensions: new Uint8Array(),
        hashAlgorithm: TLS_SHA256,
        signatureAlgorithm: TLS_ECDSA,
        signature: new Uint8Array(),
    };
    return (0,_verify_sct_js__WEBPACK_IMPORTED_MODULE_2__/* .sctSignedData */ .RE)(sct, issuerKeyHash, tbs);
}
/** DigitallySigned { SHA-256, ECDSA, opaque signature<0..2^16-1> } around a DER ECDSA signature. */
function digitallySigned(signatureDer) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(uint(TLS_SHA256, 1), uint(TLS_ECDSA, 1), vector(signatureDer, 2));
}
/** SignedCertificateTimestamp (v1, no extensions). */
function encodeSct(logId, timestampMs, signatureDer) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(uint(0, 1), logId, uint(timestampMs, 8), uint(0, 2), digitallySigned(signatureDer));
}
/** SignedCertificateTimestampList: each SCT as `opaque SerializedSCT<1..2^16-1>`, all in one 2-byte vector. */
function encodeSctList(scts) {
    return vector((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(...scts.map((sct) => vector(sct, 2))), 2);
}
/** TreeHeadSignature input (RFC 6962 §3.5): v1, tree_hash(1), timestamp, tree_size, sha256_root_hash. */
function treeHeadInput(timestampMs, treeSize, rootHash) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(uint(0, 1), uint(1, 1), uint(timestampMs, 8), uint(treeSize, 8), rootHash);
}
/** PrecertChainEntry { ASN.1Cert pre_certificate; ASN.1Cert precertificate_chain<0..2^24-1>; }. */
function precertChainEntry(precert, chain) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(vector(precert, 3), vector((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)(...chain.map((c) => vector(c, 3))), 3));
}


/***/ }),

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ consistencyProof),
/* harmony export */   K: () => (/* binding */ verifyConsistency)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(304);
/* harmony import */ var _math_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3566);
/* harmony import */ var _proof_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5369);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6196);
/**
 * Consistency proofs: RFC 6962 §2.1.2 PROOF/SUBPROOF for generation, RFC 9162 §2.1.4.2 for verification.
 * A size-0 old tree is rejected (as Rekor clients do): it proves nothing and is the usual sign of a bug.
 */






function assertSizes(oldSize, newSize, code) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSize */ .Sl)(oldSize, 'oldSize');
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSize */ .Sl)(newSize, 'newSize');
    if (oldSize > newSize || oldSize === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(code, `no consistency proof between sizes ${oldSize} and ${newSize} (need 1 <= old <= new)`, {
            details: { oldSize, newSize },
        });
    }
}
/**
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (RFC 6962 §2.1.2), from stored nodes. Only the first descent into
 * a left half needs a compact range (the right sibling up to the edge); every other hash is one stored node.
 * Throws INDEX_OUT_OF_RANGE unless 1 <= oldSize <= newSize; equal sizes give an empty proof.
 */
function consistencyProof(oldSize, newSize, reader) {
    assertSizes(oldSize, newSize, 'INDEX_OUT_OF_RANGE');
    const rootToLeaf = [];
    let start = 0;
    let end = newSize;
    let complete = true; // SUBPROOF's b: the old tree is still a node of the subtree being split
    while (end !== oldSize) {
        const k = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .splitPoint */ .bW)(end - start);
        if (oldSize - start <= k) {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start + k, end, reader));
            end = start + k;
        }
        else {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start, start + k, reader));
            start += k;
            complete = false;
        }
    }
    if (!complete)
        rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start, end, reader));
    return rootToLeaf.reverse();
}
/**
 * Throws CONSISTENCY_PROOF_INVALID unless `proof` shows the tree of `oldSize` with root `oldRoot` is a prefix
 * of the tree of `newSize` with root `newRoot` (RFC 9162 §2.1.4.2). Equal sizes need an empty proof and
 * equal roots.
 */
function verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot) {
    assertSizes(oldSize, newSize, 'CONSISTENCY_PROOF_INVALID');
    (0,_proof_input_js__WEBPACK_IMPORTED_MODULE_4__/* .assertProofHashes */ .F)(proof, 'CONSISTENCY_PROOF_INVALID');
    if (oldSize === newSize) {
        if (proof.length !== 0)
            throw invalid('a proof between equal sizes must be empty', oldSize, newSize);
        if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(oldRoot, newRoot))
            throw invalid('roots differ for the same tree size', oldSize, newSize);
        return;
    }
    if (proof.length === 0)
        throw invalid('the proof is empty', oldSize, newSize);
    // Step 2: when the old tree is a complete subtree its root is the first node of the path.
    const path = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isPowerOfTwo */ .r6)(oldSize) ? [oldRoot, ...proof] : proof;
    let fn = oldSize - 1;
    let sn = newSize - 1;
    while ((0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn)) {
        fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
        sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
    }
    const [first, ...rest] = path;
    if (first === undefined)
        throw invalid('the proof is empty', oldSize, newSize);
    let fr = first;
    let sr = first;
    for (const c of rest) {
        if (sn === 0)
            throw invalid('the proof is too long', oldSize, newSize);
        if ((0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) || fn === sn) {
            fr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(c, fr);
            sr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(c, sr);
            if (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn)) {
                do {
                    fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
                    sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
                } while (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) && fn !== 0);
            }
        }
        else {
            sr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(sr, c);
        }
        fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
        sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
    }
    if (sn !== 0)
        throw invalid('the proof is too short', oldSize, newSize);
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(fr, oldRoot))
        throw invalid('the proof does not lead to the old root', oldSize, newSize);
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(sr, newRoot))
        throw invalid('the proof does not lead to the new root', oldSize, newSize);
}
function invalid(why, oldSize, newSize) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('CONSISTENCY_PROOF_INVALID', `consistency proof ${oldSize} -> ${newSize}: ${why}`, {
        details: { oldSize, newSize },
    });
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ unverifiedIssuer),
/* harmony export */   Kz: () => (/* binding */ checkClaims),
/* harmony export */   Ru: () => (/* binding */ verifyJwtSignature),
/* harmony export */   iU: () => (/* binding */ decodeJwt),
/* harmony export */   qJ: () => (/* binding */ jwksHasKeyFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * OIDC identity tokens as a certificate authority checks them (RFC 7519 JWT in RFC 7515 compact form): decode,
 * pick the issuer's key by `kid`, verify the signature, check the registered claims. RS256 and ES256 only
 * (RFC 7518 §3.3, §3.4), the algorithms OIDC issuers sign ID tokens with; `none`, HMAC (key-confusion) and
 * everything else are refused before any key is looked at. Pure: keys and the time are parameters; node:crypto
 * verifies. Each failed check has its own error code, so a refusal says which check failed.
 */


const ALGORITHMS = ['RS256', 'ES256'];
/** Bounds that keep work per token small: a token is a few KB; a JWKS a handful of keys. */
const MAX_TOKEN_LENGTH = 16 * 1024;
const MIN_RSA_BITS = 2048;
function refuse(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(code, `identity token ${message}`, cause === undefined ? {} : { cause });
}
function decodePart(part, what) {
    if (!/^[A-Za-z0-9_-]+$/.test(part))
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not base64url`);
    let value;
    try {
        value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch (cause) {
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not JSON`, cause);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not a JSON object`);
    }
    return value;
}
/**
 * Splits and decodes a compact JWS without trusting anything in it. OIDC_TOKEN_INVALID for a malformed token,
 * OIDC_ALGORITHM_UNSUPPORTED for any `alg` but RS256 / ES256.
 */
function decodeJwt(token) {
    if (token.length > MAX_TOKEN_LENGTH)
        throw refuse('OIDC_TOKEN_INVALID', `is longer than ${MAX_TOKEN_LENGTH} bytes`);
    const parts = token.split('.');
    if (parts.length !== 3)
        throw refuse('OIDC_TOKEN_INVALID', 'is not a compact JWS (three dot-separated parts)');
    const [h = '', p = '', s = ''] = parts;
    const header = decodePart(h, 'header');
    const alg = header.alg;
    if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
        throw refuse('OIDC_ALGORITHM_UNSUPPORTED', `uses algorithm ${JSON.stringify(alg)}; only RS256 and ES256 are accepted`);
    }
    if (header.crit !== undefined)
        throw refuse('OIDC_TOKEN_INVALID', 'has critical header parameters (crit)');
    const claims = decodePart(p, 'payload');
    if (!/^[A-Za-z0-9_-]+$/.test(s))
        throw refuse('OIDC_SIGNATURE_INVALID', 'has no signature');
    const kid = header.kid;
    if (kid !== undefined && typeof kid !== 'string')
        throw refuse('OIDC_TOKEN_INVALID', 'header kid is not a string');
    return {
        header,
        claims,
        algorithm: alg,
        kid,
        signingInput: new Uint8Array(Buffer.from(`${h}.${p}`, 'ascii')),
        signature: new Uint8Array(Buffer.from(s, 'base64url')),
    };
}
function keyFits(jwk, alg) {
    if (jwk.use !== undefined && jwk.use !== 'sig')
        return false;
    if (jwk.alg !== undefined && jwk.alg !== alg)
        return false;
    return alg === 'RS256' ? jwk.kty === 'RSA' : jwk.kty === 'EC' && jwk.crv === 'P-256';
}
function loadJwk(jwk, alg) {
    const members = alg === 'RS256'
        ? { kty: 'RSA', n: String(jwk.n), e: String(jwk.e) }
        : { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: members, format: 'jwk' });
        if (alg === 'RS256' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS)
            return undefined;
        return key;
    }
    catch {
        return undefined;
    }
}
/**
 * True when `jwks` holds a key the token names: its `kid` (or, for a token without `kid`, any key of the
 * algorithm's type). The caller refetches the JWKS once when this is false (key rotation).
 */
function jwksHasKeyFor(jwt, jwks) {
    return jwks.some((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
}
/**
 * Verifies the token's signature with the issuer's keys. OIDC_KEY_UNKNOWN when no key of the JWKS has the
 * token's `kid` (and type), OIDC_SIGNATURE_INVALID when none of the candidate keys verifies it.
 */
function verifyJwtSignature(jwt, jwks) {
    const candidates = jwks.filter((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
    if (candidates.length === 0) {
        throw refuse('OIDC_KEY_UNKNOWN', `key ${jwt.kid ?? '(no kid)'} for ${jwt.algorithm} is not in the issuer's JWKS`);
    }
    const ok = candidates.some((jwk) => {
        const key = loadJwk(jwk, jwt.algorithm);
        if (key === undefined)
            return false;
        try {
            // JWS ES256 signatures are the raw 64-byte r || s (RFC 7518 §3.4), not DER.
            return jwt.algorithm === 'ES256'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', jwt.signingInput, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature)
                : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', jwt.signingInput, key, jwt.signature);
        }
        catch {
            return false;
        }
    });
    if (!ok)
        throw refuse('OIDC_SIGNATURE_INVALID', "signature does not verify with the issuer's keys");
}
function numericClaim(claims, name, required) {
    const value = claims[name];
    if (value === undefined && !required)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw refuse('OIDC_TOKEN_INVALID', `claim ${name} is ${value === undefined ? 'missing' : 'not a number'}`);
    }
    return value;
}
/** Checks iss (exact), aud (the configured audience), exp / nbf / iat within the skew. */
function checkClaims(claims, policy) {
    if (claims.iss !== policy.issuer) {
        throw refuse('OIDC_ISSUER_UNTRUSTED', `issuer ${JSON.stringify(claims.iss)} is not ${policy.issuer}`);
    }
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(policy.audience)) {
        throw refuse('OIDC_AUDIENCE_MISMATCH', `audience ${JSON.stringify(aud)} is not "${policy.audience}"`);
    }
    const exp = numericClaim(claims, 'exp', true) ?? 0;
    const iat = numericClaim(claims, 'iat', true) ?? 0;
    const nbf = numericClaim(claims, 'nbf', false);
    if (policy.now > exp + policy.skewSeconds) {
        throw refuse('OIDC_TOKEN_EXPIRED', `expired at ${new Date(exp * 1000).toISOString()}`);
    }
    if (nbf !== undefined && policy.now + policy.skewSeconds < nbf) {
        throw refuse('OIDC_TOKEN_NOT_YET_VALID', `is not valid before ${new Date(nbf * 1000).toISOString()} (nbf)`);
    }
    if (policy.now + policy.skewSeconds < iat) {
        throw refuse('OIDC_TOKEN_NOT_YET_VALID', `was issued in the future, at ${new Date(iat * 1000).toISOString()} (iat)`);
    }
}
/** The unverified `iss` claim, to pick the issuer's configuration; trusted only after checkClaims. */
function unverifiedIssuer(jwt) {
    const iss = jwt.claims.iss;
    if (typeof iss !== 'string' || iss === '')
        throw refuse('OIDC_TOKEN_INVALID', 'has no iss claim');
    return iss;
}


/***/ }),

/***/ 6936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fk: () => (/* binding */ formatSigningConfig),
/* harmony export */   zD: () => (/* binding */ SIGNING_CONFIG_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony exports SERVICE_SELECTORS, parseSigningConfig */
/* harmony import */ var _bundle_proto_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(817);
/* harmony import */ var _bundle_trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8585);
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/**
 * Sigstore SigningConfig v0.2 (protobuf-specs `sigstore_trustroot.proto`, `SigningConfig`; research/formats.md
 * §1.11): which CA, OIDC provider, transparency logs and timestamp authorities a signer should use, each a
 * `Service {url, majorApiVersion, validFor, operator}`, with a `ServiceConfiguration {selector, count}` for the
 * logs and the TSAs. Read strictly from proto3 JSON (unknown members, bad URLs, an undefined selector for a
 * non-empty list or an EXACT count beyond the list are SIGNING_CONFIG_MALFORMED with `details.path`), and
 * written back in the same shape (`provlog serve` writes its own).
 */



const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const CODE = 'SIGNING_CONFIG_MALFORMED';
const UINT32_MAX = 0xffff_ffff;
const SERVICE_SELECTORS = (/* unused pure expression or super */ null && (['SERVICE_SELECTOR_UNDEFINED', 'ALL', 'ANY', 'EXACT']));
/** Decodes a SigningConfig v0.2 (object or JSON text); SIGNING_CONFIG_MALFORMED / INVALID_JSON. */
function parseSigningConfig(json) {
    const root = typeof json === 'string' ? decodeJson(json, CODE, 'signingConfig') : decode(json, CODE, 'signingConfig');
    const msg = new ProtoMessage(root, [
        'mediaType',
        'caUrls',
        'oidcUrls',
        'rekorTlogUrls',
        'tsaUrls',
        'rekorTlogConfig',
        'tsaConfig',
    ]);
    const mediaType = msg.required('mediaType').string();
    if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
        msg.required('mediaType').fail(`unsupported media type "${mediaType}" (expected ${SIGNING_CONFIG_MEDIA_TYPE})`);
    }
    const rekorTlogUrls = msg.list('rekorTlogUrls').map(decodeService);
    const tsaUrls = msg.list('tsaUrls').map(decodeService);
    return {
        mediaType: SIGNING_CONFIG_MEDIA_TYPE,
        caUrls: msg.list('caUrls').map(decodeService),
        oidcUrls: msg.list('oidcUrls').map(decodeService),
        rekorTlogUrls,
        tsaUrls,
        rekorTlogConfig: decodeConfiguration(msg, 'rekorTlogConfig', rekorTlogUrls.length),
        tsaConfig: decodeConfiguration(msg, 'tsaConfig', tsaUrls.length),
    };
}
function decodeService(node) {
    const msg = new ProtoMessage(node, ['url', 'majorApiVersion', 'validFor', 'operator']);
    const urlNode = msg.required('url');
    const validFor = msg.optional('validFor');
    // A service without a validity window cannot be judged current: the spec's selection needs its start.
    if (validFor === undefined)
        node.get('validFor');
    const start = validFor === undefined ? undefined : new ProtoMessage(validFor, ['start', 'end']).optional('start');
    if (validFor !== undefined && start === undefined)
        validFor.get('start');
    const version = msg.optional('majorApiVersion');
    return {
        url: checkUrl(urlNode),
        majorApiVersion: version === undefined ? 0 : uint32(version),
        validFor: decodeValidFor(validFor),
        operator: msg.string('operator'),
    };
}
/** An absolute http(s) URL with a host, no credentials, query or fragment: clients build requests on it. */
function checkUrl(node) {
    const text = node.nonEmptyString();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return node.fail(`"${text}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        node.fail(`"${text}" is not an http(s) URL`);
    if (url.host === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
        node.fail(`"${text}" must be scheme, host and path only (no credentials, query or fragment)`);
    }
    return text;
}
/** proto3 JSON uint32: a number or a decimal string. */
function uint32(node) {
    const n = node.int64();
    if (n > UINT32_MAX)
        node.fail(`${n} does not fit a uint32`);
    return n;
}
function decodeConfiguration(parent, name, services) {
    const msg = parent.message(name, ['selector', 'count']);
    const selector = msg === undefined ? 'SERVICE_SELECTOR_UNDEFINED' : msg.enumName('selector', SERVICE_SELECTORS);
    const countNode = msg?.optional('count');
    const count = countNode === undefined ? 0 : uint32(countNode);
    const where = msg?.node ?? parent.node;
    if (selector === 'SERVICE_SELECTOR_UNDEFINED') {
        // cosign's "no services" config is `{"rekorTlogConfig": {}, "tsaConfig": {}}` with no URLs: fine. With URLs,
        // an undefined selector leaves the client guessing, which the spec says is an error.
        if (services > 0)
            where.fail(`${name}.selector must be ALL, ANY or EXACT when services are listed`);
        if (count !== 0)
            where.fail('count is only allowed with selector EXACT');
        return { selector };
    }
    if (selector !== 'EXACT') {
        if (count !== 0)
            where.fail('count is only allowed with selector EXACT');
        return { selector };
    }
    if (count === 0)
        where.fail('selector EXACT needs a count greater than 0');
    if (count > services)
        where.fail(`count ${count} is more than the ${services} services listed`);
    return { selector, count };
}
/** The SigningConfig as proto3 JSON (defaults omitted, as @sigstore/protobuf-specs writes it). */
function formatSigningConfig(config) {
    const out = { mediaType: config.mediaType };
    const lists = ['caUrls', 'oidcUrls', 'rekorTlogUrls', 'tsaUrls'];
    for (const list of lists) {
        if (config[list].length > 0)
            out[list] = config[list].map(formatService);
    }
    out.rekorTlogConfig = formatConfiguration(config.rekorTlogConfig);
    out.tsaConfig = formatConfiguration(config.tsaConfig);
    return out;
}
function formatService(service) {
    const out = { url: service.url };
    if (service.majorApiVersion !== 0)
        out.majorApiVersion = service.majorApiVersion;
    out.validFor = (0,_bundle_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValidFor */ .HG)(service.validFor);
    if (service.operator !== '')
        out.operator = service.operator;
    return out;
}
function formatConfiguration(config) {
    if (config.selector === 'SERVICE_SELECTOR_UNDEFINED')
        return {};
    return config.selector === 'EXACT' ? { selector: 'EXACT', count: config.count } : { selector: config.selector };
}


/***/ }),

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ buildServerSigningConfig)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6936);
/**
 * The SigningConfig `provlog serve` writes beside trusted_root.json: the services this server runs, so a
 * Sigstore client (ours, cosign, sigstore-go) can be pointed at one file. The log is listed twice at the same
 * base URL, as major API version 2 (`/api/v2/log/entries`, rekor-tiles) and 1 (`/api/v1/log/entries`): a
 * client picks the highest it speaks. The TSA URL is the full RFC 3161 endpoint, as the spec asks.
 */

function buildServerSigningConfig(services) {
    const service = (url, majorApiVersion, start) => ({
        url,
        majorApiVersion,
        validFor: { start: Math.floor(start) },
        operator: services.operator,
    });
    const logs = [service(services.logUrl, 1, services.logStart)];
    if (services.logV2)
        logs.unshift(service(services.logUrl, 2, services.logStart));
    return {
        mediaType: _config_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_CONFIG_MEDIA_TYPE */ .zD,
        caUrls: services.ca === undefined ? [] : [service(services.ca.url, 1, services.ca.start)],
        oidcUrls: [],
        rekorTlogUrls: logs,
        tsaUrls: services.tsa === undefined ? [] : [service(services.tsa.url, 1, services.tsa.start)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: services.tsa === undefined ? { selector: 'SERVICE_SELECTOR_UNDEFINED' } : { selector: 'ANY' },
    };
}


/***/ }),

/***/ 4539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ TILE_WIDTH),
/* harmony export */   L8: () => (/* binding */ parseTilePath),
/* harmony export */   VM: () => (/* binding */ TILE_HEIGHT),
/* harmony export */   z8: () => (/* binding */ MAX_TILE_LEVEL)
/* harmony export */ });
/* unused harmony exports formatTileIndex, tilePath, entryBundlePath, hashesAtTileLevel, tileCoordinatesForSize, entryBundleCoordinatesForSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * C2SP tlog-tiles resource names (https://c2sp.org/tlog-tiles): `tile/<L>/<N>[.p/<W>]` for hash tiles and
 * `tile/entries/<N>[.p/<W>]` for entry bundles. N is written as zero-padded 3-digit groups, all but the last
 * prefixed with `x` (1234067 → `x001/x234/067`) so a directory never holds more than 1000 names. Parsing is
 * strict: exactly one spelling per tile is accepted, so a cache or a signature can never see two names for
 * the same bytes.
 */

/** Hashes (or entries) in a full tile. */
const TILE_WIDTH = 256;
/** Merkle levels per tile level: tile level L holds merkle level 8L (256 = 2^8). */
const TILE_HEIGHT = 8;
/** Highest tile level the spec allows (L is 0–63). */
const MAX_TILE_LEVEL = 63;
function outOfRange(what, value, rule) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INDEX_OUT_OF_RANGE', `${what} ${String(value)} is invalid: ${rule}`, {
        details: { [what]: value },
    });
}
function checkIndex(index) {
    if (!Number.isSafeInteger(index) || index < 0)
        throw outOfRange('index', index, 'must be a non-negative integer');
}
function checkWidth(width) {
    if (width !== undefined && (!Number.isInteger(width) || width < 1 || width >= TILE_WIDTH)) {
        throw outOfRange('width', width, 'a partial tile has 1 to 255 entries');
    }
}
function checkLevel(level) {
    if (!Number.isInteger(level) || level < 0 || level > MAX_TILE_LEVEL) {
        throw outOfRange('level', level, `tile levels are 0 to ${MAX_TILE_LEVEL}`);
    }
}
/** `N` as `x`-prefixed 3-digit groups (tlog-tiles "tile index" encoding). */
function formatTileIndex(index) {
    checkIndex(index);
    const groups = [];
    let rest = index;
    do {
        groups.unshift(String(rest % 1000).padStart(3, '0'));
        rest = Math.floor(rest / 1000);
    } while (rest > 0);
    return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}
function suffix(width) {
    return width === undefined ? '' : `.p/${width}`;
}
/** `tile/<L>/<N>[.p/<W>]`, e.g. tilePath(0, 1234067, 5) === 'tile/0/x001/x234/067.p/5'. */
function tilePath(level, index, width) {
    checkLevel(level);
    checkWidth(width);
    return `tile/${level}/${formatTileIndex(index)}${suffix(width)}`;
}
/** `tile/entries/<N>[.p/<W>]`: the bundle of entries [N·256, N·256 + (W ?? 256)). */
function entryBundlePath(index, width) {
    checkWidth(width);
    return `tile/entries/${formatTileIndex(index)}${suffix(width)}`;
}
const PATH_RE = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/;
/**
 * Parses a tile or entry-bundle path, rejecting every non-canonical spelling (leading zeros in L or W,
 * a leading `x000` group, W outside 1..255, L above 63, indexes beyond 2^53). Throws INVALID_FIELD.
 */
function parseTilePath(path) {
    const m = PATH_RE.exec(path);
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INVALID_FIELD', `"${path.slice(0, 100)}" is not a tlog-tiles path: ${why}`, { details: { path } });
    if (m === null)
        throw fail('expected tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>]');
    const [, levelText = '', indexText = '', widthText] = m;
    const index = Number(indexText.replace(/[x/]/g, ''));
    const width = widthText === undefined ? undefined : Number(widthText);
    if (width !== undefined && width >= TILE_WIDTH)
        throw fail('a partial width is 1 to 255');
    if (!Number.isSafeInteger(index) || formatTileIndex(index) !== indexText)
        throw fail('non-canonical tile index');
    const coords = width === undefined ? { index } : { index, width };
    if (levelText === 'entries')
        return { kind: 'entries', ...coords };
    const level = Number(levelText);
    if (level > MAX_TILE_LEVEL)
        throw fail(`tile levels are 0 to ${MAX_TILE_LEVEL}`);
    return { kind: 'hash', level, ...coords };
}
/**
 * Hashes stored at tile level `level` for a tree of `size`: the complete merkle nodes at level 8·level,
 * i.e. floor(size / 256^level).
 */
function hashesAtTileLevel(level, size) {
    checkLevel(level);
    checkIndex(size);
    return Math.floor(size / TILE_WIDTH ** level);
}
/**
 * Every hash tile a log serves for a checkpoint of `size` (tlog-tiles "partial tiles"): per level, the full
 * tiles then at most one partial tile of width floor(size/256^L) mod 256. Empty tiles are never listed.
 * Meant for small sizes and tests (it lists full tiles one by one).
 */
function tileCoordinatesForSize(size) {
    checkIndex(size);
    const tiles = [];
    for (let level = 0; level <= MAX_TILE_LEVEL; level++) {
        const count = hashesAtTileLevel(level, size);
        if (count === 0)
            break;
        tiles.push(...rowTiles(count).map((t) => ({ level, ...t })));
    }
    return tiles;
}
/** Entry bundles for `size` entries: full bundles then one partial of width size mod 256. */
function entryBundleCoordinatesForSize(size) {
    checkIndex(size);
    return rowTiles(size);
}
function rowTiles(count) {
    const full = Math.floor(count / TILE_WIDTH);
    const out = [];
    for (let index = 0; index < full; index++)
        out.push({ index });
    const width = count % TILE_WIDTH;
    if (width > 0)
        out.push({ index: full, width });
    return out;
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ig: () => (/* binding */ DEFAULT_TSA_POLICY),
  B5: () => (/* binding */ grantTimestamp),
  Zz: () => (/* binding */ refuseTimestamp)
});

// UNUSED EXPORTS: ID_ECDSA_WITH_SHA256, positiveInteger

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-cms/build/cjs/index.js
var cjs = __webpack_require__(1467);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var build_cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-tsp/build/cjs/index.js
var asn1_tsp_build_cjs = __webpack_require__(7305);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var asn1_x509_build_cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/verify/asn1.ts
var asn1 = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/core/tsa/asn1.ts
/**
 * ASN.1 shapes a timestamp authority needs that the @peculiar packages do not declare, built with
 * @peculiar/asn1-schema's decorators applied as plain functions (see src/core/verify/asn1.ts for why).
 *
 * RFC 5035 `SigningCertificateV2` (id-aa-signingCertificateV2): the signed attribute that binds a CMS signature
 * to the hash of the signer's certificate. RFC 3161 §2.4.2 requires it (or v1) in every token, and
 * `openssl ts -verify` refuses a token without it.
 */

const ID_AA_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
/** `ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }`. */
class EssCertIdV2 {
    certHash = new build_cjs.OctetString();
    constructor(certHash) {
        if (certHash !== undefined)
            this.certHash = new build_cjs.OctetString(certHash);
    }
}
(0,build_cjs.AsnProp)({ type: build_cjs.OctetString })(EssCertIdV2.prototype, 'certHash');
class EssCertIdV2List extends build_cjs.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, EssCertIdV2List.prototype);
    }
}
(0,build_cjs.AsnType)({ type: build_cjs.AsnTypeTypes.Sequence, itemType: EssCertIdV2 })(EssCertIdV2List);
/** `SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies OPTIONAL }`. */
class SigningCertificateV2 {
    certs = new EssCertIdV2List();
    constructor(certs) {
        if (certs !== undefined)
            this.certs = new EssCertIdV2List(certs);
    }
}
(0,build_cjs.AsnProp)({ type: EssCertIdV2List })(SigningCertificateV2.prototype, 'certs');

// EXTERNAL MODULE: ./src/core/tsa/request.ts
var request = __webpack_require__(3305);
;// CONCATENATED MODULE: ./src/core/tsa/reply.ts
/**
 * Building RFC 3161 `TimeStampResp` replies (§2.4.2): a granted reply carries a CMS SignedData (RFC 5652) whose
 * encapsulated content is the DER `TSTInfo`, signed by the TSA leaf over DER(SET OF signed attributes) with
 * contentType = id-ct-TSTInfo, messageDigest = SHA-256(TSTInfo) and the RFC 5035 signingCertificateV2 binding the
 * leaf. A refusal carries only the status with its PKIFailureInfo bit.
 *
 * Pure: the time, the serial number and the signer are parameters (ECDSA signing draws randomness, so the
 * Signer comes from src/adapters/crypto).
 */









const ID_SHA256 = '2.16.840.1.101.3.4.2.1';
const ID_ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
/** Sigstore's timestamp-authority default policy (its `--timestamp-policy`), under Sigstore's PEN 57264. */
const DEFAULT_TSA_POLICY = '1.3.6.1.4.1.57264.2';
/** A granted TimeStampResp over the query, DER. */
function grantTimestamp(tsa, args) {
    const [leafDer] = tsa.chain;
    if (leafDer === undefined || tsa.signer.publicKey.algorithm !== 'ecdsa-p256') {
        throw new errors/* CodedError */.AK('INTERNAL', 'the timestamp authority needs an ECDSA P-256 leaf certificate');
    }
    const leaf = build_cjs.AsnParser.parse(leafDer, asn1_x509_build_cjs.Certificate);
    const tstInfo = new asn1_tsp_build_cjs.TSTInfo({
        version: 1,
        policy: tsa.policy,
        messageImprint: new asn1_tsp_build_cjs.MessageImprint({
            hashAlgorithm: new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: args.query.hashOid }),
            hashedMessage: new build_cjs.OctetString(args.query.hashedMessage),
        }),
        serialNumber: positiveInteger(args.serial),
        genTime: new Date(Math.floor(args.time.getTime() / 1000) * 1000),
        accuracy: new asn1_tsp_build_cjs.Accuracy({ seconds: tsa.accuracySeconds }),
        ordering: false,
    });
    if (args.query.nonce !== undefined)
        tstInfo.nonce = copy(args.query.nonce);
    const eContent = new Uint8Array(build_cjs.AsnSerializer.serialize(tstInfo));
    const signedAttrs = sortedForDer([
        new cjs.Attribute({ attrType: cjs.id_contentType, attrValues: [build_cjs.AsnConvert.serialize(oidValue(asn1_tsp_build_cjs.id_ct_tstInfo))] }),
        new cjs.Attribute({
            attrType: cjs.id_messageDigest,
            attrValues: [build_cjs.AsnConvert.serialize(new build_cjs.OctetString(sha256(eContent)))],
        }),
        new cjs.Attribute({
            attrType: ID_AA_SIGNING_CERTIFICATE_V2,
            attrValues: [build_cjs.AsnConvert.serialize(new SigningCertificateV2([new EssCertIdV2(sha256(leafDer))]))],
        }),
    ]);
    const signature = tsa.signer.sign((0,asn1/* serializeDer */.kZ)(new asn1/* AttributeSet */.$V(signedAttrs)));
    const signerInfo = new cjs.SignerInfo({
        version: 1,
        sid: new cjs.SignerIdentifier({
            issuerAndSerialNumber: new cjs.IssuerAndSerialNumber({
                issuer: leaf.tbsCertificate.issuer,
                serialNumber: leaf.tbsCertificate.serialNumber,
            }),
        }),
        digestAlgorithm: new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: ID_SHA256 }),
        signedAttrs,
        signatureAlgorithm: new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: ID_ECDSA_WITH_SHA256 }),
        signature: new build_cjs.OctetString(signature),
    });
    const signedData = new cjs.SignedData({
        version: 3, // RFC 5652 §5.1: eContentType other than id-data
        digestAlgorithms: new cjs.DigestAlgorithmIdentifiers([new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: ID_SHA256 })]),
        encapContentInfo: new cjs.EncapsulatedContentInfo({
            eContentType: asn1_tsp_build_cjs.id_ct_tstInfo,
            eContent: new cjs.EncapsulatedContent({ single: new build_cjs.OctetString(eContent) }),
        }),
        signerInfos: new cjs.SignerInfos([signerInfo]),
    });
    // certReq (RFC 3161 §2.4.1): the TSA's certificate MUST be in the token when asked for, and must not be otherwise.
    if (args.query.certReq) {
        signedData.certificates = new cjs.CertificateSet([new cjs.CertificateChoices({ certificate: leaf })]);
    }
    const token = new cjs.ContentInfo({ contentType: cjs.id_signedData, content: build_cjs.AsnConvert.serialize(signedData) });
    const reply = new asn1_tsp_build_cjs.TimeStampResp({ status: new asn1_tsp_build_cjs.PKIStatusInfo({ status: asn1_tsp_build_cjs.PKIStatus.granted }), timeStampToken: token });
    return new Uint8Array(build_cjs.AsnSerializer.serialize(reply));
}
/** A rejection TimeStampResp with one PKIFailureInfo bit and a short reason, DER. */
function refuseTimestamp(failInfo, text) {
    const status = new asn1_tsp_build_cjs.PKIStatusInfo({
        status: asn1_tsp_build_cjs.PKIStatus.rejection,
        statusString: new asn1_tsp_build_cjs.PKIFreeText([text]),
        // PKIFailureInfo's flag enum in @peculiar/asn1-tsp numbers some bits differently from RFC 3161; set the bit
        // by its RFC number (BitString.fromNumber puts bit n at 2^n).
        failInfo: new asn1_tsp_build_cjs.PKIFailureInfo(2 ** request/* FAILURE_BITS */.WX[failInfo]),
    });
    return new Uint8Array(build_cjs.AsnSerializer.serialize(new asn1_tsp_build_cjs.TimeStampResp({ status })));
}
/** The two's-complement content of a positive INTEGER from random bytes: no redundant leading zero, never 0. */
function positiveInteger(bytes) {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    const trimmed = bytes.subarray(start);
    if (trimmed.length === 0 || (trimmed.length === 1 && trimmed[0] === 0)) {
        throw new errors/* CodedError */.AK('INTERNAL', 'a serial number must not be zero');
    }
    const first = trimmed[0] ?? 0;
    const out = new Uint8Array(first >= 0x80 ? trimmed.length + 1 : trimmed.length);
    out.set(trimmed, out.length - trimmed.length);
    return out.buffer;
}
function sha256(data) {
    return new Uint8Array((0,external_node_crypto_.createHash)('sha256').update(data).digest());
}
function copy(bytes) {
    return new Uint8Array(bytes).buffer;
}
/**
 * DER sorts the members of a SET OF by their encodings (X.690 §11.6). Verifiers such as OpenSSL re-encode the
 * signed attributes before checking the signature, so they must already be in that order.
 */
function sortedForDer(attributes) {
    const encoded = attributes.map((a) => ({ a, der: new Uint8Array(build_cjs.AsnSerializer.serialize(a)) }));
    encoded.sort((x, y) => compareBytes(x.der, y.der));
    return encoded.map((e) => e.a);
}
function compareBytes(x, y) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return x.length - y.length;
}
function oidValue(oid) {
    const value = new asn1/* OidValue */.Sg();
    value.oid = oid;
    return value;
}


/***/ }),

/***/ 3305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WX: () => (/* binding */ FAILURE_BITS),
/* harmony export */   uU: () => (/* binding */ parseTimestampQuery)
/* harmony export */ });
/* unused harmony exports IMPRINT_HASHES, MAX_QUERY_BYTES, MAX_NONCE_BYTES */
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7305);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9596);
/**
 * Reading an RFC 3161 `TimeStampReq` (§2.4.1) as a timestamp authority: everything in it is hostile. A request
 * the TSA cannot serve is not an exception but a refusal with the PKIFailureInfo bit RFC 3161 names for it, which
 * the TSA returns inside a `TimeStampResp` (never an HTTP error without a reply).
 */



/** Message imprint hashes the TSA accepts (as sigstore's timestamp-authority does), by OID, with digest sizes. */
const IMPRINT_HASHES = {
    '2.16.840.1.101.3.4.2.1': { name: 'sha256', bytes: 32 },
    '2.16.840.1.101.3.4.2.2': { name: 'sha384', bytes: 48 },
    '2.16.840.1.101.3.4.2.3': { name: 'sha512', bytes: 64 },
};
/** PKIFailureInfo named bits (RFC 3161 §2.4.2), by their bit NUMBER in the BIT STRING. */
const FAILURE_BITS = {
    badAlg: 0,
    badRequest: 2,
    badDataFormat: 5,
    timeNotAvailable: 14,
    unacceptedPolicy: 15,
    unacceptedExtension: 16,
    addInfoNotAvailable: 17,
    systemFailure: 25,
};
/** A query small enough for any real client: an imprint of at most 64 bytes, a nonce, a policy OID. */
const MAX_QUERY_BYTES = 1024;
/** Nonces are "large random numbers" (RFC 3161 §2.4.1); 64 bytes is far above any client's (8-20). */
const MAX_NONCE_BYTES = 64;
function refuse(failInfo, text) {
    return { ok: false, failInfo, text };
}
/**
 * Decodes and checks a DER `TimeStampReq`. Strict DER (re-encoding must give the same bytes, so no trailing
 * data or alternative encodings), version 1, a supported hash with a digest of its size, a bounded nonce, our
 * policy or none, and no extensions (RFC 3161: a TSA rejects extensions it does not recognise).
 */
function parseTimestampQuery(der, policy) {
    if (der.byteLength === 0)
        return refuse('badDataFormat', 'the request body is empty');
    if (der.byteLength > MAX_QUERY_BYTES)
        return refuse('badDataFormat', `the request is over ${MAX_QUERY_BYTES} bytes`);
    let req;
    try {
        req = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__.AsnParser.parse(der, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_1__.TimeStampReq);
    }
    catch {
        return refuse('badDataFormat', 'the request is not a DER TimeStampReq');
    }
    let again;
    try {
        again = new Uint8Array(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__.AsnSerializer.serialize(req));
    }
    catch {
        return refuse('badDataFormat', 'the request is not a DER TimeStampReq');
    }
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesEqual */ .O6)(again, der))
        return refuse('badDataFormat', 'the request is not in DER form (or has trailing data)');
    if (req.version !== 1)
        return refuse('badRequest', `request version ${req.version} is not 1`);
    const hashOid = req.messageImprint.hashAlgorithm.algorithm;
    const hash = IMPRINT_HASHES[hashOid];
    if (hash === undefined)
        return refuse('badAlg', `hash algorithm ${hashOid} is not SHA-256, SHA-384 or SHA-512`);
    const params = req.messageImprint.hashAlgorithm.parameters;
    if (params !== undefined && params !== null && !isDerNull(params)) {
        return refuse('badAlg', 'the hash algorithm has parameters (only absent or NULL are allowed)');
    }
    const hashedMessage = new Uint8Array(req.messageImprint.hashedMessage.buffer);
    if (hashedMessage.byteLength !== hash.bytes) {
        return refuse('badDataFormat', `the ${hash.name} message imprint is ${hashedMessage.byteLength} bytes, not ${hash.bytes}`);
    }
    if (req.reqPolicy !== undefined && req.reqPolicy !== policy) {
        return refuse('unacceptedPolicy', `policy ${req.reqPolicy} is not this TSA's (${policy})`);
    }
    if (req.extensions !== undefined && req.extensions.length > 0) {
        return refuse('unacceptedExtension', 'request extensions are not supported');
    }
    const query = {
        hashOid,
        hashedMessage,
        certReq: req.certReq,
    };
    if (req.nonce !== undefined) {
        const nonce = new Uint8Array(req.nonce);
        if (!isMinimalInteger(nonce))
            return refuse('badDataFormat', 'the nonce is not a DER INTEGER (empty or padded)');
        if (nonce.byteLength > MAX_NONCE_BYTES)
            return refuse('badRequest', `the nonce is over ${MAX_NONCE_BYTES} bytes`);
        query.nonce = nonce;
    }
    if (req.reqPolicy !== undefined)
        query.reqPolicy = req.reqPolicy;
    return { ok: true, query };
}
/** X.690 §8.3: at least one content octet, and the first nine bits are not all 0 or all 1. */
function isMinimalInteger(bytes) {
    const [first, second] = bytes;
    if (first === undefined)
        return false;
    if (second === undefined)
        return true;
    return !((first === 0x00 && second < 0x80) || (first === 0xff && second >= 0x80));
}
function isDerNull(value) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesEqual */ .O6)(new Uint8Array(value), new Uint8Array([0x05, 0x00]));
}


/***/ }),

/***/ 7225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dl: () => (/* binding */ buildIntermediateCertificate),
  tj: () => (/* binding */ buildPrecertificate),
  kO: () => (/* binding */ buildRootCertificate),
  T$: () => (/* binding */ finishCertificate)
});

// UNUSED EXPORTS: LEAF_LIFETIME_MS

// EXTERNAL MODULE: ./src/core/x509/certificate.ts
var certificate = __webpack_require__(447);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/verify/asn1.ts
var asn1 = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/core/x509/fulcio-extensions.ts
/**
 * Encoders for Fulcio's certificate extensions under 1.3.6.1.4.1.57264.1 (sigstore/fulcio docs/oid-info.md),
 * the inverse of core/verify/identity.ts. Two encodings, as public Fulcio writes them:
 * - .1–.6 (deprecated, still issued): the extension's OCTET STRING holds the raw UTF-8 string;
 * - .8 and later: the OCTET STRING holds a DER UTF8String.
 * Order and criticality follow the real public-good certificates (none of these is critical).
 */




const ARC = '1.3.6.1.4.1.57264.1';
function rawExtension(oid, value) {
    return new build_cjs.Extension({ extnID: oid, critical: false, extnValue: new cjs.OctetString((0,bytes/* utf8 */.As)(value)) });
}
function utf8Extension(oid, value) {
    const der = (0,asn1/* serializeDer */.kZ)(Object.assign(new asn1/* Utf8Value */.D_(), { utf8: value }));
    return new build_cjs.Extension({ extnID: oid, critical: false, extnValue: new cjs.OctetString(der) });
}
/** The Fulcio extensions for `facts`, in OID order (.1–.6 raw, .8–.22 UTF8String). */
function fulcioExtensions(facts) {
    const { legacy: l, extensions: e } = facts;
    return [
        rawExtension(`${ARC}.1`, facts.issuer),
        rawExtension(`${ARC}.2`, l.githubWorkflowTrigger),
        rawExtension(`${ARC}.3`, l.githubWorkflowSha),
        rawExtension(`${ARC}.4`, l.githubWorkflowName),
        rawExtension(`${ARC}.5`, l.githubWorkflowRepository),
        rawExtension(`${ARC}.6`, l.githubWorkflowRef),
        utf8Extension(`${ARC}.8`, facts.issuer),
        utf8Extension(`${ARC}.9`, e.buildSignerURI),
        utf8Extension(`${ARC}.10`, e.buildSignerDigest),
        utf8Extension(`${ARC}.11`, e.runnerEnvironment),
        utf8Extension(`${ARC}.12`, e.sourceRepositoryURI),
        utf8Extension(`${ARC}.13`, e.sourceRepositoryDigest),
        utf8Extension(`${ARC}.14`, e.sourceRepositoryRef),
        utf8Extension(`${ARC}.15`, e.sourceRepositoryIdentifier),
        utf8Extension(`${ARC}.16`, e.sourceRepositoryOwnerURI),
        utf8Extension(`${ARC}.17`, e.sourceRepositoryOwnerIdentifier),
        utf8Extension(`${ARC}.18`, e.buildConfigURI),
        utf8Extension(`${ARC}.19`, e.buildConfigDigest),
        utf8Extension(`${ARC}.20`, e.buildTrigger),
        utf8Extension(`${ARC}.21`, e.runInvocationURI),
        utf8Extension(`${ARC}.22`, e.sourceRepositoryVisibilityAtSigning),
    ];
}

;// CONCATENATED MODULE: ./src/core/x509/authority.ts


/** Fulcio's leaf lifetime. */
const LEAF_LIFETIME_MS = 10 * 60 * 1000;
function buildRootCertificate(input, rootSigner) {
    const spki = rootSigner.publicKey.spki;
    const tbs = (0,certificate/* buildTbs */.I2)({
        ...input,
        issuer: input.subject,
        subjectSpki: spki,
        signerKey: rootSigner.publicKey,
        extensions: [
            (0,certificate/* keyUsageExtension */.KK)(certificate/* KeyUsageFlags */.Ob.keyCertSign | certificate/* KeyUsageFlags */.Ob.cRLSign),
            (0,certificate/* basicConstraintsExtension */.Yx)(1),
            (0,certificate/* subjectKeyIdExtension */.u)(spki),
        ],
    });
    return (0,certificate/* signCertificate */.jm)(tbs, rootSigner);
}
function buildIntermediateCertificate(input, rootSigner) {
    const tbs = (0,certificate/* buildTbs */.I2)({
        ...input,
        subjectSpki: input.intermediateKey.spki,
        signerKey: rootSigner.publicKey,
        extensions: [
            (0,certificate/* keyUsageExtension */.KK)(certificate/* KeyUsageFlags */.Ob.keyCertSign | certificate/* KeyUsageFlags */.Ob.cRLSign),
            // Fulcio's intermediates carry codeSigning too: EKU chaining verifiers then accept the leaves.
            (0,certificate/* codeSigningExtension */.oP)(),
            (0,certificate/* basicConstraintsExtension */.Yx)(0),
            (0,certificate/* subjectKeyIdExtension */.u)(input.intermediateKey.spki),
            (0,certificate/* authorityKeyIdExtension */.rL)(rootSigner.publicKey.spki),
        ],
    });
    return (0,certificate/* signCertificate */.jm)(tbs, rootSigner);
}
function leafExtensions(input, issuerSpki) {
    return [
        (0,certificate/* keyUsageExtension */.KK)(certificate/* KeyUsageFlags */.Ob.digitalSignature),
        (0,certificate/* codeSigningExtension */.oP)(),
        (0,certificate/* subjectKeyIdExtension */.u)(input.leafSpki),
        (0,certificate/* authorityKeyIdExtension */.rL)(issuerSpki),
        (0,certificate/* uriSanExtension */.cU)(input.facts.san),
        ...fulcioExtensions(input.facts),
    ];
}
function buildPrecertificate(input, issuerSigner) {
    const extensions = leafExtensions(input, issuerSigner.publicKey.spki);
    const tbs = (0,certificate/* buildTbs */.I2)({
        serial: input.serial,
        issuer: input.issuer,
        subject: null,
        notBefore: input.notBefore,
        notAfter: input.notBefore + LEAF_LIFETIME_MS,
        subjectSpki: input.leafSpki,
        signerKey: issuerSigner.publicKey,
        extensions,
    });
    const der = (0,certificate/* signCertificate */.jm)((0,certificate/* withExtensions */.D)(tbs, [...extensions, (0,certificate/* poisonExtension */.KP)()]), issuerSigner);
    return { tbs, der };
}
/** The final leaf: the precertificate's TBS with the SCT list (TLS-encoded) as its last extension. */
function finishCertificate(pre, sctList, issuerSigner) {
    const extensions = [...(pre.tbs.extensions ?? []), (0,certificate/* sctListExtension */.gU)(sctList)];
    return (0,certificate/* signCertificate */.jm)((0,certificate/* withExtensions */.D)(pre.tbs, extensions), issuerSigner);
}


/***/ }),

/***/ 447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ withExtensions),
/* harmony export */   I2: () => (/* binding */ buildTbs),
/* harmony export */   KK: () => (/* binding */ keyUsageExtension),
/* harmony export */   KP: () => (/* binding */ poisonExtension),
/* harmony export */   Ob: () => (/* reexport safe */ _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.KeyUsageFlags),
/* harmony export */   WD: () => (/* binding */ timeStampingExtension),
/* harmony export */   WR: () => (/* binding */ endEntityExtension),
/* harmony export */   Yx: () => (/* binding */ basicConstraintsExtension),
/* harmony export */   cU: () => (/* binding */ uriSanExtension),
/* harmony export */   gU: () => (/* binding */ sctListExtension),
/* harmony export */   jm: () => (/* binding */ signCertificate),
/* harmony export */   oP: () => (/* binding */ codeSigningExtension),
/* harmony export */   qV: () => (/* binding */ serialFromRandom),
/* harmony export */   rL: () => (/* binding */ authorityKeyIdExtension),
/* harmony export */   u: () => (/* binding */ subjectKeyIdExtension),
/* harmony export */   wf: () => (/* binding */ POISON_EXTENSION_OID)
/* harmony export */ });
/* unused harmony exports encodeName, keyIdentifier */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7464);
/* harmony import */ var _verify_sct_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5511);
/**
 * X.509 certificates for the certificate authority (RFC 5280), DER through @peculiar/asn1-x509: the root and
 * the issuing intermediate, and the short-lived leaves, each leaf first as an RFC 6962 precertificate (the
 * critical poison extension) and then as the final certificate with the SCT list in place of the poison.
 *
 * The two share one TBSCertificate apart from that last extension, which is what makes the SCT check work:
 * the verifier (core/verify/sct.ts) drops the SCT extension from the final certificate and must get back the
 * exact TBS the CT log signed (the precertificate's TBS without the poison). Serial numbers come from the
 * caller (core never draws randomness); signatures from an injected Signer.
 */






/** RFC 6962 §3.1 precertificate poison: critical, value ASN.1 NULL. */
const POISON_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.3';
const ASN1_NULL = new Uint8Array([0x05, 0x00]);
const OID_ORGANIZATION = '2.5.4.10';
const OID_COMMON_NAME = '2.5.4.3';
/** Signature algorithms by CA key type (RFC 5758 §3.2; Ed25519 RFC 8410 §3). */
const SIGNATURE_OIDS = {
    'ecdsa-p256': '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
    'ecdsa-p384': '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
    'ecdsa-p521': '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
    ed25519: '1.3.101.112',
};
function encodeName(name) {
    if (name === null)
        return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Name([]);
    const rdn = (type, value) => new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.RelativeDistinguishedName([
        new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.AttributeTypeAndValue({ type, value: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.AttributeValue({ utf8String: value }) }),
    ]);
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Name([rdn(OID_ORGANIZATION, name.organization), rdn(OID_COMMON_NAME, name.commonName)]);
}
/**
 * A positive, minimal DER INTEGER serial from random bytes (RFC 5280 §4.1.2.2: at most 20 octets): the top bit
 * is cleared (positive) and the next one set (no leading zero octet, so the encoding stays minimal).
 */
function serialFromRandom(random) {
    if (random.byteLength < 8 || random.byteLength > 20) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('INTERNAL', `a certificate serial needs 8 to 20 random bytes, got ${random.byteLength}`);
    }
    const out = random.slice();
    out[0] = ((out[0] ?? 0) & 0x7f) | 0x40;
    return out.buffer;
}
/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING's bytes. */
function keyIdentifier(spki) {
    const info = (0,_verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(spki, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.SubjectPublicKeyInfo, 'INVALID_KEY', 'public key');
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(new Uint8Array(info.subjectPublicKey)).digest());
}
function extension(oid, critical, value) {
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extension({ extnID: oid, critical, extnValue: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,_verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeDer */ .kZ)(value)) });
}
function keyUsageExtension(flags) {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_keyUsage, true, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.KeyUsage(flags));
}
function basicConstraintsExtension(pathLength) {
    const bc = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.BasicConstraints({ cA: true });
    if (pathLength !== undefined)
        bc.pathLenConstraint = pathLength;
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_basicConstraints, true, bc);
}
function codeSigningExtension() {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_extKeyUsage, false, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.ExtendedKeyUsage([_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_kp_codeSigning]));
}
/** RFC 3161 §2.3: a TSA's one extended key usage, id-kp-timeStamping, and the extension MUST be critical. */
function timeStampingExtension() {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_extKeyUsage, true, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.ExtendedKeyUsage([_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_kp_timeStamping]));
}
/** basicConstraints cA:false for an end-entity certificate that must never act as a CA. */
function endEntityExtension() {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_basicConstraints, true, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.BasicConstraints({ cA: false }));
}
function subjectKeyIdExtension(spki) {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_subjectKeyIdentifier, false, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.SubjectKeyIdentifier(keyIdentifier(spki)));
}
function authorityKeyIdExtension(issuerSpki) {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_authorityKeyIdentifier, false, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.AuthorityKeyIdentifier({ keyIdentifier: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.KeyIdentifier(keyIdentifier(issuerSpki)) }));
}
/** The SAN URI; critical because the subject is empty (RFC 5280 §4.2.1.6). */
function uriSanExtension(uri) {
    return extension(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.id_ce_subjectAltName, true, new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.SubjectAlternativeName([new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.GeneralName({ uniformResourceIdentifier: uri })]));
}
function poisonExtension() {
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extension({ extnID: POISON_EXTENSION_OID, critical: true, extnValue: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString(ASN1_NULL) });
}
/** RFC 6962 §3.3: a TLS SignedCertificateTimestampList inside an OCTET STRING, inside the extension value. */
function sctListExtension(tlsList) {
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extension({
        extnID: _verify_sct_js__WEBPACK_IMPORTED_MODULE_5__/* .SCT_EXTENSION_OID */ .Az,
        critical: false,
        extnValue: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,_verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeDer */ .kZ)(new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString(tlsList))),
    });
}
function signatureAlgorithm(key) {
    const oid = SIGNATURE_OIDS[key.algorithm];
    if (oid === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('UNSUPPORTED_KEY', `a CA key of type ${key.algorithm} cannot sign certificates`);
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.AlgorithmIdentifier({ algorithm: oid });
}
function buildTbs(input) {
    const second = (ms) => new Date(Math.floor(ms / 1000) * 1000);
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.TBSCertificate({
        version: 2, // v3
        serialNumber: input.serial,
        signature: signatureAlgorithm(input.signerKey),
        issuer: encodeName(input.issuer),
        validity: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Validity({ notBefore: second(input.notBefore), notAfter: second(input.notAfter) }),
        subject: encodeName(input.subject),
        subjectPublicKeyInfo: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(input.subjectSpki, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.SubjectPublicKeyInfo),
        extensions: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extensions([...input.extensions]),
    });
}
/** The same TBS with its extension list replaced (precertificate -> final certificate). */
function withExtensions(tbs, extensions) {
    return new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.TBSCertificate({ ...tbs, extensions: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extensions([...extensions]) });
}
/** Signs a TBSCertificate; the DER certificate. */
function signCertificate(tbs, signer) {
    const tbsDer = (0,_verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeDer */ .kZ)(tbs);
    const signature = signer.sign(tbsDer);
    const cert = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Certificate({
        tbsCertificate: tbs,
        signatureAlgorithm: tbs.signature,
        signatureValue: new Uint8Array(signature).buffer,
    });
    return (0,_verify_asn1_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeDer */ .kZ)(cert);
}



/***/ }),

/***/ 3196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ BatchQueue)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Group commit's queue: submissions wait here; the consumer takes up to `maxBatch` at a time. Batches start
 * from `setImmediate`, i.e. after pending I/O callbacks have run, so requests that arrived while one batch was
 * being committed all join the next one (one fsync for many entries). The queue is bounded: past `maxPending`
 * waiting jobs a submission fails at once with QUEUE_FULL (the HTTP layer answers 503 + Retry-After) instead of
 * letting memory and latency grow without limit.
 */

class BatchQueue {
    process;
    opts;
    pending = [];
    scheduled = false;
    busy = false;
    closing = false;
    idleWaiters = [];
    constructor(process, opts) {
        this.process = process;
        this.opts = opts;
        for (const [name, value] of [
            ['maxBatch', opts.maxBatch],
            ['maxPending', opts.maxPending],
        ]) {
            if (!Number.isSafeInteger(value) || value < 1) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INVALID_FIELD', `${name} must be a positive integer`, { details: { path: name } });
            }
        }
    }
    submit(item) {
        if (this.closing) {
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('SHUTTING_DOWN', 'the log is shutting down and accepts no new entries'));
        }
        if (this.pending.length >= this.opts.maxPending) {
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('QUEUE_FULL', `the write queue is full (${this.opts.maxPending} entries waiting); retry shortly`, {
                details: { maxPending: this.opts.maxPending },
            }));
        }
        return new Promise((resolve, reject) => {
            this.pending.push({ item, resolve, reject });
            this.schedule();
        });
    }
    /** Stops accepting; resolves once every job already queued has been processed. */
    close() {
        this.closing = true;
        if (this.isIdle())
            return Promise.resolve();
        return new Promise((resolve) => this.idleWaiters.push(resolve));
    }
    isIdle() {
        return !this.busy && !this.scheduled && this.pending.length === 0;
    }
    schedule() {
        if (this.scheduled || this.busy)
            return;
        this.scheduled = true;
        setImmediate(() => {
            void this.runBatch();
        });
    }
    async runBatch() {
        this.scheduled = false;
        this.busy = true;
        const batch = this.pending.splice(0, this.opts.maxBatch);
        try {
            await this.process(batch);
        }
        catch (error) {
            // The processor settles its jobs; this only catches its bugs. Settling twice is a no-op.
            for (const job of batch)
                job.reject(error);
        }
        finally {
            this.busy = false;
            if (this.pending.length > 0)
                this.schedule();
            else if (this.isIdle())
                for (const wake of this.idleWaiters.splice(0))
                    wake();
        }
    }
}


/***/ }),

/***/ 6938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iN: () => (/* binding */ signTreeHead),
/* harmony export */   pf: () => (/* binding */ logIdentity),
/* harmony export */   zl: () => (/* binding */ verifyStoredHead)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/* harmony import */ var _core_merkle_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6196);
/* harmony import */ var _core_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2452);
/* harmony import */ var _core_note_note_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9958);
/* harmony import */ var _core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2974);
/**
 * Signed tree heads: the log's identity (Rekor v1 origin, key hint, log ID) and the checks that a stored head
 * is the tree the stored nodes describe, signed by this log's key (issue 3 §5).
 *
 * Rekor v1 checkpoints (research/rekor-v1.md §5): origin `<name> - <treeID>`, signer name `<name>`, key hint =
 * first 4 bytes of SHA-256(DER SPKI) for every key type, no extension lines.
 */







const TREE_ID_RE = /^[1-9][0-9]*$/;
/** Throws INVALID_FIELD unless `treeId` is a positive decimal int64 (Rekor: tree 0 is invalid). */
function logIdentity(signer, name, treeId) {
    if (!TREE_ID_RE.test(treeId) || BigInt(treeId) > 0x7fffffffffffffffn) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_FIELD', `tree ID ${JSON.stringify(treeId)} is not a positive decimal int64`, {
            details: { path: 'treeId' },
        });
    }
    const logId = (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyId */ .xs)(signer.publicKey);
    const keyHint = (0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .ecdsaKeyHint */ .XW)(signer.publicKey);
    return {
        treeId,
        uuidPrefix: (0,_core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .treeIdHex */ .bb)(treeId),
        logId,
        logIdHex: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(logId),
        origin: (0,_core_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .rekorOrigin */ .kg)(name, treeId),
        publicKey: signer.publicKey,
        keyHint,
        noteSigner: (0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .noteSigner */ .h3)(name, signer, keyHint),
    };
}
/** Signs the checkpoint for (size, rootHash): one signature per batch, never per entry. */
function signTreeHead(id, size, rootHash, integratedTime) {
    const text = (0,_core_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCheckpoint */ .wP)({ origin: id.origin, size, rootHash, extensions: [] });
    return { size, rootHash, checkpoint: (0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSignedNote */ .qf)((0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .signNote */ .qO)(text, [id.noteSigner])), integratedTime };
}
function corrupt(message, details, cause) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('STORAGE_CORRUPT', `log storage is inconsistent: ${message}; refusing to serve`, {
        details,
        ...(cause === undefined ? {} : { cause }),
    });
}
/**
 * Integrity check on open: the root recomputed from stored nodes (O(log n) reads) must equal the stored head,
 * and the head's checkpoint must be this log's signature over exactly that size and root. Any difference is
 * STORAGE_CORRUPT naming both roots (hex). The signature may carry any signer name (the log may have been
 * restarted on another host:port); the key hint and signature must be this log's key.
 */
function verifyStoredHead(id, head, nodes) {
    let computed;
    try {
        computed = (0,_core_merkle_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .rootAt */ .sb)(head.size, nodes);
    }
    catch (cause) {
        throw corrupt(`cannot recompute the root of size ${head.size} from stored nodes`, { size: head.size }, cause);
    }
    const roots = { size: head.size, computedRoot: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(computed), headRoot: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(head.rootHash) };
    if (!(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(computed, head.rootHash)) {
        throw corrupt(`stored nodes give root ${roots.computedRoot} but the stored head says ${roots.headRoot}`, roots);
    }
    let parsed;
    try {
        parsed = (0,_core_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSignedCheckpoint */ .Ac)(head.checkpoint);
    }
    catch (cause) {
        throw corrupt('the stored checkpoint does not parse', roots, cause);
    }
    const cp = parsed.checkpoint;
    const checkpointRoot = (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(cp.rootHash);
    if (cp.size !== head.size || !(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(cp.rootHash, computed)) {
        throw corrupt(`stored nodes give root ${roots.computedRoot} at size ${head.size} but the signed checkpoint says ` +
            `${checkpointRoot} at size ${cp.size}`, { ...roots, checkpointRoot, checkpointSize: cp.size });
    }
    if ((0,_core_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRekorOrigin */ .hA)(cp.origin)?.treeId !== id.treeId) {
        throw corrupt(`checkpoint origin ${JSON.stringify(cp.origin)} is not for tree ${id.treeId}`, roots);
    }
    try {
        const verifiers = parsed.note.signatures
            .filter((s) => s.keyHint === id.keyHint)
            .map((s) => (0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .noteVerifier */ .P8)(s.name, id.publicKey, id.keyHint));
        (0,_core_note_note_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyNote */ .W4)(parsed.note, verifiers);
    }
    catch (cause) {
        throw corrupt(`the stored checkpoint (root ${checkpointRoot}) is not signed by this log's key`, roots, cause);
    }
}


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bg: () => (/* binding */ TransparencyLog)
});

// UNUSED EXPORTS: DEFAULT_MAX_BATCH, DEFAULT_MAX_PENDING

// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/merkle/consistency.ts
var consistency = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/core/merkle/hash.ts
var hash = __webpack_require__(304);
// EXTERNAL MODULE: ./src/core/rekor/entry.ts + 1 modules
var entry = __webpack_require__(2974);
// EXTERNAL MODULE: ./src/core/tiles/layout.ts
var layout = __webpack_require__(4539);
;// CONCATENATED MODULE: ./src/core/tiles/codec.ts
/**
 * Tile bodies (C2SP tlog-tiles): a hash tile is its 32-byte hashes concatenated (8,192 bytes when full); an
 * entry bundle is each entry as a big-endian uint16 length followed by its bytes. Decoders reject anything
 * another implementation could read differently (trailing bytes, truncation, oversize).
 */



/** Largest entry an entry bundle can hold (uint16 length prefix). */
const MAX_BUNDLE_ENTRY_SIZE = 0xffff;
function checkCount(count, what) {
    if (count < 1 || count > layout/* TILE_WIDTH */.KP) {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `a ${what} holds 1 to ${layout/* TILE_WIDTH */.KP} items, got ${count}`);
    }
}
function encodeHashTile(hashes) {
    checkCount(hashes.length, 'hash tile');
    const out = new Uint8Array(hashes.length * hash/* HASH_SIZE */.Ts);
    hashes.forEach((h, i) => {
        if (h.byteLength !== hash/* HASH_SIZE */.Ts)
            throw new errors/* CodedError */.AK('INVALID_FIELD', `tile hash ${i} is not ${hash/* HASH_SIZE */.Ts} bytes`);
        out.set(h, i * hash/* HASH_SIZE */.Ts);
    });
    return out;
}
/** Splits a hash tile; `width` (when given) is the exact number of hashes the path promised. */
function decodeHashTile(bytes, width) {
    const count = bytes.byteLength / HASH_SIZE;
    if (!Number.isInteger(count) || count < 1 || count > TILE_WIDTH || (width !== undefined && count !== width)) {
        throw new CodedError('INVALID_ENCODING', `a hash tile of ${bytes.byteLength} bytes is not ${width ?? '1-256'} hashes`, {
            details: { length: bytes.byteLength, width },
        });
    }
    const hashes = [];
    for (let i = 0; i < count; i++)
        hashes.push(bytes.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE));
    return hashes;
}
function encodeEntryBundle(entries) {
    checkCount(entries.length, 'entry bundle');
    let length = 0;
    entries.forEach((e, i) => {
        if (e.byteLength > MAX_BUNDLE_ENTRY_SIZE) {
            throw new errors/* CodedError */.AK('TOO_LARGE', `entry ${i} is ${e.byteLength} bytes; a bundle entry is at most 65535`, {
                details: { position: i, length: e.byteLength },
            });
        }
        length += 2 + e.byteLength;
    });
    const out = new Uint8Array(length);
    let offset = 0;
    for (const e of entries) {
        out[offset] = e.byteLength >>> 8;
        out[offset + 1] = e.byteLength & 0xff;
        out.set(e, offset + 2);
        offset += 2 + e.byteLength;
    }
    return out;
}
/** Splits an entry bundle; `width` (when given) is the exact number of entries the path promised. */
function decodeEntryBundle(bytes, width) {
    const entries = [];
    let offset = 0;
    while (offset < bytes.byteLength) {
        const hi = bytes[offset];
        const lo = bytes[offset + 1];
        if (hi === undefined || lo === undefined)
            throw malformed('a length prefix is cut off', offset);
        const end = offset + 2 + hi * 256 + lo;
        if (end > bytes.byteLength)
            throw malformed('an entry is cut off', offset);
        if (entries.length === TILE_WIDTH)
            throw malformed(`more than ${TILE_WIDTH} entries`, offset);
        entries.push(bytes.slice(offset + 2, end));
        offset = end;
    }
    if (entries.length === 0)
        throw malformed('the bundle is empty', 0);
    if (width !== undefined && entries.length !== width)
        throw malformed(`expected ${width} entries`, offset);
    return entries;
}
function malformed(why, offset) {
    return new CodedError('INVALID_ENCODING', `entry bundle is malformed: ${why} (byte ${offset})`, {
        details: { offset },
    });
}
/**
 * INDEX_OUT_OF_RANGE unless (level, index, width) can name a tile: level 0..MAX_TILE_LEVEL, index a non-negative
 * safe integer, width 1..256 (256 = full). Whether the tree covers it yet is the caller's question.
 */
function assertTileCoordinate(level, index, width) {
    const ok = Number.isSafeInteger(level) &&
        level >= 0 &&
        level <= layout/* MAX_TILE_LEVEL */.z8 &&
        Number.isSafeInteger(index) &&
        index >= 0 &&
        Number.isSafeInteger(width) &&
        width >= 1 &&
        width <= layout/* TILE_WIDTH */.KP;
    if (!ok) {
        throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `no tile at level ${level}, index ${index}, width ${width}`, {
            details: { level, index, width },
        });
    }
}
/**
 * The hashes of tile (level, index) of width `width` (256 = full): hash i is the merkle node at level 8·level,
 * index index·256 + i (tlog-tiles). The caller passes a width whose nodes are complete in its tree.
 */
function readHashTile(level, index, width, reader) {
    assertTileCoordinate(level, index, width);
    const hashes = [];
    for (let i = 0; i < width; i++)
        hashes.push(reader.getNode(level * layout/* TILE_HEIGHT */.VM, index * layout/* TILE_WIDTH */.KP + i));
    return hashes;
}

// EXTERNAL MODULE: ./src/log/head.ts
var log_head = __webpack_require__(6938);
// EXTERNAL MODULE: ./src/log/sequencer.ts
var log_sequencer = __webpack_require__(9559);
// EXTERNAL MODULE: ./src/log/view.ts
var view = __webpack_require__(9785);
;// CONCATENATED MODULE: ./src/log/log.ts
/**
 * The transparency log (issue 3): a Rekor-compatible, append-only Merkle log over injected storage, signer and
 * clock. Writes go through the sequencer (group commit, acknowledged only once durable); reads are O(log n)
 * storage lookups against the current durable head. One TransparencyLog per storage: the head lives in memory.
 */










const DEFAULT_MAX_BATCH = 512;
const DEFAULT_MAX_PENDING = 4096;
/** Entry bundles carry uint16 length prefixes (C2SP tlog-tiles), so a body must fit in one. */
const MAX_BODY_BYTES = MAX_BUNDLE_ENTRY_SIZE;
/** The tree size a tile or bundle needs: the index just past its last leaf. */
function tileEnd(level, index, width) {
    return (index * layout/* TILE_WIDTH */.KP + width) * layout/* TILE_WIDTH */.KP ** level;
}
class TransparencyLog {
    storage;
    identity;
    treeId;
    logId;
    logIdHex;
    origin;
    publicKey;
    /** Unix seconds when the log was created (for a trust root's validFor.start). */
    createdAt;
    sequencer;
    closing;
    constructor(storage, identity, createdAt, sequencer) {
        this.storage = storage;
        this.identity = identity;
        this.treeId = identity.treeId;
        this.logId = identity.logId;
        this.logIdHex = identity.logIdHex;
        this.origin = identity.origin;
        this.publicKey = identity.publicKey;
        this.createdAt = createdAt;
        this.sequencer = sequencer;
    }
    /**
     * Opens the log, creating its identity and empty signed head on first use. Verifies integrity: the root
     * recomputed from stored nodes must equal the stored head, whose checkpoint must be signed by `signer`'s key;
     * otherwise throws STORAGE_CORRUPT naming both roots.
     */
    static open(opts) {
        const { storage, signer, clock } = opts;
        const stored = storage.readMeta();
        const meta = stored ?? { treeId: opts.newTreeId(), createdAt: Math.floor(clock() / 1000) };
        const identity = (0,log_head/* logIdentity */.pf)(signer, opts.name, meta.treeId); // validates before anything is written
        if (stored === undefined)
            storage.writeMeta(meta);
        let head = storage.head();
        if (head === undefined) {
            head = (0,log_head/* signTreeHead */.iN)(identity, 0, hash/* EMPTY_ROOT */.zg, Math.floor(clock() / 1000));
            storage.commitBatch({ entries: [], nodes: [], head });
        }
        else {
            (0,log_head/* verifyStoredHead */.zl)(identity, head, storage);
        }
        const sequencer = new log_sequencer/* Sequencer */.Y({
            storage,
            signer,
            identity,
            clock,
            head,
            maxBatch: opts.maxBatch ?? DEFAULT_MAX_BATCH,
            maxPending: opts.maxPending ?? DEFAULT_MAX_PENDING,
        });
        return new TransparencyLog(storage, identity, meta.createdAt, sequencer);
    }
    /**
     * Appends an admitted entry; resolves once it is durable, with its proof against the head that covers it.
     * Rejects DUPLICATE_ENTRY (details {uuid, index}), QUEUE_FULL, SHUTTING_DOWN, TOO_LARGE, ENTRY_MALFORMED,
     * STORAGE_FAILURE.
     */
    add(entry) {
        if (entry.body.byteLength === 0) {
            return Promise.reject(new errors/* CodedError */.AK('ENTRY_MALFORMED', 'an entry body must not be empty'));
        }
        if (entry.body.byteLength > MAX_BODY_BYTES) {
            return Promise.reject(new errors/* CodedError */.AK('TOO_LARGE', `an entry body must be at most ${MAX_BODY_BYTES} bytes (tlog-tiles entry bundles)`, {
                details: { bytes: entry.body.byteLength, max: MAX_BODY_BYTES },
            }));
        }
        const leaf = (0,hash/* leafHash */.Jq)(entry.body);
        return this.sequencer.submit({ entry, leafHash: leaf, leafHex: (0,bytes/* toHex */.nj)(leaf) });
    }
    /** The latest durable signed tree head. */
    head() {
        const h = this.sequencer.head;
        return { ...h, rootHash: new Uint8Array(h.rootHash) };
    }
    /** INDEX_OUT_OF_RANGE for a negative or non-integer index; undefined past the head. */
    entryByIndex(index) {
        if (!Number.isSafeInteger(index) || index < 0) {
            throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `log index must be a non-negative integer, got ${String(index)}`, {
                details: { index },
            });
        }
        const head = this.sequencer.head;
        if (index >= head.size)
            return undefined;
        const stored = this.storage.entryByIndex(index);
        if (stored === undefined) {
            throw new errors/* CodedError */.AK('STORAGE_CORRUPT', `entry ${index} is covered by the head but missing from storage`);
        }
        return (0,view/* buildEntryView */.E)(this.identity, stored, head, this.storage);
    }
    /** By 64-hex UUID (leaf hash) or 80-hex entry ID; ENTRY_ID_MALFORMED for anything else. */
    entryByUuid(uuidOrLeafHex) {
        const id = (0,entry/* parseEntryId */.Vm)(uuidOrLeafHex);
        if (id.treeId !== undefined && id.treeId !== this.treeId)
            return undefined;
        const index = this.storage.indexByLeafHash((0,bytes/* fromHex */.aD)(id.leafHash));
        return index === undefined ? undefined : this.entryByIndex(index);
    }
    /** RFC 6962 consistency proof between two sizes of this log; INDEX_OUT_OF_RANGE unless 1 <= first <= last <= size. */
    consistencyProof(first, last) {
        const size = this.sequencer.head.size;
        if (Number.isSafeInteger(last) && last > size) {
            throw new errors/* CodedError */.AK('INDEX_OUT_OF_RANGE', `lastSize ${last} is beyond the tree size ${size}`, {
                details: { first, last, size },
            });
        }
        return (0,consistency/* consistencyProof */.H)(first, last, this.storage);
    }
    /** Entry UUIDs (80 hex) for an index key ('sha256:<hex>' or a key's hex SHA-256), case-insensitive. */
    search(key) {
        const size = this.sequencer.head.size;
        return this.storage
            .search(key.toLowerCase())
            .filter((i) => i < size)
            .map((i) => (0,view/* uuidFromLeaf */._)(this.identity.uuidPrefix, this.storage.getNode(0, i)));
    }
    /**
     * C2SP tlog-tiles hash tile (level L = Merkle level 8L), full (width 256) or partial. NOT_FOUND when the
     * current tree does not cover it yet.
     */
    hashTile(level, index, width = layout/* TILE_WIDTH */.KP) {
        assertTileCoordinate(level, index, width);
        const size = this.sequencer.head.size;
        if (tileEnd(level, index, width) > size) {
            throw new errors/* CodedError */.AK('NOT_FOUND', `tile ${level}/${index} width ${width} is beyond the tree size ${size}`);
        }
        return encodeHashTile(readHashTile(level, index, width, this.storage));
    }
    /** C2SP tlog-tiles entry bundle: canonical bodies of entries [256·index, 256·index + width). */
    entryBundle(index, width = layout/* TILE_WIDTH */.KP) {
        assertTileCoordinate(0, index, width);
        const size = this.sequencer.head.size;
        const start = index * layout/* TILE_WIDTH */.KP;
        if (start + width > size) {
            throw new errors/* CodedError */.AK('NOT_FOUND', `entry bundle ${index} width ${width} is beyond the tree size ${size}`);
        }
        return encodeEntryBundle(this.storage.entryBodies(start, start + width));
    }
    /** Stops accepting (SHUTTING_DOWN), finishes every queued batch, closes storage. Idempotent. */
    close() {
        this.closing ??= this.sequencer.close().then(() => this.storage.close());
        return this.closing;
    }
}


/***/ }),

/***/ 998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ nodeKey)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * One integer key per complete Merkle subtree: its in-order position in a flat binary tree,
 * `index·2^(level+1) + 2^level − 1` (leaf i -> 2i, node (1, j) -> 4j + 1, ...). Keys are unique, below twice
 * the tree size (safe integers up to 2^52 leaves), and grow with the right edge, so appends stay at the end
 * of the B-tree. Plain arithmetic, not bitwise operators, which truncate to 32 bits.
 */

function nodeKey(level, index) {
    const key = index * 2 ** (level + 1) + 2 ** level - 1;
    if (!Number.isSafeInteger(key) || level < 0 || index < 0 || !Number.isInteger(level) || !Number.isInteger(index)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INDEX_OUT_OF_RANGE', `no Merkle node at level ${level}, index ${index}`, {
            details: { level, index },
        });
    }
    return key;
}


/***/ }),

/***/ 9559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ Sequencer),
/* harmony export */   _: () => (/* binding */ BatchNodeReader)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_merkle_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6196);
/* harmony import */ var _core_rekor_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4847);
/* harmony import */ var _batch_queue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3196);
/* harmony import */ var _head_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6938);
/* harmony import */ var _node_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(998);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9785);
/**
 * Group commit (issue 3 §2): batch -> dedupe -> sequence -> integrate -> checkpoint -> ONE durable commit ->
 * answer every submission of the batch. Per batch: one integratedTime, one signed checkpoint, one storage
 * transaction; per entry: a leaf, its SET and an inclusion proof against the new head.
 *
 * The in-memory head only advances after the commit returned, so a failed commit leaves nothing visible
 * and the next batch starts from the last durable head; readers never see a batch before it is durable, since
 * every read is bounded by that head. Batches run one at a time, each on top of the previous durable head. Append-only by construction: new nodes are only ever
 * added beside the old ones, and a head is never signed for a size below the previous one.
 */








/**
 * Reads through to storage, remembering what it read and holding the nodes the batch just created: a batch's
 * proofs share almost all their upper siblings, so each is read from storage once per batch.
 */
class BatchNodeReader {
    storage;
    nodes = new Map();
    constructor(storage) {
        this.storage = storage;
    }
    add(nodes) {
        for (const n of nodes)
            this.nodes.set((0,_node_key_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeKey */ .u)(n.level, n.index), n.hash);
    }
    getNode(level, index) {
        const key = (0,_node_key_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeKey */ .u)(level, index);
        let hash = this.nodes.get(key);
        if (hash === undefined) {
            hash = this.storage.getNode(level, index);
            this.nodes.set(key, hash);
        }
        return hash;
    }
}
function duplicate(uuid, index) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('DUPLICATE_ENTRY', `an equivalent entry already exists in the log at index ${index}`, {
        details: { uuid, index },
    });
}
class Sequencer {
    opts;
    queue;
    current;
    constructor(opts) {
        this.opts = opts;
        this.current = opts.head;
        this.queue = new _batch_queue_js__WEBPACK_IMPORTED_MODULE_4__/* .BatchQueue */ ._((jobs) => this.integrate(jobs), {
            maxBatch: opts.maxBatch,
            maxPending: opts.maxPending,
        });
    }
    /** The latest durable head. */
    get head() {
        return this.current;
    }
    submit(submission) {
        return this.queue.submit(submission);
    }
    close() {
        return this.queue.close();
    }
    async integrate(jobs) {
        const { storage, identity } = this.opts;
        const { uuidPrefix } = identity;
        const old = this.current;
        const fresh = [];
        const firstInBatch = new Map();
        const repeats = [];
        for (const job of jobs) {
            const existing = storage.indexByLeafHash(job.item.leafHash);
            if (existing !== undefined && existing < old.size) {
                job.reject(duplicate((0,_view_js__WEBPACK_IMPORTED_MODULE_7__/* .uuidFromLeaf */ ._)(uuidPrefix, job.item.leafHash), existing));
                continue;
            }
            const position = firstInBatch.get(job.item.leafHex);
            if (position === undefined) {
                firstInBatch.set(job.item.leafHex, fresh.length);
                fresh.push(job);
            }
            else {
                repeats.push({ job, position });
            }
        }
        if (fresh.length === 0)
            return;
        let committed;
        try {
            committed = await this.commit(old, fresh.map((j) => j.item));
        }
        catch (error) {
            const failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toCodedError */ .Bt)(error, 'STORAGE_FAILURE');
            for (const job of fresh)
                job.reject(failure);
            for (const { job } of repeats)
                job.reject(failure);
            return;
        }
        fresh.forEach((job, i) => {
            const { entries, bodies, head, reader } = committed;
            const entry = entries[i];
            try {
                if (entry === undefined)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INTERNAL', 'sequencer lost an entry');
                job.resolve((0,_view_js__WEBPACK_IMPORTED_MODULE_7__/* .buildEntryView */ .E)(identity, entry, head, reader, bodies[i]));
            }
            catch (error) {
                job.reject((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toCodedError */ .Bt)(error));
            }
        });
        // Repeats inside one batch are answered only now: the entry they duplicate is durable.
        for (const { job, position } of repeats) {
            job.reject(duplicate((0,_view_js__WEBPACK_IMPORTED_MODULE_7__/* .uuidFromLeaf */ ._)(uuidPrefix, job.item.leafHash), old.size + position));
        }
    }
    /** Sequences, integrates, signs and durably commits `items` on top of `old`, then advances the head. */
    async commit(old, items) {
        const { storage, signer, identity, clock } = this.opts;
        const integratedTime = Math.floor(clock() / 1000);
        const bodies = items.map((s) => (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(s.entry.body));
        const entries = items.map((s, i) => {
            const index = old.size + i;
            const body = bodies[i] ?? '';
            const fields = { body, integratedTime, logID: identity.logIdHex, logIndex: index };
            return {
                index,
                leafHash: s.leafHash,
                body: s.entry.body,
                integratedTime,
                kind: s.entry.kind,
                apiVersion: s.entry.apiVersion,
                set: (0,_core_rekor_set_js__WEBPACK_IMPORTED_MODULE_3__/* .signSet */ .aE)(fields, signer),
                indexKeys: [...new Set(s.entry.indexKeys.map((k) => k.toLowerCase()))],
                ...(s.entry.attestation === undefined ? {} : { attestation: s.entry.attestation }),
            };
        });
        const reader = new BatchNodeReader(storage);
        const nodes = (0,_core_merkle_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .appendLeaves */ .rn)(old.size, items.map((s) => s.leafHash), reader);
        reader.add(nodes);
        const size = old.size + items.length;
        if (size <= old.size)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INTERNAL', `refusing to sign size ${size} after ${old.size}`);
        const head = (0,_head_js__WEBPACK_IMPORTED_MODULE_5__/* .signTreeHead */ .iN)(identity, size, (0,_core_merkle_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .rootAt */ .sb)(size, reader), integratedTime);
        const batch = { entries, nodes, head };
        try {
            // An async commit (e.g. a writer thread) keeps the event loop serving while the transaction is made durable.
            if (storage.commitBatchAsync === undefined)
                storage.commitBatch(batch);
            else
                await storage.commitBatchAsync(batch);
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isCodedError */ .IG)(error, 'STORAGE_FAILURE'))
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('STORAGE_FAILURE', 'the log could not store the batch; nothing of it was recorded', {
                cause: error,
            });
        }
        this.current = head;
        return { entries, bodies, head, reader };
    }
}


/***/ }),

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ buildEntryView),
/* harmony export */   _: () => (/* binding */ uuidFromLeaf)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_merkle_inclusion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9620);
/**
 * What the log hands out for an entry: Rekor v1's `LogEntryAnon` (research/rekor-v1.md §1) with an inclusion
 * proof against the CURRENT head and that head's signed checkpoint, plus the 80-hex entry UUID. Single shard,
 * so the virtual `logIndex` and the tree-local proof index are the same number.
 */


/** The 80-hex UUID from a stored leaf hash, without re-hashing the body. */
function uuidFromLeaf(prefix, leafHash) {
    return prefix + (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(leafHash);
}
/**
 * Builds the view of a stored entry at `head`. `bodyBase64` may be passed when the caller already has it (the
 * sequencer computed it for the SET) to avoid encoding the body twice.
 */
function buildEntryView(ctx, stored, head, nodes, bodyBase64 = (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(stored.body)) {
    const hashes = (0,_core_merkle_inclusion_js__WEBPACK_IMPORTED_MODULE_1__/* .inclusionProof */ .nT)(stored.index, head.size, nodes).map(_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj);
    const entry = {
        body: bodyBase64,
        integratedTime: stored.integratedTime,
        logID: ctx.logIdHex,
        logIndex: stored.index,
        verification: {
            inclusionProof: {
                logIndex: stored.index,
                treeSize: head.size,
                rootHash: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(head.rootHash),
                hashes,
                checkpoint: head.checkpoint,
            },
            signedEntryTimestamp: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(stored.set),
        },
        ...(stored.attestation === undefined ? {} : { attestation: { data: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(stored.attestation) } }),
    };
    return { uuid: uuidFromLeaf(ctx.uuidPrefix, stored.leafHash), entry };
}


/***/ })

};
