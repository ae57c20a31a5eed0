export const id = 493;
export const ids = [493];
export const modules = {

/***/ 8170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ hashAlgorithmOf),
/* harmony export */   HM: () => (/* binding */ BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   UH: () => (/* binding */ HASH_ALGORITHMS),
/* harmony export */   Uq: () => (/* binding */ bundleVersionOf),
/* harmony export */   c5: () => (/* binding */ HASH_ALGORITHM_NAMES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** What we write (sigstore-js writes the same since @sigstore/bundle 2.3). */
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const MEDIA_TYPES = {
    'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
    [BUNDLE_V03_MEDIA_TYPE]: '0.3',
};
/** The bundle format version a media type names; BUNDLE_MEDIA_TYPE_UNSUPPORTED for anything else. */
function bundleVersionOf(mediaType) {
    const version = MEDIA_TYPES[mediaType];
    if (version === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('BUNDLE_MEDIA_TYPE_UNSUPPORTED', `bundle media type "${mediaType}" is not supported (supported: Sigstore bundle v0.1, v0.2, v0.3)`, { details: { mediaType } });
    }
    return version;
}
/** protobuf-specs `HashAlgorithm` names. */
const HASH_ALGORITHMS = [
    'HASH_ALGORITHM_UNSPECIFIED',
    'SHA2_256',
    'SHA2_384',
    'SHA2_512',
    'SHA3_256',
    'SHA3_384',
];
/** The protobuf-specs name of each hash provlog works with. */
const HASH_ALGORITHM_NAMES = {
    sha256: 'SHA2_256',
    sha384: 'SHA2_384',
    sha512: 'SHA2_512',
};
/** The hash a protobuf-specs name stands for; undefined for names provlog does not verify (SHA3, unspecified). */
function hashAlgorithmOf(name) {
    return Object.keys(HASH_ALGORITHM_NAMES).find((h) => HASH_ALGORITHM_NAMES[h] === name);
}


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   EP: () => (/* binding */ fromBase64Loose),
/* harmony export */   Ey: () => (/* binding */ fromBase64),
/* harmony export */   O6: () => (/* binding */ bytesEqual),
/* harmony export */   aD: () => (/* binding */ fromHex),
/* harmony export */   ar: () => (/* binding */ fromUtf8),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   nk: () => (/* binding */ toBase64),
/* harmony export */   xW: () => (/* binding */ concat)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Byte codecs used across every format: hex (Rekor REST), base64 (bundles, notes, SETs), UTF-8, and
 * constant-time comparison. Decoders are strict: they reject rather than guess, because two spellings of
 * the same bytes let two different documents mean one thing.
 */


const HEX_RE = /^(?:[0-9a-f]{2})*$/;
const HEX_ANY_CASE_RE = /^(?:[0-9a-fA-F]{2})*$/;
const B64_STD_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const B64_LOOSE_RE = /^[A-Za-z0-9+/_-]*={0,2}$/;
function toHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
/** Lowercase hex only unless `anyCase`; odd length or any other character is an error. */
function fromHex(text, what = 'hex string', anyCase = false) {
    if (!(anyCase ? HEX_ANY_CASE_RE : HEX_RE).test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_ENCODING', `${what} is not ${anyCase ? '' : 'lowercase '}hex`);
    }
    return new Uint8Array(Buffer.from(text, 'hex'));
}
/** Standard base64 with padding, the only form Sigstore writes. */
function toBase64(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
/** Strict standard base64 with padding (signed notes, SETs, Rekor bodies). */
function fromBase64(text, what = 'base64 string') {
    if (!B64_STD_RE.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_ENCODING', `${what} is not standard padded base64`);
    }
    return new Uint8Array(Buffer.from(text, 'base64'));
}
/**
 * proto3 JSON `bytes`: standard or URL-safe alphabet, padded or not (what protobuf readers accept).
 * Still rejects characters outside both alphabets and impossible lengths.
 */
function fromBase64Loose(text, what = 'base64 string') {
    const unpadded = text.replace(/={1,2}$/, '');
    const mixedAlphabets = /[+/]/.test(unpadded) && /[-_]/.test(unpadded);
    if (!B64_LOOSE_RE.test(text) || unpadded.length % 4 === 1 || mixedAlphabets) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_ENCODING', `${what} is not base64`);
    }
    return new Uint8Array(Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
function utf8(text) {
    return encoder.encode(text);
}
/** Decodes UTF-8, rejecting invalid sequences instead of inserting U+FFFD. */
function fromUtf8(bytes, what = 'text') {
    try {
        return strictDecoder.decode(bytes);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_ENCODING', `${what} is not valid UTF-8`, { cause });
    }
}
function concat(...parts) {
    let length = 0;
    for (const p of parts)
        length += p.byteLength;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const p of parts) {
        out.set(p, offset);
        offset += p.byteLength;
    }
    return out;
}
/** Constant-time for equal lengths; different lengths are unequal without comparing contents. */
function bytesEqual(a, b) {
    return a.byteLength === b.byteLength && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b);
}


/***/ }),

/***/ 6017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ verifyEnvelope),
/* harmony export */   MG: () => (/* binding */ formatEnvelope),
/* harmony export */   Yj: () => (/* binding */ signEnvelope),
/* harmony export */   hd: () => (/* binding */ decodeEnvelopeNode)
/* harmony export */ });
/* unused harmony exports envelopeVerifies, parseEnvelope */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _pae_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4055);
/**
 * DSSE envelopes (secure-systems-lab/dsse envelope.md v1.0.2): a payload, its type, and signatures over
 * PAE(type, payload). Sigstore puts exactly one ECDSA-DER signature in a bundle's envelope; the parser
 * accepts any number >= 1 so the log can admit multi-signature envelopes as Rekor does.
 */





/** Signs PAE(payloadType, payload) and wraps the result in a one-signature envelope. */
function signEnvelope(payloadType, payload, signer, keyid = '') {
    return { payloadType, payload, signatures: [{ keyid, sig: signer.sign((0,_pae_js__WEBPACK_IMPORTED_MODULE_4__/* .pae */ .Z)(payloadType, payload)) }] };
}
/** True when at least one of the envelope's signatures verifies with `key`. */
function envelopeVerifies(env, key) {
    const message = (0,_pae_js__WEBPACK_IMPORTED_MODULE_4__/* .pae */ .Z)(env.payloadType, env.payload);
    return env.signatures.some((s) => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(key, message, s.sig));
}
/** Throws DSSE_SIGNATURE_INVALID unless a signature over PAE(type, payload) verifies with `key`. */
function verifyEnvelope(env, key) {
    if (!envelopeVerifies(env, key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('DSSE_SIGNATURE_INVALID', 'no DSSE signature verifies with the given public key (wrong key, or the payload was changed after signing)');
    }
}
/**
 * The envelope as JSON text in sigstore-js's member order: `{"payload","payloadType","signatures":[{"sig","keyid"}]}`,
 * no whitespace. Rekor's dsse `envelopeHash` is the SHA-256 of exactly the string submitted, so a client must send
 * these bytes and keep them (verified against production bundles in test/vectors).
 */
function formatEnvelope(env, options = {}) {
    return JSON.stringify({
        payload: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(env.payload),
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => options.omitEmptyKeyid && s.keyid === '' ? { sig: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(s.sig) } : { sig: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(s.sig), keyid: s.keyid }),
    });
}
/** Parses a DSSE envelope (JSON text or parsed value). Unknown members are ignored, as the spec requires. */
function parseEnvelope(json) {
    if (typeof json !== 'string')
        return decodeEnvelopeNode(decode(json, 'DSSE_MALFORMED', 'envelope')).envelope;
    let root;
    try {
        root = decodeJson(json, 'DSSE_MALFORMED', 'envelope');
    }
    catch (cause) {
        throw new CodedError('DSSE_MALFORMED', 'envelope is not JSON', { cause });
    }
    return decodeEnvelopeNode(root).envelope;
}
/** Decodes an envelope from a Node; errors carry the Node's code and path (so Rekor admission can reuse it). */
function decodeEnvelopeNode(root) {
    const payloadType = root.get('payloadType').string();
    const payloadNode = root.get('payload');
    const payloadText = payloadNode.string();
    // DSSE: verifiers MUST accept standard and URL-safe base64.
    const payload = payloadNode.bytes();
    const sigNodes = root.get('signatures').array();
    if (sigNodes.length === 0)
        root.get('signatures').fail('must hold at least one signature');
    const sigTexts = [];
    const signatures = sigNodes.map((node) => {
        const sigNode = node.get('sig');
        const sigText = sigNode.nonEmptyString();
        sigTexts.push(sigText);
        return { keyid: node.optional('keyid')?.string() ?? '', sig: sigNode.bytes() };
    });
    return { envelope: { payloadType, payload, signatures }, payloadText, sigTexts };
}


/***/ }),

/***/ 4055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ pae)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/**
 * DSSE Pre-Authentication Encoding (secure-systems-lab/dsse protocol.md v1.0.2): the bytes a DSSE signature
 * covers. Binding the payload type into the signed bytes stops a signature over one kind of document from
 * being replayed as another.
 *
 *   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
 *
 * LEN is the byte length (UTF-8 for the type) in ASCII decimal without leading zeros; nothing follows body.
 */

function pae(payloadType, payload) {
    const type = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(payloadType);
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .concat */ .xW)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(`DSSEv1 ${type.byteLength} `), type, (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(` ${payload.byteLength} `), payload);
}


/***/ }),

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   US: () => (/* binding */ serializeStatement),
/* harmony export */   Y5: () => (/* binding */ buildStatement)
/* harmony export */ });
/* unused harmony exports STATEMENT_TYPE_V1, STATEMENT_TYPE_V01 */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1462);
/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): subjects matched by digest, a predicate
 * type, and the predicate. Parsing also accepts Statement v0.1 (`_type` https://in-toto.io/Statement/v0.1),
 * which older Sigstore bundles carry, and ignores unknown members as the spec requires.
 */



const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
const STATEMENT_TYPE_V01 = 'https://in-toto.io/Statement/v0.1';
/** A v1 statement; subjects are copied so later edits by the caller cannot change what gets signed. */
function buildStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('NO_SUBJECTS', 'an in-toto statement needs at least one subject');
    return {
        _type: STATEMENT_TYPE_V1,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType,
        predicate,
    };
}
/** JSON text in the spec's member order (`_type, subject, predicateType, predicate`), as actions/attest writes it. */
function serializeStatement(s) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(JSON.stringify({ _type: s._type, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate }));
}
const DIGEST_HEX = /^[0-9a-f]+$/;
/** Parses a DSSE payload as a statement; STATEMENT_MALFORMED names the failing field. */
function parseStatement(bytes) {
    let text;
    try {
        text = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .ar)(bytes, 'statement');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('STATEMENT_MALFORMED', 'statement is not UTF-8 text', { cause });
    }
    let root;
    try {
        root = (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJson */ .xO)(text, 'STATEMENT_MALFORMED', 'statement');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('STATEMENT_MALFORMED', 'statement is not JSON', { cause });
    }
    const typeNode = root.get('_type');
    const type = typeNode.string();
    if (type !== STATEMENT_TYPE_V1 && type !== STATEMENT_TYPE_V01) {
        typeNode.fail(`expected ${STATEMENT_TYPE_V1} (or ${STATEMENT_TYPE_V01})`);
    }
    const subjectNodes = root.get('subject').array();
    if (subjectNodes.length === 0)
        root.get('subject').fail('must hold at least one subject');
    const subject = subjectNodes.map((node) => {
        const digest = {};
        const digestNode = node.get('digest');
        for (const [alg, valueNode] of digestNode.entries()) {
            const value = valueNode.string();
            // Hex digests are lowercase per the DigestSet spec; gitCommit etc. are hex too. Other encodings stay as is.
            if (/^sha/.test(alg) && !DIGEST_HEX.test(value))
                valueNode.fail('expected a lowercase hex digest');
            digest[alg] = value;
        }
        if (Object.keys(digest).length === 0)
            digestNode.fail('must hold at least one digest');
        return { name: node.optional('name')?.string() ?? '', digest };
    });
    const predicateType = root.get('predicateType').nonEmptyString();
    const predicate = root.optional('predicate')?.value ?? {};
    return { _type: type, subject, predicateType, predicate };
}


/***/ }),

/***/ 1214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ox: () => (/* binding */ JCS_PLAIN_STRING),
  qJ: () => (/* binding */ canonicalJsonBytes)
});

// UNUSED EXPORTS: canonicalJson

;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/json/canonical.ts
/**
 * RFC 8785 JSON Canonicalization Scheme, as Rekor uses for entry bodies and SET payloads: members sorted by
 * UTF-16 code units, no whitespace, ECMAScript number form. Backed by `canonicalize` (by the RFC's author),
 * which also rejects NaN, Infinity and lone surrogates.
 */



/**
 * Base64 and hex text: a string matching this has a JSON form that is just the text in quotes, the same in JCS
 * as in JSON.stringify (nothing to escape). Fast paths that build canonical text directly test with it.
 */
const JCS_PLAIN_STRING = /^[A-Za-z0-9+/=]*$/;
function canonicalJson(value) {
    let out;
    try {
        out = canonicalize(value);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('INVALID_JSON', `value cannot be canonicalized: ${cause.message}`, { cause });
    }
    if (out === undefined)
        throw new errors/* CodedError */.AK('INVALID_JSON', 'value cannot be canonicalized: nothing to serialize');
    return out;
}
function canonicalJsonBytes(value) {
    return (0,bytes/* utf8 */.As)(canonicalJson(value));
}


/***/ }),

/***/ 1462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   xO: () => (/* binding */ decodeJson)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_DEPTH, Node */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Decoding `unknown` (parsed JSON, YAML, HTTP bodies) into typed values with the failing field's path in
 * every error. Nothing at a boundary is `as`-cast: it goes through a Node.
 *
 *   const root = decodeJson(text, 'BUNDLE_MALFORMED', 'bundle');
 *   const mediaType = root.get('mediaType').string();
 *   const entries = root.optional('tlogEntries')?.array() ?? [];
 */


/** Default caps for untrusted JSON: depth protects the stack, size the heap. */
const DEFAULT_MAX_DEPTH = 64;
class Node {
    value;
    path;
    code;
    constructor(value, path, code = 'INVALID_FIELD') {
        this.value = value;
        this.path = path;
        this.code = code;
    }
    fail(problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(this.code, `${this.path}: ${problem}`, { details: { path: this.path } });
    }
    child(value, key) {
        const path = typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`;
        return new Node(value, path, this.code);
    }
    record() {
        const v = this.value;
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            this.fail(`expected an object, got ${describe(v)}`);
        return v;
    }
    /** A required member. */
    get(key) {
        const rec = this.record();
        const v = Object.hasOwn(rec, key) ? rec[key] : undefined;
        if (v === undefined || v === null)
            this.child(v, key).fail('is required');
        return this.child(v, key);
    }
    /** An optional member: undefined when absent or null. */
    optional(key) {
        const rec = this.record();
        const v = Object.hasOwn(rec, key) ? rec[key] : undefined;
        return v === undefined || v === null ? undefined : this.child(v, key);
    }
    /** Rejects members outside `allowed` (strict formats: policy files, server requests). */
    onlyKeys(allowed) {
        for (const key of Object.keys(this.record())) {
            if (!allowed.includes(key))
                this.child(undefined, key).fail(`unknown field (allowed: ${allowed.join(', ')})`);
        }
        return this;
    }
    keys() {
        return Object.keys(this.record());
    }
    entries() {
        return Object.entries(this.record()).map(([k, v]) => [k, this.child(v, k)]);
    }
    array() {
        const v = this.value;
        if (!Array.isArray(v))
            this.fail(`expected an array, got ${describe(v)}`);
        return v.map((item, i) => this.child(item, i));
    }
    string() {
        if (typeof this.value !== 'string')
            this.fail(`expected a string, got ${describe(this.value)}`);
        return this.value;
    }
    nonEmptyString() {
        const s = this.string();
        if (s === '')
            this.fail('must not be empty');
        return s;
    }
    boolean() {
        if (typeof this.value !== 'boolean')
            this.fail(`expected true or false, got ${describe(this.value)}`);
        return this.value;
    }
    /** A JSON number that is a safe non-negative integer (Rekor REST indexes, sizes, times). */
    uint() {
        const v = this.value;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
            this.fail(`expected a non-negative integer, got ${describe(v)}`);
        }
        return v;
    }
    /**
     * proto3 JSON int64: a decimal string (what writers emit) or a number (what readers accept). Returned as
     * bigint-free number when safe; rejects signs, leading zeros, fractions and values beyond 2^53.
     */
    int64() {
        const v = this.value;
        if (typeof v === 'number')
            return this.uint();
        if (typeof v !== 'string' || !/^(0|[1-9][0-9]*)$/.test(v))
            this.fail(`expected a decimal integer, got ${describe(v)}`);
        const n = Number(v);
        if (!Number.isSafeInteger(n))
            this.fail(`integer ${v} is too large`);
        return n;
    }
    oneOf(allowed) {
        const s = this.string();
        if (!allowed.includes(s))
            this.fail(`expected one of ${allowed.join(', ')}, got "${s}"`);
        return s;
    }
    /** Strict standard padded base64 (Rekor REST, notes). */
    base64() {
        const s = this.string();
        try {
            return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(s);
        }
        catch {
            return this.fail('is not standard base64');
        }
    }
    /** proto3 JSON bytes: standard or URL-safe, padding optional. */
    bytes() {
        const s = this.string();
        try {
            return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64Loose */ .EP)(s);
        }
        catch {
            return this.fail('is not base64');
        }
    }
    /** Lowercase hex, optionally of an exact byte length. */
    hex(byteLength) {
        const s = this.string();
        let out;
        try {
            out = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromHex */ .aD)(s);
        }
        catch {
            return this.fail('is not lowercase hex');
        }
        if (byteLength !== undefined && out.byteLength !== byteLength)
            this.fail(`expected ${byteLength * 2} hex characters`);
        return out;
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return v.length > 40 ? 'a string' : `"${v}"`;
    return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}
/** Wraps an already-parsed value. */
function decode(value, code, what) {
    return new Node(value, what, code);
}
/**
 * Parses untrusted JSON text with a depth cap, then wraps it. The depth check runs on the text before
 * JSON.parse so a hostile 100k-deep array cannot exhaust the stack.
 */
function decodeJson(text, code, what, maxDepth = DEFAULT_MAX_DEPTH) {
    return new Node(parseJson(text, what, maxDepth), what, code);
}
function parseJson(text, what, maxDepth = DEFAULT_MAX_DEPTH) {
    checkDepth(text, what, maxDepth);
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_JSON', `${what} is not valid JSON: ${cause.message}`, { cause });
    }
}
function checkDepth(text, what, maxDepth) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > maxDepth) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('INVALID_JSON', `${what} nests deeper than ${maxDepth} levels`);
            }
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
}


/***/ }),

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parsePrivateKeyPem),
/* harmony export */   OJ: () => (/* binding */ formatPrivateKeyPem),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   QE: () => (/* binding */ rawEd25519PublicKey),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Wz: () => (/* binding */ parsePublicKeyPem),
/* harmony export */   _i: () => (/* binding */ formatPublicKeyPem),
/* harmony export */   f: () => (/* binding */ parsePublicKeyDer),
/* harmony export */   uy: () => (/* binding */ formatPem),
/* harmony export */   x4: () => (/* binding */ DIGEST_BYTES),
/* harmony export */   xs: () => (/* binding */ keyId),
/* harmony export */   z: () => (/* binding */ hashForKey),
/* harmony export */   zp: () => (/* binding */ publicKeyFromKeyObject)
/* harmony export */ });
/* unused harmony export ED25519_SPKI_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * Public and private keys as Sigstore uses them: PEM SubjectPublicKeyInfo / PKCS#8, ECDSA (P-256, P-384,
 * P-521), Ed25519 and RSA (verify only). Signatures are ASN.1 DER for ECDSA, as everywhere in Sigstore.
 * Parsing and verification use node:crypto (fast, constant-time). Verification over a precomputed digest
 * (hashedrekord) is in digest-signature.ts, apart, because it needs @noble/curves.
 */



/** Digest size in bytes of each hash (hex is twice as long). */
const DIGEST_BYTES = { sha256: 32, sha384: 48, sha512: 64 };
/** The hash each ECDSA curve is paired with in Sigstore (and the default for RSA). */
function hashForKey(algorithm) {
    switch (algorithm) {
        case 'ecdsa-p256':
        case 'rsa':
            return 'sha256';
        case 'ecdsa-p384':
            return 'sha384';
        case 'ecdsa-p521':
            return 'sha512';
        case 'ed25519':
            return null;
    }
}
function algorithmOf(key) {
    const type = key.asymmetricKeyType;
    if (type === 'ed25519')
        return 'ed25519';
    if (type === 'rsa')
        return 'rsa';
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return 'ecdsa-p256';
        if (curve === 'secp384r1')
            return 'ecdsa-p384';
        if (curve === 'secp521r1')
            return 'ecdsa-p521';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('UNSUPPORTED_KEY', `ECDSA curve ${curve ?? 'unknown'} is not supported (use P-256)`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('UNSUPPORTED_KEY', `key type ${type ?? 'unknown'} is not supported (use ECDSA P-256 or Ed25519)`);
}
function fromKeyObject(keyObject) {
    const spki = new Uint8Array(keyObject.export({ type: 'spki', format: 'der' }));
    return { algorithm: algorithmOf(keyObject), spki, keyObject };
}
/**
 * A PublicKey for a KeyObject already loaded (e.g. a parsed certificate's key), without re-parsing its DER.
 * UNSUPPORTED_KEY for key types Sigstore does not use, as parsePublicKeyDer. The SPKI is exported on first
 * read only (OpenSSL's encoder costs about as much as a signature check, and a certificate's key rarely needs
 * its SPKI).
 */
function publicKeyFromKeyObject(keyObject) {
    if (keyObject.type !== 'public')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', 'expected a public key');
    const algorithm = algorithmOf(keyObject);
    let spki;
    return {
        algorithm,
        keyObject,
        get spki() {
            spki ??= new Uint8Array(keyObject.export({ type: 'spki', format: 'der' }));
            return spki;
        },
    };
}
/** Parses one PEM `PUBLIC KEY` block (SubjectPublicKeyInfo). */
function parsePublicKeyPem(pem, what = 'public key') {
    if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} is not a PEM "PUBLIC KEY" block`);
    }
    let keyObject;
    try {
        keyObject = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} does not parse as a PEM public key`, { cause });
    }
    return fromKeyObject(keyObject);
}
/** Parses DER SubjectPublicKeyInfo bytes (trusted roots and bundles carry these). */
function parsePublicKeyDer(spki, what = 'public key') {
    let keyObject;
    try {
        keyObject = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} is not a DER SubjectPublicKeyInfo`, { cause });
    }
    return fromKeyObject(keyObject);
}
/** PEM as Go's encoding/pem writes it (64-character lines, trailing newline): Rekor's canonical form. */
function formatPublicKeyPem(key) {
    return formatPem('PUBLIC KEY', key.spki);
}
function formatPem(label, der) {
    const b64 = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBase64 */ .nk)(der);
    const lines = [];
    for (let i = 0; i < b64.length; i += 64)
        lines.push(b64.slice(i, i + 64));
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
/** Parses a PEM PKCS#8 `PRIVATE KEY` (or SEC1 `EC PRIVATE KEY`). The error never echoes the key text. */
function parsePrivateKeyPem(pem, what = 'signing key') {
    if (!/-----BEGIN (?:EC )?PRIVATE KEY-----/.test(pem)) {
        if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} is encrypted; provide an unencrypted PKCS#8 PEM key`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} is not a PEM "PRIVATE KEY" block (PKCS#8)`);
    }
    let keyObject;
    try {
        keyObject = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // The cause is dropped on purpose: OpenSSL messages can quote input.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} does not parse as a PEM private key`);
    }
    const algorithm = algorithmOf(keyObject);
    if (algorithm === 'rsa')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('UNSUPPORTED_KEY', `${what}: RSA signing is not supported (use ECDSA P-256 or Ed25519)`);
    return { algorithm, keyObject, publicKey: fromKeyObject((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(keyObject)) };
}
function formatPrivateKeyPem(key) {
    return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
}
/** SHA-256 of the DER SPKI: Rekor's log ID, Sigstore's key ID. */
function keyId(key) {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key.spki).digest());
}
/** Ed25519 SPKI is this fixed 12-byte prefix followed by the raw 32-byte key (RFC 8410). */
const ED25519_SPKI_PREFIX = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromHex */ .aD)('302a300506032b6570032100');
/** The raw 32-byte Ed25519 public key inside its SPKI (INVALID_KEY for anything else). */
function rawEd25519PublicKey(key) {
    if (key.algorithm !== 'ed25519' ||
        key.spki.byteLength !== 44 ||
        !Buffer.from(key.spki.subarray(0, 12)).equals(ED25519_SPKI_PREFIX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', 'expected an Ed25519 public key');
    }
    return key.spki.slice(12);
}
/** Hex SHA-256 of the DER SPKI, the fingerprint people compare. */
function fingerprint(key) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(keyId(key));
}
/** Verifies a signature over a message (ECDSA DER with the curve's hash, pure Ed25519, RSA PKCS#1 v1.5). */
function verifySignature(key, message, signature) {
    try {
        if (key.algorithm === 'ed25519')
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, key.keyObject, signature);
        const hash = hashForKey(key.algorithm);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, message, { key: key.keyObject, dsaEncoding: 'der' }, signature);
    }
    catch {
        return false; // malformed signatures are simply invalid
    }
}


/***/ }),

/***/ 304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ leafHash),
/* harmony export */   Ts: () => (/* binding */ HASH_SIZE),
/* harmony export */   zB: () => (/* binding */ nodeHash),
/* harmony export */   zg: () => (/* binding */ EMPTY_ROOT)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * RFC 6962 §2.1 / RFC 9162 §2.1.1 hashing with SHA-256. Leaves and interior nodes get distinct one-byte
 * prefixes (0x00 / 0x01) so a leaf can never be passed off as an interior node (second-preimage defence).
 */

/** Every hash in the tree is SHA-256: 32 bytes. */
const HASH_SIZE = 32;
const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);
/** MTH of the empty list (RFC 6962 §2.1): SHA-256 of the empty string. */
const EMPTY_ROOT = new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').digest());
/** MTH({d}) = SHA-256(0x00 || d) (RFC 6962 §2.1). */
function leafHash(data) {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(LEAF_PREFIX).update(data).digest());
}
/** Interior node = SHA-256(0x01 || left || right) (RFC 6962 §2.1). */
function nodeHash(left, right) {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(NODE_PREFIX).update(left).update(right).digest());
}


/***/ }),

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ attestationWithin),
/* harmony export */   K_: () => (/* binding */ decodePemText),
/* harmony export */   YO: () => (/* binding */ statementIndexKeys),
/* harmony export */   sn: () => (/* binding */ decodeSha256)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ATTESTATION_BYTES */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _intoto_statement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5234);
/** Helpers shared by the Rekor entry kinds: search-index keys, attestation storage, small field decoders. */


/** Rekor's default attestation storage cap. */
const DEFAULT_MAX_ATTESTATION_BYTES = 1024 * 1024;
/**
 * `sha256:<hex>` for every sha256 subject digest when the payload is an in-toto statement. A payload that does
 * not parse as one simply contributes no keys (Rekor logs and continues too): the signature was valid, and
 * what a signer chose to sign is not the log's business.
 */
function statementIndexKeys(payloadType, payload) {
    if (payloadType !== _intoto_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)
        return [];
    try {
        const statement = (0,_intoto_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStatement */ .By)(payload);
        return statement.subject.flatMap((s) => (s.digest.sha256 === undefined ? [] : [`sha256:${s.digest.sha256}`]));
    }
    catch {
        return [];
    }
}
/** The attestation to store, or undefined when it exceeds the cap (the entry is still admitted, as in Rekor). */
function attestationWithin(bytes, opts) {
    return bytes.byteLength <= (opts.maxAttestationBytes ?? DEFAULT_MAX_ATTESTATION_BYTES) ? bytes : undefined;
}
const HEX64 = /^[0-9a-f]{64}$/;
function decodeSha256(node) {
    const algorithm = node.get('algorithm').oneOf(['sha256']);
    const valueNode = node.get('value');
    const value = valueNode.string();
    if (!HEX64.test(value))
        valueNode.fail('expected 64 lowercase hex characters');
    return { algorithm, value };
}
/** A standard-base64 field holding PEM text. */
function decodePemText(node) {
    const bytes = node.base64();
    try {
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .ar)(bytes, node.path);
    }
    catch {
        return node.fail('is not UTF-8 PEM text');
    }
}


/***/ }),

/***/ 1986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ proposeDsseEntry),
/* harmony export */   Pg: () => (/* binding */ admitDsse),
/* harmony export */   w4: () => (/* binding */ decodeDsseBody)
/* harmony export */ });
/* unused harmony export dsseBodyBytes */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _dsse_envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6017);
/* harmony import */ var _dsse_pae_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4055);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1214);
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1462);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8670);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3046);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7203);
/* harmony import */ var _verifier_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6965);
/**
 * Rekor `dsse` v0.0.1 (research/rekor-v1.md §2), what sigstore-js uses for attestations. The request carries
 * the envelope as a JSON *string* plus verifiers; the stored body keeps only hashes and the signatures:
 *   envelopeHash = SHA-256 of the exact envelope string submitted,
 *   payloadHash  = SHA-256 of the decoded payload,
 *   signatures   = [{signature: sig string as in the envelope, verifier: b64(Go PEM)}] sorted by signature.
 */










/**
 * The request for an envelope. `envelopeJson` must be the exact string the client keeps (see formatEnvelope):
 * the log hashes these bytes, and a verifier later recomputes the hash from the bundle's envelope.
 */
function proposeDsseEntry(envelopeJson, verifierPems) {
    const pems = typeof verifierPems === 'string' ? [verifierPems] : [...verifierPems];
    return {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: { proposedContent: { envelope: envelopeJson, verifiers: pems.map((p) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(p))) } },
    };
}
/** Server-side admission (Node code ENTRY_MALFORMED). */
function admitDsse(spec, opts) {
    spec.onlyKeys(['proposedContent', 'signatures', 'envelopeHash', 'payloadHash']);
    for (const key of ['signatures', 'envelopeHash', 'payloadHash']) {
        if (spec.optional(key) !== undefined) {
            spec.fail(`"${key}" is computed by the log and must not be sent with proposedContent`);
        }
    }
    const content = spec.get('proposedContent').onlyKeys(['envelope', 'verifiers']);
    const envelopeNode = content.get('envelope');
    const envelopeText = envelopeNode.nonEmptyString();
    let envelopeRoot;
    try {
        envelopeRoot = (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeJson */ .xO)(envelopeText, 'ENTRY_MALFORMED', envelopeNode.path);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('ENTRY_MALFORMED', `${envelopeNode.path}: is not a JSON DSSE envelope`, {
            cause,
            details: { path: envelopeNode.path },
        });
    }
    const decoded = (0,_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeEnvelopeNode */ .hd)(envelopeRoot);
    const { envelope, sigTexts } = decoded;
    const signatureCount = envelope.signatures.length;
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .checkItemCount */ .V)(envelopeRoot.get('signatures'), signatureCount, _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ENVELOPE_SIGNATURES */ .I, 'signatures');
    const verifiersNode = content.get('verifiers');
    const verifierNodes = verifiersNode.array();
    if (verifierNodes.length === 0)
        verifiersNode.fail('must hold at least one verifier');
    // Counted before any key is parsed: parsing certificate chains is itself work an attacker could multiply.
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .checkItemCount */ .V)(verifiersNode, verifierNodes.length, _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ENVELOPE_SIGNATURES */ .I, 'verifiers');
    const verifiers = distinctVerifiers(verifierNodes);
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .checkItemCount */ .V)(verifiersNode, verifiers.length, signatureCount, 'distinct verifiers for its signatures');
    // One PAE; each signature checked against one verifier at a time until the first match.
    const message = (0,_dsse_pae_js__WEBPACK_IMPORTED_MODULE_2__/* .pae */ .Z)(envelope.payloadType, envelope.payload);
    const matched = matchSignatures(message, envelope.signatures, verifiers, envelopeNode.path);
    const idle = verifiers.find((v) => !matched.includes(v));
    if (idle !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('ENTRY_SIGNATURE_INVALID', `${idle.path}: verifies none of the envelope's signatures`, {
            details: { path: idle.path },
        });
    }
    const signatures = matched.map((v, i) => ({ signature: sigTexts[i] ?? '', verifier: v.verifier }));
    const payloadHash = (0,_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .fg)(envelope.payload);
    const envelopeBytes = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(envelopeText);
    const body = dsseBodyBytes((0,_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .fg)(envelopeBytes), payloadHash, signatures);
    const indexKeys = new Set([`sha256:${payloadHash}`, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .statementIndexKeys */ .YO)(envelope.payloadType, envelope.payload)]);
    for (const v of verifiers)
        indexKeys.add((0,_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .keyIndexKey */ .nu)(v.verifier));
    const attestation = (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .attestationWithin */ .Gd)(envelopeBytes, opts);
    return {
        kind: 'dsse',
        apiVersion: '0.0.1',
        body,
        indexKeys: [...indexKeys],
        ...(attestation === undefined ? {} : { attestation }),
    };
}
/** The verifiers, parsed, with the same key (same canonical PEM) kept once: its first occurrence. */
function distinctVerifiers(nodes) {
    const byPem = new Map();
    for (const node of nodes) {
        const verifier = (0,_verifier_js__WEBPACK_IMPORTED_MODULE_9__/* .decodeVerifierField */ .hT)(node);
        if (!byPem.has(verifier.canonicalPem))
            byPem.set(verifier.canonicalPem, { verifier, path: node.path });
    }
    return [...byPem.values()];
}
/**
 * The verifier of each signature: the first that accepts it, trying verifiers no signature has claimed yet before
 * the others (so each signer's key normally meets its own signature first). Each (signature, verifier) pair is
 * checked at most once over the one PAE and a signature's search stops at its first match: at most signatures x
 * verifiers checks, both capped (limits.ts). ENTRY_SIGNATURE_INVALID names the first signature no verifier
 * accepts.
 */
function matchSignatures(message, signatures, verifiers, envelopePath) {
    const claimed = new Set();
    return signatures.map((s, i) => {
        const order = [...verifiers.filter((v) => !claimed.has(v)), ...verifiers.filter((v) => claimed.has(v))];
        const match = order.find((v) => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .verifySignature */ .Od)(v.verifier.key, message, s.sig));
        if (match === undefined) {
            const path = `${envelopePath}.signatures[${i}]`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('ENTRY_SIGNATURE_INVALID', `${path}: signature does not verify with any verifier`, {
                details: { path },
            });
        }
        claimed.add(match);
        return match;
    });
}
/** Canonical body bytes (JCS); signatures sorted by signature text as Rekor does. */
function dsseBodyBytes(envelopeHash, payloadHash, signatures) {
    const sorted = [...signatures].sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
    const body = {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
            envelopeHash: { algorithm: 'sha256', value: envelopeHash },
            payloadHash: { algorithm: 'sha256', value: payloadHash },
            signatures: sorted.map((s) => ({ signature: s.signature, verifier: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(s.verifier.canonicalPem)) })),
        },
    };
    // Every member above is written in JCS order and holds a string; when those strings are plain base64/hex,
    // JSON.stringify produces exactly the RFC 8785 text (no numbers, nothing to escape), at a fraction of the cost
    // of the general canonicalizer on the log's write path.
    const plain = _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .JCS_PLAIN_STRING */ .ox.test(envelopeHash) &&
        _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .JCS_PLAIN_STRING */ .ox.test(payloadHash) &&
        body.spec.signatures.every((s) => _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .JCS_PLAIN_STRING */ .ox.test(s.signature) && _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .JCS_PLAIN_STRING */ .ox.test(s.verifier));
    return plain ? (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(JSON.stringify(body)) : (0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJsonBytes */ .qJ)(body);
}
/** Verifier-side decoding of a stored dsse body (structure only). */
function decodeDsseBody(spec) {
    const signatures = spec
        .get('signatures')
        .array()
        .map((n) => {
        return { signature: n.get('signature').nonEmptyString(), verifierPem: (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .decodePemText */ .K_)(n.get('verifier')) };
    });
    if (signatures.length === 0)
        spec.get('signatures').fail('must hold at least one signature');
    return {
        kind: 'dsse',
        apiVersion: '0.0.1',
        envelopeHash: (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeSha256 */ .sn)(spec.get('envelopeHash')),
        payloadHash: (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeSha256 */ .sn)(spec.get('payloadHash')),
        signatures,
    };
}


/***/ }),

/***/ 2974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R4: () => (/* binding */ decodeEntryBody),
  c2: () => (/* reexport */ decodeLogEntryResponse),
  ub: () => (/* binding */ entryId),
  C0: () => (/* binding */ entryKindOf),
  G4: () => (/* binding */ entryUuid),
  Vm: () => (/* binding */ parseEntryId),
  bb: () => (/* binding */ treeIdHex)
});

// UNUSED EXPORTS: SUPPORTED_KINDS

// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/merkle/hash.ts
var hash = __webpack_require__(304);
// EXTERNAL MODULE: ./src/core/rekor/dsse.ts
var dsse = __webpack_require__(1986);
// EXTERNAL MODULE: ./src/core/rekor/hashedrekord.ts
var hashedrekord = __webpack_require__(3027);
// EXTERNAL MODULE: ./src/core/rekor/intoto.ts
var intoto = __webpack_require__(8736);
;// CONCATENATED MODULE: ./src/core/rekor/response.ts
/**
 * Decoding Rekor v1 REST entry responses (`LogEntry` = {"<entryUUID>": LogEntryAnon}, research/rekor-v1.md §1).
 * The REST form keeps hex and JSON numbers; conversion to bundle form is the bundle codec's job. The UUID key
 * is checked against the body's leaf hash, so a response cannot pair one entry's ID with another's body.
 */




const UUID_RE = /^(?:[0-9a-f]{64}|[0-9a-f]{80})$/;
/** Strictly decodes a `LogEntry` map with exactly one entry. Errors: LOG_RESPONSE_INVALID with the path. */
function decodeLogEntryResponse(json) {
    const root = (0,decode/* decode */.D4)(json, 'LOG_RESPONSE_INVALID', 'response');
    const keys = root.keys();
    const uuid = keys.length === 1 ? keys[0] : undefined;
    if (uuid === undefined)
        return root.fail(`expected exactly one entry, got ${keys.length}`);
    if (!UUID_RE.test(uuid))
        root.fail('entry key is not a 64- or 80-character lowercase hex UUID');
    const node = root.get(uuid);
    const bodyNode = node.get('body');
    const body = bodyNode.string();
    const bodyBytes = bodyNode.base64();
    const verification = node.get('verification');
    const proofNode = verification.optional('inclusionProof');
    const setNode = verification.optional('signedEntryTimestamp');
    const attestationNode = node.optional('attestation')?.optional('data');
    const entry = {
        body,
        integratedTime: node.get('integratedTime').uint(),
        logID: hex(node.get('logID')),
        logIndex: node.get('logIndex').uint(),
        verification: {
            ...(proofNode === undefined
                ? {}
                : {
                    inclusionProof: {
                        logIndex: proofNode.get('logIndex').uint(),
                        treeSize: proofNode.get('treeSize').uint(),
                        rootHash: hex(proofNode.get('rootHash')),
                        hashes: proofNode.get('hashes').array().map(hex),
                        checkpoint: proofNode.get('checkpoint').nonEmptyString(),
                    },
                }),
            ...(setNode === undefined ? {} : { signedEntryTimestamp: base64Text(setNode) }),
        },
        ...(attestationNode === undefined ? {} : { attestation: { data: base64Text(attestationNode) } }),
    };
    const proof = entry.verification.inclusionProof;
    if (proof !== undefined && proof.logIndex >= proof.treeSize) {
        proofNode?.get('logIndex').fail('is not below treeSize');
    }
    if (uuid.slice(-64) !== (0,bytes/* toHex */.nj)((0,hash/* leafHash */.Jq)(bodyBytes))) {
        throw new errors/* CodedError */.AK('LOG_RESPONSE_INVALID', 'response entry UUID does not match the leaf hash of its body', {
            details: { path: 'response', uuid },
        });
    }
    return { uuid, entry };
}
/** A 32-byte lowercase hex field, kept as text. */
function hex(n) {
    n.hex(32);
    return n.string();
}
/** A standard-base64 field, validated and kept as text. */
function base64Text(n) {
    n.base64();
    return n.string();
}

;// CONCATENATED MODULE: ./src/core/rekor/entry.ts
/**
 * Rekor v1 entries: IDs (research/rekor-v1.md §3) and decoding of stored canonical bodies for verifiers.
 * Kind-specific rules live in hashedrekord.ts, dsse.ts and intoto.ts; this file dispatches on (kind,
 * apiVersion). The log's admission of a ProposedEntry (§2) is in admit.ts.
 */








/** The API version each kind is accepted in (Rekor v1's current ones). */
const SUPPORTED_KINDS = {
    hashedrekord: '0.0.1',
    dsse: '0.0.1',
    intoto: '0.0.2',
};
/** Entry UUID (the bare form): hex of the RFC 6962 leaf hash SHA-256(0x00 || body). */
function entryUuid(body) {
    return (0,bytes/* toHex */.nj)((0,hash/* leafHash */.Jq)(body));
}
const INT64_MAX = (1n << 63n) - 1n;
/** Rekor tree IDs are int64 > 2^53: decimal strings in, BigInt for arithmetic. 0 is not a valid tree. */
function parseTreeId(treeId) {
    if (!/^[1-9][0-9]{0,18}$/.test(treeId) || BigInt(treeId) > INT64_MAX) {
        throw new errors/* CodedError */.AK('ENTRY_ID_MALFORMED', `tree ID "${treeId}" is not a decimal integer in 1..2^63-1`);
    }
    return BigInt(treeId);
}
/** `%016x` of a decimal tree ID: the first 16 hex characters of every 80-hex entry ID of that tree. */
function treeIdHex(treeId) {
    return parseTreeId(treeId).toString(16).padStart(16, '0');
}
/** The 80-hex entry ID Rekor returns: %016x of the tree ID, then the leaf hash. */
function entryId(treeId, body) {
    return treeIdHex(treeId) + entryUuid(body);
}
/** Parses a 64-hex UUID or an 80-hex entry ID (any case, as Rekor's route accepts); returns lowercase. */
function parseEntryId(id) {
    if (!/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{80})$/.test(id)) {
        throw new errors/* CodedError */.AK('ENTRY_ID_MALFORMED', 'an entry ID is 64 hex characters (UUID) or 80 (tree ID + UUID)', {
            details: { id: id.slice(0, 100) },
        });
    }
    const lower = id.toLowerCase();
    if (lower.length === 64)
        return { leafHash: lower };
    const tree = BigInt(`0x${lower.slice(0, 16)}`);
    if (tree === 0n || tree > INT64_MAX) {
        throw new errors/* CodedError */.AK('ENTRY_ID_MALFORMED', `entry ID names tree ${tree}, which is not a valid tree ID`);
    }
    return { treeId: tree.toString(10), leafHash: lower.slice(16) };
}
function isEntryKind(kind) {
    return Object.hasOwn(SUPPORTED_KINDS, kind);
}
function entryKindOf(root) {
    const kindNode = root.get('kind');
    const kind = kindNode.string();
    const apiVersion = root.get('apiVersion').string();
    if (!isEntryKind(kind)) {
        throw new errors/* CodedError */.AK('ENTRY_KIND_UNSUPPORTED', `entry kind "${kind.slice(0, 64)}" is not supported`, {
            details: { path: kindNode.path, supported: SUPPORTED_KINDS },
        });
    }
    const k = kind;
    if (SUPPORTED_KINDS[k] !== apiVersion) {
        throw new errors/* CodedError */.AK('ENTRY_KIND_UNSUPPORTED', `${k} apiVersion "${apiVersion.slice(0, 32)}" is not supported (use ${SUPPORTED_KINDS[k]})`, { details: { path: `${root.path}.apiVersion`, supported: SUPPORTED_KINDS } });
    }
    return { kind: k, apiVersion };
}
/** Decodes a stored canonical body (bundle `canonicalizedBody`, REST `body`) into its kind's fields. */
function decodeEntryBody(body) {
    let text;
    try {
        text = (0,bytes/* fromUtf8 */.ar)(body, 'entry body');
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('ENTRY_MALFORMED', 'entry body is not UTF-8', { cause });
    }
    let root;
    try {
        root = (0,decode/* decodeJson */.xO)(text, 'ENTRY_MALFORMED', 'body');
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('ENTRY_MALFORMED', 'entry body is not JSON', { cause });
    }
    const { kind } = entryKindOf(root);
    const spec = root.get('spec');
    switch (kind) {
        case 'hashedrekord':
            return (0,hashedrekord/* decodeHashedRekordBody */.N3)(spec);
        case 'dsse':
            return (0,dsse/* decodeDsseBody */.w4)(spec);
        case 'intoto':
            return (0,intoto/* decodeIntotoBody */.k9)(spec);
    }
}


/***/ }),

/***/ 3027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ decodeHash),
/* harmony export */   N3: () => (/* binding */ decodeHashedRekordBody),
/* harmony export */   U1: () => (/* binding */ hashedRekordBodyBytes),
/* harmony export */   Yj: () => (/* binding */ checkHashedRekordAlgorithm)
/* harmony export */ });
/* unused harmony export proposeHashedRekordEntry */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1214);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3046);
/**
 * Rekor `hashedrekord` v0.0.1: a signature over an artifact digest (research/rekor-v1.md §2). The only kind
 * with an algorithm allow-list: RSA PKCS#1 v1.5 2048/3072/4096 + SHA-256, ECDSA P-256/P-384/P-521 with
 * SHA-256/384/512, Ed25519 (as Ed25519ph, so SHA-512). The canonical body equals the request with the key
 * re-encoded as Go PEM. The log's admission check (it verifies the signature, with @noble/curves) is in
 * hashedrekord-admit.ts, so clients that only read hashedrekord bodies do not load noble.
 */





const HASH_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
const RSA_MODULUS_BITS = [2048, 3072, 4096];
function hexDigestRe(length) {
    return new RegExp(`^[0-9a-fA-F]{${length}}$`);
}
/** Built once (decodeHash runs on every entry admitted or read). */
const DIGEST_HEX_RE = {
    sha256: hexDigestRe(2 * _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_BYTES */ .x4.sha256),
    sha384: hexDigestRe(2 * _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_BYTES */ .x4.sha384),
    sha512: hexDigestRe(2 * _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_BYTES */ .x4.sha512),
};
/** The request body for a signature over `digest` (what sigstore-js `toProposedHashedRekordEntry` sends). */
function proposeHashedRekordEntry(args) {
    return {
        apiVersion: '0.0.1',
        kind: 'hashedrekord',
        spec: {
            data: { hash: { algorithm: args.algorithm ?? 'sha256', value: toHex(args.digest) } },
            signature: { content: toBase64(args.signature), publicKey: { content: toBase64(utf8(args.publicKeyPem)) } },
        },
    };
}
/** Canonical body bytes (JCS) for already-validated parts. */
function hashedRekordBodyBytes(hash, signature, canonicalPem) {
    return (0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJsonBytes */ .qJ)({
        apiVersion: '0.0.1',
        kind: 'hashedrekord',
        spec: {
            data: { hash: { algorithm: hash.algorithm, value: hash.value } },
            signature: { content: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(signature), publicKey: { content: (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)(canonicalPem)) } },
        },
    });
}
function decodeHash(node) {
    const algorithm = node.get('algorithm').oneOf(HASH_ALGORITHMS);
    const valueNode = node.get('value');
    const value = valueNode.string();
    const length = 2 * _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_BYTES */ .x4[algorithm];
    if (!DIGEST_HEX_RE[algorithm].test(value))
        valueNode.fail(`expected ${length} hex characters`);
    return { algorithm, value };
}
/** Throws UNSUPPORTED_KEY unless (key, hash) is on Rekor's hashedrekord allow-list. */
function checkHashedRekordAlgorithm(verifier, hash, path) {
    const { key } = verifier;
    const expected = key.algorithm === 'ed25519' ? 'sha512' : (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .hashForKey */ .z)(key.algorithm);
    let ok = expected === hash;
    if (key.algorithm === 'rsa') {
        ok &&= RSA_MODULUS_BITS.includes(key.keyObject.asymmetricKeyDetails?.modulusLength ?? 0);
    }
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('UNSUPPORTED_KEY', `${path}: ${key.algorithm} with ${hash} is not an allowed hashedrekord algorithm ` +
            '(ECDSA P-256/SHA-256, P-384/SHA-384, P-521/SHA-512, RSA 2048-4096/SHA-256, Ed25519ph/SHA-512)', { details: { path } });
    }
}
/**
 * Verifier-side decoding of a stored hashedrekord body: structure only (no key parsing, no signature check;
 * the caller compares the fields with the bundle's content).
 */
function decodeHashedRekordBody(spec) {
    const hash = decodeHash(spec.get('data').get('hash'));
    const sigNode = spec.get('signature');
    const signature = sigNode.get('content').base64();
    const keyNode = sigNode.get('publicKey').get('content');
    const publicKeyPem = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemText */ .K_)(keyNode);
    return { kind: 'hashedrekord', apiVersion: '0.0.1', hash, signature, publicKeyPem };
}


/***/ }),

/***/ 8736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ admitIntoto),
/* harmony export */   k9: () => (/* binding */ decodeIntotoBody)
/* harmony export */ });
/* unused harmony exports intotoEnvelopeHash, proposeIntotoEntry */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _dsse_envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6017);
/* harmony import */ var _dsse_pae_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4055);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1214);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8670);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3046);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7203);
/* harmony import */ var _verifier_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6965);
/**
 * Rekor `intoto` v0.0.2 (legacy; sigstore-js `entryType: 'intoto'`), research/rekor-v1.md §2. Quirks kept
 * byte-for-byte: payload and signatures are base64 *twice* in the request (Go strfmt.Base64 around the DSSE
 * base64 text), `hash` is client-computed and stored as sent, public keys are stored as submitted (not
 * re-encoded), and the stored envelope drops the payload.
 */









/**
 * sigstore-js's `hash`: SHA-256 of the JCS of the envelope with each signature's PEM key attached (PEM text,
 * single base64 for payload and sig; keyid only when non-empty).
 */
function intotoEnvelopeHash(envelope, publicKeyPem) {
    return sha256Hex(canonicalJsonBytes({
        payloadType: envelope.payloadType,
        payload: toBase64(envelope.payload),
        signatures: envelope.signatures.map((s) => ({
            ...(s.keyid === '' ? {} : { keyid: s.keyid }),
            sig: toBase64(s.sig),
            publicKey: publicKeyPem,
        })),
    }));
}
/** The request for an envelope signed by `publicKeyPem` (key or certificate), as sigstore-js builds it. */
function proposeIntotoEntry(envelope, publicKeyPem) {
    const twice = (bytes) => toBase64(utf8(toBase64(bytes)));
    return {
        apiVersion: '0.0.2',
        kind: 'intoto',
        spec: {
            content: {
                envelope: {
                    payloadType: envelope.payloadType,
                    payload: twice(envelope.payload),
                    signatures: envelope.signatures.map((s) => ({
                        ...(s.keyid === '' ? {} : { keyid: s.keyid }),
                        sig: twice(s.sig),
                        publicKey: toBase64(utf8(publicKeyPem)),
                    })),
                },
                hash: { algorithm: 'sha256', value: intotoEnvelopeHash(envelope, publicKeyPem) },
                payloadHash: { algorithm: 'sha256', value: sha256Hex(envelope.payload) },
            },
        },
    };
}
/** Decodes base64(base64(bytes)); null when either layer is not base64. */
function decodeTwice(text) {
    try {
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64Loose */ .EP)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .ar)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(text)));
    }
    catch {
        return null;
    }
}
/** Server-side admission (Node code ENTRY_MALFORMED). */
function admitIntoto(spec, opts) {
    spec.onlyKeys(['content']);
    const content = spec.get('content').onlyKeys(['envelope', 'hash', 'payloadHash']);
    const envNode = content.get('envelope').onlyKeys(['payload', 'payloadType', 'signatures']);
    const payloadType = envNode.get('payloadType').nonEmptyString();
    const payloadNode = envNode.get('payload');
    const payload = decodeTwice(payloadNode.string()) ?? payloadNode.fail('must be base64 of the base64 payload');
    const sigNodes = envNode.get('signatures').array();
    if (sigNodes.length === 0)
        envNode.get('signatures').fail('must hold at least one signature');
    // Each signature carries its own key and is checked once with it; the count bounds the checks (limits.ts).
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .checkItemCount */ .V)(envNode.get('signatures'), sigNodes.length, _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_ENVELOPE_SIGNATURES */ .I, 'signatures');
    const message = (0,_dsse_pae_js__WEBPACK_IMPORTED_MODULE_2__/* .pae */ .Z)(payloadType, payload);
    const verifiers = [];
    const stored = [];
    const envelope = { payloadType, payload, signatures: [] };
    for (const node of sigNodes) {
        node.onlyKeys(['keyid', 'sig', 'publicKey']);
        const sigNode = node.get('sig');
        const sigText = sigNode.nonEmptyString();
        const sig = decodeTwice(sigText) ?? sigNode.fail('must be base64 of the base64 signature');
        const keyNode = node.get('publicKey');
        const verifier = (0,_verifier_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeVerifierField */ .hT)(keyNode);
        if (!(0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySignature */ .Od)(verifier.key, message, sig)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .AK('ENTRY_SIGNATURE_INVALID', `${sigNode.path}: signature does not verify with publicKey`, {
                details: { path: sigNode.path },
            });
        }
        const keyid = node.optional('keyid')?.string() ?? '';
        verifiers.push(verifier);
        envelope.signatures.push({ keyid, sig });
        stored.push({ ...(keyid === '' ? {} : { keyid }), sig: sigText, publicKey: keyNode.string() });
    }
    const hash = (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeSha256 */ .sn)(content.get('hash'));
    const payloadHash = (0,_verifier_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(payload);
    const sentPayloadHash = content.optional('payloadHash');
    if (sentPayloadHash !== undefined && (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeSha256 */ .sn)(sentPayloadHash).value !== payloadHash) {
        sentPayloadHash.get('value').fail('does not match the SHA-256 of the payload');
    }
    const body = (0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJsonBytes */ .qJ)({
        apiVersion: '0.0.2',
        kind: 'intoto',
        spec: {
            content: {
                envelope: { payloadType, signatures: stored },
                hash,
                payloadHash: { algorithm: 'sha256', value: payloadHash },
            },
        },
    });
    const indexKeys = new Set([`sha256:${payloadHash}`, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .statementIndexKeys */ .YO)(payloadType, payload)]);
    for (const v of verifiers)
        indexKeys.add((0,_verifier_js__WEBPACK_IMPORTED_MODULE_8__/* .keyIndexKey */ .nu)(v));
    const attestation = (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .attestationWithin */ .Gd)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8 */ .As)((0,_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnvelope */ .MG)(envelope)), opts);
    return {
        kind: 'intoto',
        apiVersion: '0.0.2',
        body,
        indexKeys: [...indexKeys],
        ...(attestation === undefined ? {} : { attestation }),
    };
}
/** Verifier-side decoding of a stored intoto body (structure only). */
function decodeIntotoBody(spec) {
    const content = spec.get('content');
    const envNode = content.get('envelope');
    const payloadNode = envNode.optional('payload');
    let payload;
    if (payloadNode !== undefined) {
        payload = decodeTwice(payloadNode.string()) ?? payloadNode.fail('must be base64 of the base64 payload');
    }
    const signatures = envNode
        .get('signatures')
        .array()
        .map((node) => {
        const sigText = node.get('sig').nonEmptyString();
        const keyid = node.optional('keyid')?.string();
        return {
            sigText,
            sig: decodeTwice(sigText),
            publicKeyPem: (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .decodePemText */ .K_)(node.get('publicKey')),
            ...(keyid === undefined ? {} : { keyid }),
        };
    });
    if (signatures.length === 0)
        envNode.get('signatures').fail('must hold at least one signature');
    return {
        kind: 'intoto',
        apiVersion: '0.0.2',
        payloadType: envNode.get('payloadType').string(),
        ...(payload === undefined ? {} : { payload }),
        signatures,
        hash: (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeSha256 */ .sn)(content.get('hash')),
        payloadHash: (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeSha256 */ .sn)(content.get('payloadHash')),
    };
}


/***/ }),

/***/ 7203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ MAX_ENVELOPE_SIGNATURES),
/* harmony export */   V: () => (/* binding */ checkItemCount)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Bounds on the work one proposed entry can ask of the log (issue 11 §2). Admission checks signatures, and
 * every check hashes the whole DSSE PAE (up to the 4 MiB body cap), so the number of checks per entry is what
 * has to be small: 100 signatures x 100 verifiers over 1 MiB cost ~11 s of CPU before these limits.
 *
 * - MAX_ENVELOPE_SIGNATURES = 8. Sigstore clients (sigstore-js, cosign, gh attestation, this project) put one
 *   signature in an envelope; DSSE multi-signing (threshold schemes, in-toto layouts with a few functionaries)
 *   uses a handful. Eight leaves room for those and caps a dsse entry at 8 x 8 = 64 checks (one verifier per
 *   signature at most, see dsse.ts) and an intoto entry at 8.
 * - Verifiers: at most as many distinct ones as there are signatures, and every one must verify a signature.
 *   That is Rekor's own rule (each verifier must accept at least one signature, or the entry is refused), and it
 *   also keeps an entry from being indexed under keys that did not sign it.
 */

const MAX_ENVELOPE_SIGNATURES = 8;
/** ENTRY_LIMIT_EXCEEDED when an array holds more than `limit` items (checked before any item is decoded). */
function checkItemCount(node, count, limit, what) {
    if (count <= limit)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .AK('ENTRY_LIMIT_EXCEEDED', `${node.path}: holds ${count} ${what}; the log accepts at most ${limit}`, {
        details: { path: node.path, limit, count },
    });
}


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ parseVerifierPem),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   hT: () => (/* binding */ decodeVerifierField),
/* harmony export */   nu: () => (/* binding */ keyIndexKey)
/* harmony export */ });
/* unused harmony exports MAX_CERTIFICATES, VERIFIER_CACHE_SIZE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3046);
/**
 * Rekor v1 "verifiers": a PEM public key or a PEM certificate (chain) that a signature must verify with,
 * sent base64-encoded inside entries. The log re-encodes them the way Go's encoding/pem does (64-character
 * lines, trailing newline) before storing, so bodies do not depend on the client's PEM formatting.
 * Certificates are only a carrier for the key here: no chain or validity check (that is the verifier's job).
 */





/** Rekor accepts at most this many certificates in one verifier (its chain limit). */
const MAX_CERTIFICATES = 10;
const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;
/** Splits PEM text into blocks; anything but whitespace around them, or a body that is not base64, is an error. */
function parsePemBlocks(text, what) {
    const blocks = [];
    let last = 0;
    for (const m of text.matchAll(BLOCK_RE)) {
        const [whole, label = '', body = '', endLabel = ''] = m;
        if (text.slice(last, m.index).trim() !== '')
            throw invalid(what, 'has text outside PEM blocks');
        if (label !== endLabel)
            throw invalid(what, `has BEGIN ${label} closed by END ${endLabel}`);
        let der;
        try {
            der = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromBase64 */ .Ey)(body.replace(/\s+/g, ''));
        }
        catch (cause) {
            throw invalid(what, `has a ${label} block that is not base64`, cause);
        }
        if (der.byteLength === 0)
            throw invalid(what, `has an empty ${label} block`);
        blocks.push({ label, der });
        last = m.index + whole.length;
    }
    if (text.slice(last).trim() !== '')
        throw invalid(what, 'has text outside PEM blocks');
    if (blocks.length === 0)
        throw invalid(what, 'is not PEM');
    return blocks;
}
function invalid(what, problem, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('INVALID_KEY', `${what} ${problem}`, { cause, details: { path: what } });
}
/** How many distinct verifier texts parseVerifierPem remembers (least recently used dropped first). */
const VERIFIER_CACHE_SIZE = 1024;
/**
 * Parsed verifiers by their exact PEM text. Parsing (OpenSSL key import, SPKI export, certificate decoding)
 * costs several times the signature check itself, and a log sees the same few signing keys over and over. The
 * result is a pure function of the text (the `what` label only shapes error messages, and errors are never
 * cached), so remembering it changes nothing but the time. Bounded: a Map kept in use order, oldest evicted.
 */
const verifierCache = new Map();
/** keyIndexKey results for verifiers handed out by the cache (same object in, same key out). */
const indexKeys = new WeakMap();
/** Parses a PEM `PUBLIC KEY` or one to ten `CERTIFICATE` blocks (leaf first). Frozen; may be shared. */
function parseVerifierPem(text, what = 'verifier') {
    const cached = verifierCache.get(text);
    if (cached !== undefined) {
        verifierCache.delete(text);
        verifierCache.set(text, cached);
        return cached;
    }
    const verifier = Object.freeze(parseVerifierPemUncached(text, what));
    if (verifierCache.size >= VERIFIER_CACHE_SIZE) {
        const oldest = verifierCache.keys().next();
        if (oldest.done !== true)
            verifierCache.delete(oldest.value);
    }
    verifierCache.set(text, verifier);
    return verifier;
}
function parseVerifierPemUncached(text, what) {
    const blocks = parsePemBlocks(text, what);
    const [first] = blocks;
    if (first === undefined)
        throw invalid(what, 'is not PEM');
    if (first.label === 'PUBLIC KEY') {
        if (blocks.length !== 1)
            throw invalid(what, 'must hold exactly one PUBLIC KEY block');
        const key = withPath(what, () => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKeyDer */ .f)(first.der, what));
        return { kind: 'publicKey', key, canonicalPem: (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)('PUBLIC KEY', key.spki) };
    }
    if (blocks.some((b) => b.label !== 'CERTIFICATE')) {
        throw invalid(what, 'must be a PUBLIC KEY or CERTIFICATE blocks only');
    }
    if (blocks.length > MAX_CERTIFICATES)
        throw invalid(what, `holds more than ${MAX_CERTIFICATES} certificates`);
    let cert;
    try {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(first.der));
    }
    catch (cause) {
        throw invalid(what, 'holds a certificate that does not parse', cause);
    }
    const key = withPath(what, () => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyFromKeyObject */ .zp)(cert.publicKey));
    return { kind: 'certificate', key, canonicalPem: blocks.map((b) => (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPem */ .uy)(b.label, b.der)).join('') };
}
function withPath(what, fn) {
    try {
        return fn();
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK && cause.details === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK(cause.code, cause.message, { cause, details: { path: what } });
        }
        throw cause;
    }
}
/** Decodes a base64 (standard, padded: Go strfmt.Base64) field holding PEM text, then parses it. */
function decodeVerifierField(node) {
    return parseVerifierPem((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemText */ .K_)(node), node.path);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Search key for a verifier: hex SHA-256 of its canonical PEM (Rekor's public-key index key). */
function keyIndexKey(v) {
    let key = indexKeys.get(v);
    if (key === undefined) {
        key = sha256Hex(v.canonicalPem);
        if (Object.isFrozen(v))
            indexKeys.set(v, key); // only objects that cannot change under the memo
    }
    return key;
}


/***/ })

};
