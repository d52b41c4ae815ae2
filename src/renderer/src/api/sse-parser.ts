/**
 * Reads a Server-Sent Events stream as it arrives, in chunks cut anywhere: calls `onMessage` with each
 * message's data (its `data:` lines joined by newlines). Comment lines (`:`, the server's heartbeats)
 * and fields other than `data` are skipped.
 */
export function createSseParser(onMessage: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    // The last piece may be a line cut in the middle; it waits for the next chunk.
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) onMessage(data.join('\n'));
        data = [];
      } else if (line.startsWith('data:')) {
        const value = line.slice(5);
        data.push(value.startsWith(' ') ? value.slice(1) : value);
      }
    }
  };
}
