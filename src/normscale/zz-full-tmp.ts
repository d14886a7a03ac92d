import { normscaleStudy } from '/work/main/src/studies/normscale/index.js';
const cfg = { ...normscaleStudy.configs.full, seeds: 3, variants: 'core' as const };
const t0 = Date.now();
let last = 0;
const out = await normscaleStudy.run(cfg, (d, t, l) => { if (Date.now() - last > 30000) { last = Date.now(); console.error(d, t, l); } });
console.log(JSON.stringify({ seconds: (Date.now() - t0) / 1000, cfg, metrics: out.metrics, claims: out.claims, tables: out.tables }, null, 1));
