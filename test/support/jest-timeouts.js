// Timeouts for what tests really do, never Jest's default 5 s (issue 11: on a loaded 2-core machine
// heavy tests failed on it). Run after the test framework is installed, before each test file, so a
// file's own jest.setTimeout(…) or a test's own timeout argument still wins.
//   - end-to-end specs (`*.e2e.spec.ts`, anything under a `test/` folder) and the live-sync specs
//     (`libs/odoo/rpc/src/sync`, an Odoo-compatible server and real trees): 120 s — they start
//     servers, databases and CLI processes and read whole Odoo trees;
//   - every other spec: 30 s — far above what a unit test needs even on a loaded machine, so a
//     slow machine never fails one, while a hung test still fails in bounded time.
const { sep } = require('node:path');

const testPath = expect.getState().testPath ?? '';
const posix = testPath.split(sep).join('/');
const heavy = /\.e2e\.spec\.ts$/.test(posix) || /\/test\//.test(posix) || /\/libs\/odoo\/rpc\/src\/sync\//.test(posix);
jest.setTimeout(heavy ? 120_000 : 30_000);
