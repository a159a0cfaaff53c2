import { basename, join } from 'node:path';

/**
 * The compiled entry point of this package (dist/index.js), for worker threads, which load
 * JavaScript only: this file runs from dist in production and from src under the test runner.
 */
export const addonsReaderEntryPoint = basename(__dirname) === 'src' ? join(__dirname, '..', 'dist', 'index.js') : join(__dirname, 'index.js');
