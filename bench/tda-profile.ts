// Where the time of `quire tda classify --graph auto --distance auto` goes, on the issue's
// size: 120 training (and 120 test) CBF series of length 640. Prints each phase (diagrams per
// graph × distance, CV per candidate, the series blocks, the feature-set CV, the refit, the
// test prediction, the 1-NN baselines) with its wall time, summed by kind.
// Usage: npx tsx bench/tda-profile.ts [--length 640] [--per-class 40] [--folds 5] [--no-dtw]
//        [--filtration rips|flag] [--max-length 128]
import { loadavg } from 'node:os';
import { cbf } from '../src/data/synthetic.js';
import { accuracy, fitAuto, nearestNeighborDtw, nearestNeighborEuclidean } from '../src/tda/index.js';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const length = Number(flag('--length', '640'));
const perClass = Number(flag('--per-class', '40'));
const folds = Number(flag('--folds', '5'));
const filtration = flag('--filtration', 'rips') as 'rips' | 'flag';
const maxLength = Number(flag('--max-length', '128'));
const train = cbf(perClass, 1, { length });
const test = cbf(perClass, 2, { length });
const phases: [string, number][] = [];
const t0 = performance.now();
const fit = fitAuto(train.series, train.labels, {
  folds,
  seed: 0,
  base: { filtration, maxLength },
  timing: (phase, ms) => {
    phases.push([phase, ms]);
    if (args.includes('--verbose')) console.log(`  ${phase.padEnd(40)} ${(ms / 1000).toFixed(2)} s`);
  },
});
let t = performance.now();
const acc = fit.classifier.score(test.series, test.labels);
phases.push(['predict test', performance.now() - t]);
const tdaMs = performance.now() - t0;
t = performance.now();
const ed = accuracy(nearestNeighborEuclidean(train.series, train.labels, test.series).predictions, test.labels);
phases.push(['baseline 1-NN ED', performance.now() - t]);
let dtw = NaN;
if (!args.includes('--no-dtw')) {
  t = performance.now();
  dtw = accuracy(nearestNeighborDtw(train.series, train.labels, test.series).predictions, test.labels);
  phases.push(['baseline 1-NN DTW (LOO window)', performance.now() - t]);
}
const total = performance.now() - t0;
const cpu = process.cpuUsage();
const kinds = new Map<string, number>();
for (const [p, ms] of phases) {
  const k = p.startsWith('diagrams')
    ? 'graph diagrams'
    : p.startsWith('cv features')
      ? 'feature-set CV'
      : p.startsWith('cv ')
        ? 'graph CV'
        : p;
  kinds.set(k, (kinds.get(k) ?? 0) + ms);
}
console.log(
  `# CBF, ${train.series.length} train + ${test.series.length} test series of length ${length}; ${folds}-fold CV; filtration ${filtration}; maxLength ${maxLength}`,
);
for (const [p, ms] of phases) console.log(`  ${p.padEnd(40)} ${(ms / 1000).toFixed(2)} s`);
console.log('# by kind');
for (const [k, ms] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`  ${k.padEnd(40)} ${(ms / 1000).toFixed(1)} s (${((100 * ms) / total).toFixed(0)}%)`);
console.log(
  `# chosen ${fit.selection.features.join('+')} (${fit.selection.graph} × ${fit.selection.distance}); accuracy ${acc.toFixed(3)}, 1-NN ED ${ed.toFixed(3)}, 1-NN DTW ${dtw.toFixed(3)}`,
);
console.log(
  `# TDA auto (fit + predict) ${(tdaMs / 1000).toFixed(1)} s; everything ${(total / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (one thread); load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
