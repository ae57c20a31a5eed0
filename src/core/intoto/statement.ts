/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): subjects matched by digest, a predicate
 * type, and the predicate. Parsing also accepts Statement v0.1 (`_type` https://in-toto.io/Statement/v0.1),
 * which older Sigstore bundles carry, and ignores unknown members as the spec requires.
 */
import { fromUtf8, utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decodeJson, type Node } from '../json/decode.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
export const STATEMENT_TYPE_V01 = 'https://in-toto.io/Statement/v0.1';

export interface Subject {
  name: string;
  /** DigestSet: lowercase algorithm name -> lowercase hex (e.g. {sha256: '…'}). */
  digest: Record<string, string>;
}

export interface Statement {
  _type: string;
  subject: Subject[];
  predicateType: string;
  predicate: unknown;
}

/** A v1 statement; subjects are copied so later edits by the caller cannot change what gets signed. */
export function buildStatement(subjects: readonly Subject[], predicateType: string, predicate: unknown): Statement {
  if (subjects.length === 0) throw new CodedError('NO_SUBJECTS', 'an in-toto statement needs at least one subject');
  return {
    _type: STATEMENT_TYPE_V1,
    subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType,
    predicate,
  };
}

/** JSON text in the spec's member order (`_type, subject, predicateType, predicate`), as actions/attest writes it. */
export function serializeStatement(s: Statement): Uint8Array {
  return utf8(
    JSON.stringify({ _type: s._type, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate }),
  );
}

const DIGEST_HEX = /^[0-9a-f]+$/;

/** Parses a DSSE payload as a statement; STATEMENT_MALFORMED names the failing field. */
export function parseStatement(bytes: Uint8Array): Statement {
  let text: string;
  try {
    text = fromUtf8(bytes, 'statement');
  } catch (cause) {
    throw new CodedError('STATEMENT_MALFORMED', 'statement is not UTF-8 text', { cause });
  }
  let root: Node;
  try {
    root = decodeJson(text, 'STATEMENT_MALFORMED', 'statement');
  } catch (cause) {
    throw new CodedError('STATEMENT_MALFORMED', 'statement is not JSON', { cause });
  }
  const typeNode = root.get('_type');
  const type = typeNode.string();
  if (type !== STATEMENT_TYPE_V1 && type !== STATEMENT_TYPE_V01) {
    typeNode.fail(`expected ${STATEMENT_TYPE_V1} (or ${STATEMENT_TYPE_V01})`);
  }
  const subjectNodes = root.get('subject').array();
  if (subjectNodes.length === 0) root.get('subject').fail('must hold at least one subject');
  const subject = subjectNodes.map((node) => {
    const digest: Record<string, string> = {};
    const digestNode = node.get('digest');
    for (const [alg, valueNode] of digestNode.entries()) {
      const value = valueNode.string();
      // Hex digests are lowercase per the DigestSet spec; gitCommit etc. are hex too. Other encodings stay as is.
      if (/^sha/.test(alg) && !DIGEST_HEX.test(value)) valueNode.fail('expected a lowercase hex digest');
      digest[alg] = value;
    }
    if (Object.keys(digest).length === 0) digestNode.fail('must hold at least one digest');
    return { name: node.optional('name')?.string() ?? '', digest };
  });
  const predicateType = root.get('predicateType').nonEmptyString();
  const predicate = root.optional('predicate')?.value ?? {};
  return { _type: type, subject, predicateType, predicate };
}
