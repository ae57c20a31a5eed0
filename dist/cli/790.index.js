export const id = 790;
export const ids = [790];
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


/***/ })

};
