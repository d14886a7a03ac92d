/**
 * Vega-Lite specs for the newton study (small inline data; log scales where the paper uses them).
 */
import type { TopLevelSpec } from 'vega-lite';

type Row = Record<string, number | string>;

const optimizerScale = {
  domain: ['gd', 'adam', 'gauss-newton', 'newton'],
  range: ['#d62728', '#ff7f0e', '#2ca02c', '#1f77b4'],
};

/** Median line with a band (lo–hi) per series, log–log or log-y. */
export function bandLines(
  rows: Row[],
  opts: { x: string; xTitle: string; yTitle: string; series: string; logX: boolean; optimizerColors?: boolean; width?: number },
): TopLevelSpec {
  const color = {
    field: opts.series,
    type: 'nominal' as const,
    title: opts.series,
    ...(opts.optimizerColors ? { scale: optimizerScale } : {}),
  };
  const xEnc = {
    field: opts.x,
    type: 'quantitative' as const,
    title: opts.xTitle,
    scale: { type: opts.logX ? ('log' as const) : ('linear' as const) },
  };
  return {
    width: opts.width ?? 420,
    height: 260,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'area', opacity: 0.18 },
        encoding: {
          x: xEnc,
          y: { field: 'lo', type: 'quantitative', scale: { type: 'log' }, title: opts.yTitle },
          y2: { field: 'hi' },
          color,
        },
      },
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { x: xEnc, y: { field: 'median', type: 'quantitative', scale: { type: 'log' } }, color },
      },
    ],
  } as TopLevelSpec;
}

/** Per-frequency relative error vs iteration, one panel per optimizer. */
export function frequencyPanels(rows: Row[]): TopLevelSpec {
  return {
    data: { values: rows },
    facet: { column: { field: 'optimizer', type: 'nominal', sort: optimizerScale.domain, title: null } },
    spec: {
      width: 200,
      height: 200,
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'iteration', type: 'quantitative', scale: { type: 'log' }, title: 'iteration + 1' },
        y: { field: 'error', type: 'quantitative', scale: { type: 'log' }, title: 'relative coefficient error (median over seeds)' },
        color: { field: 'term', type: 'nominal', title: 'basis term', sort: null },
      },
    },
  } as TopLevelSpec;
}

/** Eigenvalue spectra (log y) against the eigenvalue index. */
export function spectra(rows: Row[], yTitle: string): TopLevelSpec {
  return {
    width: 420,
    height: 260,
    data: { values: rows },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'index', type: 'quantitative', title: 'eigenvalue index (descending)' },
      y: { field: 'value', type: 'quantitative', scale: { type: 'log' }, title: yTitle },
      color: { field: 'kernel', type: 'nominal', title: 'kernel', sort: null },
    },
  } as TopLevelSpec;
}

/** Residual reduction per NTK eigenmode at the end of training. */
export function modeRatios(rows: Row[]): TopLevelSpec {
  return {
    width: 420,
    height: 260,
    data: { values: rows },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'mode', type: 'quantitative', title: 'NTK eigenmode at initialisation (1 = largest eigenvalue)' },
      y: { field: 'ratio', type: 'quantitative', scale: { type: 'log' }, title: '|vᵢᵀ r_end| / |vᵢᵀ r_0| (median over seeds)' },
      color: { field: 'optimizer', type: 'nominal', scale: optimizerScale },
    },
  } as TopLevelSpec;
}

/** Loss after one step vs λ₀, one panel per method, one line per width. */
export function oneStep(rows: Row[]): TopLevelSpec {
  return {
    data: { values: rows },
    facet: { column: { field: 'method', type: 'nominal', title: null } },
    spec: {
      width: 220,
      height: 220,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'lambda0', type: 'quantitative', scale: { type: 'log', reverse: true }, title: 'λ₀ (λ_N = λ₀ N^{1−2β}), decreasing →' },
        y: { field: 'ratio', type: 'quantitative', scale: { type: 'log' }, title: 'loss after one step / initial loss (median)' },
        color: { field: 'width', type: 'ordinal', title: 'width N' },
      },
    },
  } as TopLevelSpec;
}
