import { assertDatabaseReachable } from './assert-database-reachable.util';
import { findFreePort } from './find-free-port.util';

describe('assertDatabaseReachable', () => {
  it('names the variable, the URL without its password and the cause', async () => {
    const port = await findFreePort();
    await expect(assertDatabaseReachable(`postgres://me:secret@127.0.0.1:${port}/x`)).rejects.toThrow(
      `DATABASE_URL: cannot connect to postgres://me:***@127.0.0.1:${port}/x (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  });
});
