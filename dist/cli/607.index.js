export const id = 607;
export const ids = [607];
export const modules = {

/***/ 1607:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AdmissionPool: () => (/* binding */ AdmissionPool),
/* harmony export */   DEFAULT_ADMISSION_TIMEOUT_MS: () => (/* binding */ DEFAULT_ADMISSION_TIMEOUT_MS),
/* harmony export */   DEFAULT_MAX_PENDING_ADMISSIONS: () => (/* binding */ DEFAULT_MAX_PENDING_ADMISSIONS),
/* harmony export */   SMALL_REQUEST_BYTES: () => (/* binding */ SMALL_REQUEST_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _admission_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2097);
/**
 * Admission on worker threads (issue 3 §9, issue 11 §2): decoding proposed entries, checking their signatures and
 * canonicalizing them is pure and CPU-bound, so the event loop hands every such request (POSTed entries and the
 * proposed entries of a retrieve) to worker threads and keeps HTTP, sequencing and SQLite to itself. Answers are
 * exactly what admission.ts gives inline.
 *
 * Bounded: each worker runs one request at a time, with a time budget from the moment it starts; a request over
 * budget is answered ADMISSION_TIMEOUT (503) and its worker is terminated and replaced, so a stuck or slow
 * request never holds a worker, and the others keep serving. With two workers or more, one only takes small
 * requests (bodies up to SMALL_REQUEST_BYTES, whose admission is cheap whatever they hold), so large requests,
 * the only ones that can be slow, never hold every worker. Requests wait in a FIFO queue of at most maxPending
 * (QUEUE_FULL past it); as each runs for at most the budget, the wait is bounded too. Only a pool that has no
 * worker at all (threads: 0, or none could start here) admits inline, on the caller's thread.
 *
 * How a worker finds the code: this module starts workers on ITS OWN file (`import.meta.url`) and, inside a
 * worker it recognises by `workerData`, serves admissions and then holds its top-level await forever. That works
 * from TypeScript sources (tsx, vitest: the worker registers tsx first) and from the ncc CLI bundle, where the
 * worker starts on the CLI entry and src/cli/index.ts imports this module instead of running a command when it
 * is not on the main thread (see startWorker).
 */







const WORKER_KIND = 'provlog-admission';
/** Sent once by a worker when its code has loaded; until then it is given no work. */
const READY = 'ready';
function isAdmissionWorker() {
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData;
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.isMainThread && typeof data === 'object' && data !== null && 'kind' in data && data.kind === WORKER_KIND;
}
if (isAdmissionWorker() && node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.parentPort !== null) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.parentPort;
    port.on('message', (message) => {
        if (!(0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .isAdmitRequest */ .d$)(message))
            return;
        const reply = (0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .answerAdmitRequest */ .bJ)(message);
        try {
            port.postMessage(reply);
        }
        catch {
            // Details that cannot be cloned (never expected): keep the code and message.
            port.postMessage(reply.ok ? reply : { id: reply.id, ok: false, code: reply.code, message: reply.message });
        }
    });
    port.postMessage(READY);
    // Hold every importer (in the bundle: the rest of the program, the CLI included) until the thread ends.
    await new Promise(() => { });
}
const DEFAULT_MAX_PENDING_ADMISSIONS = 4096;
/** The longest ready() waits for workers to load. */
const READY_WAIT_MS = 30_000;
/**
 * The most expensive request the limits allow (8 x 8 signature checks over a PAE near the 4 MiB body cap, or
 * ten such entries in one retrieve) takes well under a second on one core; 2 s leaves room for a loaded host.
 */
const DEFAULT_ADMISSION_TIMEOUT_MS = 2000;
/**
 * Bodies up to this size are "small": a sigstore-style entry is 2-10 KiB, and within the limits (limits.ts) even
 * the costliest small entry needs only milliseconds.
 */
const SMALL_REQUEST_BYTES = 64 * 1024;
/** Entry admission spread over worker threads; `admit` behaves like admitEntryBody, asynchronously. */
class AdmissionPool {
    slots = [];
    queue = [];
    nextId = 1;
    closed = false;
    maxPending;
    timeoutMs;
    constructor(options = {}) {
        const threads = options.threads ?? Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - 1);
        this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING_ADMISSIONS;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_ADMISSION_TIMEOUT_MS;
        for (let i = 0; i < threads; i++) {
            if (!this.addSlot(threads >= 2 && i === threads - 1))
                break;
        }
    }
    /**
     * Resolves once every worker started by the constructor has loaded or failed, so a server can start serving
     * with its admission capacity in place (workers load in ~0.1 s from the bundle, ~1 s from TypeScript sources).
     */
    ready() {
        const starting = this.slots.filter((s) => !s.ready && !s.dead);
        let timer;
        // A worker that neither loads nor fails does not hold start-up forever; requests then wait for it.
        const giveUp = new Promise((resolve) => {
            timer = setTimeout(resolve, READY_WAIT_MS);
            timer.unref();
        });
        const loaded = Promise.all(starting.map((slot) => new Promise((resolve) => {
            const done = () => resolve();
            slot.worker.once('message', done);
            slot.worker.once('exit', done);
            slot.worker.once('error', done);
        })));
        return Promise.race([loaded, giveUp]).then(() => clearTimeout(timer));
    }
    /** Threads currently able to take work. */
    get readyThreads() {
        return this.slots.filter((s) => s.ready && !s.dead).length;
    }
    admit(body, opts) {
        return this.run({ job: 'entry', body, opts }).then((reply) => {
            if (!reply.ok)
                throw (0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .errorFromReply */ .hZ)(reply);
            if (!('entry' in reply))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('INTERNAL', 'admission worker answered another request kind');
            return reply.entry;
        });
    }
    /** admitV2EntryBody off the event loop (Rekor v2 writes). */
    admitV2(body) {
        return this.run({ job: 'entry-v2', body }).then((reply) => {
            if (!reply.ok)
                throw (0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .errorFromReply */ .hZ)(reply);
            if (!('entry' in reply))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('INTERNAL', 'admission worker answered another request kind');
            return reply.entry;
        });
    }
    /** planSearchBody off the event loop. */
    planSearch(body) {
        return this.run({ job: 'search', body }).then((reply) => {
            if (!reply.ok)
                throw (0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .errorFromReply */ .hZ)(reply);
            if (!('plan' in reply))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('INTERNAL', 'admission worker answered another request kind');
            return reply.plan;
        });
    }
    /** Stops the workers; requests still queued or running are admitted inline. Idempotent. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        const slots = this.slots.splice(0);
        for (const slot of slots) {
            slot.dead = true;
            const current = slot.current;
            if (current !== undefined) {
                clearTimeout(current.timer);
                slot.current = undefined;
                this.queue.unshift(current.pending);
            }
        }
        for (const pending of this.queue.splice(0))
            pending.resolve(answerInline(pending.job, 0));
        await Promise.all(slots.map((slot) => slot.worker.terminate()));
    }
    run(job) {
        if (this.closed || this.slots.length === 0)
            return Promise.resolve().then(() => answerInline(job, 0));
        const running = this.slots.filter((s) => s.current !== undefined).length;
        if (this.queue.length + running >= this.maxPending) {
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CodedError */ .AK('QUEUE_FULL', `${this.maxPending} entries are waiting for admission; retry shortly`, {
                details: { maxPending: this.maxPending },
            }));
        }
        return new Promise((resolve) => {
            this.queue.push({ job, resolve });
            this.dispatch();
        });
    }
    /** Hands queued requests to idle ready workers, oldest first (the small lane: the oldest small one). */
    dispatch() {
        // Should every general worker be gone (one that fails to load is not replaced), the lane takes anything.
        const lanes = this.slots.some((s) => !s.smallOnly);
        for (const slot of this.slots) {
            if (this.queue.length === 0)
                return;
            if (!slot.ready || slot.dead || slot.current !== undefined)
                continue;
            const small = lanes && slot.smallOnly;
            const index = small ? this.queue.findIndex((p) => p.job.body.byteLength <= SMALL_REQUEST_BYTES) : 0;
            const [pending] = index < 0 ? [] : this.queue.splice(index, 1);
            if (pending !== undefined)
                this.start(slot, pending);
        }
    }
    start(slot, pending) {
        const id = this.nextId++;
        const timer = setTimeout(() => this.overBudget(slot), this.timeoutMs);
        slot.current = { id, pending, timer };
        const { job } = pending;
        // The body is copied (not transferred): request bodies may share Node's pooled buffer memory.
        slot.worker.postMessage(wireRequest(job, id));
    }
    /** The running request took longer than its budget: answer it, and replace the worker that is stuck on it. */
    overBudget(slot) {
        const current = slot.current;
        if (current === undefined)
            return;
        slot.current = undefined;
        current.pending.resolve(timeoutReply(current.id, this.timeoutMs, 'admitting this request'));
        this.retire(slot);
        this.addSlot(slot.smallOnly);
        this.afterSlotsChanged();
    }
    /** Starts a worker in a new slot; false when none can start here. */
    addSlot(smallOnly) {
        if (this.closed)
            return false;
        let worker;
        try {
            worker = startWorker();
        }
        catch {
            worker = undefined; // no workers here (e.g. a restricted runtime)
        }
        if (worker === undefined)
            return false;
        const slot = { worker, smallOnly, ready: false, dead: false };
        this.slots.push(slot);
        worker.unref(); // an idle pool never keeps the process alive
        worker.on('message', (message) => {
            if (slot.dead)
                return;
            if (message === READY) {
                slot.ready = true;
                this.dispatch();
                return;
            }
            if (!(0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .isAdmitReply */ .yB)(message) || slot.current?.id !== message.id)
                return;
            const { pending, timer } = slot.current;
            clearTimeout(timer);
            slot.current = undefined;
            pending.resolve(message);
            this.dispatch();
        });
        const fail = () => {
            if (slot.dead)
                return;
            const current = slot.current;
            slot.current = undefined;
            // A worker that dies on a request (never expected: admission throws only CodedErrors) fails that request
            // rather than retrying it on the next worker; one that dies before it is ready is not replaced.
            if (current !== undefined) {
                clearTimeout(current.timer);
                current.pending.resolve({ id: current.id, ok: false, code: 'INTERNAL', message: 'admission worker stopped' });
            }
            const wasReady = slot.ready;
            this.retire(slot);
            if (wasReady)
                this.addSlot(slot.smallOnly);
            this.afterSlotsChanged();
        };
        worker.on('error', fail);
        worker.on('exit', fail);
        return true;
    }
    retire(slot) {
        slot.dead = true;
        const index = this.slots.indexOf(slot);
        if (index >= 0)
            this.slots.splice(index, 1);
        void slot.worker.terminate();
    }
    /** With no worker left at all, what is queued is admitted inline (as a pool without threads does). */
    afterSlotsChanged() {
        if (this.slots.length > 0) {
            this.dispatch();
            return;
        }
        for (const pending of this.queue.splice(0))
            pending.resolve(answerInline(pending.job, 0));
    }
}
function wireRequest(job, id) {
    return job.job === 'entry'
        ? { id, job: 'entry', body: job.body, maxAttestationBytes: job.opts.maxAttestationBytes }
        : { id, job: job.job, body: job.body };
}
function answerInline(job, id) {
    return (0,_admission_js__WEBPACK_IMPORTED_MODULE_6__/* .answerAdmitRequest */ .bJ)(wireRequest(job, id));
}
function timeoutReply(id, timeoutMs, what) {
    return {
        id,
        ok: false,
        code: 'ADMISSION_TIMEOUT',
        message: `${what} took longer than the server's ${timeoutMs} ms budget; retry later, or send a smaller entry`,
        details: { timeoutMs },
    };
}
/**
 * A worker that ends up evaluating this very module (see the header), or undefined when there is no way here.
 * - TypeScript sources (tsx, vitest): Node cannot load TypeScript itself and workers do not inherit loader
 *   hooks, so the worker registers tsx and imports this file.
 * - This module's own file (a bundle that holds it in its entry file): the file as is.
 * - The ncc CLI bundle, where `provlog serve` is a lazily loaded chunk (NNN.index.js) beside the CLI entry
 *   index.js: the worker runs the entry, which on a worker thread imports only this module (src/cli/index.ts).
 */
function startWorker() {
    const self = new URL(import.meta.url);
    const options = { workerData: { kind: WORKER_KIND } };
    if (self.pathname.endsWith('.ts')) {
        const source = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); })`;
        return new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(source, { ...options, eval: true });
    }
    if (self.protocol !== 'file:')
        return undefined;
    const file = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(self);
    if (!CHUNK_RE.test((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)))
        return new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(self, options);
    const entry = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), 'index.js');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(entry) ? new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker((0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(entry), options) : undefined;
}
/** File names ncc gives lazily loaded chunks. */
const CHUNK_RE = /^[0-9]+\.index\.js$/;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zq: () => (/* binding */ MAX_RETRIEVE_ITEMS),
  bJ: () => (/* binding */ answerAdmitRequest),
  hZ: () => (/* binding */ errorFromReply),
  yB: () => (/* binding */ isAdmitReply),
  d$: () => (/* binding */ isAdmitRequest)
});

// UNUSED EXPORTS: admitEntryBody, admitV2EntryBody, planSearchBody

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/rekor/dsse.ts
var dsse = __webpack_require__(1986);
// EXTERNAL MODULE: ./src/core/rekor/entry.ts + 1 modules
var entry = __webpack_require__(2974);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/keys/digest-signature.ts
var digest_signature = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/core/rekor/hashedrekord.ts
var hashedrekord = __webpack_require__(3027);
// EXTERNAL MODULE: ./src/core/rekor/verifier.ts
var rekor_verifier = __webpack_require__(6965);
;// CONCATENATED MODULE: ./src/core/rekor/hashedrekord-admit.ts
/**
 * The log's admission of a Rekor `hashedrekord` v0.0.1 request: strict decoding, the algorithm allow-list,
 * and the signature verified over the digest (which needs @noble/curves; see keys/digest-signature.ts).
 */





/** Server-side admission of a hashedrekord spec (Node code ENTRY_MALFORMED). */
function admitHashedRekord(spec) {
    spec.onlyKeys(['data', 'signature']);
    const data = spec.get('data').onlyKeys(['hash']);
    const hash = (0,hashedrekord/* decodeHash */.$C)(data.get('hash').onlyKeys(['algorithm', 'value']));
    const sigNode = spec.get('signature').onlyKeys(['content', 'publicKey']);
    const signature = sigNode.get('content').base64();
    if (signature.byteLength === 0)
        sigNode.get('content').fail('must not be empty');
    const keyNode = sigNode.get('publicKey').onlyKeys(['content']).get('content');
    const verifier = (0,rekor_verifier/* decodeVerifierField */.hT)(keyNode);
    (0,hashedrekord/* checkHashedRekordAlgorithm */.Yj)(verifier, hash.algorithm, keyNode.path);
    const hexDigest = hash.value.toLowerCase();
    const digest = (0,bytes/* fromHex */.aD)(hexDigest);
    if (!(0,digest_signature/* verifyDigestSignature */.E)(verifier.key, digest, hash.algorithm, signature)) {
        throw new errors/* CodedError */.AK('ENTRY_SIGNATURE_INVALID', `${sigNode.path}.content: signature does not verify over the digest with the given key`, { details: { path: `${sigNode.path}.content` } });
    }
    return {
        kind: 'hashedrekord',
        apiVersion: '0.0.1',
        body: (0,hashedrekord/* hashedRekordBodyBytes */.U1)(hash, signature, verifier.canonicalPem),
        indexKeys: [...new Set([`${hash.algorithm}:${hexDigest}`, (0,rekor_verifier/* keyIndexKey */.nu)(verifier)])],
    };
}

// EXTERNAL MODULE: ./src/core/rekor/intoto.ts
var intoto = __webpack_require__(8736);
;// CONCATENATED MODULE: ./src/core/rekor/admit.ts
/**
 * The log's admission of a POSTed Rekor v1 ProposedEntry (research/rekor-v1.md §2), dispatched on (kind,
 * apiVersion) to each kind's rules. Apart from entry.ts because admission verifies signatures, and
 * hashedrekord's needs @noble/curves: clients that only decode entries do not load it.
 */





/**
 * The log's admission check for a POSTed ProposedEntry (already JSON-parsed): strict decoding, every signature
 * verified, and the canonical body Rekor would store. Errors: ENTRY_MALFORMED (with details.path),
 * ENTRY_KIND_UNSUPPORTED, ENTRY_SIGNATURE_INVALID, INVALID_KEY, UNSUPPORTED_KEY.
 */
function admitProposedEntry(json, opts = {}) {
    const root = (0,decode/* decode */.D4)(json, 'ENTRY_MALFORMED', 'entry');
    root.onlyKeys(['apiVersion', 'kind', 'spec']);
    const { kind } = (0,entry/* entryKindOf */.C0)(root);
    const spec = root.get('spec');
    switch (kind) {
        case 'hashedrekord':
            return admitHashedRekord(spec);
        case 'dsse':
            return (0,dsse/* admitDsse */.Pg)(spec, opts);
        case 'intoto':
            return (0,intoto/* admitIntoto */.FO)(spec, opts);
    }
}

// EXTERNAL MODULE: ./src/core/bundle/bundle.ts
var bundle = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/core/json/canonical.ts + 1 modules
var canonical = __webpack_require__(1214);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys_keys = __webpack_require__(8670);
;// CONCATENATED MODULE: ./src/core/rekor/hashedrekord-v2.ts
/**
 * Admission of a Rekor v2 `hashedRekordRequestV002` (research/tiles-perf.md §1.2): a signature over a digest,
 * the verifier given as DER (SPKI or certificate) with explicit `keyDetails`. The logged body is the JCS of
 * `{apiVersion:"0.0.2", kind:"hashedrekord", spec:{hashedRekordV002:{data, signature}}}`.
 * Pure (no I/O); it lives beside the v2 route because only that route needs it (candidate for core/rekor).
 */








/** Rekor v2's default allow-list (protobuf-specs PublicKeyDetails names). Pure Ed25519 is not allowed. */
const KEY_DETAILS = {
    PKIX_ECDSA_P256_SHA_256: { algorithm: 'ecdsa-p256', hash: 'sha256' },
    PKIX_ECDSA_P384_SHA_384: { algorithm: 'ecdsa-p384', hash: 'sha384' },
    PKIX_ECDSA_P521_SHA_512: { algorithm: 'ecdsa-p521', hash: 'sha512' },
    PKIX_ED25519_PH: { algorithm: 'ed25519', hash: 'sha512' },
    PKIX_RSA_PKCS1V15_2048_SHA256: { algorithm: 'rsa', hash: 'sha256' },
    PKIX_RSA_PKCS1V15_3072_SHA256: { algorithm: 'rsa', hash: 'sha256' },
    PKIX_RSA_PKCS1V15_4096_SHA256: { algorithm: 'rsa', hash: 'sha256' },
};
/** Decodes and verifies a CreateEntryRequest; ENTRY_KIND_UNSUPPORTED for anything but hashedrekord v0.0.2. */
function admitHashedRekordV2(request) {
    const keys = request.keys();
    if (keys.includes('dsseRequestV002')) {
        throw new errors/* CodedError */.AK('ENTRY_KIND_UNSUPPORTED', 'invalid type, must be hashedrekord (DSSE goes in as a digest of its PAE)');
    }
    request.onlyKeys(['hashedRekordRequestV002']);
    const req = request.get('hashedRekordRequestV002').onlyKeys(['digest', 'signature']);
    const digest = req.get('digest').bytes();
    const sigNode = req.get('signature').onlyKeys(['content', 'verifier']);
    const signature = sigNode.get('content').bytes();
    if (signature.byteLength === 0)
        sigNode.get('content').fail('must not be empty');
    const verifierNode = sigNode.get('verifier').onlyKeys(['publicKey', 'x509Certificate', 'keyDetails']);
    const keyDetails = verifierNode.get('keyDetails').oneOf(Object.keys(KEY_DETAILS));
    const details = KEY_DETAILS[keyDetails];
    if (details === undefined)
        return verifierNode.get('keyDetails').fail('unsupported');
    const publicKey = verifierNode.optional('publicKey');
    const certificate = verifierNode.optional('x509Certificate');
    const holder = publicKey ?? certificate;
    if (holder === undefined || (publicKey !== undefined && certificate !== undefined)) {
        return verifierNode.fail('needs exactly one of publicKey, x509Certificate');
    }
    const rawNode = holder.onlyKeys(['rawBytes']).get('rawBytes');
    const der = rawNode.bytes();
    const verifier = (0,rekor_verifier/* parseVerifierPem */.I$)((0,keys_keys/* formatPem */.uy)(publicKey ? 'PUBLIC KEY' : 'CERTIFICATE', der), rawNode.path);
    if (verifier.key.algorithm !== details.algorithm) {
        throw new errors/* CodedError */.AK('UNSUPPORTED_KEY', `${verifierNode.path}.keyDetails ${keyDetails} does not match the ${verifier.key.algorithm} key`);
    }
    (0,hashedrekord/* checkHashedRekordAlgorithm */.Yj)(verifier, details.hash, rawNode.path);
    if (digest.byteLength !== keys_keys/* DIGEST_BYTES */.x4[details.hash]) {
        req.get('digest').fail(`expected a ${keys_keys/* DIGEST_BYTES */.x4[details.hash]}-byte ${details.hash} digest`);
    }
    if (!(0,digest_signature/* verifyDigestSignature */.E)(verifier.key, digest, details.hash, signature)) {
        throw new errors/* CodedError */.AK('ENTRY_SIGNATURE_INVALID', `${sigNode.path}.content: signature does not verify over the digest`);
    }
    const body = (0,canonical/* canonicalJsonBytes */.qJ)({
        apiVersion: '0.0.2',
        kind: 'hashedrekord',
        spec: {
            hashedRekordV002: {
                data: { algorithm: bundle/* HASH_ALGORITHM_NAMES */.c5[details.hash], digest: (0,bytes/* toBase64 */.nk)(digest) },
                signature: {
                    content: (0,bytes/* toBase64 */.nk)(signature),
                    verifier: {
                        keyDetails,
                        [publicKey ? 'publicKey' : 'x509Certificate']: { rawBytes: (0,bytes/* toBase64 */.nk)(der) },
                    },
                },
            },
        },
    });
    return {
        kind: 'hashedrekord',
        apiVersion: '0.0.2',
        body,
        indexKeys: [`${details.hash}:${(0,bytes/* toHex */.nj)(digest)}`, (0,rekor_verifier/* keyIndexKey */.nu)(verifier)],
    };
}

// EXTERNAL MODULE: ./src/adapters/http/request.ts
var http_request = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/adapters/http/status.ts
var http_status = __webpack_require__(3276);
;// CONCATENATED MODULE: ./src/adapters/http/admission.ts
/**
 * The CPU-bound part of the requests that carry proposed entries, from their raw body bytes: a POSTed Rekor v1
 * ProposedEntry (JSON decoding, every signature checked, the canonical body computed) and a SearchLogQuery
 * (`POST /api/v1/log/entries/retrieve`, whose proposed entries are admitted to find their UUIDs). Pure, so the
 * server runs it on worker threads (admission-pool.ts) with a time budget; this module is what the workers call,
 * and the wire form below is how a worker's answer crosses the thread boundary without changing it.
 */







/** Rekor's cap on the sum of entryUUIDs + logIndexes + entries in one retrieve request. */
const MAX_RETRIEVE_ITEMS = 10;
/**
 * JSON errors as readJsonBody raises them; admission errors prefixed "error processing entry: " as Rekor
 * words them.
 */
function admitEntryBody(body, opts) {
    const json = (0,http_request/* parseJsonBody */.Y2)(body);
    try {
        return admitProposedEntry(json, opts);
    }
    catch (error) {
        (0,http_request/* withPrefix */.Fe)(error, 'error processing entry: ');
    }
}
/** A Rekor v2 CreateEntryRequest body (hashedRekordRequestV002), errors prefixed "invalid entry: " as Rekor v2. */
function admitV2EntryBody(body) {
    const request = (0,decode/* decode */.D4)((0,http_request/* parseJsonBody */.Y2)(body), 'ENTRY_MALFORMED', 'CreateEntryRequest');
    try {
        return admitHashedRekordV2(request);
    }
    catch (error) {
        (0,http_request/* withPrefix */.Fe)(error, 'invalid entry: ');
    }
}
/** Decodes a SearchLogQuery body and admits its proposed entries (BAD_REQUEST / the entry's own codes). */
function planSearchBody(body) {
    const root = (0,decode/* decode */.D4)((0,http_request/* parseJsonBody */.Y2)(body), 'BAD_REQUEST', 'SearchLogQuery').onlyKeys([
        'entryUUIDs',
        'logIndexes',
        'entries',
    ]);
    const uuidNodes = root.optional('entryUUIDs')?.array() ?? [];
    const indexNodes = root.optional('logIndexes')?.array() ?? [];
    const proposed = root.optional('entries')?.array() ?? [];
    const items = uuidNodes.length + indexNodes.length + proposed.length;
    if (items > MAX_RETRIEVE_ITEMS)
        return { ok: false, items };
    const uuids = uuidNodes.map((n) => n.string());
    const indexes = indexNodes.map((n) => n.uint());
    const proposedUuids = proposed.map((node) => (0,entry/* entryUuid */.G4)(admitAt(node.value, node.path).body));
    return { ok: true, uuids, indexes, proposedUuids };
}
/** admitProposedEntry with errors prefixed by where the entry sits in the request. */
function admitAt(json, path) {
    try {
        return admitProposedEntry(json);
    }
    catch (error) {
        (0,http_request/* withPrefix */.Fe)(error, `${path}: `);
    }
}
/** Runs one request; never throws (every failure becomes an error reply). */
function answerAdmitRequest(request) {
    try {
        if (request.job === 'search')
            return { id: request.id, ok: true, plan: planSearchBody(request.body) };
        if (request.job === 'entry-v2')
            return { id: request.id, ok: true, entry: admitV2EntryBody(request.body) };
        const entry = admitEntryBody(request.body, { maxAttestationBytes: request.maxAttestationBytes });
        return { id: request.id, ok: true, entry };
    }
    catch (error) {
        const coded = (0,errors/* toCodedError */.Bt)(error);
        return {
            id: request.id,
            ok: false,
            code: coded.code,
            message: coded.message,
            ...(coded.details === undefined ? {} : { details: coded.details }),
        };
    }
}
/** The error a failed reply stands for, as the same code, message and details the inline path throws. */
function errorFromReply(reply) {
    const code = isErrorCode(reply.code) ? reply.code : 'INTERNAL';
    return new errors/* CodedError */.AK(code, reply.message, reply.details === undefined ? {} : { details: reply.details });
}
function isErrorCode(code) {
    return Object.hasOwn(http_status/* HTTP_STATUS */.gx, code);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
/** Checks a message from a worker (our own code sent it, but the boundary is still untyped). */
function isAdmitReply(value) {
    if (!isRecord(value) || typeof value.id !== 'number')
        return false;
    if (value.ok === true) {
        if (isRecord(value.plan))
            return typeof value.plan.ok === 'boolean';
        return isRecord(value.entry) && value.entry.body instanceof Uint8Array;
    }
    return value.ok === false && typeof value.code === 'string' && typeof value.message === 'string';
}
function isAdmitRequest(value) {
    if (!isRecord(value) || typeof value.id !== 'number' || !(value.body instanceof Uint8Array))
        return false;
    if (value.job === 'search' || value.job === 'entry-v2')
        return true;
    return (value.job === 'entry' && (value.maxAttestationBytes === undefined || typeof value.maxAttestationBytes === 'number'));
}


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ queryInt),
/* harmony export */   Fe: () => (/* binding */ withPrefix),
/* harmony export */   Y2: () => (/* binding */ parseJsonBody),
/* harmony export */   nE: () => (/* binding */ readJsonBody)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/** Decoding of request parts shared by the route modules: JSON bodies (depth-capped) and strict query integers. */



/** Parses a request body as JSON: strict UTF-8, depth-capped before JSON.parse (INVALID_ENCODING / INVALID_JSON). */
function readJsonBody(request) {
    return parseJsonBody(request.body);
}
/** readJsonBody on the raw bytes (what an admission worker receives). */
function parseJsonBody(body) {
    if (body.byteLength === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_JSON', 'request body is empty; expected JSON');
    const text = (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .ar)(body, 'request body');
    return (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(text, 'request body');
}
/**
 * A decimal query parameter (`^[0-9]+$`, a safe integer, at least `min`), as Rekor's swagger declares them.
 * Returns undefined when absent and not required.
 */
function queryInt(request, name, options = {}) {
    const all = request.query.getAll(name);
    if (all.length === 0) {
        if (options.required)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `query parameter ${name} is required`);
        return undefined;
    }
    const [raw] = all;
    if (all.length > 1 || raw === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `query parameter ${name} is repeated`);
    if (!/^[0-9]{1,16}$/.test(raw)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `query parameter ${name} must be a non-negative decimal integer`);
    }
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `query parameter ${name} is too large`);
    const min = options.min ?? 0;
    if (value < min)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `query parameter ${name} must be at least ${min}`);
    return value;
}
/** Re-raises a coded error with a prefix on its message (Rekor: "error processing entry: …"). */
function withPrefix(error, prefix) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(error.code, `${prefix}${error.message}`, { cause: error, details: error.details });
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INTERNAL', `${prefix}${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
    });
}


/***/ }),

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V_: () => (/* binding */ responseForError),
/* harmony export */   gx: () => (/* binding */ HTTP_STATUS),
/* harmony export */   yj: () => (/* binding */ errorResponse)
/* harmony export */ });
/* unused harmony export RETRY_AFTER_SECONDS */
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * The ONE table from ErrorCode to HTTP status for the log server, and the Rekor error body.
 *
 * Rekor v1 answers every failure with `{"code": <HTTP status>, "message": "..."}` (research/rekor-v1.md §1,
 * go-openapi `Error`); clients key off the HTTP status, sigstore-js shows `message`. We keep that shape and add
 * our own code in the `X-Provlog-Error` header so tests and our client can tell failures apart without parsing
 * messages. Every code a request can provoke maps to a 4xx: a client mistake is never a 500.
 */


const HTTP_STATUS = {
    // input decoding
    INVALID_JSON: 400,
    INVALID_FIELD: 400,
    INVALID_ENCODING: 400,
    INVALID_KEY: 400,
    UNSUPPORTED_KEY: 400,
    TOO_LARGE: 413,
    // merkle
    INDEX_OUT_OF_RANGE: 400,
    INCLUSION_PROOF_INVALID: 400,
    CONSISTENCY_PROOF_INVALID: 400,
    // notes
    NOTE_MALFORMED: 400,
    CHECKPOINT_MALFORMED: 400,
    NOTE_SIGNATURE_INVALID: 400,
    NOTE_NOT_SIGNED: 400,
    // DSSE / in-toto
    DSSE_MALFORMED: 400,
    DSSE_SIGNATURE_INVALID: 400,
    STATEMENT_MALFORMED: 400,
    // Rekor entries
    ENTRY_MALFORMED: 400,
    ENTRY_KIND_UNSUPPORTED: 400,
    ENTRY_SIGNATURE_INVALID: 400,
    ENTRY_ID_MALFORMED: 400,
    ENTRY_LIMIT_EXCEEDED: 400,
    // bundles and trust roots (not raised by the server; a request carrying one is still a client mistake)
    BUNDLE_MALFORMED: 400,
    BUNDLE_MEDIA_TYPE_UNSUPPORTED: 400,
    TRUST_ROOT_MALFORMED: 400,
    TLOG_ENTRY_MISSING: 400,
    TLOG_UNKNOWN_LOG: 400,
    TLOG_KEY_NOT_VALID_AT_TIME: 400,
    TLOG_SET_INVALID: 400,
    TLOG_PROOF_MISSING: 400,
    TLOG_INCLUSION_INVALID: 400,
    TLOG_CHECKPOINT_INVALID: 400,
    TLOG_BODY_MISMATCH: 400,
    TLOG_INTEGRATED_TIME_INVALID: 400,
    ARTIFACT_DIGEST_MISMATCH: 400,
    SIGNATURE_INVALID: 400,
    KEY_UNTRUSTED: 400,
    CERT_CHAIN_INVALID: 400,
    CERT_NOT_VALID_AT_TIME: 400,
    SCT_INVALID: 400,
    IDENTITY_MISMATCH: 400,
    TIMESTAMP_INVALID: 400,
    SIGNING_CONFIG_MALFORMED: 400,
    SIGNING_CONFIG_NO_SERVICE: 400,
    POLICY_MALFORMED: 400,
    POLICY_VIOLATION: 400,
    POLICY_CHANGED: 400,
    POLICY_EXCEPTION_INVALID: 400,
    SUBJECT_LINK_ESCAPES: 400,
    SPLIT_VIEW: 400,
    PROVENANCE_MISMATCH: 400,
    LOG_ENTRY_NOT_PROVEN: 400,
    // the log server
    NOT_FOUND: 404,
    DUPLICATE_ENTRY: 409,
    BAD_REQUEST: 400,
    METHOD_NOT_ALLOWED: 405,
    QUEUE_FULL: 503,
    SHUTTING_DOWN: 503,
    STORAGE_CORRUPT: 500,
    STORAGE_FAILURE: 500,
    ADMISSION_TIMEOUT: 503,
    REQUEST_TIMEOUT: 408,
    // clients of remote services (the server never raises these for a request)
    LOG_UNREACHABLE: 502,
    LOG_RESPONSE_INVALID: 502,
    LOG_REJECTED: 400,
    GITHUB_API_ERROR: 502,
    GITHUB_PERMISSION: 403,
    RELEASE_NOT_FOUND: 404,
    RELEASE_IMMUTABLE: 409,
    OIDC_TOKEN_INVALID: 400,
    // the certificate authority (Fulcio answers token problems with 401 Unauthenticated)
    OIDC_ISSUER_UNTRUSTED: 401,
    OIDC_ALGORITHM_UNSUPPORTED: 401,
    OIDC_KEY_UNKNOWN: 401,
    OIDC_SIGNATURE_INVALID: 401,
    OIDC_AUDIENCE_MISMATCH: 401,
    OIDC_TOKEN_EXPIRED: 401,
    OIDC_TOKEN_NOT_YET_VALID: 401,
    OIDC_ISSUER_UNREACHABLE: 503,
    PROOF_OF_POSSESSION_INVALID: 400,
    CA_UNREACHABLE: 502,
    CA_REJECTED: 400,
    CA_RESPONSE_INVALID: 502,
    // entry points
    USAGE: 400,
    FILE_UNREADABLE: 500,
    NO_SUBJECTS: 400,
    SIGNING_KEY_MISSING: 500,
    INTERNAL: 500,
};
/** Seconds a client should wait before retrying a 503 (write queue full, or shutting down). */
const RETRY_AFTER_SECONDS = 1;
/** A Rekor error response for a status and message, with our code in a header. */
function errorResponse(status, message, code) {
    const headers = {
        'content-type': 'application/json',
        'x-provlog-error': code,
    };
    if (status === 503)
        headers['retry-after'] = String(RETRY_AFTER_SECONDS);
    return { status, headers, body: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(`${JSON.stringify({ code: status, message })}\n`) };
}
/**
 * Maps anything thrown by a handler to a response. Server-side faults keep their message out of the body
 * (it may name files); the caller logs them.
 */
function responseForError(error) {
    const coded = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toCodedError */ .Bt)(error);
    const status = HTTP_STATUS[coded.code];
    const message = status >= 500 && status !== 503 ? 'internal server error' : coded.message;
    return errorResponse(status, message, coded.code);
}


/***/ }),

/***/ 6773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ verifyDigestSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _noble_curves_ed25519_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1185);
/* harmony import */ var _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(895);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/**
 * Signature verification over a precomputed digest, as Rekor's hashedrekord signs: ECDSA (DER) over the
 * digest, Ed25519ph, RSA PKCS#1 v1.5 DigestInfo. node:crypto cannot verify a bare ECDSA digest or Ed25519ph,
 * so this uses @noble/curves. It is a module of its own so that only the paths that meet hashedrekord (log
 * admission, bundle verification) load noble: importing it costs ~20-35 ms of start-up, measured on
 * `provlog attest`, which signs and checks DSSE only.
 */





/** ASN.1 DigestInfo header per hash (RFC 8017 §9.2 note 1), decoded once: the digest follows it. */
const DIGEST_INFO_PREFIX = {
    sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
    sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};
/**
 * Verifies a signature made over a precomputed digest (Rekor hashedrekord). ECDSA: DER over the digest;
 * Ed25519: Ed25519ph; RSA: PKCS#1 v1.5 DigestInfo.
 */
function verifyDigestSignature(key, digest, hash, signature) {
    try {
        switch (key.algorithm) {
            case 'ecdsa-p256':
            case 'ecdsa-p384':
            case 'ecdsa-p521': {
                const curve = key.algorithm === 'ecdsa-p256' ? _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_3__/* .p256 */ .s9 : key.algorithm === 'ecdsa-p384' ? _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_3__/* .p384 */ .sL : _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_3__/* .p521 */ .Bt;
                const point = rawEcPoint(key);
                return curve.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false });
            }
            case 'ed25519': {
                if (hash !== 'sha512')
                    return false;
                return _noble_curves_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .ed25519ph */ .oI.verify(signature, digest, (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .rawEd25519PublicKey */ .QE)(key));
            }
            case 'rsa': {
                const decrypted = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: key.keyObject, padding: 1 /* RSA_PKCS1_PADDING */ }, signature);
                const expected = Buffer.concat([DIGEST_INFO_PREFIX[hash], digest]);
                return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(new Uint8Array(decrypted), new Uint8Array(expected));
            }
        }
    }
    catch {
        return false;
    }
}
/** Uncompressed EC points per KeyObject (immutable), so a trusted key is exported once, not per signature. */
const ecPoints = new WeakMap();
function rawEcPoint(key) {
    const cached = ecPoints.get(key.keyObject);
    if (cached !== undefined)
        return cached;
    const jwk = key.keyObject.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x ?? '', 'base64url');
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    const point = new Uint8Array(Buffer.concat([Buffer.from([4]), x, y]));
    ecPoints.set(key.keyObject, point);
    return point;
}


/***/ })

};
