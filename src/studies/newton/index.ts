// The newton study: regularized Newton vs gradient descent, NTK / NNTK (arXiv 2605.08352).
import type { Study, StudyConfig } from '../types.js';
import { newtonStudy } from './study.js';

export { newtonStudy, type NewtonConfig } from './study.js';
export const studies = [newtonStudy] as unknown as Study<StudyConfig>[];
