import { describe, expect, it } from 'vitest';
import { loadStudy, studyIds } from './catalog.js';
import { studies } from './registry.js';

describe('catalog', () => {
  it('lists exactly the registry, in its order, and loads the same study objects', async () => {
    expect(studyIds).toEqual(studies.map((s) => s.id));
    for (const s of studies) expect(await loadStudy(s.id)).toBe(s);
    expect(await loadStudy('nosuch')).toBeUndefined();
    expect(await loadStudy('constructor')).toBeUndefined();
  }, 60_000);
});
