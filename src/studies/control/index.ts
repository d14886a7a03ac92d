// The control study: LQR vs H∞ task-to-controller maps (arXiv 2605.06992).
import type { Study, StudyConfig } from '../types.js';
import { controlStudy } from './study.js';

export { controlStudy, type ControlConfig } from './study.js';
export const studies = [controlStudy] as unknown as Study<StudyConfig>[];
