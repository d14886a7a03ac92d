// Placeholder until the newton study lands: it registers no study.
import type { Study, StudyConfig } from '../types.js';

export const studies: Study<StudyConfig>[] = [];
