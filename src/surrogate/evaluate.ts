/**
 * One-call evaluation of a surrogate's predictions on a Monte Carlo test set: the tail summary
 * of per-sample errors, the errors of the output statistics, and how well the extrapolation
 * detector (fitted on the training inputs) finds the worst errors.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray } from '../core/validate.js';
import { detect, fitDetector, precisionRecall, type Detection, type PrecisionRecall } from './detect.js';
import type { HeatDataset } from './solver.js';
import {
  sampleErrors,
  statisticErrorsFor,
  tailSummary,
  worstIndices,
  type SampleErrors,
  type StatisticErrors,
  type TailSummary,
} from './tails.js';

/** What `evaluatePredictions` returns. */
export interface Evaluation {
  errors: SampleErrors;
  /** tail summary of the per-sample sup-norm error */
  maxError: TailSummary;
  /** tail summary of the per-sample relative L2 error */
  relL2: TailSummary;
  statistics: StatisticErrors;
  /** indices of the worst `fraction` of sup-norm errors */
  worst: Int32Array;
  /** detector precision/recall on the worst samples: range test, Mahalanobis test, either */
  detection: { range: PrecisionRecall; mahalanobis: PrecisionRecall; either: PrecisionRecall };
  /** mean sup-norm error of test inputs inside / outside the training box */
  meanErrorInside: number | null;
  meanErrorOutside: number | null;
}

/**
 * Evaluate predictions [count, P] against a test set, with a detector fitted on `trainXi` (or a
 * precomputed detection of the test inputs).
 * @param fraction - the worst fraction of errors treated as positives (default 0.01)
 * @throws QuireError on mismatched shapes
 * @example const ev = evaluatePredictions(predictSurrogate(s, test), test, pb.size, train.xi, pb.spec.modes);
 */
export function evaluatePredictions(
  pred: Float64Array,
  test: HeatDataset,
  size: number,
  trainXi: Float64Array,
  modes: number,
  options: { fraction?: number; detection?: Detection } = {},
): Evaluation {
  try {
    return evaluate(pred, test, size, trainXi, modes, options);
  } catch (e) {
    // errors from the helpers it calls are reported under its own name
    if (e instanceof QuireError && !e.message.startsWith('evaluatePredictions')) throw new QuireError(`evaluatePredictions: ${e.message}`);
    throw e;
  }
}

function evaluate(
  pred: Float64Array,
  test: HeatDataset,
  size: number,
  trainXi: Float64Array,
  modes: number,
  options: { fraction?: number; detection?: Detection },
): Evaluation {
  if (pred.length !== test.u.length) throw new QuireError(`evaluatePredictions: pred has length ${pred.length}, expected ${test.u.length}`);
  assertFiniteArray('evaluatePredictions', 'pred', pred);
  assertFiniteArray('evaluatePredictions', 'trainXi', trainXi);
  const fraction = options.fraction ?? 0.01;
  if (!(fraction > 0 && fraction <= 1)) throw new QuireError(`evaluatePredictions: fraction is ${fraction}, expected in (0, 1]`);
  const det = options.detection ?? detect(fitDetector(trainXi, modes), test.xi);
  const errors = sampleErrors(pred, test.u, size);
  const worst = worstIndices(errors.max, fraction);
  let si = 0;
  let ni = 0;
  let so = 0;
  let no = 0;
  for (let s = 0; s < errors.max.length; s++) {
    if (det.outOfRange[s]) {
      so += errors.max[s];
      no++;
    } else {
      si += errors.max[s];
      ni++;
    }
  }
  return {
    errors,
    maxError: tailSummary(errors.max),
    relL2: tailSummary(errors.relL2),
    statistics: statisticErrorsFor('evaluatePredictions', pred, test.u, size),
    worst,
    detection: {
      range: precisionRecall(det.outOfRange, worst),
      mahalanobis: precisionRecall(det.mahalanobisFlag, worst),
      either: precisionRecall(det.flagged, worst),
    },
    meanErrorInside: ni > 0 ? si / ni : null,
    meanErrorOutside: no > 0 ? so / no : null,
  };
}
