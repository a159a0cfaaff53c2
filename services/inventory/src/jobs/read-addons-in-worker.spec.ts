import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { realOdooTree, type OdooTree } from '@sightline/odoo-corpus';
import { snapshotHash } from '@sightline/odoo-model';
import { readAddonsInWorker } from './read-addons-in-worker';

/** The longest pause between ticks of a 5 ms timer while `work` runs, and how long it ran. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; tookMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const tookMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return { stallMs, tookMs };
}

describe('readAddonsInWorker', () => {
  let tree: OdooTree;
  // The whole published 17.0 tree: every installable module but Odoo's test modules.
  const options = () => ({ addonsPaths: [...tree.addonsPaths], odooVersion: '17.0' as const, createdAt: '2026-01-01T00:00:00Z' });

  beforeAll(() => {
    tree = realOdooTree('17.0'); // unpacked once under the system's temp folder and shared: never removed here
  }, 120_000);

  it('reads the same snapshot as the reader in this thread', async () => {
    const inWorker = await readAddonsInWorker(options());
    expect(snapshotHash(inWorker)).toBe(snapshotHash(readAddonsSnapshot(options()).snapshot));
    expect(inWorker.groups.length).toBeGreaterThan(100);
  }, 120_000);

  it('keeps this thread answering while a whole Odoo tree is read', async () => {
    const blocking = await longestStall(async () => readAddonsSnapshot(options()));
    const threaded = await longestStall(() => readAddonsInWorker(options()));
    // In this thread the timer cannot fire until the read is over; with the worker it keeps ticking.
    expect(blocking.stallMs).toBeGreaterThan(blocking.tookMs * 0.8);
    expect(threaded.stallMs).toBeLessThan(threaded.tookMs / 2);
  }, 120_000);

  it("rejects with the reader's message when the trees cannot be read", async () => {
    await expect(readAddonsInWorker({ addonsPaths: ['/nonexistent/addons'], odooVersion: '17.0' })).rejects.toThrow(/\/nonexistent\/addons/);
  });
});
