/**
 * The top-level commands, grouped by the module that registers them. Modules load on
 * demand: `quire meta …` loads only the meta group, so a command does not pay for every
 * system's imports (jax-js, vega, …) at start-up. `quire --help` loads them all.
 */
import type { Command } from 'commander';

export interface CommandGroup {
  /** the top-level command names this module registers */
  names: string[];
  load(): Promise<{ register(program: Command): void }>;
}

export const commandGroups: CommandGroup[] = [
  { names: ['reproduce'], load: async () => ({ register: (await import('./reproduce.js')).registerReproduce }) },
  { names: ['meta'], load: () => import('./meta.js') },
  { names: ['ot'], load: () => import('./ot.js') },
  { names: ['tda'], load: () => import('./tda.js') },
  { names: ['control'], load: () => import('./control.js') },
  { names: ['newton'], load: () => import('./newton.js') },
  { names: ['blasso'], load: () => import('./blasso.js') },
  { names: ['spatial'], load: () => import('./spatial.js') },
  { names: ['surrogate'], load: () => import('./surrogate.js') },
  { names: ['normscale'], load: () => import('./normscale.js') },
  { names: ['sweep', 'worker', 'queue', 'report'], load: () => import('./sweep.js') },
  { names: ['doctor'], load: () => import('./doctor.js') },
];
