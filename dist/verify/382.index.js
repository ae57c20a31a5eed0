export const id = 382;
export const ids = [382];
export const modules = {

/***/ 7464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   $V: () => (/* binding */ AttributeSet),
/* harmony export */   D_: () => (/* binding */ Utf8Value),
/* harmony export */   Sg: () => (/* binding */ OidValue),
/* harmony export */   kZ: () => (/* binding */ serializeDer),
/* harmony export */   zE: () => (/* binding */ parseDer)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * The few ASN.1 shapes the verifier needs beyond what @peculiar/asn1-x509 / asn1-cms / asn1-tsp declare, built
 * with @peculiar/asn1-schema's own decorators (applied as plain functions: the project compiles without
 * `experimentalDecorators`). All DER reading and writing goes through AsnParser / AsnSerializer; nothing here
 * walks bytes by hand.
 */



/** A bare UTF8String (Fulcio's v2 extensions, RFC 5280 otherName values). */
class Utf8Value {
    utf8 = '';
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnPropTypes.Utf8String })(Utf8Value.prototype, 'utf8');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Choice })(Utf8Value);
/** A bare OBJECT IDENTIFIER (the CMS contentType attribute value). */
class OidValue {
    oid = '';
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnPropTypes.ObjectIdentifier })(OidValue.prototype, 'oid');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Choice })(OidValue);
/**
 * `SET OF Attribute`: RFC 5652 §5.4 — the CMS signature covers the DER encoding of the signed attributes with
 * the EXPLICIT SET OF tag, not the [0] IMPLICIT tag they carry inside SignerInfo.
 */
class AttributeSet extends _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, AttributeSet.prototype);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnType)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnTypeTypes.Set, itemType: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__.Attribute })(AttributeSet);
/** Parses DER into a schema class; any parser failure becomes `code` naming `what`. */
function parseDer(der, type, code, what) {
    try {
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnParser.parse(der, type);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK(code, `${what} is not valid DER (${cause instanceof Error ? cause.message : 'parse error'})`, {
            cause,
        });
    }
}
/** DER-encodes a schema object. */
function serializeDer(value) {
    return new Uint8Array(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnSerializer.serialize(value));
}
/** A view of an ArrayBuffer as bytes (peculiar returns ArrayBuffers). */
function bytesOf(buffer) {
    return buffer instanceof ArrayBuffer
        ? new Uint8Array(buffer)
        : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}


/***/ }),

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certificateValidAt: () => (/* binding */ certificateValidAt),
/* harmony export */   formatTime: () => (/* binding */ formatTime),
/* harmony export */   issuedBy: () => (/* binding */ issuedBy),
/* harmony export */   parseCertificate: () => (/* binding */ parseCertificate),
/* harmony export */   verifyCertificateChain: () => (/* binding */ verifyCertificateChain),
/* harmony export */   withinWindow: () => (/* binding */ withinWindow)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7464);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1219);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1877);






/**
 * Trusted-root certificates are parsed once per byte array (trusted roots live as long as the process); a hit
 * counts only while the array still holds the bytes that were parsed.
 */
const parsedCache = new WeakMap();
/** Parses one DER certificate; CERT_CHAIN_INVALID (naming `what`) when either parser rejects it. */
function parseCertificate(der, what = 'certificate') {
    const cached = parsedCache.get(der);
    if (cached !== undefined && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(cached.bytes, der))
        return cached.parsed;
    if (der.byteLength === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `${what} is empty`);
    const asn = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(der, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__.Certificate, 'CERT_CHAIN_INVALID', what);
    const { x509, publicKey } = (0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCertificate */ .I)(der, what);
    const validity = asn.tbsCertificate.validity;
    let spki;
    const parsed = {
        der,
        x509,
        asn,
        publicKey,
        // Exported on first read: only issuer certificates need it (SCT issuer_key_hash), and the export costs
        // about as much as parsing the certificate.
        get spki() {
            spki ??= new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
            return spki;
        },
        notBefore: validity.notBefore.getTime().getTime() / 1000,
        notAfter: validity.notAfter.getTime().getTime() / 1000,
    };
    parsedCache.set(der, { bytes: der.slice(), parsed });
    return parsed;
}
function withinWindow(time, window) {
    return time >= window.start && (window.end === undefined || time <= window.end);
}
function certificateValidAt(cert, time) {
    return time >= cert.notBefore && time <= cert.notAfter;
}
/** Unix seconds as an ISO 8601 UTC time, for messages. */
function formatTime(seconds) {
    return new Date(seconds * 1000).toISOString();
}
/** True when `child` names `parent` as issuer and `parent`'s key verifies `child`'s signature. */
function issuedBy(child, parent) {
    try {
        return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * The authority's own chain checks depend only on the trusted root, not on the bundle: they run once per
 * CA (and again only if its certificates change), the signature checks on the leaf every time.
 */
const authorityChains = new _cache_js__WEBPACK_IMPORTED_MODULE_4__/* .ChainMemoizer */ .e();
function authorityChain(ca) {
    return authorityChains.get(ca, ca.certChain, () => {
        const path = ca.certChain.map((der, i) => parseCertificate(der, `trusted root CA certificate ${i}`));
        return { path, problem: chainProblem(path) };
    });
}
function chainProblem(path) {
    for (let i = 0; i < path.length; i++) {
        const cert = path[i];
        const parent = path[i + 1] ?? cert; // the last one is the self-signed anchor
        if (cert === undefined || parent === undefined)
            return 'the authority chain is incomplete';
        if (!cert.x509.ca)
            return `authority certificate ${i} is not a CA certificate`;
        if (!issuedBy(cert, parent))
            return `authority certificate ${i} is not signed by the next one in the chain`;
    }
    return null;
}
/** The authority path for `leaf` under one CA, or a reason it does not apply. */
function pathUnder(leaf, ca) {
    if (ca.certChain.length === 0)
        return 'the authority has an empty certificate chain';
    const { path, problem } = authorityChain(ca);
    const [first] = path;
    if (first === undefined || !issuedBy(leaf, first))
        return 'the leaf is not signed by this authority';
    return problem ?? [...path]; // a copy: the memoised path is shared
}
/** Why the path cannot be used at `time`, or null when every certificate on it is valid then. */
function timeProblem(leaf, path, ca, time) {
    const at = formatTime(time);
    if (!certificateValidAt(leaf, time)) {
        return `the signing certificate is valid ${formatTime(leaf.notBefore)} to ${formatTime(leaf.notAfter)}, not at ${at}`;
    }
    if (!withinWindow(time, ca.validFor))
        return `the certificate authority is not trusted at ${at} (trusted-root validFor)`;
    const expired = path.findIndex((cert) => !certificateValidAt(cert, time));
    if (expired >= 0)
        return `authority certificate ${expired} is not valid at ${at}`;
    return null;
}
/**
 * Verifies the signing certificate: it is a leaf (not a CA), it chains to a trusted certificate authority, and
 * it and its authority are valid at every time in `times` (the verified integrated times and RFC 3161 times —
 * a signature is only as good as the certificate at the moment it was witnessed).
 * Throws CERT_CHAIN_INVALID or CERT_NOT_VALID_AT_TIME.
 */
function verifyCertificateChain(leafDer, bundleChain, authorities, times) {
    const leaf = parseCertificate(leafDer, 'signing certificate');
    if (leaf.x509.ca)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', 'the signing certificate is a CA certificate, not a leaf');
    if (times.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_NOT_VALID_AT_TIME', 'no verified timestamp to check the signing certificate against');
    }
    const reasons = [];
    let timeFailure = null;
    for (const ca of authorities) {
        const path = pathUnder(leaf, ca);
        if (typeof path === 'string') {
            reasons.push(`${ca.uri ?? 'authority'}: ${path}`);
            continue;
        }
        const problem = times.map((t) => timeProblem(leaf, path, ca, t)).find((p) => p !== null) ?? null;
        if (problem !== null) {
            timeFailure ??= problem;
            continue;
        }
        const [issuer] = path;
        if (issuer === undefined)
            continue;
        checkBundleChain(bundleChain, path);
        return { leaf, issuer, path, authority: ca };
    }
    if (timeFailure !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_NOT_VALID_AT_TIME', timeFailure);
    const foreignRoot = bundleChain
        .map((der, i) => parseCertificate(der, `bundle certificate ${i + 1}`))
        .find((cert) => cert.x509.ca && cert.x509.checkIssued(cert.x509));
    if (foreignRoot !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the bundle carries its own root certificate ("${oneLine(foreignRoot.x509.subject)}") and the signing ` +
            'certificate does not chain to a certificate authority of the trusted root; a bundle cannot bring its own trust', { details: { reasons } });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the signing certificate (issuer "${oneLine(leaf.x509.issuer)}") does not chain to a certificate authority of the trusted root`, { details: { reasons } });
}
/** Certificates a bundle ships after the leaf may only repeat the trusted path (see the module comment). */
function checkBundleChain(bundleChain, path) {
    bundleChain.forEach((der, i) => {
        if (path.some((cert) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(cert.der, der)))
            return;
        const cert = parseCertificate(der, `bundle certificate ${i + 1}`);
        const kind = !cert.x509.ca ? 'a' : cert.x509.checkIssued(cert.x509) ? 'a root' : 'an intermediate';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('CERT_CHAIN_INVALID', `the bundle's certificate chain carries ${kind} certificate ` +
            `("${oneLine(cert.x509.subject)}") that is not in the trusted root; trust comes only from the trusted root`);
    });
}
/** Node gives `undefined` for an empty subject (Fulcio leaves have none). */
function oneLine(name) {
    return (name ?? '').replace(/\n/g, ', ');
}


/***/ })

};
