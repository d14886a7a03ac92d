/**
 * `quire tda`: graph construction, Vietoris–Rips persistence and the TDA classifier.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createTdaPool, nearestNeighborDtwInThread, precomputeAuto, type TdaPool } from './tda-pool.js';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { setBlockComputer, setDatasetProvider } from '../studies/tda/index.js';
import { QuireError } from '../core/errors.js';
import { parseArff } from '../data/arff.js';
import { parseTs } from '../data/sktime.js';
import { parseUcrTsv } from '../data/ucr.js';
import { EMBEDDED_UCR, isEmbeddedUcr, loadEmbeddedUcr } from '../data/ucr-embedded.js';
import type { LabelledSeries } from '../data/synthetic.js';
import {
  buildGraph,
  connectedComponents,
  degreeStats,
  DISTANCE_TYPES,
  edgeCount,
  edgeList,
  GRAPH_TYPES,
  ripsPersistence,
  ripsPersistenceOfPoints,
  TdaClassifier,
  TopologyClassifier,
  FEATURE_BLOCKS,
  checkSeries,
  type AutoOptions,
  type FeatureBlock,
  accuracy,
  fitAuto,
  nearestNeighborDtw,
  nearestNeighborEuclidean,
  type Diagrams,
  type DistanceType,
  type GraphType,
} from '../tda/index.js';
import { checkOutputFile } from './output.js';
import { action, parseIntArg, parseNumberArg, printJson, readNumberTable, readText, writeFileAtomic } from './common.js';

/** `--features`: 'default' or comma-separated unions of blocks joined by '+'. */
function parseFeatureSets(arg: string): FeatureBlock[][] | undefined {
  if (arg === 'default') return undefined;
  const sets = arg.split(',').map((u) => u.split('+').map((b) => b.trim()));
  for (const s of sets)
    for (const b of s)
      if (!(FEATURE_BLOCKS as readonly string[]).includes(b))
        throw new QuireError(
          `tda classify: --features: unknown block '${b}' (blocks: ${FEATURE_BLOCKS.join(', ')}; join with '+', separate sets with ',')`,
        );
  return sets as FeatureBlock[][];
}

/** A series from a CSV: one column or one row of numbers. */
function readSeries(path: string): number[] {
  const t = readNumberTable(path, { allowNaN: true });
  let out: number[];
  if (t.rows.length === 1) out = t.rows[0];
  else if (t.rows[0].length === 1) out = t.rows.map((r) => r[0]);
  else
    throw new QuireError(`${path}: expected one column (or one row) of numbers, got ${t.rows.length} rows × ${t.rows[0].length} columns`);
  return out;
}

/** A labelled univariate dataset from a UCR .tsv, sktime .ts or Weka .arff file. */
export function readLabelled(path: string): LabelledSeries {
  const text = readText(path, 'dataset');
  const lower = path.toLowerCase();
  if (lower.endsWith('.ts') || lower.endsWith('.arff')) {
    const d = lower.endsWith('.ts') ? parseTs(text, path) : parseArff(text, path);
    const series =
      'dimensions' in d
        ? d.series.map((c, i) => {
            if (c.length !== 1)
              throw new QuireError(`${path}: case ${i + 1} has ${c.length} dimensions; tda classify needs univariate series`);
            return c[0];
          })
        : d.series;
    const raw = 'dimensions' in d ? d.labels : d.labels;
    if (!raw) throw new QuireError(`${path}: the file has no class labels`);
    const numeric = raw.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
    const classes = d.classLabels.length > 0 ? d.classLabels : Array.from(new Set(raw)).sort();
    return { series, labels: raw.map((l) => (numeric ? Number(l) : classes.indexOf(l))) };
  }
  return parseUcrTsv(text, path);
}

function formatValue(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : '';
}

/**
 * Where the full study finds UCR datasets: $QUIRE_UCR_DIR, else ../shared/data/ucr next to
 * the repository. Layout: <dir>/<Name>/<Name>_TRAIN.tsv and _TEST.tsv.
 */
export function ucrDirectory(): string {
  return process.env.QUIRE_UCR_DIR ?? fileURLToPath(new URL('../../../shared/data/ucr/', import.meta.url));
}

/** The train/test files of a set in the archive's layout (2018 .tsv, older .txt or no extension, sktime .ts, .arff). */
export function findUcrFiles(dir: string, name: string): { train: string; test: string } | null {
  const stem = `${dir.replace(/\/$/, '')}/${name}/${name}`;
  for (const ext of ['.tsv', '.txt', '', '.ts', '.arff']) {
    const train = `${stem}_TRAIN${ext}`;
    const test = `${stem}_TEST${ext}`;
    if (existsSync(train) && existsSync(test) && statSync(train).isFile() && statSync(test).isFile()) return { train, test };
  }
  return null;
}

/** A UCR set by name: from `dir` (or $QUIRE_UCR_DIR / ../shared/data/ucr), else an embedded one. */
export async function loadUcrDataset(name: string, dir?: string): Promise<{ train: LabelledSeries; test: LabelledSeries }> {
  if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory()))
    throw new QuireError(`--ucr-dir: '${dir}' is not a directory`);
  const f = findUcrFiles(dir ?? ucrDirectory(), name);
  if (f) return { train: readLabelled(f.train), test: readLabelled(f.test) };
  if (isEmbeddedUcr(name)) return loadEmbeddedUcr(name);
  throw new QuireError(
    `--dataset: '${name}' not found in ${dir ?? ucrDirectory()} (expected ${name}/${name}_TRAIN.tsv and _TEST.tsv) and not embedded (${EMBEDDED_UCR.join(', ')})`,
  );
}

/**
 * Install what the pure `tda` study needs from the CLI layer: the dataset provider reading a
 * UCR archive directory (`ucrDir`, else $QUIRE_UCR_DIR, else ../shared/data/ucr) and the
 * block computer on worker threads (the available cores, at most 8; QUIRE_TDA_THREADS=n sets
 * the count, 1 computes in-process), whose pool starts at the study's first batch.
 * `quire tda …` and `quire reproduce` (when it runs the tda study) both call it.
 */
export function installTdaStudyHooks(ucrDir?: string): void {
  if (ucrDir !== undefined && !(existsSync(ucrDir) && statSync(ucrDir).isDirectory()))
    throw new QuireError(`--ucr-dir: '${ucrDir}' is not a directory`);
  setDatasetProvider((name) => {
    const f = findUcrFiles(ucrDir ?? ucrDirectory(), name);
    return f ? { train: readLabelled(f.train), test: readLabelled(f.test) } : null;
  });
  const env = process.env.QUIRE_TDA_THREADS;
  if (env !== undefined && !/^[1-9][0-9]*$/.test(env))
    throw new QuireError(
      `QUIRE_TDA_THREADS: '${env}' is not a positive integer (unset it for the default: the available cores, at most 8)`,
    );
  const threads = env !== undefined ? Number(env) : Math.min(8, availableParallelism());
  if (threads < 2) {
    setBlockComputer(null);
    return;
  }
  let pool: TdaPool | null = null;
  setBlockComputer((series, jobs) => (pool ??= createTdaPool(threads)).run(series, jobs));
}

export function register(program: Command): void {
  installTdaStudyHooks();
  const tda = program
    .command('tda')
    .description('persistent homology of time series through complex networks (graphs, Rips persistence, classification)');

  tda
    .command('graph')
    .description('build a graph from a time series (one column of numbers) and print its size and degree statistics')
    .argument('<series>', 'CSV file with one column (or one row) of numbers')
    .requiredOption('--type <type>', `construction: ${GRAPH_TYPES.join('|')}`)
    .option('--weight <kind>', 'visibility edge length: none|distance|horizontal|vertical|abs_slope', 'distance')
    .option('--order <d>', 'transition network: pattern length', parseIntArg, 3)
    .option('--delay <tau>', 'transition/proximity: delay', parseIntArg, 1)
    .option('--k <k>', 'k-NN: neighbours', parseIntArg, 4)
    .option('--dimension <m>', 'proximity: embedding dimension', parseIntArg, 3)
    .option('--epsilon <eps>', 'recurrence radius (0: use --recurrence-rate)', parseNumberArg, 0)
    .option('--recurrence-rate <r>', 'recurrence: fraction of pairs within ε', parseNumberArg, 0.1)
    .option('--edges <out.csv>', 'write the edges (source,target,weight) to this CSV file')
    .option('--json', 'print one JSON object')
    .action(
      action(async (file: string, o: Record<string, unknown>) => {
        if (!(GRAPH_TYPES as readonly string[]).includes(o.type as string)) {
          throw new QuireError(`tda graph: --type must be one of ${GRAPH_TYPES.join(', ')}, got '${String(o.type)}'`);
        }
        if (o.edges !== undefined) checkOutputFile(o.edges as string, 'tda graph: --edges');
        const y = readSeries(file);
        const g = buildGraph(o.type as GraphType, y, {
          weight: o.weight as 'distance',
          order: o.order as number,
          delay: o.delay as number,
          k: o.k as number,
          dimension: o.dimension as number,
          epsilon: o.epsilon as number,
          recurrenceRate: o.recurrenceRate as number,
        });
        const ds = degreeStats(g);
        const comps = connectedComponents(g).count;
        if (o.edges) {
          const rows = edgeList(g).map(([u, v, w]) => `${u},${v},${w}`);
          await writeFileAtomic(o.edges as string, ['source,target,weight', ...rows].join('\n') + '\n');
        }
        const out = {
          type: o.type,
          nodes: g.n,
          edges: edgeCount(g),
          components: comps,
          degree: { min: ds.min, max: ds.max, mean: ds.mean },
          weighted: g.weights !== null,
        };
        if (o.json) printJson(out);
        else {
          process.stdout.write(
            `${String(o.type)} graph: ${g.n} nodes, ${out.edges} edges, ${comps} component(s)\n` +
              `degree: min ${ds.min}, max ${ds.max}, mean ${ds.mean.toFixed(4)}\n` +
              (o.edges ? `edges written to ${String(o.edges)}\n` : ''),
          );
        }
      }),
    );

  tda
    .command('persistence')
    .description('Vietoris–Rips persistence barcodes (Ripser-identical) of a point cloud or a distance matrix')
    .argument('<input>', 'CSV: one point per row, or a full distance matrix with --distance-matrix')
    .option('--maxdim <k>', 'top homology dimension (0–3)', parseIntArg, 1)
    .option('--threshold <t>', 'largest edge length in the filtration', parseNumberArg)
    .option('--distance-matrix', 'the input is a full symmetric distance matrix')
    .option('--precision <p>', "float32 (Ripser-identical) or float64 (for distances beyond single precision's range)", 'float32')
    .option('--json', 'print {"diagrams": [[[birth, death], …], …]} with death null for infinite bars')
    .action(
      action((file: string, o: { maxdim: number; threshold?: number; distanceMatrix?: boolean; precision: string; json?: boolean }) => {
        if (o.precision !== 'float32' && o.precision !== 'float64')
          throw new QuireError(`tda persistence: --precision must be float32 or float64, got '${o.precision}'`);
        const t = readNumberTable(file);
        const opts = { maxDim: o.maxdim, threshold: o.threshold, precision: o.precision as 'float32' | 'float64' };
        const dg: Diagrams = o.distanceMatrix ? ripsPersistence(t.rows, opts) : ripsPersistenceOfPoints(t.rows, opts);
        if (o.json) printJson({ diagrams: dg });
        else {
          let s = '';
          dg.forEach((bars, k) => {
            s += `persistence intervals in dim ${k}:\n`;
            for (const [b, d] of bars) s += d === Infinity ? ` [${formatValue(b)}, )\n` : ` [${formatValue(b)},${formatValue(d)})\n`;
          });
          process.stdout.write(s);
        }
      }),
    );

  tda
    .command('classify')
    .description('train the TDA classifier on a UCR split and report test accuracy next to the 1-NN baselines')
    .option('--train <file>', 'training set (.tsv UCR, .ts sktime or .arff)')
    .option('--test <file>', 'test set (same formats)')
    .option('--dataset <name>', 'a UCR set by name: from --ucr-dir / $QUIRE_UCR_DIR (archive layout), else the embedded ones')
    .option('--ucr-dir <dir>', 'UCR archive directory (<dir>/<Name>/<Name>_TRAIN.tsv …); default $QUIRE_UCR_DIR')
    .requiredOption('--graph <type>', `construction: ${GRAPH_TYPES.join('|')}|auto`)
    .requiredOption('--distance <kind>', `graph distance: ${DISTANCE_TYPES.join('|')}|auto`)
    .option('--filtration <f>', 'rips (all pairs of the graph distance) or flag (the graph’s own edges)', 'rips')
    .option('--classifier <m>', 'forest or logistic', 'forest')
    .option('--folds <k>', 'auto: cross-validation folds on the training split', parseIntArg, 5)
    .option('--seed <s>', 'seed of the forest and the CV folds', parseIntArg, 0)
    .option('--layers <k>', 'landscape layers', parseIntArg, 5)
    .option('--resolution <r>', 'landscape samples per layer', parseIntArg, 100)
    .option(
      '--features <sets>',
      "auto: unions of feature blocks to compare, e.g. 'graph,sublevel+derivative' (blocks: graph, sublevel, derivative, takens); default: quire's list",
      'default',
    )
    .option('--max-length <m>', 'graph constructions: reduce longer series to m points by PAA (0: never)', parseIntArg, 128)
    .option('--threads <n>', 'auto: worker threads for the diagrams (default: the available cores, at most 8)', parseIntArg)
    .option('--no-baselines', 'skip the 1-NN Euclidean and 1-NN DTW baselines')
    .option('--json', 'print {"accuracy", "graph", "distance", "cv", "baselines"}')
    .action(
      action(async (o: Record<string, unknown>) => {
        const graphArg = String(o.graph);
        const distArg = String(o.distance);
        if (graphArg !== 'auto' && !(GRAPH_TYPES as readonly string[]).includes(graphArg))
          throw new QuireError(`tda classify: --graph must be one of ${GRAPH_TYPES.join(', ')}, auto; got '${graphArg}'`);
        if (distArg !== 'auto' && !(DISTANCE_TYPES as readonly string[]).includes(distArg))
          throw new QuireError(`tda classify: --distance must be one of ${DISTANCE_TYPES.join(', ')}, auto; got '${distArg}'`);
        let train: LabelledSeries;
        let test: LabelledSeries;
        if (o.dataset !== undefined) {
          if (o.train !== undefined || o.test !== undefined)
            throw new QuireError('tda classify: give --dataset or --train/--test, not both');
          const d = await loadUcrDataset(String(o.dataset), o.ucrDir as string | undefined);
          train = d.train;
          test = d.test;
        } else {
          if (o.train === undefined || o.test === undefined) throw new QuireError('tda classify: give --train and --test, or --dataset');
          train = readLabelled(String(o.train));
          test = readLabelled(String(o.test));
        }
        const base = {
          filtration: o.filtration as 'rips',
          classifier: o.classifier as 'forest',
          seed: o.seed as number,
          layers: o.layers as number,
          resolution: o.resolution as number,
          maxLength: o.maxLength as number,
        };
        const threads = (o.threads as number | undefined) ?? Math.min(8, availableParallelism());
        // the DTW baseline (a leave-one-out window search) runs on its own thread beside the fit
        const dtwPromise =
          o.baselines !== false
            ? threads > 1
              ? nearestNeighborDtwInThread(train.series, train.labels, test.series)
              : Promise.resolve().then(() => nearestNeighborDtw(train.series, train.labels, test.series))
            : null;
        dtwPromise?.catch(() => {});
        let clf: TdaClassifier | TopologyClassifier;
        let cv: {
          folds: number;
          table: { graph: string; distance: string; cvAccuracy: number | null; error?: string }[];
          featureTable: { features: string; cvAccuracy: number | null; error?: string }[];
        } | null = null;
        let features: string[] = ['graph'];
        let graph = graphArg;
        let distance = distArg;
        if (graphArg === 'auto' || distArg === 'auto') {
          const featureSets = parseFeatureSets(String(o.features));
          const autoOptions: AutoOptions = {
            graphs: graphArg === 'auto' ? GRAPH_TYPES : [graphArg as GraphType],
            distances: distArg === 'auto' ? DISTANCE_TYPES : [distArg as DistanceType],
            folds: o.folds as number,
            seed: o.seed as number,
            base,
            featureSets,
          };
          if (threads > 1) {
            const ys = train.series.map((y, i) => checkSeries('tda classify', `train[${i}]`, y));
            autoOptions.precomputed = await precomputeAuto(ys, autoOptions, threads);
          }
          const fit = fitAuto(train.series, train.labels, autoOptions);
          clf = fit.classifier;
          graph = fit.selection.graph;
          distance = fit.selection.distance;
          features = fit.selection.features;
          cv = {
            folds: fit.selection.folds,
            table: fit.selection.table.map((r) => ({ ...r, cvAccuracy: Number.isFinite(r.cvAccuracy) ? r.cvAccuracy : null })),
            featureTable: fit.selection.featureTable.map((r) => ({
              ...r,
              cvAccuracy: Number.isFinite(r.cvAccuracy) ? r.cvAccuracy : null,
            })),
          };
        } else {
          clf = new TdaClassifier({ ...base, graph: graphArg as GraphType, distance: distArg as DistanceType }).fit(
            train.series,
            train.labels,
          );
        }
        const acc = clf.score(test.series, test.labels);
        let baselines: Record<string, unknown> | null = null;
        if (o.baselines !== false) {
          const ed = accuracy(nearestNeighborEuclidean(train.series, train.labels, test.series).predictions, test.labels);
          const dtw = await dtwPromise!;
          baselines = {
            euclidean1nn: { accuracy: ed },
            dtw1nn: { accuracy: accuracy(dtw.predictions, test.labels), window: dtw.window, windowFraction: dtw.windowFraction },
          };
        }
        if (o.json)
          printJson({ accuracy: acc, graph, distance, features, filtration: base.filtration, classifier: base.classifier, cv, baselines });
        else {
          let out = `accuracy ${acc.toFixed(4)} (${test.series.length} test series; features ${features.join('+')}; graph ${graph}, distance ${distance})\n`;
          if (cv) {
            out += `chosen by ${cv.folds}-fold CV on the training split:\n`;
            for (const r of cv.table)
              out += `  ${r.graph.padEnd(10)} ${r.distance.padEnd(10)} ${r.cvAccuracy === null ? 'failed' : r.cvAccuracy.toFixed(4)}\n`;
            for (const r of cv.featureTable)
              out += `  ${r.features.padEnd(33)} ${r.cvAccuracy === null ? 'failed' : r.cvAccuracy.toFixed(4)}\n`;
          }
          if (baselines) {
            const b = baselines as { euclidean1nn: { accuracy: number }; dtw1nn: { accuracy: number; windowFraction: number } };
            out += `1-NN Euclidean ${b.euclidean1nn.accuracy.toFixed(4)}; 1-NN DTW ${b.dtw1nn.accuracy.toFixed(4)} (window ${(100 * b.dtw1nn.windowFraction).toFixed(0)}%)\n`;
          }
          process.stdout.write(out);
        }
      }),
    );
}
