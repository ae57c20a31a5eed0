export const id = 223;
export const ids = [223];
export const modules = {

/***/ 3223:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ startLogServer)
/* harmony export */ });
/* unused harmony exports KEY_FILE, IDENTITY_FILE, TRUSTED_ROOT_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1462);
/* harmony import */ var _log_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3927);
/* harmony import */ var _crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9825);
/* harmony import */ var _storage_sqlite_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6547);
/* harmony import */ var _admission_pool_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1607);
/* harmony import */ var _rekor_v1_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9738);
/* harmony import */ var _rekor_v2_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3252);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3456);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4646);
/* harmony import */ var _tiles_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3368);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_admission_pool_js__WEBPACK_IMPORTED_MODULE_9__]);
_admission_pool_js__WEBPACK_IMPORTED_MODULE_9__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
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
async function startLogServer(options) {
    const host = options.host ?? '127.0.0.1';
    const dataDir = options.dataDir;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dataDir, { recursive: true, mode: 0o700 });
    const signer = (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_7__/* .signerFromPem */ .jM)(readOrCreateKey((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dataDir, KEY_FILE)), 'log key');
    const router = new _router_js__WEBPACK_IMPORTED_MODULE_12__/* .Router */ .I();
    const http = await (0,_server_js__WEBPACK_IMPORTED_MODULE_13__/* .listenHttp */ .iR)(router, host, options.port ?? 3000, {
        ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
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
        storage = (0,_storage_sqlite_js__WEBPACK_IMPORTED_MODULE_8__/* .openSqliteStorage */ .O)(dataDir);
        log = _log_log_js__WEBPACK_IMPORTED_MODULE_6__/* .TransparencyLog */ .bg.open({
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
    // Signature checks run on availableParallelism() - 1 worker threads, off the event loop.
    const admission = new _admission_pool_js__WEBPACK_IMPORTED_MODULE_9__.AdmissionPool();
    (0,_rekor_v1_js__WEBPACK_IMPORTED_MODULE_10__/* .registerRekorV1 */ .O)(router, log, { admit: (body) => admission.admit(body, {}) });
    (0,_rekor_v2_js__WEBPACK_IMPORTED_MODULE_11__/* .registerRekorV2 */ .t)(router, log);
    (0,_tiles_js__WEBPACK_IMPORTED_MODULE_14__/* .registerTiles */ .vx)(router, log);
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
        close() {
            closing ??= (async () => {
                // Stop accepting and let in-flight requests (and so their writes) finish; then the log drains its
                // queue and closes SQLite.
                await http.close();
                await admission.close();
                await log.close();
            })();
            return closing;
        },
    };
}
function urlHost(host) {
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
/** The log's ECDSA P-256 key: created once with mode 0600, never printed. */
function readOrCreateKey(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, (0,_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_7__/* .generatePrivateKeyPem */ .Ai)('ecdsa-p256'), { mode: 0o600, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(path, 0o600);
    }
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o077;
    if (mode !== 0 && process.platform !== 'win32') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `${path} is readable by other users (mode ${(mode | 0o600).toString(8)}); run chmod 600 on it`);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
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
/* unused harmony export MAX_RETRIEVE_ITEMS */
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _core_rekor_admit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2974);
/* harmony import */ var _core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6965);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2812);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4646);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3276);
/**
 * Rekor v1 REST routes (research/rekor-v1.md §1): shapes, status codes, headers and error bodies as Rekor
 * sends them. Handlers are thin: decode the request, call the admission check or the log, encode the answer.
 */










/** Rekor's cap on the sum of entryUUIDs + logIndexes + entries in one retrieve request. */
const MAX_RETRIEVE_ITEMS = 10;
const ENTRY_PATH = '/api/v1/log/entries';
function registerRekorV1(router, log, options) {
    router
        .get('/ping', () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'pong' }))
        .get('/api/v1/log', (req) => getLogInfo(log, req))
        .get('/api/v1/log/publicKey', (req) => getPublicKey(log, req))
        .get('/api/v1/log/proof', (req) => getLogProof(log, req))
        .post(ENTRY_PATH, (req) => createLogEntry(log, req, options.admit))
        .get(ENTRY_PATH, (req) => getEntryByIndex(log, req))
        .post('/api/v1/log/entries/retrieve', (req) => searchLogQuery(log, req))
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
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, {
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
    const firstSize = (0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .queryInt */ .Ah)(req, 'firstSize', { min: 1 }) ?? 1;
    const lastSize = (0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .queryInt */ .Ah)(req, 'lastSize', { required: true, min: 1 }) ?? 1;
    if (firstSize > lastSize) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `firstSize(${firstSize}) must be less than lastSize(${lastSize})`);
    }
    const head = log.head();
    if (lastSize > head.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `the tree size requested(${lastSize}) was greater than what is currently observable(${head.size})`);
    }
    const hashes = log.consistencyProof(firstSize, lastSize);
    // Rekor (Trillian) returns the CURRENT root here; clients verify against their own newer checkpoint.
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, { rootHash: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)(head.rootHash), hashes: hashes.map(_core_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj) });
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
        const response = (0,_status_js__WEBPACK_IMPORTED_MODULE_9__/* .errorResponse */ .yj)(409, `an equivalent entry already exists in the transparency log with UUID ${uuid}`, 'DUPLICATE_ENTRY');
        return { ...response, headers: { ...response.headers, location: `${ENTRY_PATH}/${uuid}` } };
    }
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(201, entryMap(view), { etag: view.uuid, location: `${ENTRY_PATH}/${view.uuid}` });
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
    const index = (0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .queryInt */ .Ah)(req, 'logIndex', { required: true }) ?? 0;
    const view = log.entryByIndex(index);
    return view === undefined ? NOT_FOUND_EMPTY : (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, entryMap(view));
}
function getEntryByUuid(log, req) {
    const view = log.entryByUuid(req.params[0] ?? '');
    return view === undefined ? NOT_FOUND_EMPTY : (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, entryMap(view));
}
function searchLogQuery(log, req) {
    const root = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)((0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonBody */ .nE)(req), 'BAD_REQUEST', 'SearchLogQuery').onlyKeys([
        'entryUUIDs',
        'logIndexes',
        'entries',
    ]);
    const uuids = root.optional('entryUUIDs')?.array() ?? [];
    const indexes = root.optional('logIndexes')?.array() ?? [];
    const proposed = root.optional('entries')?.array() ?? [];
    const total = uuids.length + indexes.length + proposed.length;
    if (total > MAX_RETRIEVE_ITEMS) {
        return (0,_status_js__WEBPACK_IMPORTED_MODULE_9__/* .errorResponse */ .yj)(422, `more than max allowed ${MAX_RETRIEVE_ITEMS} entries in request`, 'TOO_LARGE');
    }
    const found = [];
    for (const node of uuids)
        found.push(log.entryByUuid(node.string()));
    for (const node of indexes)
        found.push(log.entryByIndex(node.uint()));
    for (const node of proposed) {
        let body;
        try {
            body = (0,_core_rekor_admit_js__WEBPACK_IMPORTED_MODULE_4__/* .admitProposedEntry */ .M)(node.value).body;
        }
        catch (error) {
            (0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .withPrefix */ .Fe)(error, `${node.path}: `);
        }
        found.push(log.entryByUuid((0,_core_rekor_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .entryUuid */ .G4)(body)));
    }
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, found.filter((v) => v !== undefined).map((v) => entryMap(v)));
}
const HASH_RE = /^(?:(sha256:)?[0-9a-f]{64}|sha1:[0-9a-f]{40}|sha512:[0-9a-f]{128})$/;
const KEY_FORMATS = ['pgp', 'x509', 'minisign', 'ssh', 'tuf'];
function searchIndex(log, req) {
    const root = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)((0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonBody */ .nE)(req), 'BAD_REQUEST', 'SearchIndex').onlyKeys([
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
    return (0,_server_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonResponse */ .Yf)(200, uuids);
}
/**
 * The index key of a public key or certificate (PEM, or DER SPKI): hex SHA-256 of its canonical PEM, computed by
 * the same code that indexes entries (core/rekor/verifier.ts), so any spelling of a key finds its entries.
 */
function publicKeyIndexKey(content) {
    const what = 'SearchIndex.publicKey.content';
    const text = Buffer.from(content).toString('latin1');
    const pem = text.includes('-----BEGIN') ? text : (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)('PUBLIC KEY', (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKeyDer */ .f)(content, what).spki);
    return (0,_core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIndexKey */ .nu)((0,_core_rekor_verifier_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVerifierPem */ .I$)(pem, what));
}


/***/ }),

/***/ 3252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ registerRekorV2)
});

// UNUSED EXPORTS: formatTransparencyLogEntryV2

// EXTERNAL MODULE: ./src/core/bundle/codec.ts + 2 modules
var codec = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/bundle/bundle.ts
var bundle = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/json/canonical.ts + 1 modules
var canonical = __webpack_require__(1214);
// EXTERNAL MODULE: ./src/core/keys/digest-signature.ts
var digest_signature = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys_keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/rekor/hashedrekord.ts
var hashedrekord = __webpack_require__(3027);
// EXTERNAL MODULE: ./src/core/rekor/verifier.ts
var rekor_verifier = __webpack_require__(6965);
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
// EXTERNAL MODULE: ./src/adapters/http/server.ts
var server = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/adapters/http/status.ts
var http_status = __webpack_require__(3276);
;// CONCATENATED MODULE: ./src/adapters/http/rekor-v2.ts
/**
 * Rekor v2 write path (research/tiles-perf.md §1.2): `POST /api/v2/log/entries` with a hashedRekordRequestV002,
 * answered with a protobuf-specs `TransparencyLogEntry` in proto3 JSON (int64 as strings, bytes as base64). As
 * in Rekor v2 there is no SET and integratedTime is 0: clients take time from a timestamp authority and the
 * tree from the checkpoint. Duplicates: 409 with `x-log-index`.
 */







function registerRekorV2(router, log) {
    router.post('/api/v2/log/entries', (req) => createEntryV2(log, req));
}
async function createEntryV2(log, req) {
    const request = (0,decode/* decode */.D4)((0,http_request/* readJsonBody */.nE)(req), 'ENTRY_MALFORMED', 'CreateEntryRequest');
    let admitted;
    try {
        admitted = admitHashedRekordV2(request);
    }
    catch (error) {
        (0,http_request/* withPrefix */.Fe)(error, 'invalid entry: ');
    }
    let view;
    try {
        view = await log.add(admitted);
    }
    catch (error) {
        if (error instanceof errors/* CodedError */.AK && error.code === 'DUPLICATE_ENTRY') {
            const index = error.details?.index;
            const response = (0,http_status/* errorResponse */.yj)(409, 'an equivalent entry already exists in the log', 'DUPLICATE_ENTRY');
            return { ...response, headers: { ...response.headers, 'x-log-index': String(index ?? '') } };
        }
        throw error;
    }
    return (0,server/* jsonResponse */.Yf)(201, formatTransparencyLogEntryV2(view));
}
/**
 * The Rekor v2 `TransparencyLogEntry` for a stored entry: the bundle form of the v1 entry (core/bundle), minus
 * what v2 does not promise (no SET; integratedTime 0 and therefore omitted, as proto3 JSON omits defaults).
 */
function formatTransparencyLogEntryV2(view) {
    const entry = (0,codec/* tlogEntryFromRekor */.ay)(view.uuid, view.entry);
    if (entry.inclusionProof === undefined) {
        throw new errors/* CodedError */.AK('INTERNAL', 'the log returned an entry without an inclusion proof');
    }
    const { inclusionPromise: _set, ...rest } = entry;
    return (0,codec/* formatTlogEntry */.Id)({ ...rest, integratedTime: 0 });
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
/* harmony export */   y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3276);
/**
 * node:http plumbing for the log server: body size cap (413 before a byte of an oversized body is buffered),
 * dispatch through the Router, the error table of status.ts, keep-alive, and a graceful close that stops
 * accepting, lets in-flight requests finish and then drops idle keep-alive sockets.
 */



/** Rekor v2 and our v1 both cap request bodies at 4 MiB (research/tiles-perf.md §1.2). */
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
async function listenHttp(router, host, port, options = {}) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    let inFlight = 0;
    let closing = false;
    let drained;
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        inFlight++;
        res.on('close', () => {
            inFlight--;
            if (inFlight === 0 && drained !== undefined)
                drained();
        });
        if (closing)
            res.setHeader('connection', 'close');
        void handle(router, req, res, maxBodyBytes, options.onServerError);
    });
    // Slow or stalled clients must not pin sockets forever; keep-alive clients get a little longer than Node's 5 s.
    server.requestTimeout = 30_000;
    server.headersTimeout = 20_000;
    server.keepAliveTimeout = 10_000;
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
async function handle(router, req, res, maxBodyBytes, onServerError) {
    const method = req.method ?? 'GET';
    let path = '/';
    let response;
    try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        path = url.pathname;
        const match = router.match(method, path);
        const body = method === 'POST' ? await readBody(req, maxBodyBytes) : new Uint8Array(0);
        response = await match.handler({
            method,
            path,
            query: url.searchParams,
            headers: req.headers,
            body,
            params: match.params,
        });
    }
    catch (error) {
        response = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .responseForError */ .V_)(error);
        if (response.status >= 500 && response.status !== 503)
            onServerError?.(error, { method, path });
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK && error.code === 'TOO_LARGE')
            res.setHeader('connection', 'close');
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
/** Reads the whole body, refusing (TOO_LARGE) as soon as the declared or received size passes the cap. */
function readBody(req, maxBytes) {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
        req.resume();
        return Promise.reject(tooLarge(maxBytes));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let failed = false;
        req.on('data', (chunk) => {
            if (failed)
                return;
            size += chunk.byteLength;
            if (size > maxBytes) {
                failed = true;
                chunks.length = 0;
                reject(tooLarge(maxBytes));
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (!failed)
                resolve(new Uint8Array(Buffer.concat(chunks)));
        });
        req.on('error', (cause) => {
            if (!failed)
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', 'the request body could not be read', { cause }));
            failed = true;
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

/***/ 3368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vx: () => (/* binding */ registerTiles)
/* harmony export */ });
/* unused harmony exports IMMUTABLE_CACHE, SHORT_CACHE */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_tiles_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4539);
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
        tile = (0,_core_tiles_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTilePath */ .L8)(path);
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('BAD_REQUEST', `${path} is not a tlog-tiles path`, { cause });
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
        return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(bytes) };
    }
    return { status: 200, headers, body: bytes };
}
function acceptsGzip(req) {
    const value = req.headers['accept-encoding'];
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*($|,))[0-9.]+)?\s*($|,)/i.test(text);
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
/** Opens (creating if needed) the log database in `dir`. Throws STORAGE_FAILURE if SQLite cannot. */
function openSqliteStorage(dir) {
    let db;
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        db = new external_better_sqlite3_["default"]((0,external_node_path_.join)(dir, SQLITE_FILE));
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

/***/ 3927:
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

// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/merkle/tree.ts
var tree = __webpack_require__(6196);
// EXTERNAL MODULE: ./src/core/note/checkpoint.ts
var checkpoint = __webpack_require__(2452);
// EXTERNAL MODULE: ./src/core/note/note.ts
var note = __webpack_require__(9958);
;// CONCATENATED MODULE: ./src/log/head.ts
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
        throw new errors/* CodedError */.AK('INVALID_FIELD', `tree ID ${JSON.stringify(treeId)} is not a positive decimal int64`, {
            details: { path: 'treeId' },
        });
    }
    const logId = (0,keys/* keyId */.xs)(signer.publicKey);
    const keyHint = (0,note/* ecdsaKeyHint */.XW)(signer.publicKey);
    return {
        treeId,
        uuidPrefix: (0,entry/* treeIdHex */.bb)(treeId),
        logId,
        logIdHex: (0,bytes/* toHex */.nj)(logId),
        origin: (0,checkpoint/* rekorOrigin */.kg)(name, treeId),
        publicKey: signer.publicKey,
        keyHint,
        noteSigner: (0,note/* noteSigner */.h3)(name, signer, keyHint),
    };
}
/** Signs the checkpoint for (size, rootHash): one signature per batch, never per entry. */
function signTreeHead(id, size, rootHash, integratedTime) {
    const text = (0,checkpoint/* formatCheckpoint */.wP)({ origin: id.origin, size, rootHash, extensions: [] });
    return { size, rootHash, checkpoint: (0,note/* formatSignedNote */.qf)((0,note/* signNote */.qO)(text, [id.noteSigner])), integratedTime };
}
function corrupt(message, details, cause) {
    return new errors/* CodedError */.AK('STORAGE_CORRUPT', `log storage is inconsistent: ${message}; refusing to serve`, {
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
        computed = (0,tree/* rootAt */.sb)(head.size, nodes);
    }
    catch (cause) {
        throw corrupt(`cannot recompute the root of size ${head.size} from stored nodes`, { size: head.size }, cause);
    }
    const roots = { size: head.size, computedRoot: (0,bytes/* toHex */.nj)(computed), headRoot: (0,bytes/* toHex */.nj)(head.rootHash) };
    if (!(0,bytes/* bytesEqual */.O6)(computed, head.rootHash)) {
        throw corrupt(`stored nodes give root ${roots.computedRoot} but the stored head says ${roots.headRoot}`, roots);
    }
    let parsed;
    try {
        parsed = (0,checkpoint/* parseSignedCheckpoint */.Ac)(head.checkpoint);
    }
    catch (cause) {
        throw corrupt('the stored checkpoint does not parse', roots, cause);
    }
    const cp = parsed.checkpoint;
    const checkpointRoot = (0,bytes/* toHex */.nj)(cp.rootHash);
    if (cp.size !== head.size || !(0,bytes/* bytesEqual */.O6)(cp.rootHash, computed)) {
        throw corrupt(`stored nodes give root ${roots.computedRoot} at size ${head.size} but the signed checkpoint says ` +
            `${checkpointRoot} at size ${cp.size}`, { ...roots, checkpointRoot, checkpointSize: cp.size });
    }
    if ((0,checkpoint/* parseRekorOrigin */.hA)(cp.origin)?.treeId !== id.treeId) {
        throw corrupt(`checkpoint origin ${JSON.stringify(cp.origin)} is not for tree ${id.treeId}`, roots);
    }
    try {
        const verifiers = parsed.note.signatures
            .filter((s) => s.keyHint === id.keyHint)
            .map((s) => (0,note/* noteVerifier */.P8)(s.name, id.publicKey, id.keyHint));
        (0,note/* verifyNote */.W4)(parsed.note, verifiers);
    }
    catch (cause) {
        throw corrupt(`the stored checkpoint (root ${checkpointRoot}) is not signed by this log's key`, roots, cause);
    }
}

// EXTERNAL MODULE: ./src/core/rekor/set.ts
var set = __webpack_require__(4847);
;// CONCATENATED MODULE: ./src/log/batch-queue.ts
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
                throw new errors/* CodedError */.AK('INVALID_FIELD', `${name} must be a positive integer`, { details: { path: name } });
            }
        }
    }
    submit(item) {
        if (this.closing) {
            return Promise.reject(new errors/* CodedError */.AK('SHUTTING_DOWN', 'the log is shutting down and accepts no new entries'));
        }
        if (this.pending.length >= this.opts.maxPending) {
            return Promise.reject(new errors/* CodedError */.AK('QUEUE_FULL', `the write queue is full (${this.opts.maxPending} entries waiting); retry shortly`, {
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

// EXTERNAL MODULE: ./src/log/node-key.ts
var node_key = __webpack_require__(998);
// EXTERNAL MODULE: ./src/core/merkle/inclusion.ts
var inclusion = __webpack_require__(9620);
;// CONCATENATED MODULE: ./src/log/view.ts
/**
 * What the log hands out for an entry: Rekor v1's `LogEntryAnon` (research/rekor-v1.md §1) with an inclusion
 * proof against the CURRENT head and that head's signed checkpoint, plus the 80-hex entry UUID. Single shard,
 * so the virtual `logIndex` and the tree-local proof index are the same number.
 */


/** The 80-hex UUID from a stored leaf hash, without re-hashing the body. */
function uuidFromLeaf(prefix, leafHash) {
    return prefix + (0,bytes/* toHex */.nj)(leafHash);
}
/**
 * Builds the view of a stored entry at `head`. `bodyBase64` may be passed when the caller already has it (the
 * sequencer computed it for the SET) to avoid encoding the body twice.
 */
function buildEntryView(ctx, stored, head, nodes, bodyBase64 = (0,bytes/* toBase64 */.nk)(stored.body)) {
    const hashes = (0,inclusion/* inclusionProof */.nT)(stored.index, head.size, nodes).map(bytes/* toHex */.nj);
    const entry = {
        body: bodyBase64,
        integratedTime: stored.integratedTime,
        logID: ctx.logIdHex,
        logIndex: stored.index,
        verification: {
            inclusionProof: {
                logIndex: stored.index,
                treeSize: head.size,
                rootHash: (0,bytes/* toHex */.nj)(head.rootHash),
                hashes,
                checkpoint: head.checkpoint,
            },
            signedEntryTimestamp: (0,bytes/* toBase64 */.nk)(stored.set),
        },
        ...(stored.attestation === undefined ? {} : { attestation: { data: (0,bytes/* toBase64 */.nk)(stored.attestation) } }),
    };
    return { uuid: uuidFromLeaf(ctx.uuidPrefix, stored.leafHash), entry };
}

;// CONCATENATED MODULE: ./src/log/sequencer.ts
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
            this.nodes.set((0,node_key/* nodeKey */.u)(n.level, n.index), n.hash);
    }
    getNode(level, index) {
        const key = (0,node_key/* nodeKey */.u)(level, index);
        let hash = this.nodes.get(key);
        if (hash === undefined) {
            hash = this.storage.getNode(level, index);
            this.nodes.set(key, hash);
        }
        return hash;
    }
}
function duplicate(uuid, index) {
    return new errors/* CodedError */.AK('DUPLICATE_ENTRY', `an equivalent entry already exists in the log at index ${index}`, {
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
        this.queue = new BatchQueue((jobs) => this.integrate(jobs), {
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
                job.reject(duplicate(uuidFromLeaf(uuidPrefix, job.item.leafHash), existing));
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
            const failure = (0,errors/* toCodedError */.Bt)(error, 'STORAGE_FAILURE');
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
                    throw new errors/* CodedError */.AK('INTERNAL', 'sequencer lost an entry');
                job.resolve(buildEntryView(identity, entry, head, reader, bodies[i]));
            }
            catch (error) {
                job.reject((0,errors/* toCodedError */.Bt)(error));
            }
        });
        // Repeats inside one batch are answered only now: the entry they duplicate is durable.
        for (const { job, position } of repeats) {
            job.reject(duplicate(uuidFromLeaf(uuidPrefix, job.item.leafHash), old.size + position));
        }
    }
    /** Sequences, integrates, signs and durably commits `items` on top of `old`, then advances the head. */
    async commit(old, items) {
        const { storage, signer, identity, clock } = this.opts;
        const integratedTime = Math.floor(clock() / 1000);
        const bodies = items.map((s) => (0,bytes/* toBase64 */.nk)(s.entry.body));
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
                set: (0,set/* signSet */.aE)(fields, signer),
                indexKeys: [...new Set(s.entry.indexKeys.map((k) => k.toLowerCase()))],
                ...(s.entry.attestation === undefined ? {} : { attestation: s.entry.attestation }),
            };
        });
        const reader = new BatchNodeReader(storage);
        const nodes = (0,tree/* appendLeaves */.rn)(old.size, items.map((s) => s.leafHash), reader);
        reader.add(nodes);
        const size = old.size + items.length;
        if (size <= old.size)
            throw new errors/* CodedError */.AK('INTERNAL', `refusing to sign size ${size} after ${old.size}`);
        const head = signTreeHead(identity, size, (0,tree/* rootAt */.sb)(size, reader), integratedTime);
        const batch = { entries, nodes, head };
        try {
            // An async commit (e.g. a writer thread) keeps the event loop serving while the transaction is made durable.
            if (storage.commitBatchAsync === undefined)
                storage.commitBatch(batch);
            else
                await storage.commitBatchAsync(batch);
        }
        catch (error) {
            if ((0,errors/* isCodedError */.IG)(error, 'STORAGE_FAILURE'))
                throw error;
            throw new errors/* CodedError */.AK('STORAGE_FAILURE', 'the log could not store the batch; nothing of it was recorded', {
                cause: error,
            });
        }
        this.current = head;
        return { entries, bodies, head, reader };
    }
}

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
        const identity = logIdentity(signer, opts.name, meta.treeId); // validates before anything is written
        if (stored === undefined)
            storage.writeMeta(meta);
        let head = storage.head();
        if (head === undefined) {
            head = signTreeHead(identity, 0, hash/* EMPTY_ROOT */.zg, Math.floor(clock() / 1000));
            storage.commitBatch({ entries: [], nodes: [], head });
        }
        else {
            verifyStoredHead(identity, head, storage);
        }
        const sequencer = new Sequencer({
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
        return buildEntryView(this.identity, stored, head, this.storage);
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
            .map((i) => uuidFromLeaf(this.identity.uuidPrefix, this.storage.getNode(0, i)));
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


/***/ })

};
