/** The slow `--help` examples (reproduce, sweep → report, surrogate train, normscale train). */
import { describe } from 'vitest';
import { defineExampleTests } from './cli-examples-shared.js';

describe('CLI examples (slow)', () => {
  defineExampleTests('e2e');
});
