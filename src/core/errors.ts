/**
 * The one user-facing error type. Its message names the function, the argument,
 * what was wrong and what was expected, e.g.
 * `wasserstein1d: uWeights has length 3, expected 4 (the length of u)`.
 * The CLI prints it as `quire: error: …` and exits 2. Bugs are not QuireErrors.
 */
export class QuireError extends Error {
  override readonly name = 'QuireError';
  constructor(message: string) {
    super(message);
  }
}

/** True for a QuireError, also across module copies (e.g. worker threads). */
export function isQuireError(e: unknown): e is QuireError {
  return e instanceof QuireError || (e instanceof Error && e.name === 'QuireError');
}
