/**
 * The only module that uses @actions/core: inputs, outputs, secrets, summary, annotations, and a Reporter over
 * them. Everything else in the action receives plain values and this interface.
 */
import * as core from '@actions/core';
import type { Reporter } from '../flows/reporter.js';

export interface ActionIO extends Reporter {
  input(name: string): string;
  /** Registers a value to be masked in every later log line. */
  secret(value: string): void;
  output(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
}

export function actionIO(): ActionIO {
  const annotation = (where?: { file: string; line?: number }) =>
    where === undefined ? {} : { file: where.file, ...(where.line === undefined ? {} : { startLine: where.line }) };
  return {
    input: (name) => core.getInput(name),
    secret: (value) => {
      for (const line of value.split(/\r?\n/)) if (line.trim() !== '') core.setSecret(line.trim());
    },
    output: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message, where) => core.warning(message, annotation(where)),
    error: (message, where) => core.error(message, annotation(where)),
  };
}
