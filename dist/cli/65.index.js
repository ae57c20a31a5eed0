export const id = 65;
export const ids = [65];
export const modules = {

/***/ 3065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVE_SPEC: () => (/* binding */ SERVE_SPEC),
/* harmony export */   runServe: () => (/* binding */ runServe)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_ca_certificate_authority_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3315);
/* harmony import */ var _adapters_http_admission_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1607);
/* harmony import */ var _adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3223);
/* harmony import */ var _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4646);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8551);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_adapters_http_admission_pool_js__WEBPACK_IMPORTED_MODULE_2__, _adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_3__]);
([_adapters_http_admission_pool_js__WEBPACK_IMPORTED_MODULE_2__, _adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * `provlog serve`: the Rekor-compatible transparency log over HTTP (issue 3). Wiring lives in
 * adapters/http/log-server.ts (shared with the demo and tests); this file parses flags, prints where the log
 * is and what to trust, and turns SIGINT/SIGTERM (io.signal) into a graceful close.
 */








const SERVE_SPEC = {
    name: 'serve',
    usage: 'provlog serve --data DIR [--host 127.0.0.1] [--port 3000] [--name NAME] [--public-url URL] [--max-body BYTES] ' +
        '[--max-connections N] [--headers-timeout MS] [--body-timeout MS] [--request-timeout MS] ' +
        '[--keep-alive-timeout MS] [--admission-timeout MS] [--admission-threads N] [--tsa]',
    summary: 'Run a Rekor-compatible transparency log (Rekor v1 REST, Rekor v2 writes, C2SP tlog-tiles) stored in SQLite ' +
        'under DIR. The first start creates DIR/log-key.pem, a tree ID and DIR/trusted_root.json; every start writes DIR/signing_config.json (the services running); later starts reuse ' +
        'them (the checkpoint name and trusted-root URL stay those of the first start, even if the port changes).',
    options: {
        data: { type: 'string', value: 'DIR', help: 'data directory (created on first start)' },
        host: { type: 'string', value: 'HOST', default: '127.0.0.1', help: 'address to bind (loopback by default)' },
        port: { type: 'string', value: 'PORT', default: '3000', help: 'TCP port; 0 picks a free one' },
        name: {
            type: 'string',
            value: 'NAME',
            help: 'checkpoint signer name (default: host:port of the first start, or the host of --public-url)',
        },
        'public-url': {
            type: 'string',
            value: 'URL',
            help: 'URL clients use when it differs from the one served (TLS proxy), e.g. https://log.example.com; goes into trusted_root.json at first start',
        },
        'max-body': {
            type: 'string',
            value: 'BYTES',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_BODY_BYTES */ .y_),
            help: 'largest request body accepted (413 past it)',
        },
        'max-connections': {
            type: 'string',
            value: 'N',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.maxConnections),
            help: 'open client sockets at once; sockets past it are closed as they connect',
        },
        'headers-timeout': {
            type: 'string',
            value: 'MS',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.headersTimeoutMs),
            help: 'time for a request line and headers to arrive (slow clients are cut off with 408)',
        },
        'body-timeout': {
            type: 'string',
            value: 'MS',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.bodyTimeoutMs),
            help: 'time for a request body to arrive after its headers (408)',
        },
        'request-timeout': {
            type: 'string',
            value: 'MS',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.requestTimeoutMs),
            help: 'time for a whole request to arrive; at least --headers-timeout (408)',
        },
        'keep-alive-timeout': {
            type: 'string',
            value: 'MS',
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.keepAliveTimeoutMs),
            help: 'an idle keep-alive socket is closed after this',
        },
        'admission-timeout': {
            type: 'string',
            value: 'MS',
            default: String(_adapters_http_admission_pool_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_ADMISSION_TIMEOUT_MS),
            help: "time budget for checking one request's entries; past it: 503 and the worker is replaced",
        },
        'admission-threads': {
            type: 'string',
            value: 'N',
            help: 'worker threads that check entries (default: CPU cores - 1, at least 2; one of them only takes bodies up to 64 KiB)',
        },
        ca: {
            type: 'boolean',
            help: 'also run a Fulcio-compatible certificate authority (/api/v2) with its CT log (/ct/v1); needs --oidc-issuer',
        },
        'oidc-issuer': {
            type: 'string',
            value: 'URL[=SERVER_URL]',
            multiple: true,
            help: 'an OIDC issuer whose tokens buy certificates (--ca); SERVER_URL (default https://github.com) prefixes the certificate URIs',
        },
        'oidc-audience': {
            type: 'string',
            value: 'AUD',
            default: 'sigstore',
            help: 'the audience (aud) tokens must carry (--ca)',
        },
        tsa: {
            type: 'boolean',
            help: 'also run an RFC 3161 timestamp authority at /api/v1/timestamp (keys and chain created in DIR on first start, trusted in trusted_root.json)',
        },
    },
};
/** Limits no flag can lift: a day for timeouts, a million sockets, 64 threads. */
const MAX_TIMEOUT_MS = 86_400_000;
async function runServe(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)(SERVE_SPEC, argv);
    if (args.values.help === true) {
        io.stdout((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .formatHelp */ .B2)(SERVE_SPEC));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
    }
    if (args.positionals.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('USAGE', `unexpected argument ${args.positionals[0]} (see \`provlog serve --help\`)`);
    }
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .requiredString */ .Fk)(args, 'data', SERVE_SPEC));
    const port = intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'port') ?? '3000', 'port', 0, 65535);
    const maxBodyBytes = intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'max-body') ?? String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_BODY_BYTES */ .y_), 'max-body', 1, 2 ** 31);
    const name = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'name');
    const publicUrl = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'public-url');
    const ms = (flag, fallback) => intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, flag) ?? String(fallback), flag, 1, MAX_TIMEOUT_MS);
    const httpLimits = {
        maxConnections: intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'max-connections') ?? String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.maxConnections), 'max-connections', 1, 1_000_000),
        headersTimeoutMs: ms('headers-timeout', _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.headersTimeoutMs),
        bodyTimeoutMs: ms('body-timeout', _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.bodyTimeoutMs),
        requestTimeoutMs: ms('request-timeout', _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.requestTimeoutMs),
        keepAliveTimeoutMs: ms('keep-alive-timeout', _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_LIMITS */ .q_.keepAliveTimeoutMs),
    };
    if (httpLimits.headersTimeoutMs > httpLimits.requestTimeoutMs) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('USAGE', '--headers-timeout must not be longer than --request-timeout');
    }
    const admissionTimeoutMs = ms('admission-timeout', _adapters_http_admission_pool_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_ADMISSION_TIMEOUT_MS);
    const threads = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'admission-threads');
    const admissionThreads = threads === undefined ? undefined : intFlag(threads, 'admission-threads', 1, 64);
    const ca = caOptions(args);
    const server = await (0,_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_3__/* .startLogServer */ .kB)({
        dataDir,
        host: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'host') ?? '127.0.0.1',
        port,
        maxBodyBytes,
        httpLimits,
        admissionTimeoutMs,
        ...(admissionThreads === undefined ? {} : { admissionThreads }),
        ...(name === undefined ? {} : { name }),
        ...(publicUrl === undefined ? {} : { publicUrl }),
        tsa: args.values.tsa === true,
        ...(ca === undefined ? {} : { ca }),
        onServerError: (error, req) => {
            io.stderr(`provlog serve: ${req.method} ${req.path} failed: ${error instanceof Error ? error.message : String(error)}\n`);
        },
    });
    io.stdout([
        `provlog serve: listening on ${server.url}`,
        `  log ID        ${server.logIdHex}`,
        `  tree ID       ${server.treeId}`,
        `  signer name   ${server.name}`,
        ...(server.ca === undefined
            ? []
            : [
                `  CA            ${server.url}/api/v2 (issuers: ${server.ca.ca.issuerList.map((i) => i.issuerUrl).join(', ')})`,
            ]),
        `  trusted root  ${server.trustedRootPath}${server.baseUrl === server.url ? '' : ` (baseUrl ${server.baseUrl})`}`,
        `  signing config ${server.signingConfigPath}`,
        ...(server.tsaChainPem === undefined ? [] : [`  timestamps    ${server.url}/api/v1/timestamp`]),
        '',
    ].join('\n'));
    await waitForStop(io.signal);
    io.stderr('provlog serve: stopping (finishing in-flight writes)\n');
    await server.close();
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
}
/** `--ca` with its issuers and audience; the issuer flags without `--ca` are a mistake, not ignored. */
function caOptions(args) {
    const issuers = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringList */ .Yn)(args, 'oidc-issuer');
    if (!(0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .booleanValue */ .eC)(args, 'ca')) {
        if (issuers.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('USAGE', '--oidc-issuer needs --ca');
        return undefined;
    }
    if (issuers.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('USAGE', '--ca needs at least one --oidc-issuer URL');
    return { issuers: issuers.map(_adapters_ca_certificate_authority_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIssuerFlag */ .J0), audience: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r$)(args, 'oidc-audience') ?? 'sigstore' };
}
function intFlag(raw, flag, min, max) {
    if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('USAGE', `--${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
    }
    return Number(raw);
}
/** Resolves on abort of io.signal (the binary wires SIGINT/SIGTERM to it), or on those signals directly. */
function waitForStop(signal) {
    if (signal !== undefined) {
        if (signal.aborted)
            return Promise.resolve();
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    }
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
