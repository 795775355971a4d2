import { cached } from '../lib/maps.ts';

/**
 * Writes to stdout or stderr, and drops everything once its reader has gone (`aks-audit rules | head -1`):
 * a closed pipe ends the output quietly, not with an EPIPE stack trace, and the scan still ends with
 * its own exit code. Any other stream error stays an error.
 */
export function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  return cached(writers, stream, () => {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed = true;
    });
    return (text) => {
      if (!closed && !stream.destroyed) stream.write(text);
    };
  });
}

const writers = new WeakMap<NodeJS.WriteStream, (text: string) => void>();
