export const id = 566;
export const ids = [566];
export const modules = {

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ unverifiedIssuer),
/* harmony export */   Kz: () => (/* binding */ checkClaims),
/* harmony export */   Ru: () => (/* binding */ verifyJwtSignature),
/* harmony export */   iU: () => (/* binding */ decodeJwt),
/* harmony export */   qJ: () => (/* binding */ jwksHasKeyFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * OIDC identity tokens as a certificate authority checks them (RFC 7519 JWT in RFC 7515 compact form): decode,
 * pick the issuer's key by `kid`, verify the signature, check the registered claims. RS256 and ES256 only
 * (RFC 7518 §3.3, §3.4), the algorithms OIDC issuers sign ID tokens with; `none`, HMAC (key-confusion) and
 * everything else are refused before any key is looked at. Pure: keys and the time are parameters; node:crypto
 * verifies. Each failed check has its own error code, so a refusal says which check failed.
 */


const ALGORITHMS = ['RS256', 'ES256'];
/** Bounds that keep work per token small: a token is a few KB; a JWKS a handful of keys. */
const MAX_TOKEN_LENGTH = 16 * 1024;
const MIN_RSA_BITS = 2048;
function refuse(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(code, `identity token ${message}`, cause === undefined ? {} : { cause });
}
function decodePart(part, what) {
    if (!/^[A-Za-z0-9_-]+$/.test(part))
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not base64url`);
    let value;
    try {
        value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch (cause) {
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not JSON`, cause);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw refuse('OIDC_TOKEN_INVALID', `${what} is not a JSON object`);
    }
    return value;
}
/**
 * Splits and decodes a compact JWS without trusting anything in it. OIDC_TOKEN_INVALID for a malformed token,
 * OIDC_ALGORITHM_UNSUPPORTED for any `alg` but RS256 / ES256.
 */
function decodeJwt(token) {
    if (token.length > MAX_TOKEN_LENGTH)
        throw refuse('OIDC_TOKEN_INVALID', `is longer than ${MAX_TOKEN_LENGTH} bytes`);
    const parts = token.split('.');
    if (parts.length !== 3)
        throw refuse('OIDC_TOKEN_INVALID', 'is not a compact JWS (three dot-separated parts)');
    const [h = '', p = '', s = ''] = parts;
    const header = decodePart(h, 'header');
    const alg = header.alg;
    if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
        throw refuse('OIDC_ALGORITHM_UNSUPPORTED', `uses algorithm ${JSON.stringify(alg)}; only RS256 and ES256 are accepted`);
    }
    if (header.crit !== undefined)
        throw refuse('OIDC_TOKEN_INVALID', 'has critical header parameters (crit)');
    const claims = decodePart(p, 'payload');
    if (!/^[A-Za-z0-9_-]+$/.test(s))
        throw refuse('OIDC_SIGNATURE_INVALID', 'has no signature');
    const kid = header.kid;
    if (kid !== undefined && typeof kid !== 'string')
        throw refuse('OIDC_TOKEN_INVALID', 'header kid is not a string');
    return {
        header,
        claims,
        algorithm: alg,
        kid,
        signingInput: new Uint8Array(Buffer.from(`${h}.${p}`, 'ascii')),
        signature: new Uint8Array(Buffer.from(s, 'base64url')),
    };
}
function keyFits(jwk, alg) {
    if (jwk.use !== undefined && jwk.use !== 'sig')
        return false;
    if (jwk.alg !== undefined && jwk.alg !== alg)
        return false;
    return alg === 'RS256' ? jwk.kty === 'RSA' : jwk.kty === 'EC' && jwk.crv === 'P-256';
}
function loadJwk(jwk, alg) {
    const members = alg === 'RS256'
        ? { kty: 'RSA', n: String(jwk.n), e: String(jwk.e) }
        : { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: members, format: 'jwk' });
        if (alg === 'RS256' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS)
            return undefined;
        return key;
    }
    catch {
        return undefined;
    }
}
/**
 * True when `jwks` holds a key the token names: its `kid` (or, for a token without `kid`, any key of the
 * algorithm's type). The caller refetches the JWKS once when this is false (key rotation).
 */
function jwksHasKeyFor(jwt, jwks) {
    return jwks.some((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
}
/**
 * Verifies the token's signature with the issuer's keys. OIDC_KEY_UNKNOWN when no key of the JWKS has the
 * token's `kid` (and type), OIDC_SIGNATURE_INVALID when none of the candidate keys verifies it.
 */
function verifyJwtSignature(jwt, jwks) {
    const candidates = jwks.filter((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
    if (candidates.length === 0) {
        throw refuse('OIDC_KEY_UNKNOWN', `key ${jwt.kid ?? '(no kid)'} for ${jwt.algorithm} is not in the issuer's JWKS`);
    }
    const ok = candidates.some((jwk) => {
        const key = loadJwk(jwk, jwt.algorithm);
        if (key === undefined)
            return false;
        try {
            // JWS ES256 signatures are the raw 64-byte r || s (RFC 7518 §3.4), not DER.
            return jwt.algorithm === 'ES256'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', jwt.signingInput, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature)
                : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', jwt.signingInput, key, jwt.signature);
        }
        catch {
            return false;
        }
    });
    if (!ok)
        throw refuse('OIDC_SIGNATURE_INVALID', "signature does not verify with the issuer's keys");
}
function numericClaim(claims, name, required) {
    const value = claims[name];
    if (value === undefined && !required)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw refuse('OIDC_TOKEN_INVALID', `claim ${name} is ${value === undefined ? 'missing' : 'not a number'}`);
    }
    return value;
}
/** Checks iss (exact), aud (the configured audience), exp / nbf / iat within the skew. */
function checkClaims(claims, policy) {
    if (claims.iss !== policy.issuer) {
        throw refuse('OIDC_ISSUER_UNTRUSTED', `issuer ${JSON.stringify(claims.iss)} is not ${policy.issuer}`);
    }
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(policy.audience)) {
        throw refuse('OIDC_AUDIENCE_MISMATCH', `audience ${JSON.stringify(aud)} is not "${policy.audience}"`);
    }
    const exp = numericClaim(claims, 'exp', true) ?? 0;
    const iat = numericClaim(claims, 'iat', true) ?? 0;
    const nbf = numericClaim(claims, 'nbf', false);
    if (policy.now > exp + policy.skewSeconds) {
        throw refuse('OIDC_TOKEN_EXPIRED', `expired at ${new Date(exp * 1000).toISOString()}`);
    }
    if (nbf !== undefined && policy.now + policy.skewSeconds < nbf) {
        throw refuse('OIDC_TOKEN_NOT_YET_VALID', `is not valid before ${new Date(nbf * 1000).toISOString()} (nbf)`);
    }
    if (policy.now + policy.skewSeconds < iat) {
        throw refuse('OIDC_TOKEN_NOT_YET_VALID', `was issued in the future, at ${new Date(iat * 1000).toISOString()} (iat)`);
    }
}
/** The unverified `iss` claim, to pick the issuer's configuration; trusted only after checkClaims. */
function unverifiedIssuer(jwt) {
    const iss = jwt.claims.iss;
    if (typeof iss !== 'string' || iss === '')
        throw refuse('OIDC_TOKEN_INVALID', 'has no iss claim');
    return iss;
}


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
