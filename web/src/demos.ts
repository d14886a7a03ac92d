/**
 * Focused demos on user input, one per system: each declares its input fields (with
 * defaults a visitor can edit, paste over, or fill from a file) and runs library code on
 * them inside the worker. Bad input throws QuireError, shown in the page.
 */
import type { DemoOutput } from './protocol.js';
import { metaDemo } from './demos/meta.js';
import { otDemo } from './demos/ot.js';
import { blassoDemo } from './demos/blasso.js';
import { controlDemo } from './demos/control.js';
import { tdaDemo } from './demos/tda.js';

export interface DemoField {
  name: string;
  label: string;
  kind: 'textarea' | 'text' | 'number' | 'select';
  default: string;
  options?: string[];
  /** a textarea that accepts an uploaded file */
  upload?: boolean;
}

export interface Demo {
  title: string;
  description: string;
  fields: DemoField[];
  run(input: Record<string, string>): Promise<DemoOutput>;
}

export const demos: Record<string, Demo> = {
  meta: metaDemo,
  ot: otDemo,
  blasso: blassoDemo,
  control: controlDemo,
  tda: tdaDemo,
};
