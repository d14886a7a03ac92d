/**
 * Every study quire can reproduce, in report order. Each system's study folder exports
 * its `studies` list.
 */
import type { Study, StudyConfig } from './types.js';
import { studies as metaStudies } from './meta/index.js';
import { studies as otStudies } from './ot/index.js';
import { studies as tdaStudies } from './tda/index.js';
import { studies as controlStudies } from './control/index.js';
import { studies as newtonStudies } from './newton/index.js';
import { studies as blassoStudies } from './blasso/index.js';
import { studies as spatialStudies } from './spatial/index.js';
import { studies as surrogateStudies } from './surrogate/index.js';
import { studies as normscaleStudies } from './normscale/index.js';

export const studies: Study<StudyConfig>[] = [
  ...metaStudies,
  ...otStudies,
  ...tdaStudies,
  ...controlStudies,
  ...newtonStudies,
  ...blassoStudies,
  ...spatialStudies,
  ...surrogateStudies,
  ...normscaleStudies,
];

/** The study with this id, or undefined. */
export function findStudy(id: string): Study<StudyConfig> | undefined {
  return studies.find((s) => s.id === id);
}
