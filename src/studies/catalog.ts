/**
 * The study catalog: every built-in study id with a loader that imports only that
 * study's module. A sweep worker thread or a lab page loads the one study it runs, not
 * all nine systems (the registry imports them all, for `reproduce` and the report).
 */
import type { Study, StudyConfig } from './types.js';

type Loader = () => Promise<{ studies: Study<StudyConfig>[] }>;

const loaders: Record<string, Loader> = {
  meta: () => import('./meta/index.js'),
  ot: () => import('./ot/index.js'),
  tda: () => import('./tda/index.js'),
  control: () => import('./control/index.js'),
  newton: () => import('./newton/index.js'),
  blasso: () => import('./blasso/index.js'),
  spatial: () => import('./spatial/index.js'),
  surrogate: () => import('./surrogate/index.js'),
  normscale: () => import('./normscale/index.js'),
};

/** The built-in study ids, in report order. */
export const studyIds: readonly string[] = Object.keys(loaders);

/** Load one built-in study by id; undefined for an unknown id. */
export async function loadStudy(id: string): Promise<Study<StudyConfig> | undefined> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) return undefined;
  return (await load()).studies.find((s) => s.id === id);
}
