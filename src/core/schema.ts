/**
 * One parameter schema per method, declared as data (as giotto-tda does). A schema
 * drives the option types (`OptionsOf<S>`), the argument checks (`parseOptions`), the CLI
 * flags and their help (`cli/schema.ts`), and later the lab's controls.
 */
import { QuireError } from './errors.js';

interface ParamBase {
  description: string;
  /** a short human label (the lab's control label); defaults to the key */
  label?: string;
}
export interface NumberParam extends ParamBase {
  type: 'number';
  default?: number;
  min?: number;
  max?: number;
  /** when true, min and max are exclusive */
  exclusive?: boolean;
}
export interface IntegerParam extends ParamBase {
  type: 'integer';
  default?: number;
  min?: number;
  max?: number;
}
export interface EnumParam<V extends string = string> extends ParamBase {
  type: 'enum';
  values: readonly V[];
  default?: V;
}
export interface BooleanParam extends ParamBase {
  type: 'boolean';
  default?: boolean;
}
export interface StringParam extends ParamBase {
  type: 'string';
  default?: string;
}
export type Param = NumberParam | IntegerParam | EnumParam | BooleanParam | StringParam;
export type Schema = Record<string, Param>;

type ValueOf<P> = P extends { type: 'number' | 'integer' }
  ? number
  : P extends EnumParam<infer V>
    ? V
    : P extends { type: 'boolean' }
      ? boolean
      : string;

/** The fully resolved options of a schema: every key present. */
export type OptionsOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };
/** What a caller may pass: every key optional. */
export type PartialOptionsOf<S extends Schema> = Partial<OptionsOf<S>>;

/**
 * Check user options against a schema and fill in defaults. Unknown keys are rejected.
 * @throws QuireError naming the function and the option on any violation
 */
export function parseOptions<S extends Schema>(fn: string, schema: S, input: object | undefined): OptionsOf<S> {
  const src = (input ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(src)) {
    if (!(key in schema) && src[key] !== undefined) {
      throw new QuireError(`${fn}: unknown option '${key}' (expected one of ${Object.keys(schema).join(', ')})`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(schema)) {
    const v = src[key] === undefined ? p.default : src[key];
    if (v === undefined) throw new QuireError(`${fn}: option '${key}' is required (${p.description})`);
    out[key] = checkParam(fn, key, p, v);
  }
  return out as OptionsOf<S>;
}

/** Check one value against one parameter; returns it. */
export function checkParam(fn: string, key: string, p: Param, v: unknown): unknown {
  switch (p.type) {
    case 'number':
    case 'integer': {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new QuireError(`${fn}: ${key} must be a finite number, got ${String(v)}`);
      if (p.type === 'integer' && !Number.isInteger(v)) throw new QuireError(`${fn}: ${key} must be an integer, got ${v}`);
      const lo = p.min ?? -Infinity;
      const hi = p.max ?? Infinity;
      const excl = p.type === 'number' && p.exclusive === true;
      const ok = excl ? v > lo && v < hi : v >= lo && v <= hi;
      if (!ok) {
        const l = excl ? '(' : '[';
        const r = excl ? ')' : ']';
        throw new QuireError(`${fn}: ${key} must be in ${l}${lo}, ${hi}${r}, got ${v}`);
      }
      return v;
    }
    case 'enum':
      if (typeof v !== 'string' || !p.values.includes(v)) {
        throw new QuireError(`${fn}: ${key} must be one of ${p.values.map((x) => `'${x}'`).join(', ')}, got ${JSON.stringify(v)}`);
      }
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw new QuireError(`${fn}: ${key} must be true or false, got ${String(v)}`);
      return v;
    case 'string':
      if (typeof v !== 'string') throw new QuireError(`${fn}: ${key} must be a string, got ${String(v)}`);
      return v;
  }
}

/**
 * Declare a schema with literal types kept (enum values, defaults), so `OptionsOf`
 * gives precise option types.
 * @example const s = defineSchema({ p: { type: 'number', min: 1, default: 1, description: 'order' } });
 */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}
