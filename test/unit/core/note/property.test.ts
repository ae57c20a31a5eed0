import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { CodedError } from '../../../../src/core/errors.js';
import { formatCheckpoint, parseCheckpoint, parseSignedCheckpoint } from '../../../../src/core/note/checkpoint.js';
import { formatSignedNote, noteSigner, noteVerifier, signNote, verifyNote } from '../../../../src/core/note/note.js';

/** A non-empty line without control characters (any Unicode, including non-ASCII and spaces). */
const line = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => !/\p{Cc}/u.test(s) && !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));

const checkpointArb = fc.record({
  origin: line,
  size: fc.oneof(fc.constant(0), fc.nat(), fc.maxSafeNat()),
  rootHash: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  extensions: fc.array(line, { maxLength: 3 }),
});

const ecdsa = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
const ed = signerFromPem(generatePrivateKeyPem('ed25519'));
const verifiers = [noteVerifier('log.example', ecdsa.publicKey), noteVerifier('witness.example', ed.publicKey)];

describe('properties', () => {
  it('random valid checkpoints format and parse back to the same value and text', () => {
    fc.assert(
      fc.property(checkpointArb, (c) => {
        const text = formatCheckpoint(c);
        const parsed = parseCheckpoint(text);
        expect(parsed).toEqual(c);
        expect(formatCheckpoint(parsed)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  // One signature: with two, editing one signature's name or hint makes it "unknown" (ignored by C2SP rules)
  // while the other still verifies, which is correct behaviour rather than a forgery.
  it('every single-byte mutation of a signed checkpoint fails to parse or fails to verify', () => {
    fc.assert(
      fc.property(
        checkpointArb,
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (c, useEd25519, position, delta) => {
          const signer = useEd25519 ? noteSigner('witness.example', ed) : noteSigner('log.example', ecdsa);
          const raw = formatSignedNote(signNote(formatCheckpoint(c), [signer]));
          expect(verifyNote(parseSignedCheckpoint(raw).note, verifiers)).toHaveLength(1);
          const bytes = Buffer.from(raw, 'utf8');
          const i = position % bytes.length;
          bytes[i] = ((bytes[i] ?? 0) + delta) & 0xff;
          const mutated = bytes.toString('utf8'); // invalid UTF-8 becomes U+FFFD: still a different text
          let accepted = false;
          try {
            const { note } = parseSignedCheckpoint(mutated);
            verifyNote(note, verifiers);
            accepted = true;
          } catch (err) {
            expect(err).toBeInstanceOf(CodedError);
          }
          expect(accepted).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
