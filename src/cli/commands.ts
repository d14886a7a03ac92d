/**
 * The subcommand groups, one per system, each in src/cli/<system>.ts.
 */
import type { Command } from 'commander';
import { register as meta } from './meta.js';
import { register as ot } from './ot.js';
import { register as tda } from './tda.js';
import { register as control } from './control.js';
import { register as newton } from './newton.js';
import { register as blasso } from './blasso.js';
import { register as spatial } from './spatial.js';
import { register as surrogate } from './surrogate.js';
import { register as normscale } from './normscale.js';
import { register as sweep } from './sweep.js';

export const systemCommands: ((program: Command) => void)[] = [meta, ot, tda, control, newton, blasso, spatial, surrogate, normscale, sweep];
