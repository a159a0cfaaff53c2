import type { TestHttpResponse } from './test-http.type';

export function htmlResponse(status: number, title: string): TestHttpResponse {
  return { status, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>` };
}
