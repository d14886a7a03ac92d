// tda demo: paste a time series (or the first series of a UCR .tsv file), build a graph,
// compute its distance matrix, and show the persistence diagram and the H1 landscape.
import {
  buildGraph,
  degreeStats,
  edgeCount,
  finiteBars,
  graphDistances,
  linspace,
  persistenceLandscape,
  ripsPersistence,
  zNormalize,
  checkSeries,
  type GraphType,
  type DistanceType,
} from '../../../src/tda/index.js';
import { parseUcrTsv } from '../../../src/data/ucr.js';
import type { Demo } from '../demos.js';
import { rng as makeRng } from '../../../src/core/rng.js';
import { parseNumber, parseNumbers } from './util.js';

function series(text: string): number[] {
  // A UCR line starts with its label and has many tab-separated values: use the first series.
  if (text.includes('\t')) return Array.from(parseUcrTsv(text, 'series').series[0]);
  return parseNumbers(text, 'series');
}

export const tdaDemo: Demo = {
  title: 'Persistence of a time series through a graph',
  description:
    'Paste numbers, or a UCR .tsv file (its first series is used). The series becomes a graph, the graph a distance matrix, and the matrix a Vietoris–Rips filtration.',
  fields: [
    {
      key: 'series',
      label: 'time series',
      description: 'Numbers, or a UCR .tsv file (its first series is used).',
      type: 'textarea',
      upload: true,
      default: Array.from({ length: 60 }, (_, i) => (Math.sin(i / 3) + 0.3 * Math.sin(i * 1.7)).toFixed(3)).join(', '),
    },
    {
      key: 'graph',
      label: 'graph',
      description: 'Natural / horizontal visibility, ordinal transition, k-nearest-neighbour or recurrence graph.',
      type: 'enum',
      values: ['nvg', 'hvg', 'transition', 'knn', 'recurrence'],
      default: 'nvg',
    },
    {
      key: 'distance',
      label: 'distance',
      description: 'How graph nodes are put at a distance before the Vietoris–Rips filtration.',
      type: 'enum',
      values: ['shortest', 'weighted', 'diffusion', 'resistance'],
      default: 'diffusion',
    },
    {
      key: 'noise',
      label: 'added noise sd',
      description: 'Seeded Gaussian noise added to the z-normalised series: watch the diagram move.',
      type: 'number',
      min: 0,
      max: 1,
      step: 0.01,
      default: 0,
    },
  ],
  live: true,
  async run(input) {
    const y = checkSeries('tda demo', 'series', series(input.series));
    const noise = parseNumber(input.noise ?? '0', 'noise', { min: 0, max: 10 });
    const gen = makeRng(7);
    const z = Array.from(zNormalize(y), (v) => v + noise * gen.normal());
    const g = buildGraph(input.graph as GraphType, z);
    const D = graphDistances(g, input.distance as DistanceType);
    const diagrams = ripsPersistence(D, { maxDim: 1 });
    const bars = diagrams.flatMap((d, dim) => d.map(([b, e]) => ({ dim: `H${dim}`, birth: b, death: Number.isFinite(e) ? e : null })));
    const finite = bars.filter((b) => b.death !== null) as { dim: string; birth: number; death: number }[];
    const top = Math.max(1e-9, ...finite.map((b) => b.death));
    const h1 = finiteBars(diagrams[1] ?? []);
    const grid = linspace(0, top, 100);
    const land = persistenceLandscape(h1, grid, 3);
    const landscape = Array.from(land, (v, i) => ({ t: grid[i % 100], value: v, layer: `λ${Math.floor(i / 100) + 1}` }));
    const ds = degreeStats(g);
    return {
      text: `${g.n} nodes, ${edgeCount(g)} edges, degree min ${ds.min} / mean ${ds.mean.toFixed(2)} / max ${ds.max}\nH0: ${diagrams[0].length} bars, H1: ${(diagrams[1] ?? []).length} bars`,
      tables: [
        {
          id: 'bars',
          title: 'Bars (death – = infinite)',
          columns: ['dimension', 'birth', 'death'],
          rows: bars.slice(0, 100).map((b) => [b.dim, b.birth, b.death]),
        },
      ],
      figures: [
        {
          id: 'series',
          title: 'The series (z-normalised, plus the added noise)',
          spec: {
            width: 420,
            height: 160,
            data: { values: Array.from(z, (v, t) => ({ t, v })) },
            mark: 'line',
            encoding: { x: { field: 't', type: 'quantitative' }, y: { field: 'v', type: 'quantitative' } },
          },
        },
        {
          id: 'diagram',
          title: 'Persistence diagram',
          spec: {
            width: 300,
            height: 300,
            layer: [
              {
                data: {
                  values: [
                    { x: 0, y: 0 },
                    { x: top, y: top },
                  ],
                },
                mark: { type: 'line', color: 'gray', strokeDash: [4, 4] },
                encoding: {
                  x: { field: 'x', type: 'quantitative', title: 'birth' },
                  y: { field: 'y', type: 'quantitative', title: 'death' },
                },
              },
              {
                data: { values: finite },
                mark: { type: 'point', filled: true },
                encoding: {
                  x: { field: 'birth', type: 'quantitative' },
                  y: { field: 'death', type: 'quantitative' },
                  color: { field: 'dim', type: 'nominal' },
                },
              },
            ],
          },
        },
        {
          id: 'landscape',
          title: 'H1 persistence landscape (3 layers)',
          spec: {
            width: 420,
            height: 180,
            data: { values: landscape },
            mark: 'line',
            encoding: {
              x: { field: 't', type: 'quantitative' },
              y: { field: 'value', type: 'quantitative' },
              color: { field: 'layer', type: 'nominal' },
            },
          },
        },
      ],
    };
  },
};
