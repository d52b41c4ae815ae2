/** The draft files the workbench opens: the one list the importer, the file pickers and the help text read. */
export const DRAFT_FORMATS = [
  { name: 'Word', extensions: ['.docx'] },
  { name: 'HTML', extensions: ['.html', '.htm'] },
  { name: 'Markdown', extensions: ['.md', '.markdown'] },
  { name: 'plain text', extensions: ['.txt'] },
] as const;

/** Every extension accepted, lower case with its dot. */
export const DRAFT_EXTENSIONS: readonly string[] = DRAFT_FORMATS.flatMap((f) => f.extensions);

/** For a file input's `accept`. */
export const DRAFT_ACCEPT = DRAFT_EXTENSIONS.join(',');

/** The main extension of each format, as a person lists them: ".docx, .html, .md or .txt". */
export function draftFormatList(): string {
  const main = DRAFT_FORMATS.map((f) => f.extensions[0]);
  return `${main.slice(0, -1).join(', ')} or ${main[main.length - 1]}`;
}
