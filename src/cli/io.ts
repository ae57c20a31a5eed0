/** What a CLI command may touch of the process: passed in so commands run in-process in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** stderr is a terminal (progress bars and colour only then). */
  readonly isTTY: boolean;
  /** Aborted on SIGINT/SIGTERM (long-running commands like `serve` stop gracefully). */
  readonly signal?: AbortSignal;
}

/** Colour only on a TTY and only when NO_COLOR is unset (https://no-color.org). */
export function useColor(io: CliIO): boolean {
  return io.isTTY && (io.env.NO_COLOR ?? '') === '';
}
