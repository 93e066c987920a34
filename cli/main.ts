import { AisleError } from '../src/core/errors.ts';
import { CatalogFormatError } from '../src/core/catalog/index.ts';
import { askCommand, askHelp } from './commands/ask.ts';
import { catalogCommand, catalogHelp } from './commands/catalog.ts';
import { describeCommand, describeHelp } from './commands/describe.ts';
import { embedCommand, embedHelp } from './commands/embed.ts';
import { generateCommand, generateHelp } from './commands/generate.ts';
import { reviewsCommand, reviewsHelp } from './commands/reviews.ts';
import { indexCommand, indexHelp } from './commands/index.ts';
import { kioskCommand, kioskHelp } from './commands/kiosk.ts';
import { searchCommand, searchHelp } from './commands/search.ts';
import { UsageError } from './io.ts';

const HELP = `aisle — the offline shop assistant's command line

usage:
  ${catalogHelp}
  ${askHelp}
  ${generateHelp}
  ${embedHelp}
  ${reviewsHelp}
  ${describeHelp}
  ${indexHelp}
  ${searchHelp}
  ${kioskHelp}
  aisle --help                 this text
`;

type Command = (args: string[], out: (line: string) => void) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  catalog: catalogCommand,
  ask: askCommand,
  generate: generateCommand,
  embed: embedCommand,
  reviews: reviewsCommand,
  describe: describeCommand,
  index: indexCommand,
  search: searchCommand,
  kiosk: kioskCommand,
};

/** Runs one command line; returns the process exit code. Expected failures print one line to stderr. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`aisle: unknown command "${name}"; see aisle --help\n`);
    return 2;
  }
  try {
    await command(rest, (line) => process.stdout.write(`${line}\n`));
    return 0;
  } catch (error) {
    if (error instanceof CatalogFormatError || error instanceof UsageError || error instanceof AisleError) {
      process.stderr.write(`aisle: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
