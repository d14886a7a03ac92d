import type { Study, StudyConfig } from '../types.js';
import { surrogateStudy } from './study.js';

export { surrogateStudy, type SurrogateStudyConfig } from './study.js';
export const studies = [surrogateStudy] as unknown as Study<StudyConfig>[];
