/**
 * Focused demos on user input, one per system that has a fast method: each declares its
 * inputs as controls (the same declaration the study controls use) and runs library code
 * on them in the page's persistent demo worker, so a slider move recomputes at once.
 * Bad input throws QuireError naming the field, shown in the page.
 */
import type { ControlSpec } from './controls.js';
import type { DemoOutput } from './protocol.js';
import { metaDemo } from './demos/meta.js';
import { otDemo } from './demos/ot.js';
import { blassoDemo } from './demos/blasso.js';
import { controlDemo } from './demos/control.js';
import { tdaDemo } from './demos/tda.js';

export interface Demo {
  title: string;
  description: string;
  fields: ControlSpec[];
  /** recompute as the inputs change (fast methods); otherwise only on Run */
  live: boolean;
  run(input: Record<string, string>): Promise<DemoOutput>;
}

export const demos: Record<string, Demo> = {
  meta: metaDemo,
  ot: otDemo,
  blasso: blassoDemo,
  control: controlDemo,
  tda: tdaDemo,
};
