// The extractor's version, stamped on every capture so records can be re-extracted after fixes.

/** Bump when extraction output changes for the same page. */
export const EXTRACTOR_VERSION = '1.0.0';
