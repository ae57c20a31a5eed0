export const id = 133;
export const ids = [133];
export const modules = {

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


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ verifyIdentity),
/* harmony export */   aM: () => (/* binding */ extractIdentity)
/* harmony export */ });
/* unused harmony export matchesPattern */
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


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FULL_SUPPORT: () => (/* binding */ FULL_SUPPORT)
});

// EXTERNAL MODULE: ./src/core/keys/digest-signature.ts
var digest_signature = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/core/verify/certificate.ts
var certificate = __webpack_require__(2382);
// EXTERNAL MODULE: ./src/core/verify/identity.ts
var identity = __webpack_require__(7019);
// EXTERNAL MODULE: ./src/core/verify/sct.ts
var sct = __webpack_require__(5511);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-cms/build/cjs/index.js
var cjs = __webpack_require__(1467);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var build_cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-tsp/build/cjs/index.js
var asn1_tsp_build_cjs = __webpack_require__(7305);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/verify/asn1.ts
var asn1 = __webpack_require__(7464);
// EXTERNAL MODULE: ./src/core/verify/cache.ts
var cache = __webpack_require__(1219);
;// CONCATENATED MODULE: ./src/core/verify/timestamp.ts
/**
 * RFC 3161 signed timestamps (`verificationMaterial.timestampVerificationData.rfc3161Timestamps[]`): a
 * timestamp authority (TSA) of the trusted root signs "these bytes existed at genTime". Sigstore stamps the
 * signature bytes (the DSSE `sig` or the message signature), so the stamp dates the signature, and the
 * signing certificate must be valid at that time (conformance `intoto-tsa-timestamp-outside-cert-validity_fail`).
 *
 * Steps (RFC 3161 §2.4.2, RFC 5652 §5.4/§5.6): TimeStampResp status granted -> token is CMS SignedData with
 * eContentType id-ct-TSTInfo -> TSTInfo.messageImprint = hash(signature bytes) -> signed attributes carry
 * contentType = id-ct-TSTInfo and messageDigest = hash(eContent) -> the signer's signature over DER(SET OF
 * signed attributes) verifies with the key of a TSA leaf from the trusted root, whose chain verifies -> genTime
 * lies inside the TSA's `validFor` and its certificates' validity. Decoding uses @peculiar/asn1-tsp and
 * @peculiar/asn1-cms; signatures use node:crypto.
 */









const HASHES = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
const EKU_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
function fail(message, cause) {
    throw new errors/* CodedError */.AK('TIMESTAMP_INVALID', message, cause === undefined ? {} : { cause });
}
function hashName(oid, what) {
    return HASHES[oid] ?? fail(`${what} uses unsupported hash algorithm ${oid}`);
}
function digest(alg, data) {
    return new Uint8Array((0,external_node_crypto_.createHash)(alg).update(data).digest());
}
/** A `signedTimestamp` is a DER TimeStampResp; a bare TimeStampToken (ContentInfo) is accepted too. */
function tokenOf(der) {
    let resp;
    try {
        resp = (0,asn1/* parseDer */.zE)(der, asn1_tsp_build_cjs.TimeStampResp, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp response');
    }
    catch {
        resp = undefined;
    }
    if (resp === undefined) {
        return (0,asn1/* parseDer */.zE)(der, asn1_tsp_build_cjs.TimeStampToken, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp (neither TimeStampResp nor token)');
    }
    const status = resp.status.status;
    if (status !== asn1_tsp_build_cjs.PKIStatus.granted && status !== asn1_tsp_build_cjs.PKIStatus.grantedWithMods) {
        fail(`timestamp response status is ${status}, not granted`);
    }
    return resp.timeStampToken ?? fail('timestamp response holds no token');
}
function attributeValue(signer, oid) {
    const attrs = (signer.signedAttrs ?? []).filter((a) => a.attrType === oid);
    const [attr] = attrs;
    const [value] = attr?.attrValues ?? [];
    if (attrs.length !== 1 || attr?.attrValues.length !== 1 || value === undefined) {
        fail(`timestamp signed attributes must hold exactly one ${oid}`);
    }
    return value;
}
/** Decodes a timestamp down to its TSTInfo and single SignerInfo; TIMESTAMP_INVALID on any structural problem. */
function parseTimestamp(der) {
    const token = tokenOf(der);
    if (token.contentType !== cjs.id_signedData)
        fail(`timestamp token content type is ${token.contentType}, not SignedData`);
    const signed = (0,asn1/* parseDer */.zE)(token.content, cjs.SignedData, 'TIMESTAMP_INVALID', 'timestamp SignedData');
    if (signed.encapContentInfo.eContentType !== asn1_tsp_build_cjs.id_ct_tstInfo)
        fail('timestamp token does not encapsulate a TSTInfo');
    const econtent = signed.encapContentInfo.eContent;
    const raw = econtent?.single?.buffer ?? econtent?.any ?? fail('timestamp token has no TSTInfo content');
    const eContent = (0,asn1/* bytesOf */.$$)(raw);
    const tstInfo = (0,asn1/* parseDer */.zE)(eContent, asn1_tsp_build_cjs.TSTInfo, 'TIMESTAMP_INVALID', 'timestamp TSTInfo');
    if (signed.signerInfos.length !== 1)
        fail(`timestamp token has ${signed.signerInfos.length} signers, expected 1`);
    const [signer] = signed.signerInfos;
    return { tstInfo, eContent, signer: signer ?? fail('timestamp token has no signer') };
}
/** The CMS signature check against one TSA; null when it verifies, else why not. */
function signatureProblem(parsed, tsaLeaf) {
    const { signer } = parsed;
    const serial = signer.sid.issuerAndSerialNumber?.serialNumber;
    if (serial !== undefined && BigInt(`0x${(0,bytes/* toHex */.nj)((0,asn1/* bytesOf */.$$)(serial))}`) !== BigInt(`0x${tsaLeaf.x509.serialNumber}`)) {
        return 'signer serial number does not match the TSA certificate';
    }
    const signedAttrs = (0,asn1/* serializeDer */.kZ)(new asn1/* AttributeSet */.$V(signer.signedAttrs ?? []));
    const hash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
    const ok = (0,external_node_crypto_.verify)(hash, signedAttrs, tsaLeaf.publicKey, (0,asn1/* bytesOf */.$$)(signer.signature.buffer));
    return ok ? null : 'signature does not verify with the TSA key';
}
/** The TSA chain's verdict depends only on the trusted root: computed once per authority (see cache.ts). */
const tsaChains = new cache/* ChainMemoizer */.e();
function verifyTsaChain(authority, chain) {
    return tsaChains.get(authority, authority.certChain, () => chain.every((cert, i) => (0,certificate/* issuedBy */.T1)(cert, chain[i + 1] ?? cert)));
}
/**
 * Verifies one RFC 3161 timestamp over `signature` (the bundle's signature bytes) against the trusted root's
 * timestamp authorities. Returns the time it attests; throws TIMESTAMP_INVALID.
 */
function verifyRfc3161Timestamp(der, signature, authorities) {
    const parsed = parseTimestamp(der);
    const { tstInfo, signer } = parsed;
    const imprintHash = hashName(tstInfo.messageImprint.hashAlgorithm.algorithm, 'timestamp message imprint');
    if (!(0,bytes/* bytesEqual */.O6)((0,asn1/* bytesOf */.$$)(tstInfo.messageImprint.hashedMessage.buffer), digest(imprintHash, signature))) {
        fail("the timestamp's message imprint is not the hash of this bundle's signature (it stamps something else)");
    }
    const contentType = (0,asn1/* parseDer */.zE)(attributeValue(signer, cjs.id_contentType), asn1/* OidValue */.Sg, 'TIMESTAMP_INVALID', 'contentType');
    if (contentType.oid !== asn1_tsp_build_cjs.id_ct_tstInfo)
        fail('timestamp signed contentType attribute is not id-ct-TSTInfo');
    const md = (0,asn1/* parseDer */.zE)(attributeValue(signer, cjs.id_messageDigest), build_cjs.OctetString, 'TIMESTAMP_INVALID', 'messageDigest');
    const attrHash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
    if (!(0,bytes/* bytesEqual */.O6)((0,asn1/* bytesOf */.$$)(md.buffer), digest(attrHash, parsed.eContent))) {
        fail('timestamp messageDigest attribute does not match the TSTInfo');
    }
    const time = tstInfo.genTime.getTime() / 1000;
    const problems = [];
    for (const authority of authorities) {
        const chain = authority.certChain.map((c, i) => (0,certificate/* parseCertificate */.hB)(c, `trusted root TSA certificate ${i}`));
        const [leaf] = chain;
        if (leaf === undefined)
            continue;
        const problem = signatureProblem(parsed, leaf);
        if (problem !== null) {
            problems.push(`${authority.uri ?? 'TSA'}: ${problem}`);
            continue;
        }
        if (!verifyTsaChain(authority, chain))
            fail(`the TSA certificate chain of ${authority.uri ?? 'the trusted root'} does not verify`);
        if (leaf.x509.keyUsage !== undefined && !leaf.x509.keyUsage.includes(EKU_TIME_STAMPING)) {
            fail('the TSA certificate is not authorised for time stamping (extended key usage)');
        }
        const at = (0,certificate/* formatTime */.fU)(time);
        if (!(0,certificate/* withinWindow */.mX)(time, authority.validFor))
            fail(`the timestamp authority is not trusted at ${at} (trusted-root validFor)`);
        if (!chain.every((cert) => (0,certificate/* certificateValidAt */.xT)(cert, time)))
            fail(`a TSA certificate is not valid at ${at}`);
        return { time, authority, serialNumber: (0,bytes/* toHex */.nj)((0,asn1/* bytesOf */.$$)(tstInfo.serialNumber)) };
    }
    fail(`no timestamp authority of the trusted root signed this timestamp${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/verify/support-full.ts
/** Every part of VerifierSupport (support.ts): what verifier.ts uses, and what the CLI loads on demand. */





const FULL_SUPPORT = {
    keyless: { verifyCertificateChain: certificate/* verifyCertificateChain */.MV, verifyEmbeddedScts: sct/* verifyEmbeddedScts */.Pl, extractIdentity: identity/* extractIdentity */.aM, verifyIdentity: identity/* verifyIdentity */.Ec },
    rfc3161: verifyRfc3161Timestamp,
    digestSignature: digest_signature/* verifyDigestSignature */.E,
};


/***/ })

};
