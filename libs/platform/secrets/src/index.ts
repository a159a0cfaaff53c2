export { SecretBox } from './secret-box';
export { loadSecretKey } from './load-secret-key.util';
