/** Catching coded errors in tests: assertions compare codes, never message text. */
import { CodedError } from '../../src/core/errors.js';

/** The code `fn` throws, or undefined when it returns; anything thrown that is not a CodedError fails the test. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodedError) return error.code;
    throw error;
  }
  return undefined;
}

/** The CodedError `fn` throws; returning normally or throwing anything else fails the test. */
export function errorOf(fn: () => unknown): CodedError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected a CodedError, but nothing was thrown');
}
