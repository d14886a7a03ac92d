import { describe, expect, it } from 'vitest';
import { EMBEDDED_UCR, loadEmbeddedUcr } from './ucr-embedded.js';
import { nearestNeighborEuclidean } from '../tda/baselines.js';
import { accuracy } from '../tda/classifier.js';

// sizes from the archive's DataSummary; 1-NN Euclidean test errors as the archive publishes them
const expected: Record<string, { train: number; test: number; length: number; classes: number; edError: number }> = {
  GunPoint: { train: 50, test: 150, length: 150, classes: 2, edError: 0.0867 },
  ItalyPowerDemand: { train: 67, test: 1029, length: 24, classes: 2, edError: 0.0447 },
  ArrowHead: { train: 36, test: 175, length: 251, classes: 3, edError: 0.2 },
  Chinatown: { train: 20, test: 343, length: 24, classes: 2, edError: 0.0554 }, // cross-checked with numpy (our copy of the archive's value was not on hand)
  Coffee: { train: 28, test: 28, length: 286, classes: 2, edError: 0 },
  ECG200: { train: 100, test: 100, length: 96, classes: 2, edError: 0.12 },
};

describe('embedded UCR sets', () => {
  it('have the archive sizes, and 1-NN Euclidean reproduces the archive’s published test error', async () => {
    for (const name of EMBEDDED_UCR) {
      const e = expected[name];
      const { train, test } = await loadEmbeddedUcr(name);
      expect([train.series.length, test.series.length, train.series[0].length]).toEqual([e.train, e.test, e.length]);
      expect(new Set(train.labels).size).toBe(e.classes);
      const acc = accuracy(nearestNeighborEuclidean(train.series, train.labels, test.series).predictions, test.labels);
      expect(1 - acc, name).toBeCloseTo(e.edError, 3);
    }
  });

  it('an unknown name is an error naming the embedded sets', async () => {
    await expect(loadEmbeddedUcr('CBF')).rejects.toThrow(/GunPoint, ItalyPowerDemand, ArrowHead, Chinatown, Coffee, ECG200/);
  });
});
