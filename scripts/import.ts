/**
 * `npm run import -- --format ua-air-force-daily <file.csv> [--models <file.csv>] [--into <dir>] [--dry-run]`
 * `npm run import -- --format ru-mod-telegram <file.csv> [--into <dir>] [--dry-run]`
 *
 * Imports a third-party table into a data folder (default `$SALVO_DATA` or `data/`). Exits 0
 * when the folder was updated (or already up to date), 1 when the import failed and wrote
 * nothing, 2 when the command line is wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFolder } from '../src/lib/data/folder.server.ts';
import { formatSummary } from '../src/lib/import/summary.ts';
import { importUaAirForceDaily } from '../src/lib/import/ua-air-force-daily.ts';
import { importRuModTelegram } from '../src/lib/import/ru-mod-telegram.ts';
import { formatRuModSummary } from '../src/lib/import/ru-mod/summary.ts';

const formats = ['ua-air-force-daily', 'ru-mod-telegram'];
const usage = `usage: npm run import -- --format ua-air-force-daily <missile_attacks_daily.csv> [--models <missiles_and_uavs.csv>] [--into <data folder>] [--dry-run] [--older] [--partial] [--overwrite-curated]
       npm run import -- --format ru-mod-telegram <mod_russia_statements.csv> [--into <data folder>] [--dry-run]

  --format    the table's format; one of: ${formats.join(', ')}
  --models    the publisher's models table, to check weapons.yaml's categories against
  --into      the data folder to import into (default: $SALVO_DATA or data/)
  --dry-run   check everything and report, but write nothing
  --older     import a table older than the folder's (its last night before the folder's);
              every figure it changes is listed before → after
  --partial   import a table that lacks many of the folder's earlier posts (a cut download?)
  --overwrite-curated
              replace a curator's own figures that differ from the table's (else kept, listed)`;

function fail(message: string): never {
	console.error(`import: ${message}\n\n${usage}`);
	process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			format: { type: 'string' },
			models: { type: 'string' },
			into: { type: 'string' },
			'dry-run': { type: 'boolean' },
			older: { type: 'boolean' },
			partial: { type: 'boolean' },
			'overwrite-curated': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
}
try {
	args = parse();
} catch (error) {
	fail((error as Error).message);
}
if (args.values.help) {
	console.log(usage);
	process.exit(0);
}
if (!args.values.format) fail('--format is required');
if (!formats.includes(args.values.format)) fail(`unknown format "${args.values.format}"`);
if (args.positionals.length !== 1)
	fail(args.positionals.length === 0 ? 'which table? give its file' : 'give one table at a time');

// `npm run` starts scripts in the package folder; paths typed by the user are relative to
// where they typed them (INIT_CWD), the default data folder to the package.
const here = process.env.INIT_CWD ?? process.cwd();
const dryRun = args.values['dry-run'] ?? false;
// progress only on a terminal: logs and CI output stay free of carriage returns
const tty = process.stderr.isTTY;
let last = '';
if (args.values.format === 'ru-mod-telegram') {
	if (args.values.models) fail('--models is for the Air Force table only');
	const result = importRuModTelegram({
		table: resolve(here, args.positionals[0]),
		into: args.values.into ? resolve(here, args.values.into) : dataFolder(),
		dryRun,
		onProgress: tty ? (phase) => process.stderr.write(`\r${phase}...`.padEnd(40)) : undefined
	});
	if (tty) process.stderr.write(`\r${' '.repeat(40)}\r`);
	const summary = formatRuModSummary(result, dryRun);
	if (result.ok) console.log(summary);
	else console.error(summary);
	process.exit(result.ok ? 0 : 1);
}
const result = importUaAirForceDaily({
	table: resolve(here, args.positionals[0]),
	models: args.values.models ? resolve(here, args.values.models) : undefined,
	into: args.values.into ? resolve(here, args.values.into) : dataFolder(),
	dryRun,
	allowOlder: args.values.older ?? false,
	allowPartial: args.values.partial ?? false,
	overwriteCurated: args.values['overwrite-curated'] ?? false,
	onProgress: tty
		? (phase, done, total) => {
				const line = done !== undefined ? `${phase}: ${done}/${total}` : `${phase}...`;
				process.stderr.write(`\r${line.padEnd(last.length)}`);
				last = line;
			}
		: undefined
});
if (tty && last) process.stderr.write(`\r${' '.repeat(last.length)}\r`);

const summary = formatSummary(result, dryRun);
if (result.ok) console.log(summary);
else console.error(summary);
// an exit code, not process.exit: exiting at once cut what was still on its way to a pipe (issue 24)
process.exitCode = result.ok ? 0 : 1;
