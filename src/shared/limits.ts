/** Limits checked before any parsing or storing; shared so the UI can warn before sending. */
export const LIMITS = {
  /** Largest draft file accepted for import by default, in bytes (Settings can change it). */
  importFileBytes: 25 * 1024 * 1024,
  /** The most Settings may allow. */
  importFileBytesMax: 100 * 1024 * 1024,
  /** Longest draft text, in UTF-16 code units (about 300,000 words). */
  textChars: 2_000_000,
  /** Largest file attached to a source (PDF, image, audio, text). */
  attachmentBytes: 100 * 1024 * 1024,
  /** Longest library search query. */
  searchChars: 200,
  /** Most results a library search returns. */
  searchResults: 100,
  verdictChars: 80,
  titleChars: 300,
  notesChars: 20_000,
  excerptChars: 10_000,
  shortFieldChars: 2_000,
  /** Context kept on each side of a claim's quote to re-find it later. */
  anchorContextChars: 32,
} as const;
