#!/usr/bin/env node
/**
 * Entry point of the `ucwa` command. It loads only what the command needs
 * (each command module, and the codec and validator, are imported on
 * demand) so that checking one small file starts fast.
 */
import { processIo } from './io.js';
import { reportFailure, runCli } from './run.js';

const io = processIo();
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli catches everything it expects; this is a last resort.
    process.exitCode = reportFailure(error, io);
  },
);
