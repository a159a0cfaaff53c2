import type { Server } from 'node:http';
import type { RequestListener } from 'node:http';
import { createServer } from 'node:http';
import { ConfigError } from '@sightline/platform-config';
import { graphqlLimits } from './graphql-limits';

/**
 * Listens on host:port, turning "address in use" and friends into a ConfigError that names the
 * setting to change, so the process can print one line and exit.
 */
export function listen(handler: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer({ requestTimeout: graphqlLimits.requestTimeoutMs, headersTimeout: 10_000 }, handler);
    server.once('error', (error: NodeJS.ErrnoException) => reject(toConfigError(error, port, host)));
    server.listen(port, host, () => resolve(server));
  });
}

function toConfigError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE') return new ConfigError('SIGHTLINE_PORT', `port ${port} on ${host} is already in use`);
  if (error.code === 'EACCES') return new ConfigError('SIGHTLINE_PORT', `not allowed to listen on port ${port} on ${host}`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new ConfigError('SIGHTLINE_HOST', `${host} is not an address of this machine`);
  }
  return error;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
