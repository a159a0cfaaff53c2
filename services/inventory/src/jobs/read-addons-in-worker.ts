import { Worker } from 'node:worker_threads';
import { addonsReaderEntryPoint } from '@sightline/odoo-addons';
import type { ReadAddonsSnapshotOptions } from '@sightline/odoo-addons';
import type { Snapshot } from '@sightline/odoo-model';

// Runs in the worker: plain CommonJS, loading the built reader (the worker cannot load TypeScript).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readAddonsSnapshot } = require(workerData.readerEntry);
try {
  parentPort.postMessage({ ok: true, snapshot: readAddonsSnapshot(workerData.options).snapshot });
} catch (error) {
  parentPort.postMessage({ ok: false, name: error && error.name, message: error && error.message ? error.message : String(error) });
}`;

/**
 * Reads addon trees into a snapshot on a worker thread: a full Odoo tree takes about a second of
 * CPU, which would otherwise stall every request the service is answering meanwhile. Errors come
 * back with their message (file, line and cause) intact.
 */
export function readAddonsInWorker(options: ReadAddonsSnapshotOptions): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { readerEntry: addonsReaderEntryPoint, options } });
    let settled = false;
    worker.once('message', (result: { ok: true; snapshot: Snapshot } | { ok: false; name?: string; message: string }) => {
      settled = true;
      if (result.ok) resolve(result.snapshot);
      else reject(Object.assign(new Error(result.message), { name: result.name ?? 'Error' }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the addons reader stopped (exit code ${code}) before it finished`));
    });
  });
}

