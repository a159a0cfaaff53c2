#!/usr/bin/env node
// Adds to package-lock.json the platform-specific optional packages (e.g. @swc/core-darwin-arm64)
// that `npm install` leaves out when the registry it talks to lacks them. Without those entries
// `npm ci` refuses the lock file ("Missing: … from lock file") on every machine.
//   node infra/scripts/complete-lockfile.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const platformName = /-(darwin|linux|win32|android|freebsd|openharmony)-(arm64|x64|arm|ia32|ppc64|s390x|riscv64|loong64)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/;

const lockPath = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
const added = [];

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const match = platformName.exec(name);
    if (!match || isPresent(path, name)) continue;
    const [, os, cpu, abi] = match;
    const libc = abi === 'gnu' || abi === 'gnueabihf' ? ['glibc'] : abi === 'musl' || abi === 'musleabihf' ? ['musl'] : undefined;
    packages[`node_modules/${name}`] = {
      version,
      cpu: [cpu],
      ...(libc ? { libc } : {}),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
    };
    added.push(`${name}@${version}`);
  }
}

if (process.argv.includes('--check')) {
  if (added.length) {
    console.error(`package-lock.json lacks ${added.length} platform package(s) (${added.slice(0, 3).join(', ')}…): run node infra/scripts/complete-lockfile.mjs`);
    process.exit(1);
  }
} else if (added.length) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
  console.log(`added ${added.length} platform package(s) to package-lock.json`);
}

/** Resolved as Node would: beside the dependent package, then up through the node_modules folders. */
function isPresent(dependentPath, name) {
  for (let base = dependentPath; ; ) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    const at = base.lastIndexOf('node_modules/');
    if (at < 0) return false;
    base = base.slice(0, at).replace(/\/$/, '');
  }
}
