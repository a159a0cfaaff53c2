import type { TestCall } from './test-call.type';
import type { TestOrmError } from './test-orm.error';

export interface TestHttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface TestHttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A request a protocol handler understood: what it asks, how to run it, how to answer. */
export interface DecodedTestRequest {
  readonly call: TestCall;
  run(): unknown;
  success(result: unknown): TestHttpResponse;
  failure(error: TestOrmError): TestHttpResponse;
  /** A truncated answer in the protocol's format, for the `malformed` fault. */
  malformed(): TestHttpResponse;
}
