/**
 * `google.protobuf.Timestamp` in proto3 JSON: an RFC 3339 string ("2021-01-12T11:53:27Z",
 * "2022-12-31T23:59:59.999Z", offsets allowed on input) <-> unix seconds as a number (fractions kept to the
 * microsecond, enough to compare against whole-second integrated times exactly).
 */
import type { Node } from '../json/decode.js';

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** Unix seconds, or null when the text is not a valid RFC 3339 date-time. */
export function parseRfc3339(text: string): number | null {
  const m = RFC3339_RE.exec(text);
  if (m === null) return null;
  const field = (i: number) => Number(m[i]);
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const days = Date.UTC(year, month - 1, day) / 86_400_000;
  if (new Date(days * 86_400_000).getUTCDate() !== day) return null; // 31 February and friends
  let offset = 0;
  const zone = m[8] ?? 'Z';
  if (zone !== 'Z' && zone !== 'z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  const whole = days * 86_400 + hour * 3600 + minute * 60 + second - offset;
  const micros = Math.round(Number(`0${m[7] ?? ''}`) * 1e6);
  return micros === 0 ? whole : whole + micros / 1e6;
}

/** RFC 3339 in UTC with "Z": no fraction for whole seconds (as the public-good root writes), else 3 or 6 digits. */
export function formatRfc3339(seconds: number): string {
  const whole = Math.floor(seconds);
  const micros = Math.round((seconds - whole) * 1e6);
  const base = new Date(whole * 1000).toISOString().slice(0, 19);
  if (micros === 0) return `${base}Z`;
  const fraction = micros % 1000 === 0 ? String(micros / 1000).padStart(3, '0') : String(micros).padStart(6, '0');
  return `${base}.${fraction}Z`;
}

/** Reads a Timestamp member through the node's error code and path. */
export function decodeTimestamp(node: Node): number {
  const seconds = parseRfc3339(node.string());
  return seconds ?? node.fail('is not an RFC 3339 date-time such as 2021-01-12T11:53:27Z');
}
