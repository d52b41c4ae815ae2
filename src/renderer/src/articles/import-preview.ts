import type { ImportOptions, ImportPreview } from '../../../shared/api';
import { call } from '../api/client';
import { fileToBase64 } from '../platform/file-to-base64';

/** Reads a file the way an import would, without storing it; errors are returned, not shown. */
export async function previewFile(file: File, options: ImportOptions): Promise<ImportPreview> {
  return call('import.preview', { fileName: file.name, dataBase64: await fileToBase64(file), options });
}

/** Rich text from the clipboard goes through the same sanitizer as an HTML file. */
export async function pastedHtmlToText(html: string): Promise<string> {
  const file = new File([html], 'pasted.html', { type: 'text/html' });
  return (await previewFile(file, {})).text;
}
