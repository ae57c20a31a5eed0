/**
 * A log server in its own process, for the crash test (SIGKILL at random moments) and the benchmark.
 * Usage: node --import tsx child-server.ts DATA_DIR [PORT]. Prints one JSON line {url, name, treeId} when ready.
 */
import { startLogServer } from '../../../src/adapters/http/log-server.js';

const [dataDir, port = '0'] = process.argv.slice(2);
if (dataDir === undefined) {
  process.stderr.write('usage: child-server.ts DATA_DIR [PORT]\n');
  process.exit(2);
}
const server = await startLogServer({ dataDir, port: Number(port) });
process.stdout.write(`${JSON.stringify({ url: server.url, name: server.name, treeId: server.treeId })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
