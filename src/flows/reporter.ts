/**
 * How a flow tells the person running it what is happening, without knowing whether that is a GitHub runner
 * (annotations, job summary) or a terminal. The action implements it over @actions/core (src/action/io.ts),
 * the CLI over stderr.
 */
export interface FileLocation {
  file: string;
  line?: number;
}

export interface Reporter {
  /** Progress and facts worth a line in the log. */
  info(message: string): void;
  /** Something the user should act on but that does not fail the run. */
  warning(message: string, where?: FileLocation): void;
  /** A failure tied to a file (becomes an `::error file=…,line=…::` annotation on GitHub). */
  error(message: string, where?: FileLocation): void;
  /** A notable non-problem (e.g. "signing skipped: no key on a fork"). */
  notice(message: string): void;
}

/** A Reporter that drops everything (library use) — flows never require one to print. */
export const silentReporter: Reporter = {
  info() {},
  warning() {},
  error() {},
  notice() {},
};

/** A Reporter that records every call, for tests and for building summaries after the fact. */
export function recordingReporter(): Reporter & { events: { level: string; message: string; where?: FileLocation }[] } {
  const events: { level: string; message: string; where?: FileLocation }[] = [];
  const push = (level: string) => (message: string, where?: FileLocation) => {
    events.push(where === undefined ? { level, message } : { level, message, where });
  };
  return { events, info: push('info'), warning: push('warning'), error: push('error'), notice: push('notice') };
}
