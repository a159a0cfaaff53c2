import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from './create-logger.util';

/** What body-parser (express.json) reports, by its `type`: status and a message without internals. */
const bodyErrors: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the request body is too large' },
  'entity.verify.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body was refused' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content-encoding' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported charset' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request was aborted' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'the request body does not match its content-length' },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'too many parameters' },
};

/**
 * The last middleware of every app: any error (a malformed or oversized body, a bad
 * content-encoding, a bug) answers JSON with a status, a code, a generic message and the request id,
 * never Express's HTML page with the stack and the server's paths (whatever NODE_ENV says).
 * Unexpected errors are logged with the request id, which the answer carries as a reference.
 */
export function httpErrorHandler(logger?: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    const known = bodyErrors[(error as { type?: string } | null)?.type ?? ''];
    const status = known?.status ?? clientStatus(error) ?? 500;
    if (!known && status >= 500) logger?.error({ requestId, err: error, path: req.path }, 'request failed');
    else logger?.debug({ requestId, status, type: (error as { type?: string } | null)?.type }, 'request refused');
    const code = known?.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
    const message = known?.message ?? (status >= 500 ? 'internal error' : (STATUS_CODES[status] ?? 'bad request').toLowerCase());
    send(res, req.path.startsWith('/graphql'), status, code, message, requestId);
  };
}

/** Unknown paths answer a JSON 404 (not Express's HTML page). */
export function notFoundHandler(): RequestHandler {
  return (req, res) => send(res, req.path.startsWith('/graphql'), 404, 'NOT_FOUND', 'no such route', requestIdOf(req.headers['x-request-id']));
}

function send(res: Response, graphql: boolean, status: number, code: string, message: string, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status);
  res.setHeader('cache-control', 'no-store');
  if (graphql) res.json({ errors: [{ message, extensions: { code, requestId } }] });
  else res.json({ error: message, code, requestId });
}

/** A 4xx status the error carries (http-errors' `status` with `expose`), else undefined. */
function clientStatus(error: unknown): number | undefined {
  const { status, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const value = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  return value !== undefined && value >= 400 && value < 500 && expose !== false ? value : undefined;
}

function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : randomUUID();
}
