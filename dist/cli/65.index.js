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
/* harmony import */ var _adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3223);
/* harmony import */ var _adapters_http_server_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4646);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8551);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_1__]);
_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * `provlog serve`: the Rekor-compatible transparency log over HTTP (issue 3). Wiring lives in
 * adapters/http/log-server.ts (shared with the demo and tests); this file parses flags, prints where the log
 * is and what to trust, and turns SIGINT/SIGTERM (io.signal) into a graceful close.
 */






const SERVE_SPEC = {
    name: 'serve',
    usage: 'provlog serve --data DIR [--host 127.0.0.1] [--port 3000] [--name NAME] [--public-url URL] [--max-body BYTES]',
    summary: 'Run a Rekor-compatible transparency log (Rekor v1 REST, Rekor v2 writes, C2SP tlog-tiles) stored in SQLite ' +
        'under DIR. The first start creates DIR/log-key.pem, a tree ID and DIR/trusted_root.json; later starts reuse ' +
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
            default: String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_BODY_BYTES */ .y_),
            help: 'largest request body accepted',
        },
    },
};
async function runServe(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(SERVE_SPEC, argv);
    if (args.values.help === true) {
        io.stdout((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .formatHelp */ .B2)(SERVE_SPEC));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
    }
    if (args.positionals.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('USAGE', `unexpected argument ${args.positionals[0]} (see \`provlog serve --help\`)`);
    }
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .requiredString */ .Fk)(args, 'data', SERVE_SPEC));
    const port = intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(args, 'port') ?? '3000', 'port', 0, 65535);
    const maxBodyBytes = intFlag((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(args, 'max-body') ?? String(_adapters_http_server_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_BODY_BYTES */ .y_), 'max-body', 1, 2 ** 31);
    const name = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(args, 'name');
    const publicUrl = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(args, 'public-url');
    const server = await (0,_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_1__/* .startLogServer */ .kB)({
        dataDir,
        host: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(args, 'host') ?? '127.0.0.1',
        port,
        maxBodyBytes,
        ...(name === undefined ? {} : { name }),
        ...(publicUrl === undefined ? {} : { publicUrl }),
        onServerError: (error, req) => {
            io.stderr(`provlog serve: ${req.method} ${req.path} failed: ${error instanceof Error ? error.message : String(error)}\n`);
        },
    });
    io.stdout([
        `provlog serve: listening on ${server.url}`,
        `  log ID        ${server.logIdHex}`,
        `  tree ID       ${server.treeId}`,
        `  signer name   ${server.name}`,
        `  trusted root  ${server.trustedRootPath}${server.baseUrl === server.url ? '' : ` (baseUrl ${server.baseUrl})`}`,
        '',
    ].join('\n'));
    await waitForStop(io.signal);
    io.stderr('provlog serve: stopping (finishing in-flight writes)\n');
    await server.close();
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
}
function intFlag(raw, flag, min, max) {
    if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('USAGE', `--${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
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
