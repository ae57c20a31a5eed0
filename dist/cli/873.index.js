export const id = 873;
export const ids = [873];
export const modules = {

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ httpExchange),
/* harmony export */   q: () => (/* binding */ HttpExchangeError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * One HTTP exchange over node:http / node:https, for the log clients.
 *
 * Why not fetch: in a short-lived CLI, the first fetch() loads and compiles undici (its JavaScript and its
 * WebAssembly HTTP parser), which cost 40-70 ms per `provlog attest` on the 2-core CI box (measured:
 * one GET with fetch 130-160 ms end to end, with node:http 88-92 ms, `node -e 0` 88 ms). The default agents
 * keep connections alive (Node >= 19) and unref idle sockets, so the log info probe and the entry upload
 * share one connection and an idle socket never holds the process open.
 */


class HttpExchangeError extends Error {
    kind;
    constructor(kind, message, cause) {
        super(message, { cause });
        this.name = 'HttpExchangeError';
        this.kind = kind;
    }
}
/** OpenSSL / Node codes for a certificate the client does not accept. */
const TLS_CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Rejects with an HttpExchangeError saying what failed: timeout, connection, TLS trust, or an oversized answer. */
function httpExchange(req) {
    const url = new URL(req.url);
    const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    return new Promise((resolve, reject) => {
        const outgoing = transport.request(url, {
            method: req.method,
            headers: { ...req.headers, ...(body === undefined ? {} : { 'content-length': String(body.length) }) },
            signal: AbortSignal.timeout(req.timeoutMs),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > req.maxResponseBytes) {
                    res.destroy(new HttpExchangeError('too-large', `the response exceeds ${req.maxResponseBytes} bytes`, undefined));
                    return;
                }
                chunks.push(chunk);
            });
            res.on('error', (error) => reject(describe(error, req.timeoutMs)));
            res.on('end', () => {
                const headers = res.headers;
                resolve({
                    status: res.statusCode ?? 0,
                    header: (name) => {
                        const value = headers[name.toLowerCase()];
                        return Array.isArray(value) ? value[0] : value;
                    },
                    text: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        outgoing.on('error', (error) => reject(describe(error, req.timeoutMs)));
        outgoing.end(body);
    });
}
function describe(error, timeoutMs) {
    if (error instanceof HttpExchangeError)
        return error;
    if (error.name === 'AbortError' || error.name === 'TimeoutError') {
        return new HttpExchangeError('timeout', `no answer within ${timeoutMs} ms`, error);
    }
    const code = error.code;
    if (code !== undefined && TLS_CERTIFICATE_CODES.has(code)) {
        return new HttpExchangeError('tls', `the server's TLS certificate is not trusted (${error.message}); if it comes from a private CA, give its PEM ` +
            'file in NODE_EXTRA_CA_CERTS (provlog never turns certificate checks off)', error);
    }
    const message = code !== undefined && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    return new HttpExchangeError('network', message, error);
}


/***/ }),

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ generatePrivateKeyPem),
/* harmony export */   jM: () => (/* binding */ signerFromPem)
/* harmony export */ });
/* unused harmony export createSigner */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8670);
/** node:crypto Signer and key generation for ECDSA P-256 / Ed25519 PEM keys. */


function createSigner(key) {
    const hash = (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .hashForKey */ .z)(key.algorithm);
    return {
        publicKey: key.publicKey,
        sign(message) {
            return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hash, message, { key: key.keyObject, dsaEncoding: 'der' }));
        },
    };
}
function signerFromPem(pem, what) {
    return createSigner((0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKeyPem */ .G)(pem, what));
}
/** A fresh key pair as PEM PKCS#8 (private) — what `provlog serve` and the demo create. */
function generatePrivateKeyPem(algorithm = 'ecdsa-p256') {
    const { privateKey } = algorithm === 'ed25519' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    return (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPrivateKeyPem */ .OJ)((0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKeyPem */ .G)(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()));
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ formatHelp),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Strict flag parsing over node:util parseArgs, with usage errors as CodedError('USAGE') and one help text per
 * command built from the same option table (so --help can never drift from what is parsed).
 */


function parseCommandArgs(spec, argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
    };
    for (const [name, o] of Object.entries(spec.options)) {
        options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
    }
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
        const out = {};
        for (const [k, v] of Object.entries(values)) {
            out[k] = Array.isArray(v) ? v.map(String) : v;
        }
        for (const [name, o] of Object.entries(spec.options)) {
            if (out[name] === undefined && o.default !== undefined)
                out[name] = o.default;
        }
        return { values: out, positionals };
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('USAGE', `${cause.message.replace(/\.$/, '')} (see \`provlog ${spec.name} --help\`)`, {
            cause,
        });
    }
}
function formatHelp(spec) {
    const rows = Object.entries(spec.options).map(([name, o]) => {
        const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
        const def = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
        const many = o.multiple ? ' (repeatable)' : '';
        return [flag, `${o.help}${many}${def}`];
    });
    rows.push(['-h, --help', 'show this help']);
    const width = Math.max(...rows.map(([f]) => f.length)) + 2;
    const lines = rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`);
    return `Usage: ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${lines.join('\n')}\n`;
}
function stringValue(args, name) {
    const v = args.values[name];
    return typeof v === 'string' ? v : undefined;
}
function requiredString(args, name, spec) {
    const v = stringValue(args, name);
    if (v === undefined || v === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('USAGE', `--${name} is required (see \`provlog ${spec.name} --help\`)`);
    return v;
}
function stringList(args, name) {
    const v = args.values[name];
    if (Array.isArray(v))
        return v;
    return typeof v === 'string' ? [v] : [];
}
function booleanValue(args, name) {
    return args.values[name] === true;
}


/***/ }),

/***/ 6651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Id: () => (/* binding */ formatTlogEntry),
  QN: () => (/* binding */ parseBundle),
  fP: () => (/* binding */ serializeBundle),
  ay: () => (/* reexport */ tlogEntryFromRekor)
});

// UNUSED EXPORTS: decodeBundle, formatBundle

// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/bundle/bundle.ts
var bundle_bundle = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/core/bundle/proto-json.ts
var proto_json = __webpack_require__(817);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/bundle/rules.ts
/**
 * The structural rules a bundle must meet beyond its JSON shape, as @sigstore/bundle `validate.ts` states them
 * (assertBundleV01 / assertBundleV02 / assertBundleLatest), so a bundle we accept is one sigstore-js accepts:
 * - content: a message signature has a non-empty digest and signature; a DSSE envelope has a non-empty payload
 *   and exactly one non-empty signature;
 * - key material: certificates are non-empty (and a chain has at least one);
 * - v0.1: every tlog entry carries an inclusion promise (SET);
 * - v0.2+: every tlog entry carries an inclusion proof with a checkpoint;
 * - v0.3: no x509CertificateChain (a single `certificate` or a `publicKey` hint instead).
 */

/** Throws BUNDLE_MALFORMED naming the first rule broken (`details.path`, `details.violations` lists all). */
function assertBundleRules(bundle) {
    const violations = bundleRuleViolations(bundle);
    const first = violations[0];
    if (first !== undefined) {
        throw new errors/* CodedError */.AK('BUNDLE_MALFORMED', `bundle (v${bundle.version}) ${first.path}: ${first.problem}` +
            (violations.length > 1 ? ` (and ${violations.length - 1} more)` : ''), { details: { path: first.path, violations } });
    }
}
function bundleRuleViolations(bundle) {
    const out = [];
    const add = (path, problem) => out.push({ path: `bundle.${path}`, problem });
    const content = bundle.content;
    if (content.kind === 'messageSignature') {
        if (content.digest.digest.byteLength === 0)
            add('messageSignature.messageDigest.digest', 'must not be empty');
        if (content.signature.byteLength === 0)
            add('messageSignature.signature', 'must not be empty');
    }
    else {
        const env = content.envelope;
        if (env.payload.byteLength === 0)
            add('dsseEnvelope.payload', 'must not be empty');
        if (env.signatures.length !== 1) {
            add('dsseEnvelope.signatures', `must hold exactly one signature, found ${env.signatures.length}`);
        }
        else if (env.signatures[0]?.sig.byteLength === 0) {
            add('dsseEnvelope.signatures[0].sig', 'must not be empty');
        }
    }
    const vm = bundle.verificationMaterial;
    const key = vm.content;
    if (key.kind === 'x509CertificateChain') {
        if (key.certificates.length === 0)
            add('verificationMaterial.x509CertificateChain.certificates', 'is empty');
        key.certificates.forEach((c, i) => {
            if (c.byteLength === 0)
                add(`verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`, 'is empty');
        });
        if (bundle.version === '0.3') {
            add('verificationMaterial.x509CertificateChain', 'is not allowed in a v0.3 bundle (use certificate)');
        }
    }
    else if (key.kind === 'certificate' && key.certificate.byteLength === 0) {
        add('verificationMaterial.certificate.rawBytes', 'is empty');
    }
    vm.tlogEntries.forEach((entry, i) => {
        const path = `verificationMaterial.tlogEntries[${i}]`;
        if (bundle.version === '0.1') {
            if (entry.inclusionPromise === undefined)
                add(`${path}.inclusionPromise`, 'is required in a v0.1 bundle');
        }
        else if (entry.inclusionProof === undefined) {
            add(`${path}.inclusionProof`, `is required in a v${bundle.version} bundle`);
        }
        else if (entry.inclusionProof.checkpoint === undefined) {
            add(`${path}.inclusionProof.checkpoint`, `is required in a v${bundle.version} bundle`);
        }
    });
    return out;
}

// EXTERNAL MODULE: ./src/core/merkle/hash.ts
var hash = __webpack_require__(304);
;// CONCATENATED MODULE: ./src/core/bundle/from-rekor.ts
/**
 * Rekor v1 REST entry -> bundle TransparencyLogEntry, as sigstore-js `witness/tlog` converts it
 * (research/formats.md §1.6): hex logID / rootHash / hashes become bytes, the base64 body becomes
 * canonicalizedBody, kind and version come from the body itself. The entry UUID is checked against the body
 * so a response cannot pair one entry's ID with another's body.
 */




const CODE = 'LOG_RESPONSE_INVALID';
/**
 * `uuid` is the response map key: 64 hex (leaf hash) or 80 hex (16-hex tree ID + leaf hash). Throws
 * LOG_RESPONSE_INVALID when it does not name this body or a field is not what Rekor sends.
 */
function tlogEntryFromRekor(uuid, entry) {
    const fail = (problem) => {
        throw new errors/* CodedError */.AK(CODE, `log entry ${uuid}: ${problem}`, { details: { uuid } });
    };
    let body;
    try {
        body = (0,bytes/* fromBase64 */.Ey)(entry.body, 'entry body');
    }
    catch (cause) {
        throw new errors/* CodedError */.AK(CODE, `log entry ${uuid}: body is not standard base64`, { cause });
    }
    if (!/^([0-9a-f]{16})?[0-9a-f]{64}$/.test(uuid))
        fail('the entry UUID is not 64 or 80 lowercase hex digits');
    if (uuid.slice(-64) !== (0,bytes/* toHex */.nj)((0,hash/* leafHash */.Jq)(body)))
        fail('the entry UUID does not match the leaf hash of the body');
    const kinds = (0,decode/* decodeJson */.xO)((0,bytes/* fromUtf8 */.ar)(body, 'entry body'), CODE, 'entry body');
    const out = {
        logIndex: entry.logIndex,
        logId: hex(entry.logID, 'logID', uuid),
        kind: kinds.get('kind').string(),
        version: kinds.get('apiVersion').string(),
        integratedTime: entry.integratedTime,
        canonicalizedBody: body,
    };
    const v = entry.verification;
    if (v.signedEntryTimestamp !== undefined) {
        out.inclusionPromise = { signedEntryTimestamp: b64(v.signedEntryTimestamp, 'signedEntryTimestamp', uuid) };
    }
    const p = v.inclusionProof;
    if (p !== undefined) {
        out.inclusionProof = {
            logIndex: p.logIndex,
            rootHash: hex(p.rootHash, 'inclusionProof.rootHash', uuid),
            treeSize: p.treeSize,
            hashes: p.hashes.map((h, i) => hex(h, `inclusionProof.hashes[${i}]`, uuid)),
            checkpoint: p.checkpoint,
        };
    }
    return out;
}
function hex(text, what, uuid) {
    try {
        return (0,bytes/* fromHex */.aD)(text, what);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK(CODE, `log entry ${uuid}: ${what} is not lowercase hex`, { cause });
    }
}
function b64(text, what, uuid) {
    try {
        return (0,bytes/* fromBase64 */.Ey)(text, what);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK(CODE, `log entry ${uuid}: ${what} is not standard base64`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/core/bundle/codec.ts
/**
 * Sigstore bundle JSON: reads v0.1–v0.3 (proto3 JSON, strictly: field paths in every error), writes v0.3 the
 * way sigstore-js does (`Bundle.toJSON` of @sigstore/protobuf-specs: int64 as decimal strings, standard
 * base64, defaults left out, `timestampVerificationData` always present). Spec: research/formats.md §1.
 */






const codec_CODE = 'BUNDLE_MALFORMED';
/**
 * Decodes and validates a bundle: the JSON shape, then the rules @sigstore/bundle enforces for the bundle's
 * version (rules.ts). Text that is not JSON fails INVALID_JSON; an unknown media type
 * BUNDLE_MEDIA_TYPE_UNSUPPORTED; anything else BUNDLE_MALFORMED with `details.path`.
 */
function parseBundle(json) {
    const bundle = decodeBundle(json);
    assertBundleRules(bundle);
    return bundle;
}
/**
 * The shape-only half of parseBundle: every field decoded and typed, but the version rules (inclusion promise
 * or proof present, one DSSE signature, non-empty certificates…) not applied. For diagnostics and for tests
 * that must reach the transparency-log checks of a bundle that breaks those rules.
 */
function decodeBundle(json) {
    const root = typeof json === 'string' ? (0,decode/* decodeJson */.xO)(json, codec_CODE, 'bundle') : (0,decode/* decode */.D4)(json, codec_CODE, 'bundle');
    const msg = new proto_json/* ProtoMessage */.k(root, ['mediaType', 'verificationMaterial', 'dsseEnvelope', 'messageSignature']);
    const mediaType = msg.required('mediaType').string();
    const version = (0,bundle_bundle/* bundleVersionOf */.Uq)(mediaType);
    const verificationMaterial = decodeVerificationMaterial(msg.required('verificationMaterial'));
    const content = decodeContent(msg);
    return { mediaType, version, verificationMaterial, content };
}
function decodeVerificationMaterial(node) {
    const msg = new proto_json/* ProtoMessage */.k(node, [
        'publicKey',
        'x509CertificateChain',
        'certificate',
        'tlogEntries',
        'timestampVerificationData',
    ]);
    let content;
    switch ((0,proto_json/* oneOf */.y)(msg, ['publicKey', 'x509CertificateChain', 'certificate'])) {
        case 'publicKey':
            content = { kind: 'publicKey', hint: msg.requiredMessage('publicKey', ['hint']).string('hint') };
            break;
        case 'x509CertificateChain': {
            const chain = msg.requiredMessage('x509CertificateChain', ['certificates']);
            const certificates = chain.list('certificates').map((c) => new proto_json/* ProtoMessage */.k(c, ['rawBytes']).bytes('rawBytes'));
            content = { kind: 'x509CertificateChain', certificates };
            break;
        }
        default:
            content = {
                kind: 'certificate',
                certificate: msg.requiredMessage('certificate', ['rawBytes']).bytes('rawBytes'),
            };
    }
    const tlogEntries = msg.list('tlogEntries').map(decodeTlogEntry);
    const tsData = msg.message('timestampVerificationData', ['rfc3161Timestamps']);
    const rfc3161Timestamps = (tsData?.list('rfc3161Timestamps') ?? []).map((t) => new proto_json/* ProtoMessage */.k(t, ['signedTimestamp']).bytes('signedTimestamp'));
    return { content, tlogEntries, rfc3161Timestamps };
}
function decodeTlogEntry(node) {
    const msg = new proto_json/* ProtoMessage */.k(node, [
        'logIndex',
        'logId',
        'kindVersion',
        'integratedTime',
        'inclusionPromise',
        'inclusionProof',
        'canonicalizedBody',
    ]);
    const kindVersion = msg.requiredMessage('kindVersion', ['kind', 'version']);
    const entry = {
        logIndex: msg.int64('logIndex'),
        logId: msg.requiredMessage('logId', ['keyId']).bytes('keyId'),
        kind: kindVersion.string('kind'),
        version: kindVersion.string('version'),
        integratedTime: msg.int64('integratedTime'),
        canonicalizedBody: msg.bytes('canonicalizedBody'),
    };
    const promise = msg.message('inclusionPromise', ['signedEntryTimestamp']);
    if (promise !== undefined)
        entry.inclusionPromise = { signedEntryTimestamp: promise.bytes('signedEntryTimestamp') };
    const proof = msg.message('inclusionProof', ['logIndex', 'rootHash', 'treeSize', 'hashes', 'checkpoint']);
    if (proof !== undefined) {
        const inclusionProof = {
            logIndex: proof.int64('logIndex'),
            rootHash: proof.bytes('rootHash'),
            treeSize: proof.int64('treeSize'),
            hashes: proof.list('hashes').map((h) => h.bytes()),
        };
        const checkpoint = proof.message('checkpoint', ['envelope']);
        if (checkpoint !== undefined)
            inclusionProof.checkpoint = checkpoint.string('envelope');
        entry.inclusionProof = inclusionProof;
    }
    return entry;
}
function decodeContent(msg) {
    if ((0,proto_json/* oneOf */.y)(msg, ['dsseEnvelope', 'messageSignature']) === 'messageSignature') {
        const sig = msg.requiredMessage('messageSignature', ['messageDigest', 'signature']);
        const digest = sig.requiredMessage('messageDigest', ['algorithm', 'digest']);
        return {
            kind: 'messageSignature',
            digest: {
                algorithm: digest.enumName('algorithm', bundle_bundle/* HASH_ALGORITHMS */.UH),
                digest: digest.bytes('digest'),
            },
            signature: sig.bytes('signature'),
        };
    }
    const node = msg.required('dsseEnvelope');
    const env = new proto_json/* ProtoMessage */.k(node, ['payload', 'payloadType', 'signatures']);
    const signatures = env.list('signatures').map((s) => {
        const sig = new proto_json/* ProtoMessage */.k(s, ['sig', 'keyid']);
        return { keyid: sig.string('keyid'), sig: sig.bytes('sig') };
    });
    return {
        kind: 'dsseEnvelope',
        envelope: { payloadType: env.string('payloadType'), payload: env.bytes('payload'), signatures },
        rawEnvelope: JSON.stringify(node.value),
    };
}
/** proto3 JSON int64 output form. */
function int64(n) {
    return String(n);
}
/**
 * The v0.3 JSON object (media type application/vnd.dev.sigstore.bundle.v0.3+json) for any decoded bundle.
 * The version rules are the caller's business: a v0.1 bundle with a certificate chain formats but then fails
 * parseBundle, as it should.
 */
function formatBundle(bundle) {
    const out = {
        mediaType: bundle_bundle/* BUNDLE_V03_MEDIA_TYPE */.HM,
        verificationMaterial: formatVerificationMaterial(bundle.verificationMaterial),
    };
    const content = bundle.content;
    if (content.kind === 'messageSignature') {
        const digest = {};
        if (content.digest.algorithm !== 'HASH_ALGORITHM_UNSPECIFIED')
            digest.algorithm = content.digest.algorithm;
        if (content.digest.digest.byteLength > 0)
            digest.digest = (0,bytes/* toBase64 */.nk)(content.digest.digest);
        const sig = { messageDigest: digest };
        if (content.signature.byteLength > 0)
            sig.signature = (0,bytes/* toBase64 */.nk)(content.signature);
        out.messageSignature = sig;
    }
    else {
        const env = content.envelope;
        const envelope = {};
        if (env.payload.byteLength > 0)
            envelope.payload = (0,bytes/* toBase64 */.nk)(env.payload);
        if (env.payloadType !== '')
            envelope.payloadType = env.payloadType;
        if (env.signatures.length > 0) {
            envelope.signatures = env.signatures.map((s) => {
                const sig = {};
                if (s.sig.byteLength > 0)
                    sig.sig = (0,bytes/* toBase64 */.nk)(s.sig);
                if (s.keyid !== '')
                    sig.keyid = s.keyid;
                return sig;
            });
        }
        out.dsseEnvelope = envelope;
    }
    return out;
}
function formatVerificationMaterial(vm) {
    const out = {};
    const c = vm.content;
    if (c.kind === 'publicKey')
        out.publicKey = c.hint === '' ? {} : { hint: c.hint };
    else if (c.kind === 'certificate')
        out.certificate = rawBytes(c.certificate);
    else
        out.x509CertificateChain = c.certificates.length > 0 ? { certificates: c.certificates.map(rawBytes) } : {};
    if (vm.tlogEntries.length > 0)
        out.tlogEntries = vm.tlogEntries.map(formatTlogEntry);
    out.timestampVerificationData =
        vm.rfc3161Timestamps.length > 0
            ? { rfc3161Timestamps: vm.rfc3161Timestamps.map((t) => ({ signedTimestamp: (0,bytes/* toBase64 */.nk)(t) })) }
            : {};
    return out;
}
function rawBytes(der) {
    return der.byteLength > 0 ? { rawBytes: (0,bytes/* toBase64 */.nk)(der) } : {};
}
/** One entry in proto3 JSON, member order and default omission as @sigstore/protobuf-specs writes them. */
function formatTlogEntry(e) {
    const out = {};
    if (e.logIndex !== 0)
        out.logIndex = int64(e.logIndex);
    out.logId = e.logId.byteLength > 0 ? { keyId: (0,bytes/* toBase64 */.nk)(e.logId) } : {};
    const kindVersion = {};
    if (e.kind !== '')
        kindVersion.kind = e.kind;
    if (e.version !== '')
        kindVersion.version = e.version;
    out.kindVersion = kindVersion;
    if (e.integratedTime !== 0)
        out.integratedTime = int64(e.integratedTime);
    if (e.inclusionPromise !== undefined) {
        const set = e.inclusionPromise.signedEntryTimestamp;
        out.inclusionPromise = set.byteLength > 0 ? { signedEntryTimestamp: (0,bytes/* toBase64 */.nk)(set) } : {};
    }
    if (e.inclusionProof !== undefined) {
        const p = e.inclusionProof;
        const proof = {};
        if (p.logIndex !== 0)
            proof.logIndex = int64(p.logIndex);
        if (p.rootHash.byteLength > 0)
            proof.rootHash = (0,bytes/* toBase64 */.nk)(p.rootHash);
        if (p.treeSize !== 0)
            proof.treeSize = int64(p.treeSize);
        if (p.hashes.length > 0)
            proof.hashes = p.hashes.map(bytes/* toBase64 */.nk);
        if (p.checkpoint !== undefined)
            proof.checkpoint = p.checkpoint === '' ? {} : { envelope: p.checkpoint };
        out.inclusionProof = proof;
    }
    if (e.canonicalizedBody.byteLength > 0)
        out.canonicalizedBody = (0,bytes/* toBase64 */.nk)(e.canonicalizedBody);
    return out;
}
/** The bundle file text: v0.3 JSON, compact, as sigstore-js `JSON.stringify(bundleToJSON(b))` would write it. */
function serializeBundle(bundle) {
    return JSON.stringify(formatBundle(bundle));
}


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProtoMessage),
/* harmony export */   y: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Reading protobuf messages from their proto3 JSON form (https://protobuf.dev/programming-guides/json/), the
 * encoding of Sigstore bundles and trusted roots. The rules a reader must honour and a strict reader must still
 * police:
 * - a field may be spelled lowerCamelCase (what writers emit) or as its original snake_case name, never both;
 * - a field at its default value (0, "", empty list, empty bytes) may be absent, and `null` means absent;
 * - int64 is a decimal string or a number; bytes are base64, standard or URL-safe, padded or not.
 * Unknown members are rejected: the media type versions the format, so a member we do not know is either a
 * typo or a newer format that must not be half-understood.
 */

function snakeCase(name) {
    return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
/** An object node whose members are read by proto field name. */
class ProtoMessage {
    node;
    constructor(node, fields) {
        this.node = node;
        const allowed = new Set();
        for (const f of fields) {
            allowed.add(f);
            allowed.add(snakeCase(f));
        }
        for (const key of node.keys()) {
            if (!allowed.has(key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK(node.code, `${node.path}.${key}: unknown field (allowed: ${fields.join(', ')})`, {
                    details: { path: `${node.path}.${key}` },
                });
            }
        }
        for (const f of fields) {
            const snake = snakeCase(f);
            if (snake !== f && node.optional(f) !== undefined && node.optional(snake) !== undefined) {
                node.fail(`field ${f} is given twice (as ${f} and ${snake})`);
            }
        }
    }
    /** The member, under either spelling; undefined when absent or null. */
    optional(name) {
        return this.node.optional(name) ?? this.node.optional(snakeCase(name));
    }
    required(name) {
        const n = this.optional(name);
        return n ?? this.node.get(name); // get() throws "is required" with the camelCase path
    }
    message(name, fields) {
        const n = this.optional(name);
        return n === undefined ? undefined : new ProtoMessage(n, fields);
    }
    requiredMessage(name, fields) {
        return new ProtoMessage(this.required(name), fields);
    }
    string(name) {
        return this.optional(name)?.string() ?? '';
    }
    int64(name) {
        return this.optional(name)?.int64() ?? 0;
    }
    bytes(name) {
        return this.optional(name)?.bytes() ?? new Uint8Array(0);
    }
    list(name) {
        return this.optional(name)?.array() ?? [];
    }
    /** An enum given by name (or by number, which proto3 JSON readers also accept). */
    enumName(name, values) {
        const n = this.optional(name);
        if (n === undefined)
            return values[0];
        if (typeof n.value === 'number') {
            const byNumber = Number.isInteger(n.value) ? values[n.value] : undefined;
            return byNumber ?? n.fail(`unknown enum value ${n.value}`);
        }
        return n.oneOf(values);
    }
    /** A member that must be present and non-empty (e.g. a signature). */
    nonEmptyBytes(name) {
        const bytes = this.bytes(name);
        if (bytes.byteLength === 0)
            (this.optional(name) ?? this.node.get(name)).fail('must not be empty');
        return bytes;
    }
}
/** The one member of a proto `oneof` that is set; fails when none or several are. */
function oneOf(msg, members) {
    const present = members.filter((m) => msg.optional(m) !== undefined);
    if (present.length > 1)
        msg.node.fail(`only one of ${present.join(', ')} may be set`);
    const [first] = present;
    if (first === undefined)
        msg.node.fail(`one of ${members.join(', ')} is required`);
    return first;
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lQ: () => (/* binding */ buildTrustedRootForLog),
  li: () => (/* binding */ formatTrustedRoot),
  HG: () => (/* binding */ formatValidFor),
  t1: () => (/* binding */ parseTrustedRoot)
});

// UNUSED EXPORTS: TRUSTED_ROOT_MEDIA_TYPE, decodeValidFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/bundle/bundle.ts
var bundle = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/core/bundle/proto-json.ts
var proto_json = __webpack_require__(817);
;// CONCATENATED MODULE: ./src/core/bundle/timestamp.ts
const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
/** Unix seconds, or null when the text is not a valid RFC 3339 date-time. */
function parseRfc3339(text) {
    const m = RFC3339_RE.exec(text);
    if (m === null)
        return null;
    const field = (i) => Number(m[i]);
    const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return null;
    const days = Date.UTC(year, month - 1, day) / 86_400_000;
    if (new Date(days * 86_400_000).getUTCDate() !== day)
        return null; // 31 February and friends
    let offset = 0;
    const zone = m[8] ?? 'Z';
    if (zone !== 'Z' && zone !== 'z') {
        const oh = Number(zone.slice(1, 3));
        const om = Number(zone.slice(4, 6));
        if (oh > 23 || om > 59)
            return null;
        offset = (zone[0] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    const whole = days * 86_400 + hour * 3600 + minute * 60 + second - offset;
    const micros = Math.round(Number(`0${m[7] ?? ''}`) * 1e6);
    return micros === 0 ? whole : whole + micros / 1e6;
}
/** RFC 3339 in UTC with "Z": no fraction for whole seconds (as the public-good root writes), else 3 or 6 digits. */
function formatRfc3339(seconds) {
    const whole = Math.floor(seconds);
    const micros = Math.round((seconds - whole) * 1e6);
    const base = new Date(whole * 1000).toISOString().slice(0, 19);
    if (micros === 0)
        return `${base}Z`;
    const fraction = micros % 1000 === 0 ? String(micros / 1000).padStart(3, '0') : String(micros).padStart(6, '0');
    return `${base}.${fraction}Z`;
}
/** Reads a Timestamp member through the node's error code and path. */
function decodeTimestamp(node) {
    const seconds = parseRfc3339(node.string());
    return seconds ?? node.fail('is not an RFC 3339 date-time such as 2021-01-12T11:53:27Z');
}

;// CONCATENATED MODULE: ./src/core/bundle/trust.ts
/**
 * Sigstore TrustedRoot (protobuf-specs `sigstore_trustroot.proto`; research/formats.md §1.10): the logs, CAs,
 * CT logs and timestamp authorities a verifier trusts, each with a validity window. Read from proto3 JSON
 * (media type `application/vnd.dev.sigstore.trustedroot+json;version=0.1`, the form the public-good root still
 * uses, or the newer `trustedroot.v0.1+json` / `v0.2+json`), written back in the same shape.
 */








const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const MEDIA_TYPES = [
    TRUSTED_ROOT_MEDIA_TYPE,
    'application/vnd.dev.sigstore.trustedroot.v0.1+json',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
const KEY_DETAILS = {
    PUBLIC_KEY_DETAILS_UNSPECIFIED: 0,
    PKCS1_RSA_PKCS1V5: 1,
    PKCS1_RSA_PSS: 2,
    PKIX_RSA_PKCS1V5: 3,
    PKIX_RSA_PSS: 4,
    PKIX_ECDSA_P256_SHA_256: 5,
    PKIX_ECDSA_P256_HMAC_SHA_256: 6,
    PKIX_ED25519: 7,
    PKIX_ED25519_PH: 8,
    PKIX_RSA_PKCS1V15_2048_SHA256: 9,
    PKIX_RSA_PKCS1V15_3072_SHA256: 10,
    PKIX_RSA_PKCS1V15_4096_SHA256: 11,
    PKIX_ECDSA_P384_SHA_384: 12,
    PKIX_ECDSA_P521_SHA_512: 13,
    LMS_SHA256: 14,
    LMOTS_SHA256: 15,
    PKIX_RSA_PSS_2048_SHA256: 16,
    PKIX_RSA_PSS_3072_SHA256: 17,
    PKIX_RSA_PSS_4096_SHA256: 18,
    PKIX_ECDSA_P384_SHA_256: 19,
    PKIX_ECDSA_P521_SHA_256: 20,
    ML_DSA_65: 21,
    ML_DSA_87: 22,
    ML_DSA_44: 23,
};
const CODE = 'TRUST_ROOT_MALFORMED';
/**
 * Decodes a TrustedRoot (object or JSON text). Every key must load (node:crypto), so a root is usable
 * as a whole or rejected: TRUST_ROOT_MALFORMED with `details.path`, INVALID_JSON for text that is not JSON.
 */
function parseTrustedRoot(json) {
    const root = typeof json === 'string' ? (0,decode/* decodeJson */.xO)(json, CODE, 'trustedRoot') : (0,decode/* decode */.D4)(json, CODE, 'trustedRoot');
    const msg = new proto_json/* ProtoMessage */.k(root, [
        'mediaType',
        'tlogs',
        'certificateAuthorities',
        'ctlogs',
        'timestampAuthorities',
    ]);
    const mediaType = msg.required('mediaType').oneOf(MEDIA_TYPES);
    return {
        mediaType,
        tlogs: msg.list('tlogs').map(decodeTlogInstance),
        certificateAuthorities: msg.list('certificateAuthorities').map(decodeAuthority),
        ctlogs: msg.list('ctlogs').map(decodeTlogInstance),
        timestampAuthorities: msg.list('timestampAuthorities').map(decodeAuthority),
    };
}
function decodeTlogInstance(node) {
    const msg = new proto_json/* ProtoMessage */.k(node, ['baseUrl', 'hashAlgorithm', 'publicKey', 'logId', 'checkpointKeyId', 'operator']);
    const key = msg.requiredMessage('publicKey', ['rawBytes', 'keyDetails', 'validFor']);
    const keyDetails = decodeKeyDetails(key.optional('keyDetails'));
    const rawKeyNode = key.required('rawBytes');
    const rawKey = rawKeyNode.bytes();
    const instance = {
        baseUrl: msg.required('baseUrl').nonEmptyString(),
        hashAlgorithm: msg.enumName('hashAlgorithm', bundle/* HASH_ALGORITHMS */.UH),
        publicKey: loadKey(rawKeyNode, rawKey, keyDetails),
        rawKey,
        keyDetails,
        logId: msg.requiredMessage('logId', ['keyId']).nonEmptyBytes('keyId'),
        validFor: decodeValidFor(key.optional('validFor')),
    };
    const checkpointKeyId = msg.message('checkpointKeyId', ['keyId']);
    if (checkpointKeyId !== undefined)
        instance.checkpointKeyId = checkpointKeyId.bytes('keyId');
    const operator = msg.string('operator');
    if (operator !== '')
        instance.operator = operator;
    return instance;
}
function decodeKeyDetails(node) {
    if (node === undefined)
        return 'PUBLIC_KEY_DETAILS_UNSPECIFIED';
    if (typeof node.value === 'number') {
        const byNumber = Object.entries(KEY_DETAILS).find(([, n]) => n === node.value)?.[0];
        return byNumber ?? node.fail(`unknown key details value ${node.value}`);
    }
    const name = node.string();
    if (!Object.hasOwn(KEY_DETAILS, name))
        node.fail(`unknown key details "${name}"`);
    return name;
}
/** PKCS1_* key details carry a PKCS#1 RSAPublicKey rather than an SPKI; both load to the same PublicKey. */
function loadKey(node, raw, keyDetails) {
    try {
        if (keyDetails.startsWith('PKCS1_')) {
            const spki = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(raw), format: 'der', type: 'pkcs1' }).export({
                type: 'spki',
                format: 'der',
            });
            return (0,keys/* parsePublicKeyDer */.f)(new Uint8Array(spki), node.path);
        }
        return (0,keys/* parsePublicKeyDer */.f)(raw, node.path);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK(CODE, `${node.path}: ${keyDetails} key does not load: ${cause.message}`, {
            cause,
            details: { path: node.path },
        });
    }
}
function decodeValidFor(node) {
    if (node === undefined)
        return { start: 0 };
    const msg = new proto_json/* ProtoMessage */.k(node, ['start', 'end']);
    const start = msg.optional('start');
    const end = msg.optional('end');
    const out = { start: start === undefined ? 0 : decodeTimestamp(start) };
    if (end !== undefined) {
        out.end = decodeTimestamp(end);
        if (out.end < out.start)
            end.fail('is before start');
    }
    return out;
}
function decodeAuthority(node) {
    const msg = new proto_json/* ProtoMessage */.k(node, ['subject', 'uri', 'certChain', 'validFor', 'operator']);
    const subject = msg.message('subject', ['organization', 'commonName']);
    const chain = msg.requiredMessage('certChain', ['certificates']);
    const certChain = chain.list('certificates').map((c) => new proto_json/* ProtoMessage */.k(c, ['rawBytes']).nonEmptyBytes('rawBytes'));
    if (certChain.length === 0)
        chain.node.fail('certificates must not be empty');
    const ca = {
        subject: { organization: subject?.string('organization') ?? '', commonName: subject?.string('commonName') ?? '' },
        uri: msg.string('uri'),
        certChain,
        validFor: decodeValidFor(msg.optional('validFor')),
    };
    const operator = msg.string('operator');
    if (operator !== '')
        ca.operator = operator;
    return ca;
}
/** The TrustedRoot as proto3 JSON, member order and default omission as @sigstore/protobuf-specs writes it. */
function formatTrustedRoot(root) {
    const out = { mediaType: root.mediaType };
    if (root.tlogs.length > 0)
        out.tlogs = root.tlogs.map(formatTlogInstance);
    if (root.certificateAuthorities.length > 0)
        out.certificateAuthorities = root.certificateAuthorities.map(formatCa);
    if (root.ctlogs.length > 0)
        out.ctlogs = root.ctlogs.map(formatTlogInstance);
    if (root.timestampAuthorities.length > 0)
        out.timestampAuthorities = root.timestampAuthorities.map(formatCa);
    return out;
}
function formatValidFor(v) {
    const out = { start: formatRfc3339(v.start) };
    if (v.end !== undefined)
        out.end = formatRfc3339(v.end);
    return out;
}
function formatTlogInstance(t) {
    const out = { baseUrl: t.baseUrl };
    if (t.hashAlgorithm !== 'HASH_ALGORITHM_UNSPECIFIED')
        out.hashAlgorithm = t.hashAlgorithm;
    const key = { rawBytes: (0,bytes/* toBase64 */.nk)(t.rawKey) };
    if (t.keyDetails !== 'PUBLIC_KEY_DETAILS_UNSPECIFIED')
        key.keyDetails = t.keyDetails;
    key.validFor = formatValidFor(t.validFor);
    out.publicKey = key;
    out.logId = { keyId: (0,bytes/* toBase64 */.nk)(t.logId) };
    if (t.checkpointKeyId !== undefined)
        out.checkpointKeyId = { keyId: (0,bytes/* toBase64 */.nk)(t.checkpointKeyId) };
    if (t.operator !== undefined)
        out.operator = t.operator;
    return out;
}
function formatCa(ca) {
    const subject = {};
    if (ca.subject.organization !== '')
        subject.organization = ca.subject.organization;
    if (ca.subject.commonName !== '')
        subject.commonName = ca.subject.commonName;
    const out = { subject };
    if (ca.uri !== '')
        out.uri = ca.uri;
    out.certChain = { certificates: ca.certChain.map((c) => ({ rawBytes: (0,bytes/* toBase64 */.nk)(c) })) };
    out.validFor = formatValidFor(ca.validFor);
    if (ca.operator !== undefined)
        out.operator = ca.operator;
    return out;
}
/** protobuf-specs PublicKeyDetails for the key types a provlog log can sign with. */
function keyDetailsFor(key) {
    switch (key.algorithm) {
        case 'ecdsa-p256':
            return 'PKIX_ECDSA_P256_SHA_256';
        case 'ecdsa-p384':
            return 'PKIX_ECDSA_P384_SHA_384';
        case 'ecdsa-p521':
            return 'PKIX_ECDSA_P521_SHA_512';
        case 'ed25519':
            return 'PKIX_ED25519';
        case 'rsa':
            throw new errors/* CodedError */.AK('UNSUPPORTED_KEY', 'an RSA key cannot sign a provlog log (use ECDSA P-256 or Ed25519)');
    }
}
/**
 * A TrustedRoot JSON object that trusts exactly one Rekor-v1-compatible log: logId = SHA-256(SPKI), key valid
 * from `start` (unix seconds). The start is rounded DOWN to the whole second (DESIGN.md §5): integrated times
 * are whole seconds, so a start written to the millisecond would reject entries from the log's first second.
 */
function buildTrustedRootForLog(args) {
    if (!Number.isFinite(args.start) || args.start < 0) {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `trusted root start ${args.start} is not a unix time in seconds`);
    }
    const tlog = {
        baseUrl: args.baseUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: args.publicKey,
        rawKey: args.publicKey.spki,
        keyDetails: keyDetailsFor(args.publicKey),
        logId: (0,keys/* keyId */.xs)(args.publicKey),
        validFor: { start: Math.floor(args.start) },
    };
    return formatTrustedRoot({
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: [tlog],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
    });
}


/***/ }),

/***/ 9620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nT: () => (/* binding */ inclusionProof),
/* harmony export */   yR: () => (/* binding */ verifyInclusion)
/* harmony export */ });
/* unused harmony export rootFromInclusionProof */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(304);
/* harmony import */ var _math_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3566);
/* harmony import */ var _proof_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5369);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6196);
/**
 * Inclusion (audit) proofs: RFC 6962 §2.1.1 PATH for generation, RFC 9162 §2.1.3.2 for verification.
 * Proof order is leaf-sibling first, root-child last (as Rekor and every Sigstore client expect).
 */






/**
 * PATH(index, D[size]) (RFC 6962 §2.1.1) from stored nodes. Walking down from the root, each step's sibling is
 * either a complete subtree (one read) or — only at the first step into a left half — the compact range to
 * the right edge (popcount reads), so the total is below 2·log2(size) reads.
 */
function inclusionProof(index, size, reader) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertIndexInTree */ .gU)(index, size);
    const rootToLeaf = [];
    let start = 0;
    let end = size;
    while (end - start > 1) {
        const k = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .splitPoint */ .bW)(end - start);
        if (index < start + k) {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start + k, end, reader));
            end = start + k;
        }
        else {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start, start + k, reader));
            start += k;
        }
    }
    return rootToLeaf.reverse();
}
/**
 * Recomputes the root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1–5). Throws
 * INDEX_OUT_OF_RANGE if index >= size and INCLUSION_PROOF_INVALID if the proof has the wrong length or
 * a hash that is not 32 bytes; the caller still has to compare the result with a trusted root.
 */
function rootFromInclusionProof(index, size, leafHash, proof) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertIndexInTree */ .gU)(index, size);
    if (leafHash.byteLength !== _hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_SIZE */ .Ts) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INCLUSION_PROOF_INVALID', `leaf hash is ${leafHash.byteLength} bytes, expected ${_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_SIZE */ .Ts}`);
    }
    (0,_proof_input_js__WEBPACK_IMPORTED_MODULE_4__/* .assertProofHashes */ .F)(proof, 'INCLUSION_PROOF_INVALID');
    let fn = index;
    let sn = size - 1;
    let r = leafHash;
    for (const p of proof) {
        if (sn === 0)
            throw wrongLength(proof.length, 'too long');
        if ((0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) || fn === sn) {
            r = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(p, r);
            if (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn)) {
                // Right edge of an incomplete tree: skip the levels where this node has no sibling.
                do {
                    fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
                    sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
                } while (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) && fn !== 0);
            }
        }
        else {
            r = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(r, p);
        }
        fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
        sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
    }
    if (sn !== 0)
        throw wrongLength(proof.length, 'too short');
    return r;
}
function wrongLength(length, how) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INCLUSION_PROOF_INVALID', `inclusion proof of ${length} hashes is ${how} for this tree`, {
        details: { length },
    });
}
/** Throws unless `proof` shows leaf `leafHash` at `index` in the tree of `size` with root `root` (RFC 9162 §2.1.3.2). */
function verifyInclusion(index, size, leafHash, proof, root) {
    const computed = rootFromInclusionProof(index, size, leafHash, proof);
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(computed, root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INCLUSION_PROOF_INVALID', 'inclusion proof does not lead to the expected root hash', {
            details: { index, size },
        });
    }
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isOdd),
/* harmony export */   MX: () => (/* binding */ half),
/* harmony export */   Sl: () => (/* binding */ assertSize),
/* harmony export */   bW: () => (/* binding */ splitPoint),
/* harmony export */   gU: () => (/* binding */ assertIndexInTree),
/* harmony export */   r6: () => (/* binding */ isPowerOfTwo)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Integer helpers for tree arithmetic. Tree sizes go past 2^32, so nothing here uses JS bitwise
 * operators (they truncate to 32 bits); sizes are plain numbers kept within Number.MAX_SAFE_INTEGER.
 */

/** Throws INDEX_OUT_OF_RANGE unless `value` is a safe non-negative integer. */
function assertSize(value, what) {
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INDEX_OUT_OF_RANGE', `${what} must be a non-negative safe integer, got ${String(value)}`, {
            details: { [what]: value },
        });
    }
}
/** Throws INDEX_OUT_OF_RANGE unless 0 <= index < size (both safe integers). */
function assertIndexInTree(index, size) {
    assertSize(index, 'index');
    assertSize(size, 'size');
    if (index >= size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INDEX_OUT_OF_RANGE', `leaf index ${index} is not inside a tree of size ${size}`, {
            details: { index, size },
        });
    }
}
/** k in RFC 6962 §2.1: the largest power of two strictly smaller than n (n >= 2). */
function splitPoint(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}
function isPowerOfTwo(n) {
    let p = 1;
    while (p < n)
        p *= 2;
    return p === n;
}
function isOdd(n) {
    return n % 2 === 1;
}
function half(n) {
    return Math.floor(n / 2);
}


/***/ }),

/***/ 5369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ assertProofHashes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(304);


function assertProofHashes(proof, code) {
    proof.forEach((hash, i) => {
        if (hash.byteLength !== _hash_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_SIZE */ .Ts) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK(code, `proof hash ${i} is ${hash.byteLength} bytes, expected ${_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_SIZE */ .Ts}`, {
                details: { position: i, length: hash.byteLength },
            });
        }
    });
}


/***/ }),

/***/ 6196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ subtreeRoot),
/* harmony export */   rn: () => (/* binding */ appendLeaves),
/* harmony export */   sb: () => (/* binding */ rootAt)
/* harmony export */ });
/* unused harmony exports rootFromLeaves, memoryNodeReader */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(304);
/* harmony import */ var _math_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3566);
/**
 * Storage-backed Merkle tree (RFC 6962 §2.1, RFC 9162 §2.1.1). Storage holds only COMPLETE subtrees
 * (perfect, aligned: node (level, index) covers leaves [index·2^level, (index+1)·2^level)), which never change
 * once written. Anything else — the root of a tree whose size is not a power of two, the right-hand sibling in
 * a proof — is folded from the few complete subtrees that tile the range (a "compact range"), so every
 * operation reads O(log n) nodes and nothing ever loads the whole tree.
 */



function assertHash(hash, what) {
    if (hash === undefined || hash.byteLength !== _hash_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_SIZE */ .Ts) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INVALID_FIELD', `${what} must be a ${_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_SIZE */ .Ts}-byte SHA-256 hash`);
    }
    return hash;
}
/**
 * MTH(D[start:end]) (RFC 6962 §2.1) from stored nodes. For the ranges proofs use — `start` a multiple of the
 * power of two >= the range length — every piece is one stored node, so this costs popcount(end-start) reads.
 * Any other range is still answered correctly by the same recursion, at the cost of more reads.
 */
function subtreeRoot(start, end, reader) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(start, 'start');
    (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(end, 'end');
    if (end < start) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('INDEX_OUT_OF_RANGE', `range [${start}, ${end}) is reversed`, { details: { start, end } });
    }
    return end === start ? _hash_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_ROOT */ .zg : rangeRoot(start, end - start, reader);
}
function rangeRoot(start, count, reader) {
    if ((0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .isPowerOfTwo */ .r6)(count) && start % count === 0) {
        return reader.getNode(Math.log2(count), start / count);
    }
    const k = (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPoint */ .bW)(count);
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeHash */ .zB)(rangeRoot(start, k, reader), rangeRoot(start + k, count - k, reader));
}
/** Root hash of the tree of the first `size` leaves; popcount(size) reads; size 0 gives EMPTY_ROOT. */
function rootAt(size, reader) {
    return subtreeRoot(0, size, reader);
}
/**
 * The complete-subtree nodes that come into existence when `leafHashes` are appended to a tree of `oldSize`:
 * each new leaf (level 0), then every parent it completes. Appending leaf i completes one node per trailing
 * one-bit of i, so a batch costs amortised one hash per leaf; old nodes are read only along the left frontier.
 * Returned in completion order — exactly the rows a log stores for the batch.
 */
function appendLeaves(oldSize, leafHashes, reader) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(oldSize, 'oldSize');
    (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(oldSize + leafHashes.length, 'newSize');
    const out = [];
    // The left sibling of a new node at `level` is the previous node of that level: either completed earlier in
    // this batch (remembered here) or already stored.
    const lastNew = [];
    leafHashes.forEach((leaf, offset) => {
        let node = { level: 0, index: oldSize + offset, hash: assertHash(leaf, `leaf hash ${offset}`) };
        out.push(node);
        while ((0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .isOdd */ .Aq)(node.index)) {
            const prev = lastNew[node.level];
            const left = prev !== undefined && prev.index === node.index - 1 ? prev.hash : reader.getNode(node.level, node.index - 1);
            node = { level: node.level + 1, index: (0,_math_js__WEBPACK_IMPORTED_MODULE_2__/* .half */ .MX)(node.index), hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeHash */ .zB)(left, node.hash) };
            out.push(node);
        }
        lastNew[node.level] = node;
    });
    return out;
}
/** MTH of a list of leaf hashes, computed directly by the RFC 6962 §2.1 recursion (in memory). */
function rootFromLeaves(leaves) {
    return leaves.length === 0 ? EMPTY_ROOT : mth(leaves, 0, leaves.length);
}
function mth(leaves, start, end) {
    if (end - start === 1)
        return assertHash(leaves[start], `leaf hash ${start}`);
    const k = splitPoint(end - start);
    return nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end));
}
/** Builds every complete node of the tree over `leafHashes` in memory (tests and small trees). */
function memoryNodeReader(leafHashes) {
    const levels = [leafHashes.map((h, i) => assertHash(h, `leaf hash ${i}`))];
    for (let below = levels[0] ?? []; below.length >= 2;) {
        const above = [];
        for (let i = 0; i + 1 < below.length; i += 2)
            above.push(nodeHash(at(below, i), at(below, i + 1)));
        levels.push(above);
        below = above;
    }
    return {
        getNode(level, index) {
            const hash = levels[level]?.[index];
            if (hash === undefined) {
                throw new CodedError('INDEX_OUT_OF_RANGE', `no complete node at level ${level}, index ${index}`, {
                    details: { level, index, size: leafHashes.length },
                });
            }
            return hash;
        },
        allNodes() {
            return levels.flatMap((hashes, level) => hashes.map((hash, index) => ({ level, index, hash })));
        },
    };
}
function at(hashes, i) {
    const h = hashes[i];
    if (h === undefined)
        throw new CodedError('INTERNAL', `missing hash ${i}`);
    return h;
}


/***/ }),

/***/ 2452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseSignedCheckpoint),
/* harmony export */   hA: () => (/* binding */ parseRekorOrigin),
/* harmony export */   kg: () => (/* binding */ rekorOrigin),
/* harmony export */   wP: () => (/* binding */ formatCheckpoint)
/* harmony export */ });
/* unused harmony export parseCheckpoint */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _note_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9958);
/**
 * C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint, v1.0.0): the signed-note text
 *   <origin>\n<tree size, decimal>\n<base64 root hash>\n[<extension line>\n]*
 * and Rekor v1's origin form `<hostname> - <treeID>` (research/rekor-v1.md §5; 2023 Rekor checkpoints carry a
 * `Timestamp: <unix nanos>` extension line). Parsing is strict: formatCheckpoint(parseCheckpoint(t)) === t.
 */



const DECIMAL_RE = /^(?:0|[1-9][0-9]*)$/;
/** Control characters (C0, DEL, C1), `\n` included: none may appear inside one line. */
const CONTROL_RE = /\p{Cc}/u;
const MAX_INT64 = 9223372036854775807n;
const ROOT_HASH_BYTES = 32;
function malformed(problem) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('CHECKPOINT_MALFORMED', `checkpoint: ${problem}`);
}
function checkLine(line, what) {
    if (line.length === 0)
        malformed(`${what} is empty`);
    if (CONTROL_RE.test(line))
        malformed(`${what} contains a control character`);
}
function parseSize(text) {
    if (!DECIMAL_RE.test(text))
        malformed('tree size is not a decimal number without leading zeros');
    const size = Number(text);
    if (!Number.isSafeInteger(size))
        malformed('tree size is larger than 2^53 - 1');
    return size;
}
function parseRootHash(text) {
    let hash;
    try {
        hash = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(text, 'checkpoint root hash');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('CHECKPOINT_MALFORMED', 'checkpoint: root hash is not standard padded base64', { cause });
    }
    if (hash.byteLength !== ROOT_HASH_BYTES || (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(hash) !== text) {
        malformed(`root hash is not the canonical base64 of ${ROOT_HASH_BYTES} bytes`);
    }
    return hash;
}
/** Parses the note text of a checkpoint (CHECKPOINT_MALFORMED). */
function parseCheckpoint(text) {
    if (!text.endsWith('\n'))
        malformed('text does not end with a newline');
    const lines = text.slice(0, -1).split('\n');
    const [origin, sizeLine, hashLine, ...extensions] = lines;
    if (origin === undefined || sizeLine === undefined || hashLine === undefined) {
        malformed('needs at least an origin, a tree size and a root hash line');
    }
    checkLine(origin, 'origin');
    extensions.forEach((line, i) => {
        checkLine(line, `extension line ${i + 1}`);
    });
    return { origin, size: parseSize(sizeLine), rootHash: parseRootHash(hashLine), extensions };
}
/** Formats checkpoint text; rejects (CHECKPOINT_MALFORMED) what parseCheckpoint would not read back. */
function formatCheckpoint(c) {
    // CONTROL_RE covers `\n`, so a line cannot smuggle in another line.
    checkLine(c.origin, 'origin');
    c.extensions.forEach((line, i) => {
        checkLine(line, `extension line ${i + 1}`);
    });
    if (!Number.isSafeInteger(c.size) || c.size < 0)
        malformed('tree size is not a non-negative safe integer');
    if (c.rootHash.byteLength !== ROOT_HASH_BYTES)
        malformed(`root hash is not ${ROOT_HASH_BYTES} bytes`);
    const ext = c.extensions.map((e) => `${e}\n`).join('');
    return `${c.origin}\n${c.size}\n${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(c.rootHash)}\n${ext}`;
}
function isTreeId(treeId) {
    return DECIMAL_RE.test(treeId) && BigInt(treeId) <= MAX_INT64;
}
/** Rekor v1 origin: `<name> - <treeID>` (treeID: decimal int64, the Trillian tree of the shard). */
function rekorOrigin(name, treeId) {
    if (name.length === 0 || /\s/.test(name) || CONTROL_RE.test(name))
        malformed('Rekor origin name is invalid');
    if (!isTreeId(treeId))
        malformed('Rekor tree ID is not a decimal int64');
    return `${name} - ${treeId}`;
}
/** Splits a Rekor v1 origin; null when the origin is not of that form (e.g. a C2SP tiled log). */
function parseRekorOrigin(origin) {
    const m = /^(\S+) - ([0-9]+)$/.exec(origin);
    const name = m?.[1];
    const treeId = m?.[2];
    if (name === undefined || treeId === undefined || !isTreeId(treeId) || CONTROL_RE.test(name))
        return null;
    return { name, treeId };
}
/** Parses a signed checkpoint: NOTE_MALFORMED for the envelope, CHECKPOINT_MALFORMED for the body. */
function parseSignedCheckpoint(raw) {
    const note = (0,_note_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSignedNote */ .k5)(raw);
    return { note, checkpoint: parseCheckpoint(note.text) };
}


/***/ }),

/***/ 9958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ noteVerifier),
/* harmony export */   Uf: () => (/* binding */ spkiKeyHint),
/* harmony export */   W4: () => (/* binding */ verifyNote),
/* harmony export */   XW: () => (/* binding */ ecdsaKeyHint),
/* harmony export */   h3: () => (/* binding */ noteSigner),
/* harmony export */   k5: () => (/* binding */ parseSignedNote),
/* harmony export */   qO: () => (/* binding */ signNote),
/* harmony export */   qf: () => (/* binding */ formatSignedNote)
/* harmony export */ });
/* unused harmony exports MAX_NOTE_BYTES, MAX_NOTE_SIGNATURES, isValidKeyName, ed25519KeyHint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/**
 * C2SP signed-note (https://c2sp.org/signed-note, v1.0.0): a UTF-8 text ending in a newline, a blank line,
 * then one or more lines `— <name> <base64(4-byte big-endian key hint || signature)>`.
 *
 * Parsing is strict on purpose: `formatSignedNote(parseSignedNote(raw)) === raw` for every accepted input,
 * so one signed document has exactly one spelling (double spaces, non-canonical base64, a missing final
 * newline or a missing blank line are all NOTE_MALFORMED). Rekor v1 (research/rekor-v1.md §5) writes the
 * same format but derives every key hint from the DER SPKI, including for Ed25519 keys.
 */




/** Caps for untrusted input: the Go reference also stops at 100 signatures; real checkpoints are < 1 KiB. */
const MAX_NOTE_BYTES = 1024 * 1024;
const MAX_NOTE_SIGNATURES = 100;
const EM_DASH_PREFIX = '\u2014 ';
/** C0/C1 control characters and DEL, except `\n` (C2SP: no control characters other than newline). */
const FORBIDDEN_CONTROL_RE = /(?!\n)\p{Cc}/u;
const WHITESPACE_RE = /\s/;
/** A UTF-16 surrogate without its partner: such a string has no UTF-8 form, so it could not be what was signed. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function malformed(problem) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('NOTE_MALFORMED', `signed note: ${problem}`);
}
/** C2SP: key names are non-empty and contain no whitespace and no `+` (the vkey separator). */
function isValidKeyName(name) {
    return name.length > 0 && !WHITESPACE_RE.test(name) && !name.includes('+') && isCleanText(name);
}
function isCleanText(text) {
    return !LONE_SURROGATE_RE.test(text) && !FORBIDDEN_CONTROL_RE.test(text);
}
/** Validates the signed text: non-empty, ends in `\n`, well-formed UTF-16 (so it has one UTF-8 form), no controls. */
function checkText(text) {
    if (text.length === 0 || !text.endsWith('\n'))
        malformed('text must be non-empty and end with a newline');
    if (!isCleanText(text))
        malformed('text contains control characters or invalid Unicode');
}
function checkHint(keyHint) {
    if (!Number.isInteger(keyHint) || keyHint < 0 || keyHint > 0xffffffff)
        malformed('key hint is not a uint32');
}
function parseSignatureLine(line) {
    if (!line.startsWith(EM_DASH_PREFIX))
        malformed('a signature line does not start with "— "');
    const parts = line.slice(EM_DASH_PREFIX.length).split(' ');
    const [name, b64] = parts;
    if (parts.length !== 2 || name === undefined || b64 === undefined || !isValidKeyName(name)) {
        malformed('a signature line is not "— <name> <base64>" with single spaces and a valid key name');
    }
    let bytes;
    try {
        bytes = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromBase64 */ .Ey)(b64, 'note signature');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('NOTE_MALFORMED', 'signed note: a signature is not standard padded base64', { cause });
    }
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBase64 */ .nk)(bytes) !== b64)
        malformed('a signature is not canonical base64');
    if (bytes.byteLength < 5)
        malformed('a signature is shorter than its 4-byte key hint plus one byte');
    return { name, keyHint: readHint(bytes), signature: bytes.slice(4) };
}
/**
 * Parses a signed note strictly (NOTE_MALFORMED): the text ends at the LAST blank line, as in the Go
 * reference (golang.org/x/mod/sumdb/note) and Rekor's SignedNote.UnmarshalText.
 */
function parseSignedNote(raw) {
    if (raw.length > MAX_NOTE_BYTES || Buffer.byteLength(raw, 'utf8') > MAX_NOTE_BYTES) {
        malformed(`note is larger than ${MAX_NOTE_BYTES} bytes`);
    }
    const split = raw.lastIndexOf('\n\n');
    if (split < 0)
        malformed('no blank line separates the text from the signatures');
    const text = raw.slice(0, split + 1);
    const block = raw.slice(split + 2);
    checkText(text);
    if (!block.endsWith('\n'))
        malformed('the signature block must end with a newline');
    const lines = block.slice(0, -1).split('\n');
    if (lines.length > MAX_NOTE_SIGNATURES)
        malformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
    return { text, signatures: lines.map(parseSignatureLine) };
}
/** The first 4 bytes as a big-endian uint32. */
function readHint(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32BE(0);
}
function hintBytes(keyHint) {
    checkHint(keyHint);
    return new Uint8Array([keyHint >>> 24, (keyHint >>> 16) & 0xff, (keyHint >>> 8) & 0xff, keyHint & 0xff]);
}
/** Serialises a note; rejects (NOTE_MALFORMED) anything parseSignedNote would not accept back. */
function formatSignedNote(note) {
    checkText(note.text);
    if (note.signatures.length === 0)
        malformed('a signed note needs at least one signature');
    if (note.signatures.length > MAX_NOTE_SIGNATURES)
        malformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
    let out = `${note.text}\n`;
    for (const s of note.signatures) {
        if (!isValidKeyName(s.name))
            malformed(`invalid key name ${JSON.stringify(s.name)}`);
        if (s.signature.byteLength === 0)
            malformed('empty signature');
        out += `${EM_DASH_PREFIX}${s.name} ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBase64 */ .nk)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .concat */ .xW)(hintBytes(s.keyHint), s.signature))}\n`;
    }
    return out;
}
function sha256(...parts) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(p);
    return new Uint8Array(h.digest());
}
/**
 * First 4 bytes (big-endian) of SHA-256(DER SPKI): C2SP type 0x02 (ECDSA), and Rekor v1's rule for EVERY key
 * type (its key hint is logID[0:4]).
 */
function ecdsaKeyHint(key) {
    return readHint((0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(key));
}
/** Alias of ecdsaKeyHint naming what it hashes; use it for Rekor v1 logs with non-ECDSA keys. */
const spkiKeyHint = ecdsaKeyHint;
/** C2SP type 0x01: SHA-256(name || 0x0A || 0x01 || raw 32-byte key)[:4]. */
function ed25519KeyHint(name, key) {
    return readHint(sha256((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8 */ .As)(name), new Uint8Array([0x0a, 0x01]), (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .rawEd25519PublicKey */ .QE)(key)));
}
function defaultHint(name, key) {
    return key.algorithm === 'ed25519' ? ed25519KeyHint(name, key) : ecdsaKeyHint(key);
}
function checkName(name) {
    if (!isValidKeyName(name))
        malformed(`invalid key name ${JSON.stringify(name)} (non-empty, no spaces, no "+")`);
}
/**
 * A verifier for `name`'s key. Default hint: SPKI rule for ECDSA/RSA, C2SP rule for Ed25519; pass
 * `ecdsaKeyHint(key)` explicitly for a Rekor v1 log that signs with Ed25519.
 */
function noteVerifier(name, key, hint) {
    checkName(name);
    const keyHint = hint ?? defaultHint(name, key);
    checkHint(keyHint);
    return { name, keyHint, verify: (message, signature) => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(key, message, signature) };
}
function noteSigner(name, signer, hint) {
    checkName(name);
    const keyHint = hint ?? defaultHint(name, signer.publicKey);
    checkHint(keyHint);
    return { name, keyHint, sign: (message) => signer.sign(message) };
}
/** Signs the UTF-8 bytes of `text` with every signer, in order. */
function signNote(text, signers) {
    checkText(text);
    if (signers.length === 0)
        malformed('a signed note needs at least one signer');
    const message = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8 */ .As)(text);
    return {
        text,
        signatures: signers.map((s) => ({ name: s.name, keyHint: s.keyHint, signature: s.sign(message) })),
    };
}
/**
 * C2SP verification: signatures whose (name, key hint) no verifier knows are ignored; a known one that does
 * not verify is NOTE_SIGNATURE_INVALID (a forged or corrupted note, never "just unsigned"); no verified
 * signature at all is NOTE_NOT_SIGNED. Returns the verifiers that verified, each once, in signature order.
 */
function verifyNote(note, verifiers) {
    const message = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8 */ .As)(note.text);
    const verified = [];
    for (const sig of note.signatures) {
        const known = verifiers.filter((v) => v.name === sig.name && v.keyHint === sig.keyHint);
        if (known.length === 0)
            continue;
        // Hints are only 32 bits: with a collision, the signature counts if any of the matching keys made it.
        const ok = known.filter((v) => v.verify(message, sig.signature));
        if (ok.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('NOTE_SIGNATURE_INVALID', `signed note: the signature by ${sig.name} (key hint ${sig.keyHint.toString(16).padStart(8, '0')}) does not verify`, { details: { name: sig.name, keyHint: sig.keyHint } });
        }
        for (const v of ok)
            if (!verified.includes(v))
                verified.push(v);
    }
    if (verified.length === 0) {
        const seen = note.signatures.map((s) => `${s.name}/${s.keyHint.toString(16).padStart(8, '0')}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('NOTE_NOT_SIGNED', `signed note: no signature by a trusted key (signatures present: ${seen.join(', ') || 'none'})`, { details: { signatures: seen } });
    }
    return verified;
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ signSet),
/* harmony export */   mS: () => (/* binding */ verifySet)
/* harmony export */ });
/* unused harmony export setPayload */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1214);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/**
 * Signed Entry Timestamp (bundle `inclusionPromise`), research/rekor-v1.md §4: the log's signature over the
 * JCS of exactly {body, integratedTime, logID, logIndex} — no verification or attestation members. ECDSA
 * signatures are ASN.1 DER over SHA-256 of those bytes; `logIndex` is the virtual (global) index.
 */



function setPayload(fields) {
    const { body, integratedTime, logID, logIndex } = fields;
    if (_json_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .JCS_PLAIN_STRING */ .ox.test(body) &&
        _json_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .JCS_PLAIN_STRING */ .ox.test(logID) &&
        Number.isSafeInteger(integratedTime) &&
        Number.isSafeInteger(logIndex)) {
        // The SET is signed once per entry on the log's write path: for exactly these value types, JCS is the
        // members in sorted order with JSON.stringify's forms (RFC 8785 §3.2.2), so build that text directly.
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(`{"body":"${body}","integratedTime":${integratedTime},"logID":"${logID}","logIndex":${logIndex}}`);
    }
    return (0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)({
        body: fields.body,
        integratedTime: fields.integratedTime,
        logID: fields.logID,
        logIndex: fields.logIndex,
    });
}
function signSet(fields, signer) {
    return signer.sign(setPayload(fields));
}
/** False (never throws) for a wrong or malformed signature. */
function verifySet(fields, signature, key) {
    let payload;
    try {
        payload = setPayload(fields);
    }
    catch {
        return false;
    }
    return (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .verifySignature */ .Od)(key, payload, signature);
}


/***/ }),

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ChainMemoizer),
/* harmony export */   x: () => (/* binding */ verifyTextSignatureCached)
/* harmony export */ });
/* unused harmony exports BoundedCache, VERIFIED_TEXTS_PER_KEY */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8670);


/** A Map that holds at most `limit` entries, dropping the oldest insertion first (Map keeps insertion order). */
class BoundedCache {
    limit;
    entries = new Map();
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`cache limit must be a positive integer`);
    }
    get size() {
        return this.entries.size;
    }
    get(key) {
        return this.entries.get(key);
    }
    set(key, value) {
        if (this.entries.has(key))
            this.entries.delete(key);
        else if (this.entries.size >= this.limit) {
            const oldest = this.entries.keys().next();
            if (oldest.done !== true)
                this.entries.delete(oldest.value);
        }
        this.entries.set(key, value);
    }
    clear() {
        this.entries.clear();
    }
}
/** Per verification key (KeyObjects are immutable): the (algorithm, signature, text) triples that verified. */
const verifiedTexts = new WeakMap();
/** Checkpoints per key worth remembering: a log's recent tree heads (one per bundle batch, roughly). */
const VERIFIED_TEXTS_PER_KEY = 256;
/**
 * verifySignature(key, UTF-8 text, signature), remembering successes. Used for signed-note checkpoints, which
 * many bundles of one log share. The cache key holds every input of verifySignature (the KeyObject itself,
 * the algorithm that picks the hash, the signature and the text), so a remembered success never makes a
 * different text, signature or key pass.
 */
function verifyTextSignatureCached(key, text, signature) {
    let seen = verifiedTexts.get(key.keyObject);
    const id = `${key.algorithm}\n${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(signature)}\n${text}`;
    if (seen?.get(id) === true)
        return true;
    if (!(0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignature */ .Od)(key, (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(text), signature))
        return false;
    if (seen === undefined) {
        seen = new BoundedCache(VERIFIED_TEXTS_PER_KEY);
        verifiedTexts.set(key.keyObject, seen);
    }
    seen.set(id, true);
    return true;
}
/**
 * Memoises `compute()` for one certificate chain, keyed by the object holding it (a trusted-root entry) and
 * valid only while that object still holds byte-identical certificates.
 */
class ChainMemoizer {
    memo = new WeakMap();
    get(owner, chain, compute) {
        const hit = this.memo.get(owner);
        if (hit !== undefined && sameChain(hit.chain, chain))
            return hit.value;
        const value = compute();
        this.memo.set(owner, { chain: chain.map((der) => der.slice()), value });
        return value;
    }
}
function sameChain(a, b) {
    return (a.length === b.length &&
        a.every((der, i) => {
            const other = b[i];
            return other !== undefined && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(der, other);
        }));
}


/***/ }),

/***/ 1877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loadCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * Loading a DER certificate with node:crypto, cached per byte array: the verifier loads each leaf once and the
 * tlog layer (which needs only its key) reuses it. Kept apart from certificate.ts so code that never meets a
 * certificate chain (the attest pipeline) does not load the ASN.1 libraries.
 */



/** Keyed by the array object; the bytes are compared too, so an array edited in place is loaded again. */
const loaded = new WeakMap();
function loadCertificate(der, what = 'certificate') {
    const hit = loaded.get(der);
    if (hit !== undefined && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(hit.bytes, der))
        return hit.cert;
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `${what} is not a valid X.509 certificate`, { cause });
    }
    const cert = { x509, publicKey: x509.publicKey };
    loaded.set(der, { bytes: der.slice(), cert });
    return cert;
}


/***/ })

};
