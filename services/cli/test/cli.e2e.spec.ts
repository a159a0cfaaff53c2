import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { findFreePort } from '@sightline/platform-db';
import { runCli as run } from './run-cli.test-util';

describe('the sightline command (built)', () => {
  it('prints its version and help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('serve');
  });

  it('exits 2 on an unknown command', () => {
    const result = run(['serev']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'serev'");
  });

  it.each([
    [{ SIGHTLINE_PORT: 'abc' }, 78, 'sightline: SIGHTLINE_PORT: expected a port number (got "abc")'],
    [{ SIGHTLINE_LOG_LEVEL: 'chatty' }, 78, 'sightline: SIGHTLINE_LOG_LEVEL: expected one of'],
    [{ SIGHTLINE_PROT: '4000' }, 78, 'sightline: SIGHTLINE_PROT: unknown setting'],
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, 78, 'sightline: DATABASE_URL: expected a postgres:// or postgresql:// URL'],
  ])('fails fast on bad configuration %j', (env, code, line) => {
    const result = run(['serve'], env);
    expect(result.status).toBe(code);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(line);
    expect(result.seconds).toBeLessThan(5);
  });

  it('fails fast when DATABASE_URL cannot be reached', async () => {
    const port = await findFreePort();
    const result = run(['serve', '--port', '0'], { DATABASE_URL: `postgres://postgres:hunter2@127.0.0.1:${port}/sightline` });
    expect(result.status).toBe(69);
    expect(result.stderr.trim()).toBe(
      `sightline: DATABASE_URL: cannot connect to postgres://postgres:***@127.0.0.1:${port}/sightline (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(result.stderr).not.toContain('hunter2');
  });

  it('fails fast when the port is in use', async () => {
    const port = await findFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = run(['serve', '--port', String(port)]);
      expect(result.status).toBe(78);
      expect(result.stderr.trim()).toBe(`sightline: SIGHTLINE_PORT: port ${port} on 127.0.0.1 is already in use`);
      expect(result.seconds).toBeLessThan(5);
    } finally {
      blocker.close();
    }
  });
});
