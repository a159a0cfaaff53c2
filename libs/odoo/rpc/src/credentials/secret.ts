import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A password or API key. It prints as `[redacted]` everywhere (string conversion, JSON,
 * `util.inspect`, template literals); only {@link Secret.reveal} gives the value, for the request
 * body or header that needs it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    if (value.length === 0) throw new TypeError('a secret must not be empty');
    this.#value = value;
  }

  static from(value: string | Secret): Secret {
    return value instanceof Secret ? value : new Secret(value);
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED})`;
  }
}
