// Lets `npm run jest -- <path>` run from the workspace root; `npm test` runs each project through Nx.
// Reporters are a root-level option in a multi-project run, so each project's is lifted here.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const packageDirs = [
  'infra',
  ...['libs', 'libs/odoo', 'libs/platform', 'services'].flatMap((base) =>
    readdirSync(join(__dirname, base)).map((d) => `${base}/${d}`),
  ),
];
const projects = packageDirs
  .filter((d) => existsSync(join(__dirname, d, 'jest.config.js')))
  .map((d) => {
    // eslint-disable-next-line no-unused-vars
    const { reporters, ...project } = require(join(__dirname, d, 'jest.config.js'));
    return project;
  });

/** @type {import('jest').Config} */
module.exports = { projects };
