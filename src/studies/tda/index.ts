import type { Study, StudyConfig } from '../types.js';
import { tdaStudy } from './study.js';

export { tdaStudy, setDatasetProvider, type TdaStudyConfig, type DatasetProvider } from './study.js';
export const studies = [tdaStudy] as unknown as Study<StudyConfig>[];
