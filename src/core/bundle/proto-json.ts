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
import { CodedError } from '../errors.js';
import type { Node } from '../json/decode.js';

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** An object node whose members are read by proto field name. */
export class ProtoMessage {
  constructor(
    readonly node: Node,
    fields: readonly string[],
  ) {
    const allowed = new Set<string>();
    for (const f of fields) {
      allowed.add(f);
      allowed.add(snakeCase(f));
    }
    for (const key of node.keys()) {
      if (!allowed.has(key)) {
        throw new CodedError(node.code, `${node.path}.${key}: unknown field (allowed: ${fields.join(', ')})`, {
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
  optional(name: string): Node | undefined {
    return this.node.optional(name) ?? this.node.optional(snakeCase(name));
  }

  required(name: string): Node {
    const n = this.optional(name);
    return n ?? this.node.get(name); // get() throws "is required" with the camelCase path
  }

  message(name: string, fields: readonly string[]): ProtoMessage | undefined {
    const n = this.optional(name);
    return n === undefined ? undefined : new ProtoMessage(n, fields);
  }

  requiredMessage(name: string, fields: readonly string[]): ProtoMessage {
    return new ProtoMessage(this.required(name), fields);
  }

  string(name: string): string {
    return this.optional(name)?.string() ?? '';
  }

  int64(name: string): number {
    return this.optional(name)?.int64() ?? 0;
  }

  bytes(name: string): Uint8Array {
    return this.optional(name)?.bytes() ?? new Uint8Array(0);
  }

  list(name: string): Node[] {
    return this.optional(name)?.array() ?? [];
  }

  /** An enum given by name (or by number, which proto3 JSON readers also accept). */
  enumName<T extends string>(name: string, values: readonly [T, ...T[]]): T {
    const n = this.optional(name);
    if (n === undefined) return values[0];
    if (typeof n.value === 'number') {
      const byNumber = Number.isInteger(n.value) ? values[n.value] : undefined;
      return byNumber ?? n.fail(`unknown enum value ${n.value}`);
    }
    return n.oneOf(values);
  }

  /** A member that must be present and non-empty (e.g. a signature). */
  nonEmptyBytes(name: string): Uint8Array {
    const bytes = this.bytes(name);
    if (bytes.byteLength === 0) (this.optional(name) ?? this.node.get(name)).fail('must not be empty');
    return bytes;
  }
}

/** The one member of a proto `oneof` that is set; fails when none or several are. */
export function oneOf<T extends string>(msg: ProtoMessage, members: readonly T[]): T {
  const present = members.filter((m) => msg.optional(m) !== undefined);
  if (present.length > 1) msg.node.fail(`only one of ${present.join(', ')} may be set`);
  const [first] = present;
  if (first === undefined) msg.node.fail(`one of ${members.join(', ')} is required`);
  return first;
}
