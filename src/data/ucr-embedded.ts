/**
 * Small UCR sets embedded in the package (the ones aeon and sktime also ship), so studies
 * and tests run on real data without the archive: GunPoint, ItalyPowerDemand, ArrowHead,
 * Chinatown, and Coffee and ECG200 from the paper's twelve (about 1.8 MB of text in all, loaded on demand).
 */
import { QuireError } from '../core/errors.js';
import type { LabelledSeries } from './synthetic.js';
import { parseUcrTsv } from './ucr.js';

export const EMBEDDED_UCR = ['GunPoint', 'ItalyPowerDemand', 'ArrowHead', 'Chinatown', 'Coffee', 'ECG200'] as const;
export type EmbeddedUcrName = (typeof EMBEDDED_UCR)[number];

/** True when `name` is one of the embedded sets. */
export function isEmbeddedUcr(name: string): name is EmbeddedUcrName {
  return (EMBEDDED_UCR as readonly string[]).includes(name);
}

/**
 * The train and test splits of an embedded UCR set, as the archive publishes them.
 * @throws QuireError naming the set when it is not embedded
 * @example (await loadEmbeddedUcr('Chinatown')).train.series.length // 20
 * @see Dau et al., The UCR Time Series Archive, IEEE/CAA J. Autom. Sinica 6 (2019)
 */
export async function loadEmbeddedUcr(name: string): Promise<{ train: LabelledSeries; test: LabelledSeries }> {
  let mod: { train: string; test: string };
  switch (name) {
    case 'GunPoint':
      mod = await import('./embedded/ucr/GunPoint.js');
      break;
    case 'ItalyPowerDemand':
      mod = await import('./embedded/ucr/ItalyPowerDemand.js');
      break;
    case 'ArrowHead':
      mod = await import('./embedded/ucr/ArrowHead.js');
      break;
    case 'Chinatown':
      mod = await import('./embedded/ucr/Chinatown.js');
      break;
    case 'Coffee':
      mod = await import('./embedded/ucr/Coffee.js');
      break;
    case 'ECG200':
      mod = await import('./embedded/ucr/ECG200.js');
      break;
    default:
      throw new QuireError(`loadEmbeddedUcr: name must be one of ${EMBEDDED_UCR.join(', ')}, got ${JSON.stringify(name)}`);
  }
  return { train: parseUcrTsv(mod.train, `${name}_TRAIN.tsv`), test: parseUcrTsv(mod.test, `${name}_TEST.tsv`) };
}
