import { cli, type Stream } from './main.js';

/**
 * process.stdout/stderr as the CLI's streams, except that a reader who went away (`flowguard rules | head -1`: EPIPE)
 * ends the output quietly: later writes are dropped and the run exits with the status it would have had.
 */
function guarded(stream: NodeJS.WriteStream): Stream {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      return;
    }
    throw error;
  });
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    write(chunk: string): boolean {
      if (closed || stream.destroyed) return true;
      return stream.write(chunk);
    },
  };
}

void cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: guarded(process.stdout), stderr: guarded(process.stderr) }).then(
  (code) => (process.exitCode = code),
);
