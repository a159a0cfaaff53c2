/** An exception the test server's ORM raises, named like Odoo's (`odoo.exceptions.AccessError`). */
export class TestOrmError extends Error {
  readonly exceptionName: string;

  constructor(exceptionName: string, message: string) {
    super(message);
    this.name = 'TestOrmError';
    this.exceptionName = exceptionName;
  }
}
