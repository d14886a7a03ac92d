/**
 * CLI flags from a parameter schema (`core/schema.ts`): the flag, its help text with the
 * accepted range, and its default all come from the same declaration that `parseOptions`
 * checks, so help and validation cannot disagree.
 */
import { Option, type Command } from 'commander';
import type { Param, Schema } from '../core/schema.js';
import { parseIntArg, parseNumberArg } from './common.js';

/** `--fooBar` → `--foo-bar`. */
export const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The accepted range of a numeric parameter, written as `checkParam` enforces it:
 * `(0, 1]`-style brackets, open where the bound is exclusive or infinite. '' for other types.
 */
export function rangeText(p: Param): string {
  if (p.type !== 'number' && p.type !== 'integer') return '';
  if (p.min === undefined && p.max === undefined) return '';
  const excl = p.type === 'number' && p.exclusive === true;
  const lo = p.min === undefined ? '(-∞' : `${excl ? '(' : '['}${p.min}`;
  const hi = p.max === undefined ? '∞)' : `${p.max}${excl ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/** One commander option for one schema parameter (range in the help, default, value parser). */
export function schemaOption(key: string, p: Param, flag = `--${kebab(key)}`): Option {
  const range = rangeText(p);
  const o = new Option(
    p.type === 'boolean' ? flag : `${flag} <${p.type === 'enum' ? 'name' : 'value'}>`,
    `${p.description}${range ? ` ${range}` : ''}`,
  );
  if (p.type === 'enum') o.choices([...p.values]);
  if (p.type === 'number') o.argParser(parseNumberArg);
  if (p.type === 'integer') o.argParser(parseIntArg);
  if (p.default !== undefined && p.type !== 'boolean') o.default(p.default);
  return o;
}

/** Add one flag per schema key (defaults shown in the help; checks by parseOptions → exit 2). */
export function addSchemaOptions(cmd: Command, schema: Schema, skip: string[] = []): Command {
  for (const [key, p] of Object.entries(schema)) {
    if (skip.includes(key)) continue;
    cmd.addOption(schemaOption(key, p));
  }
  return cmd;
}

/** A schema parameter's help text: its description and its accepted range. */
export function schemaHelp(p: Param): string {
  const range = rangeText(p);
  return `${p.description}${range ? ` ${range}` : ''}`;
}
