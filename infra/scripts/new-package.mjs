#!/usr/bin/env node
// Scaffolds a workspace package with the project's conventions:
//   node infra/scripts/new-package.mjs <dir> <short-name> <tags,comma,separated> [dep-short-name ...]
// e.g. node infra/scripts/new-package.mjs libs/odoo/domain odoo-domain scope:odoo,type:domain odoo-python
import { mkdirSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dir, shortName, tagList, ...deps] = process.argv.slice(2);
if (!dir || !shortName || !tagList) {
  console.error('usage: new-package.mjs <dir> <short-name> <tags> [dep-short-name ...]');
  process.exit(2);
}
if (existsSync(join(dir, 'package.json'))) {
  console.error(`${dir}/package.json exists already`);
  process.exit(2);
}
const root = relative(dir, '.') || '.';
const workspaceDirs = () =>
  ['libs', 'libs/odoo', 'libs/platform', 'services'].flatMap((base) =>
    existsSync(base) ? readdirSync(base).map((d) => join(base, d)) : [],
  );
const findDir = (name) => {
  const found = workspaceDirs().find((d) => {
    const p = join(d, 'package.json');
    return existsSync(p) && JSON.parse(readFileSync(p, 'utf8')).nx?.name === name;
  });
  if (!found) throw new Error(`no package with nx name ${name}`);
  return found;
};
const depDirs = deps.map(findDir);
const isService = dir.startsWith('services/');
mkdirSync(join(dir, 'src'), { recursive: true });
const pkg = {
  name: `@sightline/${shortName}`,
  version: '0.1.0',
  private: true,
  main: './dist/index.js',
  types: './dist/index.d.ts',
  exports: {
    '.': { '@sightline/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    './package.json': './package.json',
  },
  scripts: {
    build: 'tsc -b tsconfig.lib.json',
    typecheck: 'tsc -p tsconfig.spec.json --noEmit',
    test: 'NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning" jest --passWithNoTests',
    lint: 'eslint .',
  },
  nx: { name: shortName, tags: tagList.split(',') },
  dependencies: Object.fromEntries(deps.map((d) => [`@sightline/${d}`, '*'])),
};
const write = (f, data) => writeFileSync(join(dir, f), typeof data === 'string' ? data : JSON.stringify(data, null, 2) + '\n');
write('package.json', pkg);
write('tsconfig.json', {
  extends: `${root}/tsconfig.base.json`,
  files: [],
  references: [{ path: './tsconfig.lib.json' }, { path: './tsconfig.spec.json' }],
});
write('tsconfig.lib.json', {
  extends: `${root}/tsconfig.base.json`,
  compilerOptions: { rootDir: 'src', outDir: 'dist', tsBuildInfoFile: 'dist/tsconfig.lib.tsbuildinfo', types: ['node'] },
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.spec.ts', 'src/**/*.test-util.ts'],
  references: depDirs.map((d) => ({ path: `${relative(dir, d)}/tsconfig.lib.json` })),
});
write('tsconfig.spec.json', {
  extends: `${root}/tsconfig.base.json`,
  compilerOptions: { composite: false, incremental: false, declaration: false, declarationMap: false, types: ['node', 'jest'] },
  include: ['src/**/*.ts', 'test/**/*.ts'],
  references: depDirs.map((d) => ({ path: `${relative(dir, d)}/tsconfig.lib.json` })),
});
write('jest.config.js', `module.exports = { ...require('${root}/jest.preset.js'), displayName: '${shortName}', rootDir: __dirname };\n`);
if (!existsSync(join(dir, 'src/index.ts'))) write('src/index.ts', 'export {};\n');
console.log(`created ${dir} (${pkg.name})${isService ? ' as a service' : ''}`);
