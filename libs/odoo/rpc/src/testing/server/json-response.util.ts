import type { TestHttpResponse } from './test-http.type';

export function jsonResponse(value: unknown, status = 200): TestHttpResponse {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}
