import type { Study, StudyConfig } from '../types.js';
import { tdaStudy } from './study.js';

export {
  tdaStudy,
  setDatasetProvider,
  setBlockComputer,
  computeBlocksHere,
  type TdaStudyConfig,
  type DatasetProvider,
  type BlockComputer,
} from './study.js';
export const studies = [tdaStudy] as unknown as Study<StudyConfig>[];
