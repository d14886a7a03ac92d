// Placeholder until the normscale subcommands land: it adds no commands.
import type { Command } from 'commander';

export function register(_program: Command): void {}
