// The per-set table for issue 17: quire's auto-selected TDA pipeline vs 1-NN Euclidean (and
// 1-NN DTW with a LOO-learned window) on the UCR development sets, on the same splits.
// Usage: npx tsx bench/tda-ucr-table.ts [ucrDir] [--sets A,B] [--max-test N] [--filtration flag|rips]
//                                       [--graphs nvg,hvg,...] [--distances weighted,diffusion,...] [--no-dtw]
// Sets run cheapest first (series × length²); each row prints as soon as it is done.
import { readdirSync, existsSync } from 'node:fs';
import { Rng } from '../src/core/rng.js';
import { readLabelled } from '../src/cli/tda.js';
import {
  accuracy,
  DISTANCE_TYPES,
  fitAuto,
  GRAPH_TYPES,
  nearestNeighborDtw,
  nearestNeighborEuclidean,
  type DistanceType,
  type GraphType,
} from '../src/tda/index.js';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dir = args[0] && !args[0].startsWith('--') ? args[0] : (process.env.QUIRE_UCR_DIR ?? '../shared/data/ucr');
const maxTest = Number(flag('--max-test', '0'));
const filtration = flag('--filtration', 'flag') as 'flag' | 'rips';
const graphs = flag('--graphs', GRAPH_TYPES.join(',')).split(',') as GraphType[];
const distances = flag('--distances', 'weighted,diffusion').split(',') as DistanceType[];
const noDtw = args.includes('--no-dtw');
let sets = readdirSync(dir).filter((n) => existsSync(`${dir}/${n}/${n}_TRAIN.tsv`));
if (args.includes('--sets')) sets = flag('--sets', '').split(',');
for (const d of distances) if (!(DISTANCE_TYPES as readonly string[]).includes(d)) throw new Error(`unknown distance ${d}`);

const data = sets.map((name) => {
  const train = readLabelled(`${dir}/${name}/${name}_TRAIN.tsv`);
  let test = readLabelled(`${dir}/${name}/${name}_TEST.tsv`);
  if (maxTest > 0 && test.series.length > maxTest) {
    const idx = Array.from(new Rng(1).permutation(test.series.length).subarray(0, maxTest)).sort((a, b) => a - b);
    test = { series: idx.map((i) => test.series[i]), labels: idx.map((i) => test.labels[i]) };
  }
  const L = train.series[0].length;
  return { name, train, test, cost: (train.series.length + test.series.length) * L * L };
});
data.sort((a, b) => a.cost - b.cost);
console.log(
  `# ${data.length} sets from ${dir}; filtration ${filtration}; candidates ${graphs.join('/')} × ${distances.join('/')}; 3-fold CV on train; forest 100 trees`,
);
console.log(`# test series per set: ${maxTest > 0 ? `at most ${maxTest} (seeded subsample, the same for every method)` : 'all'}`);
console.log('| data set | train | test | length | classes | 1-NN ED | 1-NN DTW (w) | TDA auto | chosen | CV acc | seconds |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const rows: { ed: number; tda: number; dtw: number }[] = [];
for (const d of data) {
  const t0 = performance.now();
  const ed = accuracy(nearestNeighborEuclidean(d.train.series, d.train.labels, d.test.series).predictions, d.test.labels);
  let dtwCell = '—';
  let dtw = NaN;
  if (!noDtw) {
    const r = nearestNeighborDtw(d.train.series, d.train.labels, d.test.series);
    dtw = accuracy(r.predictions, d.test.labels);
    dtwCell = `${dtw.toFixed(3)} (${Math.round(100 * r.windowFraction!)}%)`;
  }
  let tda = NaN;
  let chosen = 'failed';
  let cvAcc = NaN;
  try {
    const fit = fitAuto(d.train.series, d.train.labels, {
      graphs,
      distances,
      folds: 3,
      seed: 0,
      base: { filtration, trees: 100, resolution: 50 },
    });
    tda = fit.classifier.score(d.test.series, d.test.labels);
    chosen = `${fit.selection.features.join('+')} (${fit.selection.graph} × ${fit.selection.distance})`;
    cvAcc = fit.selection.featureTable.find((r) => r.features === fit.selection.features.join('+'))!.cvAccuracy;
  } catch (e) {
    chosen = `error: ${(e as Error).message.slice(0, 60)}`;
  }
  rows.push({ ed, tda, dtw });
  const c = new Set(d.train.labels).size;
  console.log(
    `| ${d.name} | ${d.train.series.length} | ${d.test.series.length} | ${d.train.series[0].length} | ${c} | ${ed.toFixed(3)} | ${dtwCell} | ${tda.toFixed(3)} | ${chosen} | ${cvAcc.toFixed(3)} | ${((performance.now() - t0) / 1000).toFixed(0)} |`,
  );
}
const ok = rows.filter((r) => Number.isFinite(r.tda));
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
console.log(
  `\nmean over ${ok.length} sets: 1-NN ED ${mean(ok.map((r) => r.ed)).toFixed(3)}, TDA auto ${mean(ok.map((r) => r.tda)).toFixed(3)}` +
    (noDtw ? '' : `, 1-NN DTW ${mean(ok.map((r) => r.dtw)).toFixed(3)}`) +
    `; TDA − ED ${(mean(ok.map((r) => r.tda)) - mean(ok.map((r) => r.ed))).toFixed(3)}; TDA ≥ ED on ${ok.filter((r) => r.tda >= r.ed).length}/${ok.length}`,
);
