/**
 * Loud skips for tests that need a system tool. `haveTool` checks for the tool; when it is
 * missing it prints one line naming the tool, what is skipped and the install command, and
 * under CI=true it throws, so CI cannot pass with part of the suite skipped.
 */
import { findTool, SYSTEM_TOOLS, type SystemTool } from '../src/cli/doctor.js';

export const TOOLS = SYSTEM_TOOLS;

/**
 * Whether `tool` is present. When it is not: one line on stderr naming the tool, what is
 * skipped and the install command; under CI=true, an error (the run fails).
 * @param what - the suite or tests that will be skipped
 */
export function haveTool(tool: SystemTool, what: string): boolean {
  if (findTool(tool.program) !== null) return true;
  const line = `quire tests: SKIPPING ${what}: ${tool.program} not found (install: sudo apt-get install -y ${tool.apt})`;
  if (process.env.CI === 'true') throw new Error(`${line}; CI=true requires every tool`);
  process.stderr.write(line + '\n');
  return false;
}
