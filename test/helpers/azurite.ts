import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StorageSharedKeyCredential } from '@azure/storage-blob';

/** The emulator's well-known development account (documented by Azurite; no secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  accountUrl: string;
  credential: StorageSharedKeyCredential;
  stop(): Promise<void>;
}

/**
 * Azurite's Blob service (the dev dependency) on 127.0.0.1 and a port the system picks, in memory,
 * with its telemetry off (nothing leaves this machine), and accepting the newer API version the
 * client speaks.
 */
export async function startAzurite(): Promise<Azurite> {
  const bin = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');
  const child = spawn(bin, ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--silent'], { cwd: mkdtempSync(join(tmpdir(), 'azurite-')), stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${said}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(said);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`Azurite exited (${code}): ${said}`)));
  });
  return { accountUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`, credential: new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY), stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
