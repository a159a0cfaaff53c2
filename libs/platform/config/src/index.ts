export { ConfigError } from './config-error';
export { loadPlatformConfig } from './load-platform-config.util';
export type { OidcConfig, PlatformConfig } from './load-platform-config.util';
