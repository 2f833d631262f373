/**
 * The `ucwa` command run inside a worker thread, for test/cli-support.ts:
 * the tests call it synchronously (the caller blocks on a shared flag and
 * takes the answer with receiveMessageOnPort), so a test file loads the CLI
 * once instead of starting a Node process per call. Each call gets its own
 * Io: working folder, environment, standard input, captured output; the
 * same runCli that dist/cli/main.js runs.
 */
import { Readable } from 'node:stream';
import { workerData } from 'node:worker_threads';

const { port, shared, dist } = workerData;
const flag = new Int32Array(shared);
const answer = (run) => {
  port.postMessage(run);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
let cli;
try {
  cli = { ...(await import(new URL('cli/run.js', dist).href)), ...(await import(new URL('cli/read.js', dist).href)) };
} catch (error) {
  // Not built: every call answers with the reason instead of leaving the caller waiting.
  port.on('message', () => answer({ code: null, stdout: '', stderr: `cannot load the built CLI: ${error}\n` }));
}
const { runCli, reportFailure, readStreamBounded } = cli ?? {};

if (cli) port.on('message', async ({ args, cwd, input, env }) => {
  let stdout = '';
  let stderr = '';
  const io = {
    write: (text) => void (stdout += text),
    error: (text) => void (stderr += text),
    readStdin: (ceiling) => readStreamBounded(Readable.from(input.length ? [input] : []), ceiling),
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
  };
  let code;
  try {
    code = await runCli(args, io);
  } catch (error) {
    code = reportFailure(error, io);
  }
  answer({ code, stdout, stderr });
});
