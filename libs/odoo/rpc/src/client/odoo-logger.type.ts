/** The subset of a pino-style logger the client uses. Nothing logged carries a credential or call arguments. */
export interface OdooLogger {
  debug(details: object, message: string): void;
  warn(details: object, message: string): void;
}
