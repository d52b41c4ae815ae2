/**
 * The files a source may carry. Attachments are opened with the system's viewer, so only inert
 * document, image, audio and text types are accepted, and their first bytes must match the extension
 * (a renamed program or web page is refused).
 */
interface AttachmentType {
  mediaType: string;
  /** Whether the bytes look like this type. */
  matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, prefix: string, at = 0): boolean => {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix.charCodeAt(i)) return false;
  return true;
};

/** Text files: no NUL bytes in the first 64 KB (binary files nearly always have some). */
const looksLikeText = (bytes: Uint8Array): boolean => !bytes.subarray(0, 65_536).includes(0);

const isMp3 = (bytes: Uint8Array): boolean =>
  startsWith(bytes, 'ID3') || (bytes.length > 1 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0);

const TYPES: Record<string, AttachmentType> = {
  pdf: { mediaType: 'application/pdf', matches: (b) => startsWith(b, '%PDF-') },
  png: { mediaType: 'image/png', matches: (b) => startsWith(b, '\x89PNG\r\n\x1a\n') },
  jpg: { mediaType: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  gif: { mediaType: 'image/gif', matches: (b) => startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a') },
  webp: { mediaType: 'image/webp', matches: (b) => startsWith(b, 'RIFF') && startsWith(b, 'WEBP', 8) },
  mp3: { mediaType: 'audio/mpeg', matches: isMp3 },
  wav: { mediaType: 'audio/wav', matches: (b) => startsWith(b, 'RIFF') && startsWith(b, 'WAVE', 8) },
  ogg: { mediaType: 'audio/ogg', matches: (b) => startsWith(b, 'OggS') },
  m4a: { mediaType: 'audio/mp4', matches: (b) => startsWith(b, 'ftyp', 4) },
  txt: { mediaType: 'text/plain', matches: looksLikeText },
  md: { mediaType: 'text/markdown', matches: looksLikeText },
  csv: { mediaType: 'text/csv', matches: looksLikeText },
  // Word files are zip packages; a saved web page is text, and is never opened in the system's browser.
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: (b) => startsWith(b, 'PK\x03\x04'),
  },
  html: { mediaType: 'text/html', matches: looksLikeText },
};

const ALIASES: Record<string, string> = { jpeg: 'jpg', markdown: 'md', text: 'txt', htm: 'html' };

export const ATTACHMENT_EXTENSIONS = Object.keys(TYPES) as [string, ...string[]];

/** The normalised extension and type for a file name, or undefined if the type is not accepted. */
export function attachmentTypeOf(fileName: string): { extension: string; type: AttachmentType } | undefined {
  const raw = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!raw) return undefined;
  const extension = ALIASES[raw] ?? raw;
  const type = TYPES[extension];
  return type ? { extension, type } : undefined;
}
