#!/usr/bin/env node
import * as __WEBPACK_EXTERNAL_MODULE_better_sqlite3_b46a9d6d__ from "better-sqlite3";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   et: () => (/* binding */ exitCodeForCode),
/* harmony export */   yW: () => (/* binding */ EXIT_NOT_VERIFIED)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/**
 * The ONE table from error codes to process exit codes: 0 ok, 1 verification failed or policy violated,
 * 2 usage or unreadable input (or the tool could not do its job).
 */

const EXIT_OK = 0;
const EXIT_NOT_VERIFIED = 1;
const EXIT_USAGE = 2;
/** Codes that mean "the evidence was read and does not hold" rather than "could not read / could not run". */
const NOT_VERIFIED = new Set([
    'INCLUSION_PROOF_INVALID',
    'CONSISTENCY_PROOF_INVALID',
    'NOTE_SIGNATURE_INVALID',
    'NOTE_NOT_SIGNED',
    'DSSE_SIGNATURE_INVALID',
    'ENTRY_SIGNATURE_INVALID',
    'TLOG_ENTRY_MISSING',
    'TLOG_UNKNOWN_LOG',
    'TLOG_KEY_NOT_VALID_AT_TIME',
    'TLOG_SET_INVALID',
    'TLOG_PROOF_MISSING',
    'TLOG_INCLUSION_INVALID',
    'TLOG_CHECKPOINT_INVALID',
    'TLOG_BODY_MISMATCH',
    'TLOG_INTEGRATED_TIME_INVALID',
    'ARTIFACT_DIGEST_MISMATCH',
    'SIGNATURE_INVALID',
    'KEY_UNTRUSTED',
    'CERT_CHAIN_INVALID',
    'CERT_NOT_VALID_AT_TIME',
    'SCT_INVALID',
    'IDENTITY_MISMATCH',
    'TIMESTAMP_INVALID',
    'POLICY_VIOLATION',
    'SPLIT_VIEW',
    'POLICY_CHANGED',
    'POLICY_EXCEPTION_INVALID',
    'SUBJECT_LINK_ESCAPES',
    'PROVENANCE_MISMATCH',
    'LOG_ENTRY_NOT_PROVEN',
]);
function exitCodeFor(error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCodedError */ .IG)(error) ? exitCodeForCode(error.code) : EXIT_USAGE;
}
function exitCodeForCode(code) {
    return NOT_VERIFIED.has(code) ? EXIT_NOT_VERIFIED : EXIT_USAGE;
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2957);
// The `provlog` binary: wire the real process into main() and exit with its code.



// fetch (undici) parses HTTP with a WebAssembly module; V8 re-compiles it with TurboFan in the background and
// the process waits for that compile at exit (~100 ms measured on Node 20) after the command is done. A CLI that
// makes a few requests gains nothing from the optimised tier, so keep WebAssembly on the baseline compiler.
(0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--liftoff-only');
async function runCli() {
    const controller = new AbortController();
    for (const sig of ['SIGINT', 'SIGTERM']) {
        // First signal: ask the command to stop gracefully (serve drains writes); a second one kills as usual.
        process.once(sig, () => {
            controller.abort();
            setTimeout(() => process.exit(130), 10_000).unref();
        });
    }
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2), {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        env: process.env,
        cwd: process.cwd(),
        isTTY: process.stderr.isTTY === true,
        signal: controller.signal,
    });
}
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread)
    await runCli();
// `provlog serve` admits entries on worker threads started on this file (the bundle has no other entry for
// them): on a worker thread, load only the admission module, which serves until the thread ends.
else
    await Promise.all(/* import() */[__nccwpck_require__.e(215), __nccwpck_require__.e(493), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1607));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export VERSION */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8551);
/** `provlog <command>`: dispatch, top-level help, and the one place errors become a line and an exit code. */


/** Commands load lazily so `provlog verify` never pays for SQLite and `serve` never for the verifier. */
const commands = {
    serve: {
        summary: 'run a Rekor-compatible transparency log (SQLite, tlog-tiles reads)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(467), __nccwpck_require__.e(215), __nccwpck_require__.e(493), __nccwpck_require__.e(873), __nccwpck_require__.e(607), __nccwpck_require__.e(831), __nccwpck_require__.e(223), __nccwpck_require__.e(65)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3065))).runServe,
    },
    verify: {
        summary: 'verify files or digests against Sigstore bundles, offline (--check-log: also online)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(493), __nccwpck_require__.e(873), __nccwpck_require__.e(627), __nccwpck_require__.e(309), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4734))).runVerify,
    },
    'verify-release': {
        summary: "download a GitHub release's assets and bundles and verify every asset",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(493), __nccwpck_require__.e(873), __nccwpck_require__.e(627), __nccwpck_require__.e(309), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4734))).runVerifyRelease,
    },
    demo: {
        summary: 'run the whole product locally: a log, a key, sample artifacts, attest, verify, a tampered copy',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(467), __nccwpck_require__.e(215), __nccwpck_require__.e(493), __nccwpck_require__.e(873), __nccwpck_require__.e(627), __nccwpck_require__.e(607), __nccwpck_require__.e(831), __nccwpck_require__.e(223), __nccwpck_require__.e(309), __nccwpck_require__.e(504), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1155))).runDemo,
    },
    attest: {
        summary: 'hash files, sign SLSA provenance, record it in a log, write a Sigstore bundle',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(467), __nccwpck_require__.e(493), __nccwpck_require__.e(873), __nccwpck_require__.e(627), __nccwpck_require__.e(504), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7927))).runAttest,
    },
};
const VERSION = '0.1.0';
function topHelp() {
    const width = Math.max(0, ...Object.keys(commands).map((c) => c.length)) + 2;
    const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
    return [
        'provlog: signed build provenance, a Rekor-compatible transparency log, and offline verification.',
        '',
        'Usage: provlog <command> [options]     (provlog <command> --help for its options)',
        '',
        'Commands:',
        ...rows,
        '',
        'Global: --debug (print stack traces), --version, NO_COLOR respected.',
        'Exit codes: 0 ok, 1 not verified / policy violated, 2 usage or input error.',
        '',
    ].join('\n');
}
async function main(argv, io) {
    const debug = argv.includes('--debug');
    const args = argv.filter((a) => a !== '--debug');
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(topHelp());
        return name === undefined ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri : _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`provlog ${VERSION}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }
    const command = commands[name];
    if (command === undefined) {
        io.stderr(`provlog: unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    try {
        const run = await command.load();
        return await run(rest, io);
    }
    catch (error) {
        const coded = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toCodedError */ .Bt)(error);
        io.stderr(`provlog ${name}: ${coded.message}\n`);
        if (debug)
            io.stderr(`${error.stack ?? String(error)}\n`);
        return (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(coded);
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ CodedError),
/* harmony export */   Bt: () => (/* binding */ toCodedError),
/* harmony export */   IG: () => (/* binding */ isCodedError),
/* harmony export */   hR: () => (/* binding */ inSource)
/* harmony export */ });
/**
 * One error type for the whole project: a closed code, a message a person can act on, the cause, and
 * machine-readable details. Transports map codes in ONE table each (HTTP status: adapters/http/status.ts,
 * exit code: cli/exit-codes.ts); tests assert codes, never message text.
 */
class CodedError extends Error {
    name = 'CodedError';
    code;
    details;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.details = options.details;
    }
}
function isCodedError(value, code) {
    return value instanceof CodedError && (code === undefined || value.code === code);
}
/** Wraps anything thrown into a CodedError, keeping coded ones as they are. */
function toCodedError(value, fallback = 'INTERNAL') {
    if (value instanceof CodedError)
        return value;
    const message = value instanceof Error ? value.message : String(value);
    return new CodedError(fallback, message, { cause: value });
}
/**
 * Prefixes a coded error's message with the file (or other source) it came from, keeping code and details,
 * so a decoder's field path becomes one actionable line: `root.json: trustedRoot.mediaType: expected ...`.
 * Other values, and messages that already start with the name, pass through unchanged.
 */
function inSource(name, error) {
    if (!isCodedError(error) || error.message.startsWith(`${name}:`))
        return error;
    return new CodedError(error.code, `${name}: ${error.message}`, {
        cause: error,
        ...(error.details === undefined ? {} : { details: error.details }),
    });
}


/***/ }),

/***/ 431:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_better_sqlite3_b46a9d6d__["default"]) });

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
