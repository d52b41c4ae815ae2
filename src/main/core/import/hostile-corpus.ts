import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { ErrorCode } from '../../../shared/errors';
import { makeDocx, para, run } from './make-docx';

/** One hostile or broken input and what importing it must do. */
export interface CorpusItem {
  file: string;
  expect: 'ok' | ErrorCode;
  /** For imports that succeed: what must be true of the result (e.g. no script survived). */
  mustNotContain?: string[];
}

const XSS_HTML: [string, string][] = [
  ['script-tag', '<p>Hello</p><script>alert(1)</script>'],
  ['img-onerror', '<p>Text<img src=x onerror="alert(1)"></p>'],
  ['svg-onload', '<svg onload="alert(1)"><text>svg</text></svg><p>after</p>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>Body</p>'],
  ['js-link', '<p><a href="javascript:alert(1)">click</a></p>'],
  ['js-link-entities', '<p><a href="jav&#x09;ascript:alert(1)">tab</a></p>'],
  ['data-link', '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a></p>'],
  ['vbscript-link', '<p><a href="vbscript:msgbox(1)">vb</a></p>'],
  ['body-onload', '<body onload="alert(1)"><p>Body text</p></body>'],
  ['mxss-noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>ok</p>'],
  [
    'mxss-math',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>m</p>',
  ],
  ['mxss-svg-style', '<svg><style><img src=x onerror=alert(1)></style></svg><p>s</p>'],
  ['comment-breakout', '<!--><script>alert(1)</script>--><p>c</p>'],
  ['template', '<template><script>alert(1)</script></template><p>t</p>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>m</p>'],
  ['base-tag', '<base href="https://evil.example/"><p><a href="/x">rel</a></p>'],
  ['form-action', '<form action="https://evil.example"><input name=a><button>Go</button></form><p>f</p>'],
  ['object-embed', '<object data="evil.swf"></object><embed src="evil.swf"><p>o</p>'],
  [
    'style-expression',
    '<p style="background:url(javascript:alert(1))">styled</p><style>@import "https://evil.example/x.css";</style>',
  ],
  ['link-stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css"><p>l</p>'],
  ['event-attrs', '<p onclick="alert(1)" onmouseover="alert(2)">events</p>'],
  ['unclosed-markup', '<p><b>unclosed <i>tags <p>and more'],
  ['rtl-override', '<p>Invoice \u202Efdp.exe\u202C for 2025</p>'],
  ['long-word', `<p>${'A'.repeat(200_000)}</p>`],
];

const XSS_MD: [string, string][] = [
  ['js-link', '[click](javascript:alert(1))'],
  ['raw-script', 'Text\n\n<script>alert(1)</script>\n\nMore'],
  ['img-onerror', '<img src=x onerror=alert(1)>\n\nText'],
  ['autolink-js', '<javascript:alert(1)>'],
  ['ref-link', '[a][1]\n\n[1]: javascript:alert(1)'],
  ['tracking-image', '![pixel](https://tracker.example/p.gif) caption'],
  ['html-block', '<div onclick="alert(1)">\n\n*inside*\n\n</div>'],
  ['long-line', `${'word '.repeat(200_000)}`],
];

const SCRIPTISH = ['<script', 'onerror', 'onload', 'javascript:'];

function docxWithEntries(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
  for (let i = 0; i < count; i++) files[`word/media/f${i}.txt`] = strToU8('x');
  return zipSync(files, { level: 0 });
}

/** Writes the corpus into `dir` (some files are large: a 100 MB text file, a zip bomb). */
export async function writeHostileCorpus(dir: string): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  const add = async (
    file: string,
    data: Uint8Array | string,
    expect: CorpusItem['expect'],
    mustNotContain?: string[],
  ): Promise<void> => {
    await writeFile(join(dir, file), data);
    items.push(mustNotContain ? { file, expect, mustNotContain } : { file, expect });
  };

  for (const [name, html] of XSS_HTML) await add(`xss-${name}.html`, html, 'ok', SCRIPTISH);
  // An autolink's text is its address: "javascript:alert(1)" may stay as words, never as a link.
  for (const [name, md] of XSS_MD)
    await add(`xss-${name}.md`, md, 'ok', name === 'autolink-js' ? ['<script'] : SCRIPTISH);
  await add('deep-10000.html', '<div>'.repeat(10_000) + 'deep', 'TOO_LARGE');
  await add('deep-10000.md', `${'>'.repeat(10_000)} deep`, 'TOO_LARGE');
  await add(
    'deep-lists.md',
    Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    'TOO_LARGE',
  );
  await add('nul-bytes.html', '<p>a\u0000b</p>', 'UNSUPPORTED_FILE');
  await add('invalid-utf8.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xfd]), 'ENCODING');

  const xssRuns = para(run('<script>alert(1)</script> is how the attack began, the report says.'));
  await add('xss-text.docx', makeDocx({ body: xssRuns, title: '<img src=x onerror=alert(1)>' }), 'ok', ['javascript:']);
  await add(
    'xss-link.docx',
    makeDocx({ body: para(`<w:hyperlink r:id="rIdJ">${run('click me')}</w:hyperlink>`) }),
    'ok',
    ['javascript:'],
  );
  // Comment text stays text (the UI shows it escaped); what matters is that it stays out of the draft.
  await add(
    'xss-comment.docx',
    makeDocx({
      body: para(run('Body')),
      comments: [{ author: '<b onmouseover=x>', text: '<script>alert(1)</script>' }],
    }),
    'ok',
  );
  await add('zero-bytes.docx', new Uint8Array(), 'CORRUPT_FILE');
  await add(
    'png-named.docx',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(64)]),
    'CORRUPT_FILE',
  );
  await add('pdf-named.docx', '%PDF-1.7\n%binary', 'CORRUPT_FILE');
  const good = makeDocx({ body: para(run('A normal paragraph of a normal draft.')) });
  await add('truncated.docx', good.subarray(0, Math.floor(good.length * 0.6)), 'CORRUPT_FILE');
  await add('not-word.docx', zipSync({ 'hello.txt': strToU8('hi') }), 'CORRUPT_FILE');
  await add('bad-xml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), 'CORRUPT_FILE');
  await add('deep-xml.docx', makeDocx({ body: '<w:sdt><w:sdtContent>'.repeat(5_000) + para(run('x')) }), 'TOO_LARGE');
  await add('entries-10000.docx', docxWithEntries(10_000), 'TOO_LARGE');
  // About 1,000:1: 120 MB of zeros deflate to some 120 KB.
  await add(
    'zip-bomb.docx',
    zipSync(
      { 'word/document.xml': strToU8('<w:document/>'), 'word/media/zeros.bin': new Uint8Array(120 * 1024 * 1024) },
      { level: 9 },
    ),
    'TOO_LARGE',
  );
  await add('upper-case.DOCX', good, 'ok');

  await add('empty.txt', '', 'INVALID_INPUT');
  await add('only-bom.txt', new Uint8Array([0xef, 0xbb, 0xbf]), 'INVALID_INPUT');
  await add('blank-lines.txt', '\n'.repeat(1_000_000), 'INVALID_INPUT');
  await add('invalid-utf8.txt', new Uint8Array([0x61, 0xc3, 0x28, 0x62]), 'ENCODING');
  await add('overlong-utf8.txt', new Uint8Array([0xc0, 0xaf]), 'ENCODING');
  await add('lone-surrogate-utf8.txt', new Uint8Array([0xed, 0xa0, 0x80]), 'ENCODING');
  await add('nul-bytes.txt', 'before\u0000after', 'UNSUPPORTED_FILE');
  await add('utf16-no-bom.txt', Buffer.from('Hello', 'utf16le'), 'UNSUPPORTED_FILE');
  await add('controls.txt', 'Bell\u0007 and escape\u001b[31m red', 'ok', ['\u0007', '\u001b']);
  await add('one-long-line.txt', 'x'.repeat(1_500_000), 'ok');
  await add('program.exe', 'MZ', 'UNSUPPORTED_FILE');
  await add('no-extension', 'text', 'UNSUPPORTED_FILE');
  await add('huge-100mb.txt', new Uint8Array(100 * 1024 * 1024).fill(0x61), 'TOO_LARGE');
  await add('too-much-text.md', 'word '.repeat(1_000_000), 'TOO_LARGE');
  return items;
}
