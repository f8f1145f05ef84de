/** What reading one file may cost, passed from the caller to every reader. */
export interface ReadLimits {
  /** Files larger than this are refused before they are read; a Word file's parts count once inflated. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES };

/**
 * Elements nested deeper than this are refused in HTML and Word XML. html-to-text and mammoth walk
 * the tree recursively and run out of the main thread's stack at 1 500–2 000 levels (nested lists in
 * HTML at 1 544, Word tables at 1 806); real pages and documents stay under 100.
 */
export const MAX_NESTING_DEPTH = 500;
