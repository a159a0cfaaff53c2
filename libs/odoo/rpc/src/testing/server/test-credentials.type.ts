/** What the test server accepts: the login with its password or API key (JSON-2: the API key only). */
export interface TestCredentials {
  readonly login: string;
  readonly password: string;
  readonly apiKey: string;
}
