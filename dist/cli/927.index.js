export const id = 927;
export const ids = [927];
export const modules = {

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestJson: () => (/* binding */ attestJson),
  attestSpec: () => (/* binding */ attestSpec),
  runAttest: () => (/* binding */ runAttest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/adapters/client/node-http.ts
var node_http = __webpack_require__(1237);
;// CONCATENATED MODULE: ./src/adapters/client/fulcio.ts
/**
 * Fulcio v2 client (`POST /api/v2/signingCert`), for keyless signing against public Fulcio or
 * `provlog serve --ca`: sends the token and the PEM public key with its proof of possession, returns the chain
 * (DER, leaf first) from `signedCertificateEmbeddedSct`. The detached-SCT form is refused (the checks before use
 * need the SCT embedded). Network faults and 5xx are retried twice with backoff; a 4xx is CA_REJECTED with the
 * CA's reason (grpc-gateway ErrorInfo, or our X-Provlog-Error header) in details.
 */




const MAX_RESPONSE_BYTES = 1024 * 1024;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
function pemToDer(pem, what) {
    const match = /^\s*-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----\s*$/.exec(pem);
    if (match?.[1] === undefined)
        throw new errors/* CodedError */.AK('CA_RESPONSE_INVALID', `${what} is not one PEM certificate`);
    return (0,bytes/* fromBase64 */.Ey)(match[1].replace(/\s+/g, ''), what);
}
class FulcioClient {
    baseUrl;
    timeoutMs;
    retries;
    sleep;
    constructor(options) {
        let url;
        try {
            url = new URL(options.baseUrl);
        }
        catch (cause) {
            throw new errors/* CodedError */.AK('USAGE', `CA URL "${options.baseUrl}" is not a URL`, { cause });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new errors/* CodedError */.AK('USAGE', `CA URL "${options.baseUrl}" must be http(s)`);
        }
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        this.timeoutMs = options.timeoutMs ?? 20_000;
        this.retries = options.retries ?? 2;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** The certificate chain, DER, leaf first. */
    async signingCertificate(request) {
        const body = JSON.stringify({
            credentials: { oidcIdentityToken: request.token },
            publicKeyRequest: {
                publicKey: { content: request.publicKeyPem },
                proofOfPossession: Buffer.from(request.proofOfPossession).toString('base64'),
            },
        });
        const res = await this.post('/api/v2/signingCert', body);
        if (res.status !== 200 && res.status !== 201)
            rejected(res);
        const root = (0,decode/* decodeJson */.xO)(res.text, 'CA_RESPONSE_INVALID', 'signingCert response');
        if (root.optional('signedCertificateEmbeddedSct') === undefined) {
            throw new errors/* CodedError */.AK('CA_RESPONSE_INVALID', 'the CA answered without an embedded SCT (signedCertificateDetachedSct is not supported)');
        }
        const certificates = root.get('signedCertificateEmbeddedSct').get('chain').get('certificates').array();
        if (certificates.length === 0 || certificates.length > 10) {
            throw new errors/* CodedError */.AK('CA_RESPONSE_INVALID', `the CA returned ${certificates.length} certificates`);
        }
        return certificates.map((c, i) => pemToDer(c.nonEmptyString(), `certificate ${i}`));
    }
    async post(path, body) {
        for (let attempt = 0;; attempt++) {
            try {
                const res = await (0,node_http/* httpExchange */.a)({
                    method: 'POST',
                    url: `${this.baseUrl}${path}`,
                    headers: { 'content-type': 'application/json', accept: 'application/json' },
                    body,
                    timeoutMs: this.timeoutMs,
                    maxResponseBytes: MAX_RESPONSE_BYTES,
                });
                if (!RETRYABLE_STATUS.has(res.status) || attempt >= this.retries) {
                    if (res.status >= 500) {
                        throw new errors/* CodedError */.AK('CA_UNREACHABLE', `the CA at ${this.baseUrl} answered ${res.status}`);
                    }
                    return res;
                }
            }
            catch (error) {
                if (error instanceof errors/* CodedError */.AK)
                    throw error;
                const retryable = error instanceof node_http/* HttpExchangeError */.q && error.kind !== 'tls';
                if (!retryable || attempt >= this.retries) {
                    throw new errors/* CodedError */.AK('CA_UNREACHABLE', `cannot reach the CA at ${this.baseUrl}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
                }
            }
            await this.sleep(250 * 2 ** attempt);
        }
    }
}
function rejected(res) {
    let message = `HTTP ${res.status}`;
    let reason = res.header('x-provlog-error');
    try {
        const parsed = JSON.parse(res.text);
        if (typeof parsed.message === 'string')
            message = parsed.message.slice(0, 500);
        const detail = parsed.details?.[0]?.reason;
        if (reason === undefined && typeof detail === 'string')
            reason = detail;
    }
    catch {
        // not JSON: the status says enough
    }
    throw new errors/* CodedError */.AK('CA_REJECTED', `the CA refused the certificate request: ${message}`, {
        details: { status: res.status, ...(reason === undefined ? {} : { reason }) },
    });
}

// EXTERNAL MODULE: ./src/adapters/client/rekor-v1.ts
var rekor_v1 = __webpack_require__(2427);
// EXTERNAL MODULE: ./src/adapters/files/read.ts
var read = __webpack_require__(4402);
// EXTERNAL MODULE: ./src/adapters/files/trust.ts
var trust = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/adapters/github/context.ts
var context = __webpack_require__(3589);
// EXTERNAL MODULE: ./src/flows/attest.ts
var attest = __webpack_require__(3236);
;// CONCATENATED MODULE: ./src/flows/attest-privacy.ts
/**
 * What an attestation makes public. Everything in a public-good log entry is readable by anyone, forever: the
 * repository name, workflow path, commit, artifact names and digests, and the workflow_dispatch inputs that the
 * SLSA predicate records as external parameters (`buildDefinition.externalParameters.inputs`). Shared by the
 * action and `provlog attest`, which both build SLSA provenance from a run context.
 */

/** How the action leaves the inputs out; the CLI passes its own flag. */
const OMIT_INPUTS_HINT = 'set include-workflow-inputs: false';
/** The names of the workflow_dispatch inputs the provenance will record (sorted), none when there are none. */
function workflowInputNames(ctx) {
    return Object.keys(ctx.workflowInputs ?? {}).sort();
}
/** The build context without its workflow_dispatch inputs (include-workflow-inputs: false). */
function withoutWorkflowInputs(ctx) {
    const { workflowInputs: _dropped, ...rest } = ctx;
    return rest;
}
/** `a`, `b` and `c`: names quoted (they come from the event payload). */
function listNames(names) {
    return names.map((n) => JSON.stringify(n)).join(', ');
}
/**
 * For a private or internal repository recording in the public-good log, what becomes public, naming the
 * workflow_dispatch inputs (names only: their values may be secret-ish and this text is printed in the log).
 * The step still runs: publishing may be intended. Undefined when nothing private is published.
 */
function formatPrivacyWarning(visibility, logUrl, repository, inputNames = [], omitHint = OMIT_INPUTS_HINT) {
    if ((visibility !== 'private' && visibility !== 'internal') || logUrl !== trust/* PUBLIC_GOOD_LOG_URL */.Pu)
        return undefined;
    const inputs = inputNames.length === 0
        ? ''
        : `, and the values of the workflow_dispatch inputs ${listNames([...inputNames])} (${omitHint} to leave them out)`;
    return (`${repository} is ${visibility}, but ${trust/* PUBLIC_GOOD_LOG_URL */.Pu} is a public log: the repository name, workflow path, ` +
        `commit, artifact names and digests in the provenance become public${inputs}. Use your own log (log-url + trusted-root) to keep them private.`);
}
/**
 * For any other repository recording workflow_dispatch inputs in the public-good log: one line naming them, since
 * a value typed into the run form is easy to forget is published. Undefined when no input is recorded there, or
 * when formatPrivacyWarning already says it.
 */
function formatPublishedInputsNotice(visibility, logUrl, inputNames, omitHint = OMIT_INPUTS_HINT) {
    if (inputNames.length === 0 || logUrl !== trust/* PUBLIC_GOOD_LOG_URL */.Pu)
        return undefined;
    if (visibility === 'private' || visibility === 'internal')
        return undefined;
    return (`The workflow_dispatch inputs ${listNames([...inputNames])} and their values are recorded in the provenance, ` +
        `which ${trust/* PUBLIC_GOOD_LOG_URL */.Pu} publishes; ${omitHint} to leave them out.`);
}

// EXTERNAL MODULE: ./src/adapters/crypto/node-signer.ts
var node_signer = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/oidc/jwt.ts
var jwt = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/core/verify/certificate.ts
var certificate = __webpack_require__(2382);
// EXTERNAL MODULE: ./src/core/verify/identity.ts
var verify_identity = __webpack_require__(7019);
// EXTERNAL MODULE: ./src/core/verify/sct.ts
var sct = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/core/x509/check-issued.ts





function checkIssuedCertificate(input) {
    const [leafDer] = input.chain;
    if (leafDer === undefined)
        throw new errors/* CodedError */.AK('CA_RESPONSE_INVALID', 'the CA returned no certificate');
    try {
        // Trust comes from the trusted root alone: the CA's own intermediates and root are not used for the path.
        const chain = (0,certificate/* verifyCertificateChain */.MV)(leafDer, [], input.trust.certificateAuthorities, [input.now]);
        (0,sct/* verifyEmbeddedScts */.Pl)(chain.leaf, chain.issuer, input.trust.ctlogs);
        if (!(0,bytes/* bytesEqual */.O6)(chain.leaf.spki, input.publicKey.spki)) {
            throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', 'the certificate certifies another public key than ours');
        }
        const identity = (0,verify_identity/* extractIdentity */.aM)(chain.leaf.asn);
        (0,verify_identity/* verifyIdentity */.Ec)(identity, { san: input.san, issuer: input.issuer });
        return { leaf: chain.leaf, identity };
    }
    catch (error) {
        const coded = (0,errors/* toCodedError */.Bt)(error);
        throw new errors/* CodedError */.AK('CA_RESPONSE_INVALID', `the CA's certificate fails a check before use: ${coded.message}`, {
            cause: error,
            details: { check: coded.code },
        });
    }
}

;// CONCATENATED MODULE: ./src/flows/keyless.ts






/** The SAN and issuer a GitHub Actions token's certificate must carry (Fulcio's CI-provider mapping). */
function expectedIdentity(token, serverUrl) {
    const { claims } = (0,jwt/* decodeJwt */.iU)(token);
    const { iss, sub, job_workflow_ref: ref } = claims;
    if (typeof iss !== 'string' || typeof sub !== 'string' || sub === '') {
        throw new errors/* CodedError */.AK('OIDC_TOKEN_INVALID', 'the identity token has no iss or sub claim');
    }
    if (typeof ref !== 'string' || ref === '') {
        throw new errors/* CodedError */.AK('USAGE', 'keyless signing supports GitHub Actions identity tokens (job_workflow_ref claim); use --key otherwise');
    }
    return { san: `${serverUrl.replace(/\/+$/, '')}/${ref}`, issuer: iss, sub };
}
async function obtainKeylessCertificate(args) {
    const expected = expectedIdentity(args.token, args.serverUrl);
    const signer = (0,node_signer/* signerFromPem */.jM)((0,node_signer/* generatePrivateKeyPem */.Ai)('ecdsa-p256'), 'ephemeral key');
    const chain = await args.fulcio.signingCertificate({
        token: args.token,
        publicKeyPem: (0,keys/* formatPublicKeyPem */._i)(signer.publicKey),
        proofOfPossession: signer.sign((0,bytes/* utf8 */.As)(expected.sub)),
    });
    const checked = checkIssuedCertificate({
        chain,
        trust: args.trustedRoot,
        publicKey: signer.publicKey,
        san: expected.san,
        issuer: expected.issuer,
        now: args.now() / 1000,
    });
    return { signer, certificate: checked.leaf.der, identity: checked.identity };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/progress.ts
const THRESHOLD_BYTES = 256 * 1024 * 1024;
function progressBar(io) {
    let shown = false;
    return {
        update(p) {
            if (p.bytesTotal < THRESHOLD_BYTES)
                return;
            shown = true;
            const width = 30;
            const fraction = p.bytesTotal === 0 ? 1 : p.bytesDone / p.bytesTotal;
            const filled = Math.round(fraction * width);
            const mib = (n) => (n / 1048576).toFixed(0);
            io.stderr(`\rhashing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${mib(p.bytesDone)}/${mib(p.bytesTotal)} MiB, ${p.filesDone}/${p.filesTotal} files`);
        },
        done() {
            if (shown)
                io.stderr('\n');
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/attest.ts
/** `provlog attest`: the attest action's pipeline from a terminal (build context from GITHUB_* or local git). */












const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';

const attestSpec = {
    name: 'attest',
    usage: 'provlog attest FILE|GLOB... --log-url URL (--key KEY.pem | --identity-token TOKEN_FILE [--fulcio-url URL]) [--trusted-root R.json] [--bundle OUT.json] [--json]',
    summary: "Hash the files, sign SLSA v1 provenance (DSSE) with KEY.pem, record it in the log, verify the log's answer\nand write a Sigstore bundle v0.3. Build context comes from GITHUB_* when set, else from the local git checkout.",
    options: {
        'log-url': { type: 'string', value: 'URL', help: 'Rekor v1 API base of the transparency log' },
        key: { type: 'string', value: 'KEY.pem', help: 'PEM PKCS#8 private key (ECDSA P-256 or Ed25519)' },
        'identity-token': {
            type: 'string',
            value: 'TOKEN_FILE',
            help: 'keyless: a file holding a GitHub Actions OIDC token (audience sigstore); also SIGSTORE_ID_TOKEN',
        },
        'fulcio-url': {
            type: 'string',
            value: 'URL',
            help: `keyless: the certificate authority (default: the CA of --trusted-root, else ${DEFAULT_FULCIO_URL})`,
        },
        'trusted-root': {
            type: 'string',
            value: 'R.json',
            help: `Sigstore TrustedRoot for that log (built in for ${trust/* PUBLIC_GOOD_LOG_URL */.Pu}; \`provlog serve\` writes one)`,
        },
        bundle: { type: 'string', value: 'OUT.json', help: 'where to write the bundle (default: <file>.sigstore.json)' },
        checksums: { type: 'string', value: 'FILE', help: 'also attest the subjects of a sha256sum-format file' },
        'no-workflow-inputs': {
            type: 'boolean',
            help: 'leave the workflow_dispatch inputs (GITHUB_EVENT_PATH) out of the provenance; on a public log they are public',
        },
        json: { type: 'boolean', help: 'print the result as JSON on stdout' },
    },
};
async function runAttest(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Qx)(attestSpec, argv);
    if ((0,cli_args/* booleanValue */.eC)(args, 'help')) {
        io.stdout((0,cli_args/* formatHelp */.B2)(attestSpec));
        return exit_codes/* EXIT_OK */.Ij;
    }
    const logUrl = (0,cli_args/* requiredString */.Fk)(args, 'log-url', attestSpec).replace(/\/+$/, '');
    const keyPath = (0,cli_args/* stringValue */.r$)(args, 'key');
    const tokenPath = (0,cli_args/* stringValue */.r$)(args, 'identity-token');
    const envToken = io.env.SIGSTORE_ID_TOKEN;
    if (keyPath !== undefined && tokenPath !== undefined) {
        throw new errors/* CodedError */.AK('USAGE', 'give --key (key signing) or --identity-token (keyless), not both');
    }
    if (keyPath === undefined && tokenPath === undefined && (envToken === undefined || envToken === '')) {
        throw new errors/* CodedError */.AK('USAGE', 'give --key KEY.pem, or --identity-token TOKEN_FILE (or SIGSTORE_ID_TOKEN) for keyless signing');
    }
    const checksums = (0,cli_args/* stringValue */.r$)(args, 'checksums');
    if (args.positionals.length === 0 && checksums === undefined) {
        io.stderr(`provlog attest: name at least one FILE or GLOB (see \`provlog attest --help\`)\n`);
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const trustedRootPath = (0,cli_args/* stringValue */.r$)(args, 'trusted-root');
    if (trustedRootPath === undefined && logUrl !== trust/* PUBLIC_GOOD_LOG_URL */.Pu) {
        throw new errors/* CodedError */.AK('USAGE', `--trusted-root is required for ${logUrl}: provlog never trusts a key fetched from the log itself (\`provlog serve\` writes DATA_DIR/trusted_root.json)`);
    }
    const reporter = stderrReporter(io, (0,cli_args/* booleanValue */.eC)(args, 'json'));
    const bar = io.isTTY ? progressBar(io) : undefined;
    const client = new rekor_v1/* RekorClient */.h({ baseUrl: logUrl });
    // The key and the git/GITHUB_* context are read while prepareAttest hashes.
    const [{ log, subjects }, keySigner, runContext] = await Promise.all([
        (0,attest/* prepareAttest */.J)({
            client,
            url: logUrl,
            trustedRootPath: trustedRootPath === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, trustedRootPath),
            subjects: { paths: args.positionals.join('\n'), ...(checksums === undefined ? {} : { checksums }) },
            baseDir: io.cwd,
            ...(bar === undefined ? {} : { onProgress: bar.update }),
        }),
        keyPath === undefined ? undefined : (0,trust/* readSigner */.$2)((0,external_node_path_.resolve)(io.cwd, keyPath)),
        (0,context/* readRunContext */.$p)(io.env, { cwd: io.cwd }),
    ]);
    bar?.done();
    const run = (0,cli_args/* booleanValue */.eC)(args, 'no-workflow-inputs')
        ? { ...runContext, build: withoutWorkflowInputs(runContext.build) }
        : runContext;
    const published = workflowInputNames(run.build);
    const hint = 'pass --no-workflow-inputs';
    for (const text of [
        formatPrivacyWarning(run.visibility, logUrl, run.build.repository, published, hint),
        formatPublishedInputsNotice(run.visibility, logUrl, published, hint),
    ]) {
        if (text !== undefined)
            reporter.warning(text);
    }
    let certificate;
    if (keySigner === undefined) {
        const token = tokenPath === undefined ? (envToken ?? '') : (await (0,read/* readTextFile */.Gu)((0,external_node_path_.resolve)(io.cwd, tokenPath), 64 * 1024)).trim();
        const fulcioUrl = (0,cli_args/* stringValue */.r$)(args, 'fulcio-url') ??
            (trustedRootPath === undefined ? undefined : log.trustedRoot.certificateAuthorities.at(-1)?.uri) ??
            DEFAULT_FULCIO_URL;
        reporter.info(`Requesting a signing certificate from ${fulcioUrl}`);
        certificate = await obtainKeylessCertificate({
            fulcio: new FulcioClient({ baseUrl: fulcioUrl }),
            token,
            trustedRoot: log.trustedRoot,
            serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
            now: () => Date.now(),
        });
        reporter.info(`Certificate for ${certificate.identity.san} (issuer ${certificate.identity.issuer})`);
    }
    const signer = keySigner ?? certificate?.signer;
    if (signer === undefined)
        throw new errors/* CodedError */.AK('INTERNAL', 'no signer');
    reporter.info(`Build context from ${run.build.source === 'git' ? 'the local git checkout' : 'GITHUB_* variables'}`);
    const result = await (0,attest/* attest */.s)({
        subjects,
        predicate: { kind: 'slsa', context: run.build },
        signer,
        ...(certificate === undefined ? {} : { certificate: certificate.certificate }),
        log,
        now: () => Date.now(),
        reporter,
    });
    const bundlePath = (0,external_node_path_.resolve)(io.cwd, (0,cli_args/* stringValue */.r$)(args, 'bundle') ?? defaultBundleName(result));
    await (0,read/* writeTextFileAtomic */.ol)(bundlePath, result.bundleJson);
    io.stdout((0,cli_args/* booleanValue */.eC)(args, 'json')
        ? `${JSON.stringify({ ...attestJson(result, bundlePath), ...identityJson(certificate) }, null, 2)}\n`
        : formatHuman(result, bundlePath, certificate));
    return exit_codes/* EXIT_OK */.Ij;
}
function defaultBundleName(result) {
    const only = result.statement.subject.length === 1 ? result.statement.subject[0] : undefined;
    return only === undefined ? 'provenance.sigstore.json' : `${(0,external_node_path_.basename)(only.name)}.sigstore.json`;
}
function attestJson(result, bundlePath) {
    return {
        bundlePath,
        subjects: result.statement.subject,
        entry: result.entry,
        keyFingerprint: result.keyFingerprint,
    };
}
/** Keyless runs name the certificate identity (the signer), not a throwaway key. */
function identityJson(certificate) {
    if (certificate === undefined)
        return {};
    const { san, issuer, extensions } = certificate.identity;
    return { certificateIdentity: { san, issuer, extensions } };
}
function formatHuman(result, bundlePath, certificate) {
    const e = result.entry;
    const lines = [
        ...result.statement.subject.map((s) => `  ${s.digest.sha256 ?? Object.values(s.digest)[0]}  ${s.name}`),
        '',
        `log entry   ${e.logIndex} (${e.adopted ? 'already recorded' : 'new'}) ${e.entryUrl}`,
        `uuid        ${e.uuid}`,
        `integrated  ${new Date(e.integratedTime * 1000).toISOString()}`,
        `proof       tree size ${e.inclusionProof.treeSize}, root ${e.inclusionProof.rootHash}, ${e.inclusionProof.hashes.length} hashes`,
        certificate === undefined
            ? `signer key  sha256:${result.keyFingerprint}`
            : `signer      ${certificate.identity.san} (issuer ${certificate.identity.issuer})`,
        `bundle      ${bundlePath}`,
    ];
    return `attested ${result.statement.subject.length} subject(s):\n${lines.join('\n')}\n`;
}
function stderrReporter(io, quiet) {
    const line = (prefix) => (message) => {
        if (!quiet || prefix !== '')
            io.stderr(`${prefix}${message}\n`);
    };
    return { info: line(''), notice: line(''), warning: line('warning: '), error: line('error: ') };
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

/***/ 7464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   $V: () => (/* binding */ AttributeSet),
/* harmony export */   D_: () => (/* binding */ Utf8Value),
/* harmony export */   Sg: () => (/* binding */ OidValue),
/* harmony export */   kZ: () => (/* binding */ serializeDer),
/* harmony export */   zE: () => (/* binding */ parseDer)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * The few ASN.1 shapes the verifier needs beyond what @peculiar/asn1-x509 / asn1-cms / asn1-tsp declare, built
 * with @peculiar/asn1-schema's own decorators (applied as plain functions: the project compiles without
 * `experimentalDecorators`). All DER reading and writing goes through AsnParser / AsnSerializer; nothing here
 * walks bytes by hand.
 */



/** A bare UTF8String (Fulcio's v2 extensions, RFC 5280 otherName values). */
class Utf8Value {
    utf8 = '';
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnPropTypes.Utf8String })(Utf8Value.prototype, 'utf8');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Choice })(Utf8Value);
/** A bare OBJECT IDENTIFIER (the CMS contentType attribute value). */
class OidValue {
    oid = '';
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnPropTypes.ObjectIdentifier })(OidValue.prototype, 'oid');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Choice })(OidValue);
/**
 * `SET OF Attribute`: RFC 5652 §5.4 — the CMS signature covers the DER encoding of the signed attributes with
 * the EXPLICIT SET OF tag, not the [0] IMPLICIT tag they carry inside SignerInfo.
 */
class AttributeSet extends _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, AttributeSet.prototype);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Set, itemType: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__.Attribute })(AttributeSet);
/** Parses DER into a schema class; any parser failure becomes `code` naming `what`. */
function parseDer(der, type, code, what) {
    try {
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnParser.parse(der, type);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK(code, `${what} is not valid DER (${cause instanceof Error ? cause.message : 'parse error'})`, {
            cause,
        });
    }
}
/** DER-encodes a schema object. */
function serializeDer(value) {
    return new Uint8Array(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnSerializer.serialize(value));
}
/** A view of an ArrayBuffer as bytes (peculiar returns ArrayBuffers). */
function bytesOf(buffer) {
    return buffer instanceof ArrayBuffer
        ? new Uint8Array(buffer)
        : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}


/***/ }),

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ verifyCertificateChain),
/* harmony export */   T1: () => (/* binding */ issuedBy),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   mX: () => (/* binding */ withinWindow),
/* harmony export */   xT: () => (/* binding */ certificateValidAt)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7464);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1219);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1877);






/**
 * Trusted-root certificates are parsed once per byte array (trusted roots live as long as the process); a hit
 * counts only while the array still holds the bytes that were parsed.
 */
const parsedCache = new WeakMap();
/** Parses one DER certificate; CERT_CHAIN_INVALID (naming `what`) when either parser rejects it. */
function parseCertificate(der, what = 'certificate') {
    const cached = parsedCache.get(der);
    if (cached !== undefined && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(cached.bytes, der))
        return cached.parsed;
    if (der.byteLength === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `${what} is empty`);
    const asn = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(der, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__.Certificate, 'CERT_CHAIN_INVALID', what);
    const { x509, publicKey } = (0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCertificate */ .I)(der, what);
    const validity = asn.tbsCertificate.validity;
    let spki;
    const parsed = {
        der,
        x509,
        asn,
        publicKey,
        // Exported on first read: only issuer certificates need it (SCT issuer_key_hash), and the export costs
        // about as much as parsing the certificate.
        get spki() {
            spki ??= new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
            return spki;
        },
        notBefore: validity.notBefore.getTime().getTime() / 1000,
        notAfter: validity.notAfter.getTime().getTime() / 1000,
    };
    parsedCache.set(der, { bytes: der.slice(), parsed });
    return parsed;
}
function withinWindow(time, window) {
    return time >= window.start && (window.end === undefined || time <= window.end);
}
function certificateValidAt(cert, time) {
    return time >= cert.notBefore && time <= cert.notAfter;
}
/** Unix seconds as an ISO 8601 UTC time, for messages. */
function formatTime(seconds) {
    return new Date(seconds * 1000).toISOString();
}
/** True when `child` names `parent` as issuer and `parent`'s key verifies `child`'s signature. */
function issuedBy(child, parent) {
    try {
        return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * The authority's own chain checks depend only on the trusted root, not on the bundle: they run once per
 * CA (and again only if its certificates change), the signature checks on the leaf every time.
 */
const authorityChains = new _cache_js__WEBPACK_IMPORTED_MODULE_4__/* .ChainMemoizer */ .e();
function authorityChain(ca) {
    return authorityChains.get(ca, ca.certChain, () => {
        const path = ca.certChain.map((der, i) => parseCertificate(der, `trusted root CA certificate ${i}`));
        return { path, problem: chainProblem(path) };
    });
}
function chainProblem(path) {
    for (let i = 0; i < path.length; i++) {
        const cert = path[i];
        const parent = path[i + 1] ?? cert; // the last one is the self-signed anchor
        if (cert === undefined || parent === undefined)
            return 'the authority chain is incomplete';
        if (!cert.x509.ca)
            return `authority certificate ${i} is not a CA certificate`;
        if (!issuedBy(cert, parent))
            return `authority certificate ${i} is not signed by the next one in the chain`;
    }
    return null;
}
/** The authority path for `leaf` under one CA, or a reason it does not apply. */
function pathUnder(leaf, ca) {
    if (ca.certChain.length === 0)
        return 'the authority has an empty certificate chain';
    const { path, problem } = authorityChain(ca);
    const [first] = path;
    if (first === undefined || !issuedBy(leaf, first))
        return 'the leaf is not signed by this authority';
    return problem ?? [...path]; // a copy: the memoised path is shared
}
/** Why the path cannot be used at `time`, or null when every certificate on it is valid then. */
function timeProblem(leaf, path, ca, time) {
    const at = formatTime(time);
    if (!certificateValidAt(leaf, time)) {
        return `the signing certificate is valid ${formatTime(leaf.notBefore)} to ${formatTime(leaf.notAfter)}, not at ${at}`;
    }
    if (!withinWindow(time, ca.validFor))
        return `the certificate authority is not trusted at ${at} (trusted-root validFor)`;
    const expired = path.findIndex((cert) => !certificateValidAt(cert, time));
    if (expired >= 0)
        return `authority certificate ${expired} is not valid at ${at}`;
    return null;
}
/**
 * Verifies the signing certificate: it is a leaf (not a CA), it chains to a trusted certificate authority, and
 * it and its authority are valid at every time in `times` (the verified integrated times and RFC 3161 times —
 * a signature is only as good as the certificate at the moment it was witnessed).
 * Throws CERT_CHAIN_INVALID or CERT_NOT_VALID_AT_TIME.
 */
function verifyCertificateChain(leafDer, bundleChain, authorities, times) {
    const leaf = parseCertificate(leafDer, 'signing certificate');
    if (leaf.x509.ca)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', 'the signing certificate is a CA certificate, not a leaf');
    if (times.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_NOT_VALID_AT_TIME', 'no verified timestamp to check the signing certificate against');
    }
    const reasons = [];
    let timeFailure = null;
    for (const ca of authorities) {
        const path = pathUnder(leaf, ca);
        if (typeof path === 'string') {
            reasons.push(`${ca.uri ?? 'authority'}: ${path}`);
            continue;
        }
        const problem = times.map((t) => timeProblem(leaf, path, ca, t)).find((p) => p !== null) ?? null;
        if (problem !== null) {
            timeFailure ??= problem;
            continue;
        }
        const [issuer] = path;
        if (issuer === undefined)
            continue;
        checkBundleChain(bundleChain, path);
        return { leaf, issuer, path, authority: ca };
    }
    if (timeFailure !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_NOT_VALID_AT_TIME', timeFailure);
    const foreignRoot = bundleChain
        .map((der, i) => parseCertificate(der, `bundle certificate ${i + 1}`))
        .find((cert) => cert.x509.ca && cert.x509.checkIssued(cert.x509));
    if (foreignRoot !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the bundle carries its own root certificate ("${oneLine(foreignRoot.x509.subject)}") and the signing ` +
            'certificate does not chain to a certificate authority of the trusted root; a bundle cannot bring its own trust', { details: { reasons } });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the signing certificate (issuer "${oneLine(leaf.x509.issuer)}") does not chain to a certificate authority of the trusted root`, { details: { reasons } });
}
/** Certificates a bundle ships after the leaf may only repeat the trusted path (see the module comment). */
function checkBundleChain(bundleChain, path) {
    bundleChain.forEach((der, i) => {
        if (path.some((cert) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(cert.der, der)))
            return;
        const cert = parseCertificate(der, `bundle certificate ${i + 1}`);
        const kind = !cert.x509.ca ? 'a' : cert.x509.checkIssued(cert.x509) ? 'a root' : 'an intermediate';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the bundle's certificate chain carries ${kind} certificate ` +
            `("${oneLine(cert.x509.subject)}") that is not in the trusted root; trust comes only from the trusted root`);
    });
}
/** Node gives `undefined` for an empty subject (Fulcio leaves have none). */
function oneLine(name) {
    return (name ?? '').replace(/\n/g, ', ');
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ verifyIdentity),
/* harmony export */   aM: () => (/* binding */ extractIdentity)
/* harmony export */ });
/* unused harmony export matchesPattern */
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7464);




const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const SAN_OID = '2.5.29.17';
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`;
/** v1 extensions: the extension value is the raw UTF-8 string (no DER wrapper). */
const RAW_EXTENSIONS = {
    [`${FULCIO_ARC}.1`]: 'issuerV1',
    [`${FULCIO_ARC}.2`]: 'githubWorkflowTrigger',
    [`${FULCIO_ARC}.3`]: 'githubWorkflowSha',
    [`${FULCIO_ARC}.4`]: 'githubWorkflowName',
    [`${FULCIO_ARC}.5`]: 'githubWorkflowRepository',
    [`${FULCIO_ARC}.6`]: 'githubWorkflowRef',
};
/** v2 extensions: the extension value is a DER UTF8String. */
const UTF8_EXTENSIONS = {
    [`${FULCIO_ARC}.8`]: 'issuer',
    [`${FULCIO_ARC}.9`]: 'buildSignerURI',
    [`${FULCIO_ARC}.10`]: 'buildSignerDigest',
    [`${FULCIO_ARC}.11`]: 'runnerEnvironment',
    [`${FULCIO_ARC}.12`]: 'sourceRepositoryURI',
    [`${FULCIO_ARC}.13`]: 'sourceRepositoryDigest',
    [`${FULCIO_ARC}.14`]: 'sourceRepositoryRef',
    [`${FULCIO_ARC}.15`]: 'sourceRepositoryIdentifier',
    [`${FULCIO_ARC}.16`]: 'sourceRepositoryOwnerURI',
    [`${FULCIO_ARC}.17`]: 'sourceRepositoryOwnerIdentifier',
    [`${FULCIO_ARC}.18`]: 'buildConfigURI',
    [`${FULCIO_ARC}.19`]: 'buildConfigDigest',
    [`${FULCIO_ARC}.20`]: 'buildTrigger',
    [`${FULCIO_ARC}.21`]: 'runInvocationURI',
    [`${FULCIO_ARC}.22`]: 'sourceRepositoryVisibilityAtSigning',
    [`${FULCIO_ARC}.23`]: 'deploymentEnvironment',
};
function extensionBytes(ext) {
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(ext.extnValue.buffer);
}
function decodeUtf8Extension(ext, name) {
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(extensionBytes(ext), _asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .Utf8Value */ .D_, 'CERT_CHAIN_INVALID', `certificate extension ${name} (${ext.extnID})`)
        .utf8;
}
function readSan(ext) {
    if (ext === undefined)
        return { san: '', sanType: 'none' };
    const names = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(extensionBytes(ext), _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__.SubjectAlternativeName, 'CERT_CHAIN_INVALID', 'certificate SAN');
    for (const name of names) {
        if (name.uniformResourceIdentifier !== undefined)
            return { san: name.uniformResourceIdentifier, sanType: 'uri' };
        if (name.rfc822Name !== undefined)
            return { san: name.rfc822Name, sanType: 'email' };
        if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
            const value = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(name.otherName.value, _asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .Utf8Value */ .D_, 'CERT_CHAIN_INVALID', 'certificate username SAN');
            return { san: value.utf8, sanType: 'username' };
        }
        if (name.dNSName !== undefined)
            return { san: name.dNSName, sanType: 'dns' };
    }
    return { san: '', sanType: 'none' };
}
/** Reads the SAN, the OIDC issuer and every known Fulcio extension from a parsed certificate. */
function extractIdentity(cert) {
    const all = cert.tbsCertificate.extensions ?? [];
    const extensions = {};
    for (const ext of all) {
        const rawName = RAW_EXTENSIONS[ext.extnID];
        if (rawName !== undefined)
            extensions[rawName] = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromUtf8 */ .ar)(extensionBytes(ext), `certificate extension ${rawName}`);
        const utf8Name = UTF8_EXTENSIONS[ext.extnID];
        if (utf8Name !== undefined)
            extensions[utf8Name] = decodeUtf8Extension(ext, utf8Name);
    }
    const issuer = extensions.issuer ?? extensions.issuerV1 ?? '';
    return { ...readSan(all.find((e) => e.extnID === SAN_OID)), issuer, extensions };
}
/**
 * Exact string equality, or a regular expression that must match the WHOLE value: `pattern` is applied as
 * `^(?:pattern)$` (its flags kept, minus `g`/`y`, which would make `test` stateful). Anchoring is deliberate:
 * an unanchored `https://github.com/acme/` would also accept `https://github.com/acme/../evil/...` lookalikes
 * and any identity that merely contains it.
 */
function matchesPattern(value, pattern) {
    if (typeof pattern === 'string')
        return value === pattern;
    const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
    return anchored.test(value);
}
function describePattern(pattern) {
    return typeof pattern === 'string' ? `"${pattern}"` : `/${pattern.source}/${pattern.flags} (whole value)`;
}
/**
 * Said when a regular expression finds a match INSIDE the value but not all of it: the usual cause is a prefix
 * written for unanchored matching (`^https://github\.com/acme/`), which whole-value matching rejects.
 */
function partialMatchHint(value, pattern) {
    if (typeof pattern === 'string')
        return '';
    const unanchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return unanchored.test(value)
        ? '; the pattern matches part of it, but patterns match the whole value (end it with .* to allow any suffix)'
        : '';
}
/** IDENTITY_MISMATCH naming the expected and the actual value when the SAN or the issuer differs. */
function verifyIdentity(identity, policy) {
    if (!matchesPattern(identity.san, policy.san)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('IDENTITY_MISMATCH', `certificate identity (SAN) is "${identity.san}", expected ${describePattern(policy.san)}${partialMatchHint(identity.san, policy.san)}`, { details: { field: 'san', expected: String(policy.san), actual: identity.san } });
    }
    if (!matchesPattern(identity.issuer, policy.issuer)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('IDENTITY_MISMATCH', `certificate OIDC issuer is "${identity.issuer}", expected ${describePattern(policy.issuer)}${partialMatchHint(identity.issuer, policy.issuer)}`, { details: { field: 'issuer', expected: String(policy.issuer), actual: identity.issuer } });
    }
}


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ SCT_EXTENSION_OID),
/* harmony export */   Pl: () => (/* binding */ verifyEmbeddedScts),
/* harmony export */   RE: () => (/* binding */ sctSignedData)
/* harmony export */ });
/* unused harmony exports parseSctList, precertificateTbs, embeddedScts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8670);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7464);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2382);
/**
 * Embedded Signed Certificate Timestamps (RFC 6962 §3.3): proof that the certificate authority logged the
 * precertificate in a Certificate Transparency log the trusted root names (`ctlogs`), so a mis-issued
 * certificate cannot stay secret.
 *
 * The extension 1.3.6.1.4.1.11129.2.4.2 holds an OCTET STRING wrapping a TLS-encoded
 * `SignedCertificateTimestampList` (RFC 6962 §3.3; TLS presentation language, not ASN.1, so its few
 * length-prefixed fields are read here). Each SCT signs (RFC 6962 §3.2):
 *
 *   digitally-signed struct {
 *     uint8  sct_version = v1(0);  uint8 signature_type = certificate_timestamp(0);  uint64 timestamp;
 *     uint16 entry_type = precert_entry(1);
 *     opaque issuer_key_hash[32];            // SHA-256 of the issuing CA's DER SubjectPublicKeyInfo
 *     opaque tbs_certificate<1..2^24-1>;     // the leaf's TBSCertificate WITHOUT the SCT extension
 *     opaque extensions<0..2^16-1>;
 *   }
 *
 * The TBSCertificate is re-encoded with @peculiar/asn1-x509 after dropping the extension; the signature is
 * ECDSA (DER) or RSA over SHA-256, checked with node:crypto.
 */








const SCT_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.2';
/** RFC 6962 §2.1.4: SCT signatures always use SHA-256 (TLS HashAlgorithm 4). */
const TLS_SHA256 = 4;
/** Reads TLS length-prefixed fields; any overrun is SCT_INVALID. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.byteLength;
    }
    take(length) {
        if (this.offset + length > this.bytes.byteLength) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'the SCT list in the certificate is truncated');
        }
        const out = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint(size) {
        return this.take(size).reduce((n, b) => n * 256 + b, 0);
    }
    vector(lengthBytes) {
        return this.take(this.uint(lengthBytes));
    }
}
/** Parses a TLS `SignedCertificateTimestampList` (the bytes inside the extension's OCTET STRING). */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const body = new TlsReader(outer.vector(2));
    if (!outer.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'trailing bytes after the SCT list');
    const scts = [];
    while (!body.done) {
        const r = new TlsReader(body.vector(2));
        const version = r.uint(1);
        const logId = r.take(32);
        const timestamp = BigInt(`0x${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .toHex */ .nj)(r.take(8))}`);
        const extensions = r.vector(2);
        const hashAlgorithm = r.uint(1);
        const signatureAlgorithm = r.uint(1);
        const signature = r.vector(2);
        if (!r.done)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'trailing bytes inside an SCT');
        scts.push({ version, logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature });
    }
    return scts;
}
/** The leaf's TBSCertificate DER with the SCT extension removed: what the CA submitted as the precertificate. */
function precertificateTbs(leaf) {
    const tbs = leaf.asn.tbsCertificate;
    const kept = (tbs.extensions ?? []).filter((e) => e.extnID !== SCT_EXTENSION_OID);
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeDer */ .kZ)(new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.TBSCertificate({ ...tbs, extensions: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extensions(kept) }));
}
function uintBytes(value, size) {
    const out = new Uint8Array(size);
    let v = BigInt(value);
    for (let i = size - 1; i >= 0; i--) {
        out[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return out;
}
/** The RFC 6962 §3.2 bytes an SCT over a precertificate signs. */
function sctSignedData(sct, issuerKeyHash, tbs) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .concat */ .xW)(uintBytes(sct.version, 1), uintBytes(0, 1), // signature_type: certificate_timestamp
    uintBytes(sct.timestamp, 8), uintBytes(1, 2), // entry_type: precert_entry
    issuerKeyHash, uintBytes(tbs.byteLength, 3), tbs, uintBytes(sct.extensions.byteLength, 2), sct.extensions);
}
/** The embedded SCTs of a certificate ([] when it has none). */
function embeddedScts(leaf) {
    const ext = leaf.asn.tbsCertificate.extensions?.find((e) => e.extnID === SCT_EXTENSION_OID);
    if (ext === undefined)
        return [];
    const inner = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDer */ .zE)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .bytesOf */ .$$)(ext.extnValue.buffer), _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString, 'SCT_INVALID', 'the SCT extension');
    return parseSctList((0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .bytesOf */ .$$)(inner.buffer));
}
/**
 * Requires at least `threshold` embedded SCTs that verify under distinct CT logs of the trusted root, each log
 * trusted at the SCT's time. Throws SCT_INVALID naming what was wrong with each SCT.
 */
function verifyEmbeddedScts(leaf, issuer, ctlogs, threshold = 1) {
    const scts = embeddedScts(leaf);
    if (scts.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'the signing certificate carries no signed certificate timestamp (SCT)');
    }
    const issuerKeyHash = new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(issuer.spki).digest());
    const tbs = precertificateTbs(leaf);
    const verified = [];
    const problems = [];
    for (const sct of scts) {
        const id = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .toBase64 */ .nk)(sct.logId);
        const time = Number(sct.timestamp) / 1000;
        if (sct.version !== 0 || sct.hashAlgorithm !== TLS_SHA256) {
            problems.push(`SCT from log ${id}: unsupported version ${sct.version} or hash algorithm ${sct.hashAlgorithm}`);
            continue;
        }
        const candidates = ctlogs.filter((log) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesEqual */ .O6)(log.logId, sct.logId));
        if (candidates.length === 0) {
            problems.push(`SCT from log ${id}: no CT log with that ID in the trusted root`);
            continue;
        }
        const message = sctSignedData(sct, issuerKeyHash, tbs);
        const log = candidates.find((l) => (0,_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .withinWindow */ .mX)(time, l.validFor) && (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySignature */ .Od)(l.publicKey, message, sct.signature));
        if (log === undefined) {
            problems.push(`SCT from log ${id}: signature does not verify with the trusted CT log key at that time`);
            continue;
        }
        if (!verified.some((v) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesEqual */ .O6)(v.logId, sct.logId)))
            verified.push({ logId: sct.logId, time, log });
    }
    if (verified.length < threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', `the signing certificate has ${verified.length} valid SCT(s), ${threshold} required: ${problems.join('; ')}`, { details: { problems } });
    }
    return verified;
}


/***/ })

};
