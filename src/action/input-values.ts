/** Parsing rules shared by both actions' inputs.ts, so the two actions accept the same spellings. */
import { CodedError } from '../core/errors.js';

/** The runner's environment, read once at the entry point and passed down as a plain record. */
export function readRunnerEnv(): Readonly<Record<string, string | undefined>> {
  return { ...process.env };
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them; `fallback` when empty. */
export function parseBooleanInput(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new CodedError('USAGE', `input ${name} must be true or false, got "${v}"`);
}
