// Lets `npx jest <path>` run from the workspace root; `npm test` runs each project through Nx.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const packageDirs = ['libs', 'libs/odoo', 'libs/platform', 'services'].flatMap((base) =>
  readdirSync(join(__dirname, base)).map((d) => `${base}/${d}`),
);
/** @type {import('jest').Config} */
module.exports = {
  projects: packageDirs.filter((d) => existsSync(join(__dirname, d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
};
