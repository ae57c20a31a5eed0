import { describe, expect, it } from 'vitest';
import { formatPrivacyWarning, redactSecret } from '../../../../src/action/attest/steps.js';
import { formatAttestFailure, formatContextSource } from '../../../../src/action/attest/summary.js';
import { CodedError } from '../../../../src/core/errors.js';

describe('attest action steps', () => {
  it('warns only for private or internal repositories recording in the public-good log', () => {
    expect(formatPrivacyWarning('private', 'https://rekor.sigstore.dev', 'o/r')).toContain('o/r is private');
    expect(formatPrivacyWarning('internal', 'https://rekor.sigstore.dev', 'o/r')).toContain('public log');
    expect(formatPrivacyWarning('public', 'https://rekor.sigstore.dev', 'o/r')).toBeUndefined();
    expect(formatPrivacyWarning(undefined, 'https://rekor.sigstore.dev', 'o/r')).toBeUndefined();
    expect(formatPrivacyWarning('private', 'https://log.example', 'o/r')).toBeUndefined();
  });

  it('redacts every line of the key from text', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nAAAABBBBCCCCDDDD\nEEEEFFFF\n-----END PRIVATE KEY-----\n';
    expect(redactSecret('bad key AAAABBBBCCCCDDDD and EEEEFFFF', key)).toBe('bad key *** and ***');
    expect(redactSecret('nothing secret', '')).toBe('nothing secret');
  });

  it('adds what to do to a failure and says where the build facts came from', () => {
    const failure = formatAttestFailure(new CodedError('LOG_UNREACHABLE', 'log down'));
    expect(failure).toMatch(/^log down\. Check log-url/);
    expect(formatAttestFailure(new CodedError('INTERNAL', 'boom'))).toBe('boom');
    expect(formatContextSource('oidc')).toContain('OIDC token verified');
    expect(formatContextSource('env')).toContain('not verified');
  });
});
