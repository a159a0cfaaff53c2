import express from 'express';
import { HttpMetrics } from './http-metrics';
import { closeServer, listen } from './listen.util';
import { operationalRoutes } from './operational-routes';

describe('/metrics', () => {
  const serve = async (token?: string) => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(operationalRoutes(async () => ({}), new HttpMetrics(), undefined, { token }));
    const server = await listen(app, 0, '127.0.0.1');
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/metrics`;
    return { url, close: () => closeServer(server) };
  };

  it('answers loopback clients only when no token is configured', async () => {
    const { url, close } = await serve();
    try {
      expect((await fetch(url)).status).toBe(200);
      // Through a trusted proxy, for a remote client:
      const remote = await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      expect(remote.status).toBe(403);
      expect(await remote.json()).toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await close();
    }
  });

  it('asks for the bearer token when one is configured, from anywhere', async () => {
    const token = 't'.repeat(32);
    const { url, close } = await serve(token);
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
    } finally {
      await close();
    }
  });
});
