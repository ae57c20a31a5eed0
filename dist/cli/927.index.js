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


/***/ })

};
