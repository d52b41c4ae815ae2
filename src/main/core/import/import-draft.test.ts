import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits';
import { importDraft } from './import-draft';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importDraft', () => {
  it('reads UTF-8 text with or without BOM, normalizing line ends and blank lines', () => {
    const plain = importDraft('budget.txt', utf8('City budget\r\n\r\n\r\nThe council met.  \r\nIt voted.\r\n'));
    expect(plain).toEqual({ text: 'City budget\n\nThe council met.\nIt voted.', format: 'txt', title: 'City budget' });
    const bom = importDraft('a.txt', utf8('\uFEFFCafé crème'));
    expect(bom.text).toBe('Café crème');
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zoë said 5%', 'utf16le')]);
    expect(importDraft('a.txt', le).text).toBe('Zoë said 5%');
    const beBody = Buffer.from('Zoë', 'utf16le').swap16();
    expect(importDraft('a.txt', new Uint8Array([0xfe, 0xff, ...beBody])).text).toBe('Zoë');
  });

  it('refuses Windows-1252 bytes with ENCODING instead of garbling them', () => {
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    expect(() => importDraft('old.txt', latin)).toThrow(
      expect.objectContaining({ code: 'ENCODING', message: expect.stringMatching(/not UTF-8/) }),
    );
  });

  it('refuses binary, unsupported and oversized files before parsing', () => {
    expect(() => importDraft('x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FILE' }),
    );
    expect(() => importDraft('draft.docx', utf8('x'))).toThrow(
      expect.objectContaining({
        code: 'UNSUPPORTED_FILE',
        message: expect.stringMatching(/\.docx cannot be opened yet/),
      }),
    );
    expect(() => importDraft('big.txt', new Uint8Array(LIMITS.importFileBytes + 1))).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
    expect(() => importDraft('blank.md', utf8('\n\n   \n'))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('reduces Markdown to paragraphs, takes the first heading as title and drops raw HTML', () => {
    const md = [
      '# Port traffic doubles',
      '',
      'The **port** handled [1.2 million](https://example.org) containers.',
      '',
      '<script>alert(1)</script>',
      '',
      '- first point',
      '- second point',
      '',
      '> A quoted line',
    ].join('\n');
    const result = importDraft('port.md', utf8(md));
    expect(result.title).toBe('Port traffic doubles');
    expect(result.format).toBe('md');
    expect(result.text).toBe(
      'Port traffic doubles\n\nThe port handled 1.2 million containers.\n\n• first point\n\n• second point\n\nA quoted line',
    );
  });
});
