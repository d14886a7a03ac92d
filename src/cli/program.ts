/**
 * The `quire` program: global options, the exit-code policy for usage errors, and every
 * subcommand group.
 */
import { Command, CommanderError } from 'commander';
import { commandGroups } from './commands.js';
import { addExamples } from './examples.js';
import { version } from './version.js';

/** The first non-option argument (the command name), if any. */
function commandName(argv: string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

/**
 * Build the program with the command groups `argv` needs: the one named, or all of them
 * (for help, or an unknown command, so commander can list and suggest).
 */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('quire')
    .description('quire: nine recent machine-learning research methods, as a library, a CLI and reproducible studies')
    .version(version)
    .showHelpAfterError('(run with --help for usage)');
  const name = commandName(argv);
  const wanted = commandGroups.filter((g) => name !== undefined && g.names.includes(name));
  // `quire --version` / `-V` needs no command group: answer without loading any.
  const versionOnly = name === undefined && argv.slice(2).some((a) => a === '-V' || a === '--version');
  if (!versionOnly) for (const g of wanted.length > 0 ? wanted : commandGroups) (await g.load()).register(program);
  addExamples(program);
  // Usage errors (unknown option, bad value) are user errors: exit 2 with our prefix.
  const configure = (cmd: Command) => {
    cmd.exitOverride();
    cmd.configureOutput({
      outputError: (str, write) => write(`quire: error: ${str.replace(/^error: /, '')}`),
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Parse argv and run; maps commander's exits to 0 (help/version) or 2 (usage). */
export async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' || e.exitCode === 0;
      process.exit(ok ? 0 : 2);
    }
    throw e;
  }
}
