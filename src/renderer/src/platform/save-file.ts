import type { ReportFile } from '../../../shared/report';

/**
 * Hands a file to the person: a download in the browser; in the desktop app the same download
 * opens Electron's save dialog.
 */
export function saveFile(file: ReportFile): void {
  const data = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
