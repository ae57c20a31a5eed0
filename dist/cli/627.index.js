export const id = 627;
export const ids = [627];
export const modules = {

/***/ 2427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ entryUrl),
/* harmony export */   h: () => (/* binding */ RekorClient)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1462);
/* harmony import */ var _core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2974);
/* harmony import */ var _node_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1237);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9611);
/**
 * Rekor v1 REST client (research/rekor-v1.md §1): timeouts through AbortSignal, retries with exponential backoff
 * and full jitter on 5xx / 408 / 429 / timeouts / network errors (honouring Retry-After), 409 adoption of the
 * existing entry, and a typed decode of every response. Retrying a POST is safe: a retried create that already
 * landed answers 409, and we adopt it.
 *
 * Errors: LOG_UNREACHABLE (network, timeouts or 5xx after all retries), LOG_REJECTED (4xx; the server's message
 * and status in details), LOG_RESPONSE_INVALID (a response that does not decode).
 */





/** A log answer bigger than this is refused. Entries are bounded by the log's request limit (a few MiB). */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** The public URL of an entry (Rekor v1 REST), as release notes and reports link it. */
function entryUrl(baseUrl, uuid) {
    return `${baseUrl.replace(/\/+$/, '')}/api/v1/log/entries/${uuid}`;
}
/** Cap on any single wait between attempts, including a server's Retry-After. */
const MAX_DELAY_MS = 10_000;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const UUID_RE = /^(?:[0-9a-f]{64}|[0-9a-f]{80})$/;
class RekorClient {
    baseUrl;
    timeoutMs;
    retries;
    maxResponseBytes;
    backoffMs;
    sleep;
    random;
    constructor(options) {
        let url;
        try {
            url = new URL(options.baseUrl);
        }
        catch (cause) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('USAGE', `log URL "${options.baseUrl}" is not a URL`, { cause });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('USAGE', `log URL "${options.baseUrl}" must be http(s)`);
        }
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        this.timeoutMs = options.timeoutMs ?? 20_000;
        this.retries = options.retries ?? 3;
        this.maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
        this.backoffMs = options.backoffMs ?? 250;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.random = options.random ?? Math.random;
    }
    /** POST /api/v1/log/entries; on 409 fetches the existing entry named by Location and returns it adopted. */
    async createEntry(proposed) {
        const res = await this.request('POST', '/api/v1/log/entries', JSON.stringify(proposed));
        if (res.status === 409) {
            const uuid = conflictUuid(res);
            const existing = await this.getEntryByUuid(uuid);
            if (existing === undefined) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', `the log reported entry ${uuid} as existing but does not serve it`);
            }
            return { ...existing, adopted: true };
        }
        if (res.status !== 201)
            unexpected(res, 'POST /api/v1/log/entries');
        return { ...decodeEntry(res), adopted: false };
    }
    /** GET /api/v1/log/entries/{uuid}; undefined when the log answers 404. */
    async getEntryByUuid(uuid) {
        if (!/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{80})$/.test(uuid)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('USAGE', 'an entry UUID is 64 or 80 hex characters');
        }
        const res = await this.request('GET', `/api/v1/log/entries/${uuid.toLowerCase()}`);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            unexpected(res, 'GET entry by UUID');
        return decodeEntry(res);
    }
    /** GET /api/v1/log/entries?logIndex=; undefined when the log answers 404. */
    async getEntryByIndex(index) {
        if (!Number.isSafeInteger(index) || index < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('USAGE', 'a log index is an integer >= 0');
        const res = await this.request('GET', `/api/v1/log/entries?logIndex=${index}`);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            unexpected(res, 'GET entry by index');
        return decodeEntry(res);
    }
    async getLogInfo() {
        const res = await this.request('GET', '/api/v1/log');
        if (res.status !== 200)
            unexpected(res, 'GET /api/v1/log');
        const root = jsonNode(res, 'LogInfo');
        return {
            rootHash: root.get('rootHash').hex(32),
            treeSize: root.get('treeSize').uint(),
            signedTreeHead: root.get('signedTreeHead').string(),
            treeId: decimal(root.get('treeID')),
        };
    }
    async getPublicKey(treeId) {
        const res = await this.request('GET', `/api/v1/log/publicKey${treeId === undefined ? '' : `?treeID=${encodeURIComponent(treeId)}`}`);
        if (res.status !== 200)
            unexpected(res, 'GET /api/v1/log/publicKey');
        if (!res.text.includes('-----BEGIN PUBLIC KEY-----')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', 'the log public key response is not a PEM public key');
        }
        return res.text;
    }
    async getConsistencyProof(firstSize, lastSize, treeId) {
        const query = new URLSearchParams({ firstSize: String(firstSize), lastSize: String(lastSize) });
        if (treeId !== undefined)
            query.set('treeID', treeId);
        const res = await this.request('GET', `/api/v1/log/proof?${query}`);
        if (res.status !== 200)
            unexpected(res, 'GET /api/v1/log/proof');
        const root = jsonNode(res, 'ConsistencyProof');
        return {
            rootHash: root.get('rootHash').hex(32),
            hashes: (root.optional('hashes')?.array() ?? []).map((h) => h.hex(32)),
        };
    }
    /**
     * POST /api/v1/index/retrieve: entry UUIDs for an artifact digest and/or a public key (PEM text); with both,
     * `operator: 'and'` asks for the entries matching both (Rekor v1's SearchIndex).
     */
    async searchIndex(query) {
        const body = {};
        if ('hash' in query)
            body.hash = query.hash;
        if (query.publicKey !== undefined) {
            body.publicKey = { format: 'x509', content: Buffer.from(query.publicKey, 'utf8').toString('base64') };
        }
        if ('operator' in query && query.operator !== undefined)
            body.operator = query.operator;
        const res = await this.request('POST', '/api/v1/index/retrieve', JSON.stringify(body));
        if (res.status !== 200)
            unexpected(res, 'POST /api/v1/index/retrieve');
        return jsonNode(res, 'SearchIndex response')
            .array()
            .map((n) => {
            const uuid = n.string();
            if (!UUID_RE.test(uuid))
                n.fail('is not a 64- or 80-character lowercase hex UUID');
            return uuid;
        });
    }
    /** POST /api/v1/log/entries/retrieve by UUIDs and/or indexes (at most 10 in all, Rekor's limit). */
    async retrieveEntries(query) {
        const res = await this.request('POST', '/api/v1/log/entries/retrieve', JSON.stringify(query));
        if (res.status !== 200)
            unexpected(res, 'POST /api/v1/log/entries/retrieve');
        const root = jsonNode(res, 'SearchLogQuery response');
        return root.array().map((n) => (0,_core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeLogEntryResponse */ .c2)(n.value));
    }
    /** One logical request: retries with backoff on transient failures; returns the final response. */
    async request(method, path, body) {
        const url = `${this.baseUrl}${path}`;
        let lastProblem = '';
        for (let attempt = 0;; attempt++) {
            let retryAfterMs;
            try {
                const res = await (0,_node_http_js__WEBPACK_IMPORTED_MODULE_3__/* .httpExchange */ .a)({
                    method,
                    url,
                    headers: body === undefined
                        ? { accept: 'application/json' }
                        : { 'content-type': 'application/json', accept: 'application/json' },
                    ...(body === undefined ? {} : { body }),
                    timeoutMs: this.timeoutMs,
                    maxResponseBytes: this.maxResponseBytes,
                });
                if (!RETRYABLE_STATUS.has(res.status))
                    return res;
                const message = serverMessage(res.text);
                lastProblem = `HTTP ${res.status}${message ? `: ${message}` : ''}`;
                retryAfterMs = (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .m)(res.header('retry-after'));
            }
            catch (error) {
                lastProblem = error instanceof Error ? error.message : String(error);
                if (error instanceof _node_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpExchangeError */ .q && error.kind === 'tls') {
                    // An untrusted certificate stays untrusted: fail now instead of retrying into the same wall.
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_UNREACHABLE', `${method} ${url}: ${lastProblem}`, {
                        cause: error,
                        details: { url, attempts: attempt + 1 },
                    });
                }
            }
            if (attempt >= this.retries) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_UNREACHABLE', `${method} ${url} failed after ${attempt + 1} attempts: ${lastProblem}`, {
                    details: { url, attempts: attempt + 1 },
                });
            }
            const backoff = this.random() * this.backoffMs * 2 ** attempt;
            await this.sleep(Math.min(MAX_DELAY_MS, Math.max(backoff, retryAfterMs ?? 0)));
        }
    }
}
function serverMessage(text) {
    try {
        const message = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)((0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text, 'error body'), 'LOG_RESPONSE_INVALID', 'error').optional('message');
        return typeof message?.value === 'string' ? message.value.slice(0, 500) : undefined;
    }
    catch {
        return undefined;
    }
}
function unexpected(res, what) {
    const location = res.header('location');
    if (res.status >= 300 && res.status < 400 && location !== undefined) {
        // Not followed on purpose: a signed entry is only ever sent to the host the user named.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('USAGE', `${what}: the log redirects (HTTP ${res.status}) to ${location.slice(0, 200)}; set the log URL to the address ` +
            'it redirects to (provlog does not follow redirects, so entries only go to the host you named)', { details: { status: res.status, location: location.slice(0, 200) } });
    }
    const message = serverMessage(res.text);
    if (res.status >= 400 && res.status < 500) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_REJECTED', `${what}: the log rejected the request (HTTP ${res.status})${message ? `: ${message}` : ''}`, {
            details: { status: res.status, ...(message === undefined ? {} : { message }) },
        });
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', `${what}: unexpected HTTP ${res.status} from the log`, {
        details: { status: res.status },
    });
}
function jsonNode(res, what) {
    let value;
    try {
        value = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(res.text, what);
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', `${what} from the log is not JSON`, { cause });
    }
    return (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(value, 'LOG_RESPONSE_INVALID', what);
}
function decodeEntry(res) {
    return (0,_core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeLogEntryResponse */ .c2)(jsonNode(res, 'LogEntry').value);
}
function decimal(node) {
    const v = node.value;
    const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : node.string();
    if (!/^[1-9][0-9]*$/.test(s))
        node.fail('expected a decimal tree ID');
    return s;
}
/** The UUID of the existing entry from a 409: the Location header's last segment, else the message. */
function conflictUuid(res) {
    const location = res.header('location');
    const fromLocation = location?.split('/').pop()?.toLowerCase();
    if (fromLocation !== undefined && UUID_RE.test(fromLocation))
        return fromLocation;
    const fromMessage = /\b([0-9a-f]{80}|[0-9a-f]{64})\b/.exec(serverMessage(res.text) ?? '')?.[1];
    if (fromMessage !== undefined)
        return fromMessage;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', 'the log answered 409 without naming the existing entry');
}


/***/ }),

/***/ 9611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/** Retry-After (shared by the Rekor and GitHub clients) as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unparsable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    if (/^[0-9]+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony exports hashFile, planBatches */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/**
 * Streamed SHA-256 of many files, spread over the cores (issue 4, behaviour 1). node:crypto is OpenSSL, so
 * one thread hashes at `openssl dgst` speed; the work is to keep every core busy and every read large.
 *
 * - One file (or little data): hashed on the calling thread, no worker start-up. A file of one chunk or less is
 *   read synchronously (an async open/read/read/close is four thread-pool round trips, which made 1,000 tiny
 *   files take ~300 ms of mostly idle waiting); a bigger one with two 4 MiB buffers, the next read in flight
 *   (libuv thread pool) while the current chunk is hashed, so I/O overlaps hashing.
 * - Sizes come from synchronous stats: ~5 µs each, where 1,000 promise stats cost ~30 ms of round trips.
 * - Many files: a pool of `os.availableParallelism()` worker threads. Files go biggest first (so one huge
 *   file does not start last), small files travel in batches (fewer messages), and workers pull the next
 *   batch as they finish. Workers read synchronously into one reused 4 MiB buffer: no promise per chunk.
 *
 * The worker is an inline CommonJS script (`eval: true`) so it survives bundling into dist/ unchanged.
 */






const DEFAULT_CHUNK = 4 * 1024 * 1024;
/** Below this total a pool costs more (thread start-up, ~30 ms each) than it saves. */
const POOL_MIN_BYTES = 32 * 1024 * 1024;
/** Small files are sent to workers in batches up to this many bytes / files. */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 64;
const PROGRESS_STEP = 16 * 1024 * 1024;
/** Hex SHA-256 of each file, in input order. Throws FILE_UNREADABLE naming the file. */
async function hashFiles(paths, opts = {}) {
    const chunk = opts.chunkSize ?? DEFAULT_CHUNK;
    const sizes = statSizes(paths);
    const progress = {
        bytesDone: 0,
        bytesTotal: sizes.reduce((a, b) => a + b, 0),
        filesDone: 0,
        filesTotal: paths.length,
    };
    const report = (bytes, files) => {
        progress.bytesDone += bytes;
        progress.filesDone += files;
        opts.onProgress?.({ ...progress });
    };
    const threads = Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism(), paths.length);
    if (threads <= 1 || progress.bytesTotal < (opts.poolMinBytes ?? POOL_MIN_BYTES)) {
        // two buffers for the whole run: fresh 4 MiB allocations per file would page-fault 8 MiB per file
        const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
        const out = [];
        for (const [i, p] of paths.entries()) {
            const size = sizes[i] ?? 0;
            if (size < chunk) {
                out.push(hashSmallFileSync(p, buffers[0]));
                report(size, 1);
            }
            else {
                out.push(await hashFileOnThisThread(p, buffers, (n) => report(n, 0)));
                report(0, 1);
            }
        }
        return out;
    }
    return hashOnPool(paths, sizes, threads, chunk, report);
}
/** Hex SHA-256 of one file. */
async function hashFile(file, opts = {}) {
    const [digest] = await hashFiles([file], { ...opts, concurrency: 1 });
    if (digest === undefined)
        throw new CodedError('INTERNAL', 'no digest computed');
    return digest;
}
function statSizes(paths) {
    return paths.map((p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).size;
        }
        catch (cause) {
            throw unreadable(p, cause);
        }
    });
}
function unreadable(file, cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('FILE_UNREADABLE', `cannot read ${file}: ${message}`, { cause, details: { path: file } });
}
/** A file expected to fit in one chunk: synchronous reads until EOF (it may have grown since the stat). */
function hashSmallFileSync(file, buffer) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    }
    catch (cause) {
        throw unreadable(file, cause);
    }
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        for (let position = 0;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, position);
            if (n === 0)
                break;
            position += n;
            hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        }
        return hash.digest('hex');
    }
    catch (cause) {
        throw unreadable(file, cause);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
async function hashFileOnThisThread(file, buffers, onBytes) {
    const chunk = buffers[0].length;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    }
    catch (cause) {
        throw unreadable(file, cause);
    }
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let which = 0;
        let position = 0;
        let pending = handle.read(buffers[0], 0, chunk, position);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            which ^= 1;
            pending = handle.read(buffers[which === 0 ? 0 : 1], 0, chunk, position); // overlaps the hash below
            hash.update(bytesRead === chunk ? buffer : buffer.subarray(0, bytesRead));
            onBytes(bytesRead);
        }
        return hash.digest('hex');
    }
    catch (cause) {
        throw unreadable(file, cause);
    }
    finally {
        await handle.close();
    }
}
/** Biggest first; small files grouped so one message carries up to BATCH_BYTES / BATCH_FILES. */
function planBatches(sizes) {
    const order = sizes.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const i of order) {
        const size = sizes[i] ?? 0;
        if (current.length > 0 && (bytes + size > BATCH_BYTES || current.length >= BATCH_FILES)) {
            batches.push({ id: batches.length, indexes: current });
            current = [];
            bytes = 0;
        }
        current.push(i);
        bytes += size;
    }
    if (current.length > 0)
        batches.push({ id: batches.length, indexes: current });
    return batches;
}
async function hashOnPool(paths, sizes, threads, chunk, report) {
    const batches = planBatches(sizes);
    const results = new Array(paths.length).fill('');
    const workers = Array.from({ length: Math.min(threads, batches.length) }, () => 
    // execArgv: [] — the script is plain CommonJS; inheriting a TS loader (tsx, vitest) costs ~200 ms per worker
    new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { chunk, progressStep: PROGRESS_STEP } }));
    let next = 0;
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            const send = () => {
                const batch = batches[next++];
                if (batch === undefined) {
                    resolve();
                    return;
                }
                worker.postMessage({ batch: batch.id, files: batch.indexes.map((i) => paths[i]) });
            };
            worker.on('message', (reply) => {
                if (reply.type === 'progress') {
                    report(reply.bytes, 0);
                    return;
                }
                if (reply.type === 'error') {
                    reject(unreadable(reply.file, new Error(reply.message)));
                    return;
                }
                const batch = batches[reply.batch];
                batch?.indexes.forEach((index, k) => {
                    results[index] = reply.digests[k] ?? '';
                });
                report(reply.bytes, batch?.indexes.length ?? 0);
                send();
            });
            worker.on('error', (cause) => reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('INTERNAL', `hash worker failed: ${cause.message}`, { cause })));
            worker.on('exit', (code) => {
                if (code !== 0)
                    reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('INTERNAL', `hash worker exited with code ${code}`));
            });
            send();
        })));
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
}
/** The worker: CommonJS, synchronous reads into one reused buffer. Kept tiny and dependency-free. */
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const chunk = workerData.chunk;
const step = workerData.progressStep;
const buffer = Buffer.allocUnsafe(chunk);
let pending = 0;
function hashOne(file) {
  const fd = openSync(file, 'r');
  try {
    const hash = createHash('sha256');
    let position = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, chunk, position);
      if (n === 0) break;
      position += n;
      hash.update(n === chunk ? buffer : buffer.subarray(0, n));
      pending += n;
      if (pending >= step) {
        parentPort.postMessage({ type: 'progress', bytes: pending });
        pending = 0;
      }
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (msg) => {
  const digests = [];
  for (const file of msg.files) {
    try {
      digests.push(hashOne(file));
    } catch (error) {
      parentPort.postMessage({ type: 'error', batch: msg.batch, file, message: String(error && error.message) });
      return;
    }
  }
  parentPort.postMessage({ type: 'done', batch: msg.batch, digests, bytes: pending });
  pending = 0;
});
`;


/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Q3: () => (/* binding */ readOptionalTextFile),
/* harmony export */   ol: () => (/* binding */ writeTextFileAtomic)
/* harmony export */ });
/* unused harmony export MAX_INPUT_FILE_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * Whole-file reads for small inputs (bundles, trust roots, keys, policies, checkpoint files) with one error
 * shape: FILE_UNREADABLE naming the file, so the CLI prints one line and exits 2. Sizes are capped: these files
 * are kilobytes, and a verifier handed a multi-gigabyte "bundle" must not try to hold it in memory.
 */



/** Bundles of big releases (thousands of subjects) stay well below this. */
const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;
/** UTF-8 text of a file; FILE_UNREADABLE (missing, unreadable, a directory, too large). */
async function readTextFile(path, maxBytes = MAX_INPUT_FILE_BYTES) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            throw new Error('not a regular file');
        if (info.size > maxBytes)
            throw new Error(`${info.size} bytes is more than the ${maxBytes}-byte limit`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('FILE_UNREADABLE', `cannot read ${path}: ${reason(cause)}`, { cause, details: { path } });
    }
}
/** The text, or undefined when the file does not exist (first use of a state file). */
async function readOptionalTextFile(path, maxBytes = MAX_INPUT_FILE_BYTES) {
    try {
        return await readTextFile(path, maxBytes);
    }
    catch (error) {
        // readTextFile keeps the fs error as the cause: one stat, and "missing" told apart from "unreadable".
        if (error.cause?.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Replaces a file atomically: write a temporary file beside it, then rename over it (rename is atomic within a
 * directory on POSIX), so a crash or a concurrent reader sees either the old content or the new, never half.
 */
async function writeTextFileAtomic(path, text) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, text, { flag: 'wx', mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, path);
    }
    catch (cause) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(temp).catch(() => undefined);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('FILE_UNREADABLE', `cannot write ${path}: ${reason(cause)}`, { cause, details: { path } });
    }
}
function reason(cause) {
    const error = cause;
    if (error?.code === 'ENOENT')
        return 'no such file';
    if (error?.code === 'EACCES')
        return 'permission denied';
    if (error?.code === 'EISDIR')
        return 'is a directory';
    return error instanceof Error ? error.message : String(cause);
}


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ readSigner),
/* harmony export */   Pu: () => (/* binding */ PUBLIC_GOOD_LOG_URL),
/* harmony export */   gv: () => (/* binding */ readTrustedRoot)
/* harmony export */ });
/* harmony import */ var _core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8585);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9825);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4402);
/**
 * Reading trust material from disk: Sigstore TrustedRoot files and PEM signing keys. The public-good
 * root is built in (src/core/bundle/public-good-root.ts) so nothing here ever fetches a key from a log.
 */




const PUBLIC_GOOD_LOG_URL = 'https://rekor.sigstore.dev';
/** The largest trusted root read: the public-good one is ~10 KiB; 4 MiB leaves room for many logs and CAs. */
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
/**
 * A TrustedRoot file (JSON). Every error names the file and keeps its code (FILE_UNREADABLE, TOO_LARGE,
 * INVALID_JSON, TRUST_ROOT_MALFORMED with the field path). `read` lets the verify flow use its injected reader.
 */
async function readTrustedRoot(path, read = (p) => (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(p, MAX_TRUSTED_ROOT_BYTES)) {
    const text = await read(path);
    try {
        return (0,_core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTrustedRoot */ .t1)(text);
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inSource */ .hR)(path, error);
    }
}
/** A PEM PKCS#8 signing key from a file; the error names the file, never its content. */
async function readSigner(path) {
    return (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .signerFromPem */ .jM)(await (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(path, 64 * 1024), `signing key ${path}`);
}


/***/ }),

/***/ 246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ publicGoodTrustedRoot)
/* harmony export */ });
/* unused harmony export PUBLIC_GOOD_TRUSTED_ROOT */
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8585);
/**
 * The Sigstore public-good TrustedRoot, built in so `provlog verify` and the attest action work offline with no
 * TUF fetch. Source: sigstore/root-signing targets/trusted_root.json @ 60cf2ce8b2e45d600dc17c4421e8c751e75772be
 * (last changed c9bda74ad2221f938f7d2e0295ca3aad2da710a8, 2025-09-22); deep-equal to
 * test/vectors/trust/trusted_root.production.json (a unit test checks). Refresh both together when Sigstore
 * rotates keys.
 */

const PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z',
                },
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=',
            },
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z',
                },
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A=',
            },
        },
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ==',
                    },
                ],
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z',
            },
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow=',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ',
                    },
                ],
            },
            validFor: {
                start: '2022-04-13T20:06:15Z',
            },
        },
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z',
                },
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I=',
            },
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z',
                },
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4=',
            },
        },
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned',
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw==',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E',
                    },
                ],
            },
            validFor: {
                start: '2025-07-04T00:00:00Z',
            },
        },
    ],
};
let parsed;
/** The built-in root, parsed once (it is immutable data, so one parse serves every verification). */
function publicGoodTrustedRoot() {
    parsed ??= (0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTrustedRoot */ .t1)(PUBLIC_GOOD_TRUSTED_ROOT);
    return parsed;
}


/***/ }),

/***/ 1480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ buildSlsaPredicate),
/* harmony export */   Zk: () => (/* binding */ SLSA_PREDICATE_TYPE),
/* harmony export */   w$: () => (/* binding */ parseSlsaProvenance)
/* harmony export */ });
/* unused harmony exports GITHUB_WORKFLOW_BUILD_TYPE, LEGACY_GITHUB_WORKFLOW_BUILD_TYPE, workflowPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1462);
/**
 * SLSA Provenance v1 predicate for a GitHub Actions workflow run, laid out exactly as actions/toolkit's
 * `buildSLSAProvenancePredicate` emits it (buildType https://actions.github.io/buildtypes/workflow/v1), so
 * `gh attestation verify` and other GitHub-aware verifiers read it unchanged. One addition: the
 * workflow_dispatch inputs go to `externalParameters.inputs` when there are any (SLSA: inputs a user chose are
 * external parameters), after `workflow`.
 */


const SLSA_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** What @actions/attest wrote before 1.3.0; still accepted when parsing. */
const LEGACY_GITHUB_WORKFLOW_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
/**
 * The workflow file path inside the repository: `workflowRef` minus the `owner/repo/` prefix and minus the
 * `@<ref>` suffix. Cutting the known suffix (rather than splitting at the first `@`, as actions/attest does)
 * keeps paths that contain `@` intact.
 */
function workflowPath(workflowRef, repository, ref) {
    const prefix = `${repository}/`;
    if (!workflowRef.startsWith(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('STATEMENT_MALFORMED', `workflow ref "${workflowRef}" does not start with "${prefix}"`);
    }
    const rest = workflowRef.slice(prefix.length);
    const suffix = `@${ref}`;
    const at = rest.endsWith(suffix) ? rest.length - suffix.length : rest.lastIndexOf('@');
    if (at <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('STATEMENT_MALFORMED', `workflow ref "${workflowRef}" has no "@<ref>" suffix`);
    return rest.slice(0, at);
}
function buildSlsaPredicate(ctx) {
    const server = ctx.serverUrl.replace(/\/+$/, '');
    const repositoryUrl = `${server}/${ctx.repository}`;
    const externalParameters = {
        workflow: { ref: ctx.ref, repository: repositoryUrl, path: workflowPath(ctx.workflowRef, ctx.repository, ctx.ref) },
    };
    if (ctx.workflowInputs !== undefined && Object.keys(ctx.workflowInputs).length > 0) {
        externalParameters.inputs = { ...ctx.workflowInputs };
    }
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters,
            internalParameters: {
                github: {
                    event_name: ctx.eventName,
                    repository_id: ctx.repositoryId,
                    repository_owner_id: ctx.repositoryOwnerId,
                    runner_environment: ctx.runnerEnvironment,
                },
            },
            resolvedDependencies: [{ uri: `git+${repositoryUrl}@${ctx.ref}`, digest: { gitCommit: ctx.sha } }],
        },
        runDetails: {
            builder: { id: `${server}/${ctx.jobWorkflowRef ?? ctx.workflowRef}` },
            metadata: { invocationId: `${repositoryUrl}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}` },
        },
    };
}
/** Decodes a SLSA v1 GitHub-workflow predicate; STATEMENT_MALFORMED with the field path on anything missing. */
function parseSlsaProvenance(predicate) {
    const root = (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(predicate, 'STATEMENT_MALFORMED', 'predicate');
    const def = root.get('buildDefinition');
    const buildTypeNode = def.get('buildType');
    const buildType = buildTypeNode.string();
    if (buildType !== GITHUB_WORKFLOW_BUILD_TYPE && buildType !== LEGACY_GITHUB_WORKFLOW_BUILD_TYPE) {
        buildTypeNode.fail(`expected ${GITHUB_WORKFLOW_BUILD_TYPE}`);
    }
    const external = def.get('externalParameters');
    const workflow = external.get('workflow');
    const github = def.optional('internalParameters')?.optional('github');
    const dep = def.optional('resolvedDependencies')?.array()[0];
    const run = root.get('runDetails');
    const inputsNode = external.optional('inputs');
    const facts = {
        buildType,
        repositoryUrl: workflow.get('repository').nonEmptyString(),
        ref: workflow.get('ref').nonEmptyString(),
        workflowPath: workflow.get('path').nonEmptyString(),
        builderId: run.get('builder').get('id').nonEmptyString(),
    };
    const optional = [
        ['sha', dep?.optional('digest')?.optional('gitCommit')],
        ['sourceUri', dep?.optional('uri')],
        ['eventName', github?.optional('event_name')],
        ['repositoryId', github?.optional('repository_id')],
        ['repositoryOwnerId', github?.optional('repository_owner_id')],
        ['runnerEnvironment', github?.optional('runner_environment')],
        ['invocationId', run.optional('metadata')?.optional('invocationId')],
    ];
    for (const [key, node] of optional)
        if (node !== undefined)
            facts[key] = node.string();
    if (inputsNode !== undefined)
        facts.inputs = { ...inputsNode.record() };
    return facts;
}


/***/ }),

/***/ 7415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ verifyTlogEntry),
/* harmony export */   u: () => (/* binding */ verifyTlogBody)
/* harmony export */ });
/* harmony import */ var _bundle_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8170);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _merkle_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(304);
/* harmony import */ var _merkle_inclusion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9620);
/* harmony import */ var _note_checkpoint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2452);
/* harmony import */ var _rekor_entry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2974);
/* harmony import */ var _rekor_set_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4847);
/* harmony import */ var _rekor_verifier_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6965);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1219);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1877);
/**
 * Transparency-log verification of one bundle tlog entry (Rekor v1), the checks sigstore-js
 * `@sigstore/verify` makes (research/rekor-v1.md §4–§6, formats.md §1.8–§1.9):
 *   log         the entry's logId names a log of the trusted root whose key is valid at integratedTime
 *               (validFor inclusive at both ends), and integratedTime is not after `now`;
 *   version     v0.1 bundles need the SET; v0.2+ need an inclusion proof with a checkpoint;
 *   SET         the log's signature over JCS{body, integratedTime, logID, logIndex} (logIndex: virtual);
 *   inclusion   RFC 6962 proof from SHA-256(0x00 || body) at the tree-local index to the proof's root;
 *   checkpoint  a signature with key hint logId[0:4] by a signer whose name is part of the log's baseUrl
 *               (as sigstore-js requires) verifies, and the checkpoint's size and root are the proof's.
 * The binding of the entry's body to the bundle's signed content is verifyTlogBody (tlog-body checks).
 * Each failure is a CodedError whose TLOG_* code names the layer.
 */












function fail(code, message, entry, cause) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK(code, `tlog entry ${entry.logIndex}: ${message}`, {
        cause,
        details: { logIndex: entry.logIndex, logId: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(entry.logId) },
    });
}
/** Verifies one entry; see the module comment for the layers and their order. */
function verifyTlogEntry(entry, ctx) {
    const log = findLog(entry, ctx.trustedRoot);
    if (entry.integratedTime > ctx.now) {
        fail('TLOG_INTEGRATED_TIME_INVALID', `integrated time ${entry.integratedTime} is in the future`, entry);
    }
    const promise = entry.inclusionPromise;
    const proof = entry.inclusionProof;
    if (ctx.bundleVersion === '0.1' && promise === undefined) {
        fail('TLOG_PROOF_MISSING', 'a v0.1 bundle entry needs an inclusion promise (SET)', entry);
    }
    if (ctx.bundleVersion !== '0.1' && proof?.checkpoint === undefined) {
        const what = proof === undefined ? 'an inclusion proof' : 'a checkpoint with its inclusion proof';
        fail('TLOG_PROOF_MISSING', `a v${ctx.bundleVersion} bundle entry needs ${what}`, entry);
    }
    const checks = { set: false, inclusion: false, checkpoint: false, body: false };
    if (promise !== undefined) {
        const fields = {
            body: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBase64 */ .nk)(entry.canonicalizedBody),
            integratedTime: entry.integratedTime,
            logID: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(entry.logId),
            logIndex: entry.logIndex,
        };
        if (!(0,_rekor_set_js__WEBPACK_IMPORTED_MODULE_8__/* .verifySet */ .mS)(fields, promise.signedEntryTimestamp, log.publicKey)) {
            fail('TLOG_SET_INVALID', `the signed entry timestamp does not verify with the key of ${log.baseUrl}`, entry);
        }
        checks.set = true;
    }
    if (proof !== undefined) {
        try {
            (0,_merkle_inclusion_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyInclusion */ .yR)(proof.logIndex, proof.treeSize, (0,_merkle_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .leafHash */ .Jq)(entry.canonicalizedBody), proof.hashes, proof.rootHash);
        }
        catch (cause) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCodedError */ .IG)(cause))
                throw cause;
            fail('TLOG_INCLUSION_INVALID', `inclusion proof does not verify: ${cause.message}`, entry, cause);
        }
        checks.inclusion = true;
        if (proof.checkpoint !== undefined) {
            const checkpoint = verifyCheckpoint(proof.checkpoint, entry, log);
            if (checkpoint.size !== proof.treeSize || !(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(checkpoint.rootHash, proof.rootHash)) {
                fail('TLOG_CHECKPOINT_INVALID', `the checkpoint (size ${checkpoint.size}) is not the tree head the proof is for (size ${proof.treeSize})`, entry);
            }
            checks.checkpoint = true;
        }
    }
    if (!checks.set && !checks.inclusion) {
        fail('TLOG_PROOF_MISSING', 'the entry has neither an inclusion promise nor an inclusion proof', entry);
    }
    if (ctx.signedContent !== undefined) {
        verifyTlogBody(entry, ctx.signedContent);
        checks.body = true;
    }
    return { logIndex: entry.logIndex, integratedTime: entry.integratedTime, log, checks };
}
/** The trusted log with this entry's logId whose key is valid at the integrated time. */
function findLog(entry, root) {
    const candidates = root.tlogs.filter((t) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(t.logId, entry.logId));
    if (candidates.length === 0) {
        fail('TLOG_UNKNOWN_LOG', `log ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBase64 */ .nk)(entry.logId)} is not in the trusted root`, entry);
    }
    const t = entry.integratedTime;
    const valid = candidates.find((c) => c.validFor.start <= t && (c.validFor.end === undefined || t <= c.validFor.end));
    if (valid === undefined) {
        fail('TLOG_KEY_NOT_VALID_AT_TIME', `the key of ${candidates[0]?.baseUrl} is not valid at the integrated time ${t} per the trusted root`, entry);
    }
    return valid;
}
/** Parses the signed checkpoint and verifies the log's own signature on it. */
function verifyCheckpoint(raw, entry, log) {
    let note;
    let checkpoint;
    try {
        ({ note, checkpoint } = (0,_note_checkpoint_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSignedCheckpoint */ .Ac)(raw));
    }
    catch (cause) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCodedError */ .IG)(cause))
            throw cause;
        fail('TLOG_CHECKPOINT_INVALID', `checkpoint does not parse: ${cause.message}`, entry, cause);
    }
    const hint = entry.logId.byteLength >= 4 ? new DataView(entry.logId.buffer, entry.logId.byteOffset).getUint32(0) : -1;
    const ours = note.signatures.filter((s) => s.keyHint === hint && log.baseUrl.includes(s.name));
    if (ours.length === 0) {
        const hintHex = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(entry.logId.slice(0, 4));
        fail('TLOG_CHECKPOINT_INVALID', `checkpoint has no signature with key hint ${hintHex} by ${log.baseUrl}`, entry);
    }
    // Bundles of one log share checkpoints: a verified (key, text, signature) triple is remembered (cache.ts).
    if (!ours.some((s) => (0,_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .verifyTextSignatureCached */ .x)(log.publicKey, note.text, s.signature))) {
        fail('TLOG_CHECKPOINT_INVALID', `the checkpoint signature does not verify with the key of ${log.baseUrl}`, entry);
    }
    return checkpoint;
}
/**
 * TLOG_BODY_MISMATCH unless the entry's canonical body records exactly this signed content (sigstore-js
 * `verifyTLogBody`): kind/version as in kindVersion; hashedrekord: same signature and digest; dsse: one
 * signature equal to the envelope's, payloadHash = SHA-256(payload); intoto 0.0.2: one (double-base64)
 * signature equal to the envelope's, payloadHash = SHA-256(payload). The recorded key/certificate must be
 * the given one. dsse `envelopeHash` is compared when the bundle's envelope text is the submitted one: the
 * result says whether it matched (a mismatch alone is not an error, since other clients re-serialize).
 */
function verifyTlogBody(entry, signed) {
    const s = 'content' in signed ? signed : { content: signed };
    const mismatch = (problem, cause) => fail('TLOG_BODY_MISMATCH', `the log entry does not record this bundle: ${problem}`, entry, cause);
    let body;
    try {
        body = (0,_rekor_entry_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeEntryBody */ .R4)(entry.canonicalizedBody);
    }
    catch (cause) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCodedError */ .IG)(cause))
            throw cause;
        return mismatch(`the body does not decode (${cause.message})`, cause);
    }
    if (body.kind !== entry.kind || body.apiVersion !== entry.version) {
        mismatch(`body is ${body.kind} ${body.apiVersion}, kindVersion says ${entry.kind} ${entry.version}`);
    }
    const content = s.content;
    if (body.kind === 'hashedrekord') {
        if (content.kind !== 'messageSignature')
            return mismatch('a hashedrekord entry for a DSSE bundle');
        if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(body.signature, content.signature))
            mismatch('signature differs');
        const algorithm = (0,_bundle_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .hashAlgorithmOf */ .FH)(content.digest.algorithm);
        if (body.hash.algorithm !== algorithm || body.hash.value !== (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(content.digest.digest)) {
            mismatch(`digest differs (entry ${body.hash.algorithm}:${body.hash.value})`);
        }
        checkVerifier(body.publicKeyPem, s, mismatch);
        return { kind: body.kind };
    }
    if (content.kind !== 'dsseEnvelope')
        return mismatch(`a ${body.kind} entry for a message-signature bundle`);
    const env = content.envelope;
    const envSig = env.signatures[0]?.sig;
    if (env.signatures.length !== 1 || envSig === undefined)
        mismatch('the envelope must hold exactly one signature');
    const payloadHash = (0,_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .fg)(env.payload);
    if (body.kind === 'dsse') {
        const [only, ...more] = body.signatures;
        if (only === undefined || more.length > 0)
            return mismatch('the entry must record exactly one signature');
        if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(decodeSig(only.signature, mismatch), envSig ?? new Uint8Array(0)))
            mismatch('signature differs');
        if (body.payloadHash.value !== payloadHash)
            mismatch('payloadHash is not the SHA-256 of the payload');
        checkVerifier(only.verifierPem, s, mismatch);
        return { kind: body.kind, envelopeHashMatches: (0,_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .fg)(content.rawEnvelope) === body.envelopeHash.value };
    }
    const [only, ...more] = body.signatures;
    if (only === undefined || more.length > 0)
        return mismatch('the entry must record exactly one signature');
    if (only.sig === null || !(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(only.sig, envSig ?? new Uint8Array(0)))
        mismatch('signature differs');
    if (body.payloadHash.value !== payloadHash)
        mismatch('payloadHash is not the SHA-256 of the payload');
    if (body.payload !== undefined && !(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(body.payload, env.payload))
        mismatch('payload differs');
    checkVerifier(only.publicKeyPem, s, mismatch);
    return { kind: body.kind };
}
function decodeSig(text, mismatch) {
    try {
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromBase64Loose */ .EP)(text);
    }
    catch (cause) {
        return mismatch('the recorded signature is not base64', cause);
    }
}
/**
 * Fast path for checkVerifier: Rekor stores verifiers in Go's canonical PEM, so the recorded text is normally
 * exactly the canonical PEM of the bundle's certificate (or key). When it is, and that certificate and its key
 * load (the verifier already parsed the leaf: a cache hit), parsing the text again would give the same
 * certificate or key and checkVerifier's comparison would pass. Anything else takes the full path, with its
 * exact errors.
 */
function recordsExactly(pem, s) {
    // intoto entries store the PEM without its final newline (their bodies are hashed as the client sent them).
    const same = (canonical) => pem === canonical || pem === canonical.slice(0, -1);
    if (s.certificate === undefined)
        return s.key !== undefined && same((0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPublicKeyPem */ ._i)(s.key));
    if (!same((0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)('CERTIFICATE', s.certificate)))
        return false;
    try {
        (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyFromKeyObject */ .zp)((0,_x509_js__WEBPACK_IMPORTED_MODULE_11__/* .loadCertificate */ .I)(s.certificate).publicKey);
        return true;
    }
    catch {
        return false;
    }
}
/** The recorded verifier must be the given certificate, else the given key (when the caller names one). */
function checkVerifier(pem, s, mismatch) {
    if (s.certificate === undefined && s.key === undefined)
        return;
    if (recordsExactly(pem, s))
        return;
    let verifier;
    try {
        verifier = (0,_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .parseVerifierPem */ .I$)(pem, 'entry verifier');
    }
    catch (cause) {
        verifier = mismatch('the recorded key does not parse', cause);
    }
    if (s.certificate !== undefined) {
        if (verifier.kind !== 'certificate' || !verifier.canonicalPem.startsWith((0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)('CERTIFICATE', s.certificate))) {
            mismatch('the recorded certificate is not the bundle certificate');
        }
    }
    else if (s.key !== undefined && !(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(verifier.key.spki, s.key.spki)) {
        mismatch('the recorded public key is not the signing key');
    }
}


/***/ })

};
