/**
 * The pure parts of issue 11's pull request handling: which paths a pull request touches (removals and rename
 * sources count as changes to a policy file), and which files a policy references (only repository files, so
 * they can be read at the base commit).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/core/policy/schema.js';
import { policyReferences } from '../../../src/flows/policy-base.js';
import { parseChangedFiles } from '../../../src/flows/policy-pull-files.js';

describe('parseChangedFiles', () => {
  it('checks added/modified files, and counts removals and rename sources as touched', () => {
    const changes = parseChangedFiles([
      { filename: 'vendor/a.bin', status: 'added' },
      { filename: 'keys/new.pub', status: 'renamed', previous_filename: '.github/provlog/org.pub' },
      { filename: '.github/provlog-policy.yml', status: 'removed' },
      { filename: 'docs/x.md', status: 'unchanged' },
    ]);
    expect([...changes.changed]).toEqual(['vendor/a.bin', 'keys/new.pub']);
    expect([...changes.touched].sort()).toEqual(
      ['.github/provlog-policy.yml', '.github/provlog/org.pub', 'docs/x.md', 'keys/new.pub', 'vendor/a.bin'].sort(),
    );
    expect(changes.listed).toBe(4);
  });

  it('rejects a file object without a name (GITHUB_API_ERROR)', () => {
    expect(() => parseChangedFiles([{ status: 'added' }])).toThrow(
      expect.objectContaining({ code: 'GITHUB_API_ERROR' }),
    );
  });
});

describe('policyReferences', () => {
  const policy = (logsAndSigners: string) => parsePolicy(`version: 1\n${logsAndSigners}`, 'p.yml');

  it('lists the files a policy reads, relative to the repository, inline keys left out', () => {
    const p = policy(
      'logs:\n  - trusted-root: provlog/trusted_root.json\n  - url: https://log.example\n    public-key: ../keys/log.pub\n' +
        'signers:\n  - key: provlog/org.pub\n  - key: "-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----"\n',
    );
    expect(policyReferences(p, '.github/provlog-policy.yml', 'p.yml')).toEqual([
      '.github/provlog/trusted_root.json',
      'keys/log.pub',
      '.github/provlog/org.pub',
    ]);
  });

  it.each([['/etc/org.pub'], ['../../outside.pub']])(
    'refuses %s, which is not a file of the repository (POLICY_MALFORMED)',
    (ref) => {
      const p = policy(`signers:\n  - key: ${ref}\n`);
      expect(() => policyReferences(p, '.github/provlog-policy.yml', 'p.yml')).toThrow(
        expect.objectContaining({ code: 'POLICY_MALFORMED' }),
      );
    },
  );
});
