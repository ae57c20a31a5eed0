export const id = 831;
export const ids = [831];
export const modules = {

/***/ 4396:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Accuracy = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
class Accuracy {
    constructor(params = {}) {
        this.seconds = 0;
        Object.assign(this, params);
    }
}
exports.Accuracy = Accuracy;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, optional: true })
], Accuracy.prototype, "seconds", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, implicit: true, optional: true })
], Accuracy.prototype, "millis", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 1, implicit: true, optional: true })
], Accuracy.prototype, "micros", void 0);


/***/ }),

/***/ 7305:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(1860);
tslib_1.__exportStar(__webpack_require__(4396), exports);
tslib_1.__exportStar(__webpack_require__(4552), exports);
tslib_1.__exportStar(__webpack_require__(1913), exports);
tslib_1.__exportStar(__webpack_require__(2923), exports);
tslib_1.__exportStar(__webpack_require__(5354), exports);
tslib_1.__exportStar(__webpack_require__(9693), exports);
tslib_1.__exportStar(__webpack_require__(9195), exports);
tslib_1.__exportStar(__webpack_require__(6849), exports);
tslib_1.__exportStar(__webpack_require__(1114), exports);
tslib_1.__exportStar(__webpack_require__(4081), exports);


/***/ }),

/***/ 4552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageImprint = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
const asn1_x509_1 = __webpack_require__(3594);
class MessageImprint {
    constructor(params = {}) {
        this.hashAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.hashedMessage = new asn1_schema_1.OctetString();
        Object.assign(this, params);
    }
}
exports.MessageImprint = MessageImprint;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], MessageImprint.prototype, "hashAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], MessageImprint.prototype, "hashedMessage", void 0);


/***/ }),

/***/ 1913:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.id_ct_tstInfo = void 0;
exports.id_ct_tstInfo = "1.2.840.113549.1.9.16.1.4";


/***/ }),

/***/ 2923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIFailureInfo = exports.PKIFailureInfoFlags = void 0;
const asn1_schema_1 = __webpack_require__(7261);
var PKIFailureInfoFlags;
(function (PKIFailureInfoFlags) {
    PKIFailureInfoFlags[PKIFailureInfoFlags["badAlg"] = 1] = "badAlg";
    PKIFailureInfoFlags[PKIFailureInfoFlags["badRequest"] = 2] = "badRequest";
    PKIFailureInfoFlags[PKIFailureInfoFlags["badDataFormat"] = 16] = "badDataFormat";
    PKIFailureInfoFlags[PKIFailureInfoFlags["timeNotAvailable"] = 8192] = "timeNotAvailable";
    PKIFailureInfoFlags[PKIFailureInfoFlags["unacceptedPolicy"] = 16384] = "unacceptedPolicy";
    PKIFailureInfoFlags[PKIFailureInfoFlags["unacceptedExtension"] = 32768] = "unacceptedExtension";
    PKIFailureInfoFlags[PKIFailureInfoFlags["addInfoNotAvailable"] = 65536] = "addInfoNotAvailable";
    PKIFailureInfoFlags[PKIFailureInfoFlags["systemFailure"] = 16777216] = "systemFailure";
})(PKIFailureInfoFlags || (exports.PKIFailureInfoFlags = PKIFailureInfoFlags = {}));
class PKIFailureInfo extends asn1_schema_1.BitString {
    toJSON() {
        const flag = this.toNumber();
        const res = [];
        if (flag & PKIFailureInfoFlags.addInfoNotAvailable) {
            res.push("addInfoNotAvailable");
        }
        if (flag & PKIFailureInfoFlags.badAlg) {
            res.push("badAlg");
        }
        if (flag & PKIFailureInfoFlags.badDataFormat) {
            res.push("badDataFormat");
        }
        if (flag & PKIFailureInfoFlags.badRequest) {
            res.push("badRequest");
        }
        if (flag & PKIFailureInfoFlags.systemFailure) {
            res.push("systemFailure");
        }
        if (flag & PKIFailureInfoFlags.systemFailure) {
            res.push("systemFailure");
        }
        if (flag & PKIFailureInfoFlags.timeNotAvailable) {
            res.push("timeNotAvailable");
        }
        if (flag & PKIFailureInfoFlags.unacceptedExtension) {
            res.push("unacceptedExtension");
        }
        if (flag & PKIFailureInfoFlags.unacceptedPolicy) {
            res.push("unacceptedPolicy");
        }
        return res;
    }
    toString() {
        return `[${this.toJSON().join(", ")}]`;
    }
}
exports.PKIFailureInfo = PKIFailureInfo;


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIStatus = void 0;
var PKIStatus;
(function (PKIStatus) {
    PKIStatus[PKIStatus["granted"] = 0] = "granted";
    PKIStatus[PKIStatus["grantedWithMods"] = 1] = "grantedWithMods";
    PKIStatus[PKIStatus["rejection"] = 2] = "rejection";
    PKIStatus[PKIStatus["waiting"] = 3] = "waiting";
    PKIStatus[PKIStatus["revocationWarning"] = 4] = "revocationWarning";
    PKIStatus[PKIStatus["revocationNotification"] = 5] = "revocationNotification";
})(PKIStatus || (exports.PKIStatus = PKIStatus = {}));


/***/ }),

/***/ 9693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var PKIFreeText_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIStatusInfo = exports.PKIFreeText = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
const pki_failure_info_1 = __webpack_require__(2923);
const pki_status_1 = __webpack_require__(5354);
let PKIFreeText = PKIFreeText_1 = class PKIFreeText extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, PKIFreeText_1.prototype);
    }
};
exports.PKIFreeText = PKIFreeText;
exports.PKIFreeText = PKIFreeText = PKIFreeText_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: asn1_schema_1.AsnPropTypes.Utf8String })
], PKIFreeText);
class PKIStatusInfo {
    constructor(params = {}) {
        this.status = pki_status_1.PKIStatus.granted;
        Object.assign(this, params);
    }
}
exports.PKIStatusInfo = PKIStatusInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], PKIStatusInfo.prototype, "status", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: PKIFreeText, optional: true })
], PKIStatusInfo.prototype, "statusString", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: pki_failure_info_1.PKIFailureInfo, optional: true })
], PKIStatusInfo.prototype, "failInfo", void 0);


/***/ }),

/***/ 9195:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampReq = exports.TimeStampReqVersion = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
const asn1_x509_1 = __webpack_require__(3594);
const message_imprint_1 = __webpack_require__(4552);
var TimeStampReqVersion;
(function (TimeStampReqVersion) {
    TimeStampReqVersion[TimeStampReqVersion["v1"] = 1] = "v1";
})(TimeStampReqVersion || (exports.TimeStampReqVersion = TimeStampReqVersion = {}));
class TimeStampReq {
    constructor(params = {}) {
        this.version = TimeStampReqVersion.v1;
        this.messageImprint = new message_imprint_1.MessageImprint();
        this.certReq = false;
        Object.assign(this, params);
    }
}
exports.TimeStampReq = TimeStampReq;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], TimeStampReq.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: message_imprint_1.MessageImprint })
], TimeStampReq.prototype, "messageImprint", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier, optional: true })
], TimeStampReq.prototype, "reqPolicy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({
        type: asn1_schema_1.AsnPropTypes.Integer,
        converter: asn1_schema_1.AsnIntegerArrayBufferConverter,
        optional: true,
    })
], TimeStampReq.prototype, "nonce", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Boolean, defaultValue: false })
], TimeStampReq.prototype, "certReq", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extensions, optional: true, context: 0, implicit: true })
], TimeStampReq.prototype, "extensions", void 0);


/***/ }),

/***/ 6849:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampResp = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
const pki_status_info_1 = __webpack_require__(9693);
const time_stamp_token_1 = __webpack_require__(1114);
class TimeStampResp {
    constructor(params = {}) {
        this.status = new pki_status_info_1.PKIStatusInfo();
        Object.assign(this, params);
    }
}
exports.TimeStampResp = TimeStampResp;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: pki_status_info_1.PKIStatusInfo })
], TimeStampResp.prototype, "status", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: time_stamp_token_1.TimeStampToken, optional: true })
], TimeStampResp.prototype, "timeStampToken", void 0);


/***/ }),

/***/ 1114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampToken = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_cms_1 = __webpack_require__(1467);
const asn1_schema_1 = __webpack_require__(7261);
let TimeStampToken = class TimeStampToken extends asn1_cms_1.ContentInfo {
};
exports.TimeStampToken = TimeStampToken;
exports.TimeStampToken = TimeStampToken = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence })
], TimeStampToken);


/***/ }),

/***/ 4081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSTInfo = exports.TSTInfoVersion = void 0;
const tslib_1 = __webpack_require__(1860);
const asn1_schema_1 = __webpack_require__(7261);
const asn1_x509_1 = __webpack_require__(3594);
const accuracy_1 = __webpack_require__(4396);
const message_imprint_1 = __webpack_require__(4552);
var TSTInfoVersion;
(function (TSTInfoVersion) {
    TSTInfoVersion[TSTInfoVersion["v1"] = 1] = "v1";
})(TSTInfoVersion || (exports.TSTInfoVersion = TSTInfoVersion = {}));
class TSTInfo {
    constructor(params = {}) {
        this.version = TSTInfoVersion.v1;
        this.policy = "";
        this.messageImprint = new message_imprint_1.MessageImprint();
        this.serialNumber = new ArrayBuffer(0);
        this.genTime = new Date();
        this.ordering = false;
        Object.assign(this, params);
    }
}
exports.TSTInfo = TSTInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], TSTInfo.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], TSTInfo.prototype, "policy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: message_imprint_1.MessageImprint })
], TSTInfo.prototype, "messageImprint", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, converter: asn1_schema_1.AsnIntegerArrayBufferConverter })
], TSTInfo.prototype, "serialNumber", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], TSTInfo.prototype, "genTime", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: accuracy_1.Accuracy, optional: true })
], TSTInfo.prototype, "accuracy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Boolean, defaultValue: false })
], TSTInfo.prototype, "ordering", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({
        type: asn1_schema_1.AsnPropTypes.Integer,
        converter: asn1_schema_1.AsnIntegerArrayBufferConverter,
        optional: true,
    })
], TSTInfo.prototype, "nonce", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.GeneralName, context: 0, optional: true })
], TSTInfo.prototype, "tsa", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extensions, context: 1, implicit: true, optional: true })
], TSTInfo.prototype, "extensions", void 0);


/***/ }),

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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ verifyCertificateChain),
/* harmony export */   T1: () => (/* binding */ issuedBy),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   mX: () => (/* binding */ withinWindow),
/* harmony export */   xT: () => (/* binding */ certificateValidAt)
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


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ SCT_EXTENSION_OID),
/* harmony export */   Pl: () => (/* binding */ verifyEmbeddedScts),
/* harmony export */   RE: () => (/* binding */ sctSignedData)
/* harmony export */ });
/* unused harmony exports parseSctList, precertificateTbs, embeddedScts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _keys_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8670);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7464);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2382);
/**
 * Embedded Signed Certificate Timestamps (RFC 6962 §3.3): proof that the certificate authority logged the
 * precertificate in a Certificate Transparency log the trusted root names (`ctlogs`), so a mis-issued
 * certificate cannot stay secret.
 *
 * The extension 1.3.6.1.4.1.11129.2.4.2 holds an OCTET STRING wrapping a TLS-encoded
 * `SignedCertificateTimestampList` (RFC 6962 §3.3; TLS presentation language, not ASN.1, so its few
 * length-prefixed fields are read here). Each SCT signs (RFC 6962 §3.2):
 *
 *   digitally-signed struct {
 *     uint8  sct_version = v1(0);  uint8 signature_type = certificate_timestamp(0);  uint64 timestamp;
 *     uint16 entry_type = precert_entry(1);
 *     opaque issuer_key_hash[32];            // SHA-256 of the issuing CA's DER SubjectPublicKeyInfo
 *     opaque tbs_certificate<1..2^24-1>;     // the leaf's TBSCertificate WITHOUT the SCT extension
 *     opaque extensions<0..2^16-1>;
 *   }
 *
 * The TBSCertificate is re-encoded with @peculiar/asn1-x509 after dropping the extension; the signature is
 * ECDSA (DER) or RSA over SHA-256, checked with node:crypto.
 */








const SCT_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.2';
/** RFC 6962 §2.1.4: SCT signatures always use SHA-256 (TLS HashAlgorithm 4). */
const TLS_SHA256 = 4;
/** Reads TLS length-prefixed fields; any overrun is SCT_INVALID. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.byteLength;
    }
    take(length) {
        if (this.offset + length > this.bytes.byteLength) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'the SCT list in the certificate is truncated');
        }
        const out = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint(size) {
        return this.take(size).reduce((n, b) => n * 256 + b, 0);
    }
    vector(lengthBytes) {
        return this.take(this.uint(lengthBytes));
    }
}
/** Parses a TLS `SignedCertificateTimestampList` (the bytes inside the extension's OCTET STRING). */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const body = new TlsReader(outer.vector(2));
    if (!outer.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'trailing bytes after the SCT list');
    const scts = [];
    while (!body.done) {
        const r = new TlsReader(body.vector(2));
        const version = r.uint(1);
        const logId = r.take(32);
        const timestamp = BigInt(`0x${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .toHex */ .nj)(r.take(8))}`);
        const extensions = r.vector(2);
        const hashAlgorithm = r.uint(1);
        const signatureAlgorithm = r.uint(1);
        const signature = r.vector(2);
        if (!r.done)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'trailing bytes inside an SCT');
        scts.push({ version, logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature });
    }
    return scts;
}
/** The leaf's TBSCertificate DER with the SCT extension removed: what the CA submitted as the precertificate. */
function precertificateTbs(leaf) {
    const tbs = leaf.asn.tbsCertificate;
    const kept = (tbs.extensions ?? []).filter((e) => e.extnID !== SCT_EXTENSION_OID);
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeDer */ .kZ)(new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.TBSCertificate({ ...tbs, extensions: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Extensions(kept) }));
}
function uintBytes(value, size) {
    const out = new Uint8Array(size);
    let v = BigInt(value);
    for (let i = size - 1; i >= 0; i--) {
        out[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return out;
}
/** The RFC 6962 §3.2 bytes an SCT over a precertificate signs. */
function sctSignedData(sct, issuerKeyHash, tbs) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .concat */ .xW)(uintBytes(sct.version, 1), uintBytes(0, 1), // signature_type: certificate_timestamp
    uintBytes(sct.timestamp, 8), uintBytes(1, 2), // entry_type: precert_entry
    issuerKeyHash, uintBytes(tbs.byteLength, 3), tbs, uintBytes(sct.extensions.byteLength, 2), sct.extensions);
}
/** The embedded SCTs of a certificate ([] when it has none). */
function embeddedScts(leaf) {
    const ext = leaf.asn.tbsCertificate.extensions?.find((e) => e.extnID === SCT_EXTENSION_OID);
    if (ext === undefined)
        return [];
    const inner = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDer */ .zE)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .bytesOf */ .$$)(ext.extnValue.buffer), _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString, 'SCT_INVALID', 'the SCT extension');
    return parseSctList((0,_asn1_js__WEBPACK_IMPORTED_MODULE_6__/* .bytesOf */ .$$)(inner.buffer));
}
/**
 * Requires at least `threshold` embedded SCTs that verify under distinct CT logs of the trusted root, each log
 * trusted at the SCT's time. Throws SCT_INVALID naming what was wrong with each SCT.
 */
function verifyEmbeddedScts(leaf, issuer, ctlogs, threshold = 1) {
    const scts = embeddedScts(leaf);
    if (scts.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', 'the signing certificate carries no signed certificate timestamp (SCT)');
    }
    const issuerKeyHash = new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(issuer.spki).digest());
    const tbs = precertificateTbs(leaf);
    const verified = [];
    const problems = [];
    for (const sct of scts) {
        const id = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .toBase64 */ .nk)(sct.logId);
        const time = Number(sct.timestamp) / 1000;
        if (sct.version !== 0 || sct.hashAlgorithm !== TLS_SHA256) {
            problems.push(`SCT from log ${id}: unsupported version ${sct.version} or hash algorithm ${sct.hashAlgorithm}`);
            continue;
        }
        const candidates = ctlogs.filter((log) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesEqual */ .O6)(log.logId, sct.logId));
        if (candidates.length === 0) {
            problems.push(`SCT from log ${id}: no CT log with that ID in the trusted root`);
            continue;
        }
        const message = sctSignedData(sct, issuerKeyHash, tbs);
        const log = candidates.find((l) => (0,_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .withinWindow */ .mX)(time, l.validFor) && (0,_keys_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySignature */ .Od)(l.publicKey, message, sct.signature));
        if (log === undefined) {
            problems.push(`SCT from log ${id}: signature does not verify with the trusted CT log key at that time`);
            continue;
        }
        if (!verified.some((v) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesEqual */ .O6)(v.logId, sct.logId)))
            verified.push({ logId: sct.logId, time, log });
    }
    if (verified.length < threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('SCT_INVALID', `the signing certificate has ${verified.length} valid SCT(s), ${threshold} required: ${problems.join('; ')}`, { details: { problems } });
    }
    return verified;
}


/***/ })

};
