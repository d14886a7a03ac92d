/**
 * The `quire` program: global options, the exit-code policy for usage errors, and every
 * subcommand group.
 */
import { Command, CommanderError } from 'commander';
import { systemCommands } from './commands.js';
import { registerReproduce } from './reproduce.js';
import { version } from './version.js';

export function buildProgram(): Command {
  const program = new Command('quire')
    .description('quire: nine recent machine-learning research methods, as a library, a CLI and reproducible studies')
    .version(version)
    .showHelpAfterError('(run with --help for usage)');
  registerReproduce(program);
  for (const register of systemCommands) register(program);
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
  const program = buildProgram();
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
