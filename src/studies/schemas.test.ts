import { describe, expect, it } from 'vitest';
import { checkParam } from '../core/schema.js';
import { studies } from './registry.js';

// One declaration per config key drives the runner's checks, the CLI's help and the lab's
// controls (issue 23): every scalar key of every study must be declared, with a description,
// and both profiles must pass their own schema.
describe('study config schemas', () => {
  for (const s of studies) {
    it(`${s.id}: every scalar config key is declared with a description; quick and full pass it`, () => {
      expect(s.schema, `${s.id} has no schema`).toBeDefined();
      const schema = s.schema ?? {};
      for (const profile of ['quick', 'full'] as const) {
        const cfg = s.configs[profile] as unknown as Record<string, unknown>;
        for (const [k, v] of Object.entries(cfg)) {
          if (!['number', 'string', 'boolean'].includes(typeof v)) continue;
          if (k === 'seed' && !(k in schema)) continue; // the runner and CLI check seeds themselves
          const p = schema[k];
          expect(p, `${s.id}.${k} is not in the schema`).toBeDefined();
          expect(p.description.length, `${s.id}.${k} has no description`).toBeGreaterThan(3);
          expect(() => checkParam(s.id, k, p, v)).not.toThrow();
        }
      }
      for (const k of Object.keys(schema)) expect(k in (s.configs.quick as object), `${s.id} schema declares unknown key ${k}`).toBe(true);
    });
  }
});
