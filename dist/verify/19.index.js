export const id = 19;
export const ids = [19];
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

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractIdentity: () => (/* binding */ extractIdentity),
/* harmony export */   matchesPattern: () => (/* binding */ matchesPattern),
/* harmony export */   verifyIdentity: () => (/* binding */ verifyIdentity)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7464);




const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const SAN_OID = '2.5.29.17';
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`;
/** v1 extensions: the extension value is the raw UTF-8 string (no DER wrapper). */
const RAW_EXTENSIONS = {
    [`${FULCIO_ARC}.1`]: 'issuerV1',
    [`${FULCIO_ARC}.2`]: 'githubWorkflowTrigger',
    [`${FULCIO_ARC}.3`]: 'githubWorkflowSha',
    [`${FULCIO_ARC}.4`]: 'githubWorkflowName',
    [`${FULCIO_ARC}.5`]: 'githubWorkflowRepository',
    [`${FULCIO_ARC}.6`]: 'githubWorkflowRef',
};
/** v2 extensions: the extension value is a DER UTF8String. */
const UTF8_EXTENSIONS = {
    [`${FULCIO_ARC}.8`]: 'issuer',
    [`${FULCIO_ARC}.9`]: 'buildSignerURI',
    [`${FULCIO_ARC}.10`]: 'buildSignerDigest',
    [`${FULCIO_ARC}.11`]: 'runnerEnvironment',
    [`${FULCIO_ARC}.12`]: 'sourceRepositoryURI',
    [`${FULCIO_ARC}.13`]: 'sourceRepositoryDigest',
    [`${FULCIO_ARC}.14`]: 'sourceRepositoryRef',
    [`${FULCIO_ARC}.15`]: 'sourceRepositoryIdentifier',
    [`${FULCIO_ARC}.16`]: 'sourceRepositoryOwnerURI',
    [`${FULCIO_ARC}.17`]: 'sourceRepositoryOwnerIdentifier',
    [`${FULCIO_ARC}.18`]: 'buildConfigURI',
    [`${FULCIO_ARC}.19`]: 'buildConfigDigest',
    [`${FULCIO_ARC}.20`]: 'buildTrigger',
    [`${FULCIO_ARC}.21`]: 'runInvocationURI',
    [`${FULCIO_ARC}.22`]: 'sourceRepositoryVisibilityAtSigning',
    [`${FULCIO_ARC}.23`]: 'deploymentEnvironment',
};
function extensionBytes(ext) {
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(ext.extnValue.buffer);
}
function decodeUtf8Extension(ext, name) {
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(extensionBytes(ext), _asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .Utf8Value */ .D_, 'CERT_CHAIN_INVALID', `certificate extension ${name} (${ext.extnID})`)
        .utf8;
}
function readSan(ext) {
    if (ext === undefined)
        return { san: '', sanType: 'none' };
    const names = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(extensionBytes(ext), _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_0__.SubjectAlternativeName, 'CERT_CHAIN_INVALID', 'certificate SAN');
    for (const name of names) {
        if (name.uniformResourceIdentifier !== undefined)
            return { san: name.uniformResourceIdentifier, sanType: 'uri' };
        if (name.rfc822Name !== undefined)
            return { san: name.rfc822Name, sanType: 'email' };
        if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
            const value = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(name.otherName.value, _asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .Utf8Value */ .D_, 'CERT_CHAIN_INVALID', 'certificate username SAN');
            return { san: value.utf8, sanType: 'username' };
        }
        if (name.dNSName !== undefined)
            return { san: name.dNSName, sanType: 'dns' };
    }
    return { san: '', sanType: 'none' };
}
/** Reads the SAN, the OIDC issuer and every known Fulcio extension from a parsed certificate. */
function extractIdentity(cert) {
    const all = cert.tbsCertificate.extensions ?? [];
    const extensions = {};
    for (const ext of all) {
        const rawName = RAW_EXTENSIONS[ext.extnID];
        if (rawName !== undefined)
            extensions[rawName] = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .fromUtf8 */ .ar)(extensionBytes(ext), `certificate extension ${rawName}`);
        const utf8Name = UTF8_EXTENSIONS[ext.extnID];
        if (utf8Name !== undefined)
            extensions[utf8Name] = decodeUtf8Extension(ext, utf8Name);
    }
    const issuer = extensions.issuer ?? extensions.issuerV1 ?? '';
    return { ...readSan(all.find((e) => e.extnID === SAN_OID)), issuer, extensions };
}
/**
 * Exact string equality, or a regular expression that must match the WHOLE value: `pattern` is applied as
 * `^(?:pattern)$` (its flags kept, minus `g`/`y`, which would make `test` stateful). Anchoring is deliberate:
 * an unanchored `https://github.com/acme/` would also accept `https://github.com/acme/../evil/...` lookalikes
 * and any identity that merely contains it.
 */
function matchesPattern(value, pattern) {
    if (typeof pattern === 'string')
        return value === pattern;
    const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
    return anchored.test(value);
}
function describePattern(pattern) {
    return typeof pattern === 'string' ? `"${pattern}"` : `/${pattern.source}/${pattern.flags} (whole value)`;
}
/**
 * Said when a regular expression finds a match INSIDE the value but not all of it: the usual cause is a prefix
 * written for unanchored matching (`^https://github\.com/acme/`), which whole-value matching rejects.
 */
function partialMatchHint(value, pattern) {
    if (typeof pattern === 'string')
        return '';
    const unanchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return unanchored.test(value)
        ? '; the pattern matches part of it, but patterns match the whole value (end it with .* to allow any suffix)'
        : '';
}
/** IDENTITY_MISMATCH naming the expected and the actual value when the SAN or the issuer differs. */
function verifyIdentity(identity, policy) {
    if (!matchesPattern(identity.san, policy.san)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('IDENTITY_MISMATCH', `certificate identity (SAN) is "${identity.san}", expected ${describePattern(policy.san)}${partialMatchHint(identity.san, policy.san)}`, { details: { field: 'san', expected: String(policy.san), actual: identity.san } });
    }
    if (!matchesPattern(identity.issuer, policy.issuer)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .AK('IDENTITY_MISMATCH', `certificate OIDC issuer is "${identity.issuer}", expected ${describePattern(policy.issuer)}${partialMatchHint(identity.issuer, policy.issuer)}`, { details: { field: 'issuer', expected: String(policy.issuer), actual: identity.issuer } });
    }
}


/***/ })

};
