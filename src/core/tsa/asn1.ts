/**
 * ASN.1 shapes a timestamp authority needs that the @peculiar packages do not declare, built with
 * @peculiar/asn1-schema's decorators applied as plain functions (see src/core/verify/asn1.ts for why).
 *
 * RFC 5035 `SigningCertificateV2` (id-aa-signingCertificateV2): the signed attribute that binds a CMS signature
 * to the hash of the signer's certificate. RFC 3161 §2.4.2 requires it (or v1) in every token, and
 * `openssl ts -verify` refuses a token without it.
 */
import { AsnArray, AsnProp, AsnType, AsnTypeTypes, OctetString } from '@peculiar/asn1-schema';

export const ID_AA_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

/** `ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }`. */
export class EssCertIdV2 {
  certHash = new OctetString();
  constructor(certHash?: Uint8Array) {
    if (certHash !== undefined) this.certHash = new OctetString(certHash);
  }
}
AsnProp({ type: OctetString })(EssCertIdV2.prototype, 'certHash');

export class EssCertIdV2List extends AsnArray<EssCertIdV2> {
  constructor(items?: EssCertIdV2[]) {
    super(items);
    Object.setPrototypeOf(this, EssCertIdV2List.prototype);
  }
}
AsnType({ type: AsnTypeTypes.Sequence, itemType: EssCertIdV2 })(EssCertIdV2List);

/** `SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies OPTIONAL }`. */
export class SigningCertificateV2 {
  certs = new EssCertIdV2List();
  constructor(certs?: EssCertIdV2[]) {
    if (certs !== undefined) this.certs = new EssCertIdV2List(certs);
  }
}
AsnProp({ type: EssCertIdV2List })(SigningCertificateV2.prototype, 'certs');
