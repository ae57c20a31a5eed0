import { describe, expect, it } from 'vitest';
import { escapeLogLine } from '../../../src/action/io.js';

/** A line the runner would act on: `::cmd` after leading white space (String.TrimStart), or `##[` anywhere. */
function isWorkflowCommand(line: string): boolean {
  return /^[\p{White_Space}\uFEFF]*::/u.test(line) || line.includes('##[');
}

describe('escapeLogLine', () => {
  it('keeps a hostile name on one line that the runner never reads as a command', () => {
    const hostile = [
      'PASS a\n::add-mask::x sha256:1: ok',
      '::warning::forged',
      '  \t::error file=x::forged',
      '\u0085\u00a0\u2003::add-mask::x',
      'text ##[add-mask]secret',
      'cr\r::set-output name=x::y',
      '50% %0A done',
    ];
    for (const message of hostile) {
      const line = escapeLogLine(message);
      expect(line).not.toMatch(/[\r\n]/);
      expect(isWorkflowCommand(line)).toBe(false);
    }
  });

  it("uses the runner's data encoding, so the original is recoverable", () => {
    expect(escapeLogLine('a\n::add-mask::x')).toBe('a%0A::add-mask::x');
    expect(escapeLogLine('50% %0A\r')).toBe('50%25 %250A%0D');
    expect(escapeLogLine('::warning::x')).toBe('%3A:warning::x');
    expect(escapeLogLine(' ##[error]x')).toBe(' ##%5Berror]x');
    expect(escapeLogLine('3 subject(s) to attest')).toBe('3 subject(s) to attest');
    const decode = (s: string) => decodeURIComponent(s);
    for (const m of ['a\n::add-mask::x', '50% done\r\n', '::x', '##[y]']) expect(decode(escapeLogLine(m))).toBe(m);
  });
});
