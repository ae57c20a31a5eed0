/**
 * The few ASN.1 shapes the verifier needs beyond what @peculiar/asn1-x509 / asn1-cms / asn1-tsp declare, built
 * with @peculiar/asn1-schema's own decorators (applied as plain functions: the project compiles without
 * `experimentalDecorators`). All DER reading and writing goes through AsnParser / AsnSerializer; nothing here
 * walks bytes by hand.
 */
import { Attribute } from '@peculiar/asn1-cms';
import {
  AsnArray,
  AsnParser,
  AsnProp,
  AsnPropTypes,
  AsnSerializer,
  AsnType,
  AsnTypeTypes,
} from '@peculiar/asn1-schema';
import { CodedError, type ErrorCode } from '../errors.js';

/** A bare UTF8String (Fulcio's v2 extensions, RFC 5280 otherName values). */
export class Utf8Value {
  utf8 = '';
}
AsnProp({ type: AsnPropTypes.Utf8String })(Utf8Value.prototype, 'utf8');
AsnType({ type: AsnTypeTypes.Choice })(Utf8Value);

/** A bare OBJECT IDENTIFIER (the CMS contentType attribute value). */
export class OidValue {
  oid = '';
}
AsnProp({ type: AsnPropTypes.ObjectIdentifier })(OidValue.prototype, 'oid');
AsnType({ type: AsnTypeTypes.Choice })(OidValue);

/**
 * `SET OF Attribute`: RFC 5652 §5.4 — the CMS signature covers the DER encoding of the signed attributes with
 * the EXPLICIT SET OF tag, not the [0] IMPLICIT tag they carry inside SignerInfo.
 */
export class AttributeSet extends AsnArray<Attribute> {
  constructor(items?: Attribute[]) {
    super(items);
    Object.setPrototypeOf(this, AttributeSet.prototype);
  }
}
AsnType({ type: AsnTypeTypes.Set, itemType: Attribute })(AttributeSet);

/** Parses DER into a schema class; any parser failure becomes `code` naming `what`. */
export function parseDer<T>(der: Uint8Array | ArrayBuffer, type: new () => T, code: ErrorCode, what: string): T {
  try {
    return AsnParser.parse(der, type);
  } catch (cause) {
    throw new CodedError(code, `${what} is not valid DER (${cause instanceof Error ? cause.message : 'parse error'})`, {
      cause,
    });
  }
}

/** DER-encodes a schema object. */
export function serializeDer(value: unknown): Uint8Array {
  return new Uint8Array(AsnSerializer.serialize(value));
}

/** A view of an ArrayBuffer as bytes (peculiar returns ArrayBuffers). */
export function bytesOf(buffer: ArrayBuffer | ArrayBufferView): Uint8Array {
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer)
    : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
