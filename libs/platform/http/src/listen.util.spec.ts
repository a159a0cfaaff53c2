import { closeServer, listen } from './listen.util';

describe('listen', () => {
  it('names SIGHTLINE_PORT when the port is taken', async () => {
    const first = await listen((_req, res) => res.end(), 0, '127.0.0.1');
    const address = first.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await expect(listen((_req, res) => res.end(), port, '127.0.0.1')).rejects.toThrow(
      `SIGHTLINE_PORT: port ${port} on 127.0.0.1 is already in use`,
    );
    await closeServer(first);
  });
});
