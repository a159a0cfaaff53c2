import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';

const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };

/**
 * The `sightline` command line. Each command's action resolves when the command is done. Commands
 * load their module when they run, so `sightline check` does not pay for the server's dependencies.
 */
export function createProgram(): Command {
  const program = new Command('sightline')
    .description('Privacy governance for Odoo: who can see which personal data, why, and who signed off on it.')
    .version(version, '-v, --version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('Serve the GraphQL gateway and its subgraphs (DATABASE_URL, else the embedded PostgreSQL)')
    .option('-p, --port <port>', 'port to listen on (default: SIGHTLINE_PORT or 4000)', parsePort)
    .option('--host <host>', 'address to listen on (default: SIGHTLINE_HOST or 127.0.0.1)')
    .option('--demo', 'seed an empty database with demo data built on the real Odoo 17/18/19 corpus', false)
    .action(async (options: { port?: number; host?: string; demo?: boolean }) => {
      const platform = await (await import('./commands/serve.command.js')).servePlatform(options);
      process.stdout.write(`Sightline is serving ${platform.url}\n`);
      await untilSignalled();
      await platform.stop();
    });

  program
    .command('snapshot')
    .description('Read addon source trees into a snapshot (canonical JSON); exit 3 naming file and line on bad input')
    .option('--addons <paths...>', 'addons paths as given to Odoo --addons-path: several, or comma-separated')
    .option('--odoo-config <odoo.conf>', "read the addons paths from an Odoo configuration file's addons_path")
    .option('--install <modules>', "comma-separated modules to install with their depends (default: every installable module but Odoo's test modules)", commaList)
    .option('--odoo-version <version>', '17.0, 18.0, 19.0… (default: from odoo/release.py beside base)')
    .option('--demo', 'also load demo data files', false)
    .option('--lenient', 'record problems as snapshot warnings instead of failing', false)
    .option('--strict', 'warnings (modules left out, Python the reader could not follow) fail too, exit 3', false)
    .option('-o, --out <file>', 'write the snapshot here instead of stdout')
    .action(async (options) => {
      process.exitCode = await (await import('./commands/snapshot.command.js')).snapshotAddons(options, process.stdout, process.stderr);
    });

  program
    .command('sync')
    .description("Read a live Odoo's security model over its external API into a snapshot (canonical JSON)")
    .requiredOption('--url <url>', 'base URL of the Odoo server, e.g. https://erp.example.com')
    .requiredOption('--db <database>', 'database name')
    .requiredOption('--login <login>', 'login of the user Sightline reads as')
    .requiredOption('--api-key-env <variable>', 'environment variable holding the API key (or password)')
    .addOption(new Option('--protocol <protocol>', 'external API').choices(['jsonrpc', 'xmlrpc', 'json2']).default('jsonrpc'))
    .option('--addons <paths...>', "the instance's addons paths, for field groups (default: the shipped catalog)")
    .option('-o, --out <file>', 'write the snapshot here instead of stdout')
    .action(async (options) => {
      process.exitCode = await (await import('./commands/sync.command.js')).syncOdoo(options, process.env, process.stdout, process.stderr);
    });

  program
    .command('diff')
    .description('Show what changed from one snapshot file to another (exit 0: identical, 1: different, 3: unreadable)')
    .argument('<before.json>')
    .argument('<after.json>')
    .addOption(formatOption(['text', 'json']))
    .action(async (a: string, b: string, options: { format: 'text' | 'json' }) => {
      process.exitCode = await (await import('./commands/diff.command.js')).diffSnapshotFiles(a, b, options, process.stdout);
    });

  program
    .command('import')
    .description('Store a snapshot file in the platform database (DATABASE_URL, else the embedded one)')
    .argument('<snapshot.json>')
    .option('--label <text>', 'label shown in the UI and API (default: the file name)')
    .option('--tenant <slug>', 'tenant to store it for', 'default')
    .action(async (path: string, options: { label?: string; tenant: string }) => {
      process.exitCode = await (await import('./commands/import.command.js')).importSnapshotFile(path, options, process.stdout);
    });

  program
    .command('exposure')
    .description('Report which groups, fields or users reach classified personal data, and through which groups; exit 3 naming file and line on bad input')
    .option('--addons <paths...>', 'addons paths as given to Odoo --addons-path: several, or comma-separated')
    .option('--odoo-config <odoo.conf>', "read the addons paths from an Odoo configuration file's addons_path")
    .option('--install <modules>', "comma-separated modules to install with their depends (default: every installable module but Odoo's test modules)", commaList)
    .option('--odoo-version <version>', '17.0, 18.0, 19.0… (default: from odoo/release.py beside base)')
    .option('--lenient', 'read addons despite problems (recorded as snapshot warnings)', false)
    .option('--strict', 'warnings (modules left out, Python the reader could not follow) fail too, exit 3', false)
    .option('--snapshot <file.json>', 'report on a snapshot file instead of addons')
    .option('--classification <overrides.yaml>', "classification overrides merged into the catalog of the snapshot's version")
    .addOption(new Option('--by <view>', 'one entry per group, field or user').choices(['group', 'field', 'user']).makeOptionMandatory())
    .option('--category <category>', 'hr (employees and applicants), all, or a data category key', 'all')
    .option('--counts', 'per user: count the records reached on the mirrored models', false)
    .addOption(formatOption(['text', 'json', 'csv']))
    .action(async (options) => {
      process.exitCode = await (await import('./commands/exposure.command.js')).reportExposure(options, process.stdout);
    });

  program
    .command('check')
    .description('CI gate: fail on new access to HR data (exit 0 none, 1 new access, 2 usage, 3 unreadable input with file:line)')
    .option('--addons <paths...>', 'head addons paths as given to Odoo --addons-path: several, or comma-separated')
    .option('--odoo-config <odoo.conf>', "read the head addons paths from an Odoo configuration file's addons_path")
    .option('--base <paths...>', 'base addons paths to compare with')
    .option('--base-ref <git-ref>', 'compare with the same addons paths at this git revision (e.g. origin/main), each in its own repository, which must have it; the working tree is untouched')
    .option('--repo <dir>', 'with --base-ref: the repository the revision belongs to; addons paths outside it (e.g. an Odoo checkout) are taken as they are on both sides')
    .option('--baseline <file>', 'compare with a baseline written by --baseline-write')
    .option('--baseline-write <file>', "record head's HR-data grants as accepted (alone: write and exit 0)")
    .option('--install <modules>', "comma-separated head modules to install with their depends (default: every installable module but Odoo's test modules)", commaList)
    .option('--odoo-version <version>', 'head Odoo version (default: from odoo/release.py beside base)')
    .option('--base-odoo-version <version>', 'base Odoo version (default: detected, else the head version)')
    .option('--policy <file>', 'sightline.yml: classification overrides and allowances with reason and expiry')
    .option('--require-classification', 'unclassified personal-looking new fields on HR models are errors', false)
    .option('--strict', 'read warnings (unresolved references, modules left out, Python not followed) and SL005 new-hr-data are errors too', false)
    .addOption(formatOption(['text', 'json', 'sarif', 'junit', 'github']))
    .option('-o, --output <file>', 'write the report here instead of stdout')
    .action(async (options) => {
      process.exitCode = await (await import('./commands/check.command.js')).checkAddons(options, version, process.stdout);
    });

  const token = program.command('token').description('API tokens for dashboards and automation (shown once, stored hashed)');
  token
    .command('create')
    .description('Create a token with one role in one tenant and print it on stdout, once')
    .requiredOption('--name <name>', 'what the token is for, e.g. "Grafana dashboard"')
    .requiredOption('--role <role>', 'admin, privacy-officer, reviewer, auditor, viewer or ci')
    .option('--tenant <slug>', 'tenant the token acts in', 'default')
    .option('--expires-in <duration>', 'e.g. 12h or 90d (default: no expiry)')
    .action(async (options) => {
      process.exitCode = await (await import('./commands/token.command.js')).createToken(options, process.stdout, process.stderr);
    });
  token
    .command('list')
    .description("List a tenant's tokens (never the secrets)")
    .option('--tenant <slug>', 'tenant', 'default')
    .action(async (options: { tenant: string }) => {
      process.exitCode = await (await import('./commands/token.command.js')).listTokens(options.tenant, process.stdout);
    });
  token
    .command('revoke')
    .description('Revoke a token by id (exit 1 when there is no such active token)')
    .argument('<id>')
    .option('--tenant <slug>', 'tenant', 'default')
    .action(async (id: string, options: { tenant: string }) => {
      process.exitCode = await (await import('./commands/token.command.js')).revokeToken(id, options.tenant, process.stdout);
    });

  const user = program.command('user').description('Local accounts (for the admin UI where no OIDC provider is configured)');
  user
    .command('create')
    .description('Create a local user with a role in a tenant; prints its random password on stdout, once')
    .argument('<login>')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'admin, privacy-officer, reviewer, auditor, viewer or ci')
    .option('--tenant <slug>', 'tenant', 'default')
    .action(async (login: string, options: { name: string; role: string; tenant: string }) => {
      process.exitCode = await (await import('./commands/user.command.js')).createUser(login, options, process.stdout, process.stderr);
    });
  user
    .command('reset-password')
    .description("Give a local user (e.g. the bootstrap admin) a new random password, printed once; ends the user's sessions")
    .argument('<login>')
    .action(async (login: string) => {
      process.exitCode = await (await import('./commands/user.command.js')).resetUserPassword(login, process.stdout, process.stderr);
    });

  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Recompute every hash link and signed checkpoint (exit 0 intact, 1 naming the first broken entry)')
    .option('--tenant <slug>', 'one tenant (default: every chain)')
    .option('--file <export.jsonl>', 'verify an export file instead of the database (no database needed)')
    .option('--public-key <base64...>', 'with --file: the signing public key(s) to trust (default: this installation\'s)')
    .action(async (options: { tenant?: string; file?: string; publicKey?: string[] }) => {
      const commands = await import('./commands/audit.command.js');
      process.exitCode = options.file
        ? await commands.verifyAuditExport(options.file, options.publicKey ?? [], process.stdout)
        : await commands.verifyAudit(options, process.stdout);
    });
  audit
    .command('public-key')
    .description("Print the audit signing key's public half (for auditors, and for SIGHTLINE_AUDIT_TRUSTED_KEYS after a rotation)")
    .action(async () => {
      process.exitCode = await (await import('./commands/audit.command.js')).printAuditPublicKey(process.stdout, process.stderr);
    });
  audit
    .command('export')
    .description('Write the log as JSON Lines with its signed checkpoints, for offline verification')
    .requiredOption('-o, --output <file>', 'file to create (never overwritten)')
    .option('--tenant <slug>', 'one tenant (default: every chain)')
    .action(async (options: { output: string; tenant?: string }) => {
      process.exitCode = await (await import('./commands/audit.command.js')).exportAudit(options, process.stderr);
    });

  return program;
}

function formatOption(formats: string[]): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default(formats[0]);
}

function commaList(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port between 0 and 65535');
  return port;
}

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
