/**
 * A one-line progress bar on stderr for hashing large inputs. Only on a TTY and only past 256 MiB, so CI logs
 * (not a TTY) never get carriage-return noise.
 */
import type { HashProgress } from '../adapters/files/hash.js';
import type { CliIO } from './io.js';

const THRESHOLD_BYTES = 256 * 1024 * 1024;

export function progressBar(io: CliIO): { update: (p: HashProgress) => void; done: () => void } {
  let shown = false;
  return {
    update(p) {
      if (p.bytesTotal < THRESHOLD_BYTES) return;
      shown = true;
      const width = 30;
      const fraction = p.bytesTotal === 0 ? 1 : p.bytesDone / p.bytesTotal;
      const filled = Math.round(fraction * width);
      const mib = (n: number) => (n / 1048576).toFixed(0);
      io.stderr(
        `\rhashing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${mib(p.bytesDone)}/${mib(p.bytesTotal)} MiB, ${p.filesDone}/${p.filesTotal} files`,
      );
    },
    done() {
      if (shown) io.stderr('\n');
    },
  };
}
