/**
 * `quire tda`: graph construction, Vietoris–Rips persistence and the TDA classifier.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { setDatasetProvider } from '../studies/tda/index.js';
import { QuireError } from '../core/errors.js';
import { parseArff } from '../data/arff.js';
import { parseTs } from '../data/sktime.js';
import { parseUcrTsv } from '../data/ucr.js';
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
  type Diagrams,
  type DistanceType,
  type GraphType,
} from '../tda/index.js';
import { checkOutputFile } from './output.js';
import { action, parseIntArg, parseNumberArg, printJson, readNumberTable, readText, writeFileAtomic } from './common.js';

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

/** Install the file-backed dataset provider for the pure `tda` study. */
function installUcrProvider(): void {
  setDatasetProvider((name) => {
    const dir = `${ucrDirectory().replace(/\/$/, '')}/${name}/${name}`;
    if (!existsSync(`${dir}_TRAIN.tsv`) || !existsSync(`${dir}_TEST.tsv`)) return null;
    return { train: readLabelled(`${dir}_TRAIN.tsv`), test: readLabelled(`${dir}_TEST.tsv`) };
  });
}

export function register(program: Command): void {
  installUcrProvider();
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
    .description('train the TDA classifier on a UCR split and report test accuracy')
    .requiredOption('--train <file>', 'training set (.tsv UCR, .ts sktime or .arff)')
    .requiredOption('--test <file>', 'test set (same formats)')
    .requiredOption('--graph <type>', `construction: ${GRAPH_TYPES.join('|')}`)
    .requiredOption('--distance <kind>', `graph distance: ${DISTANCE_TYPES.join('|')}`)
    .option('--seed <s>', 'seed (the pipeline is deterministic; kept for reproducible interfaces)', parseIntArg, 0)
    .option('--layers <k>', 'landscape layers', parseIntArg, 5)
    .option('--resolution <r>', 'landscape samples per layer', parseIntArg, 100)
    .option('--json', 'print {"accuracy", "graph", "distance"}')
    .action(
      action((o: { train: string; test: string; graph: string; distance: string; layers: number; resolution: number; json?: boolean }) => {
        if (!(GRAPH_TYPES as readonly string[]).includes(o.graph))
          throw new QuireError(`tda classify: --graph must be one of ${GRAPH_TYPES.join(', ')}, got '${o.graph}'`);
        if (!(DISTANCE_TYPES as readonly string[]).includes(o.distance))
          throw new QuireError(`tda classify: --distance must be one of ${DISTANCE_TYPES.join(', ')}, got '${o.distance}'`);
        const train = readLabelled(o.train);
        const test = readLabelled(o.test);
        const clf = new TdaClassifier({
          graph: o.graph as GraphType,
          distance: o.distance as DistanceType,
          layers: o.layers,
          resolution: o.resolution,
        }).fit(train.series, train.labels);
        const acc = clf.score(test.series, test.labels);
        if (o.json) printJson({ accuracy: acc, graph: o.graph, distance: o.distance });
        else
          process.stdout.write(
            `accuracy ${acc.toFixed(4)} (${test.series.length} test series; graph ${o.graph}, distance ${o.distance})\n`,
          );
      }),
    );
}
