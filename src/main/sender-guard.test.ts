import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appLocation } from './app-page';
import { isTrustedSender, type SenderFrame } from './sender-guard';

const APP = appLocation(undefined);
const DEV = appLocation('http://localhost:5173');
const APP_ORIGIN = 'app://workbench';

interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
  top: FakeFrame | null;
  detached?: boolean;
}

/** A top-level frame shaped like Electron's WebFrameMain: no parent, and its own top. */
function topFrame(url: string, origin: string, detached = false): SenderFrame {
  const frame: FakeFrame = { url, origin, parent: null, top: null, detached };
  frame.top = frame;
  return frame;
}

/** A frame inside `parent`, sharing its top. */
function childFrame(parent: SenderFrame, url: string, origin: string): SenderFrame {
  return { url, origin, parent, top: parent.top };
}

describe('isTrustedSender', () => {
  it("accepts the app's own top frame showing the app page", () => {
    expect(isTrustedSender(topFrame(APP_PAGE_URL, APP_ORIGIN), APP)).toBe(true);
    expect(isTrustedSender(topFrame(`${APP_PAGE_URL}?x=1#claim`, APP_ORIGIN), APP)).toBe(true);
    expect(isTrustedSender(topFrame('http://localhost:5173/', 'http://localhost:5173'), DEV)).toBe(true);
  });

  it('refuses a missing or detached frame', () => {
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender(topFrame(APP_PAGE_URL, APP_ORIGIN, true), APP)).toBe(false);
  });

  it('refuses any subframe, even one showing the app page at the app origin', () => {
    const top = topFrame(APP_PAGE_URL, APP_ORIGIN);
    expect(isTrustedSender(childFrame(top, APP_PAGE_URL, APP_ORIGIN), APP)).toBe(false);
    expect(isTrustedSender(childFrame(top, 'https://evil.example/', 'https://evil.example'), APP)).toBe(false);
    const nested = childFrame(childFrame(top, APP_PAGE_URL, APP_ORIGIN), APP_PAGE_URL, APP_ORIGIN);
    expect(isTrustedSender(nested, APP)).toBe(false);
  });

  it('refuses a frame whose top is another frame, whatever its parent says', () => {
    const other = topFrame(APP_PAGE_URL, APP_ORIGIN);
    expect(isTrustedSender({ url: APP_PAGE_URL, origin: APP_ORIGIN, parent: null, top: other }, APP)).toBe(false);
    expect(isTrustedSender({ url: APP_PAGE_URL, origin: APP_ORIGIN, parent: null, top: null }, APP)).toBe(false);
  });

  it('refuses a top frame on another page or origin', () => {
    for (const [url, origin] of [
      ['https://evil.example/', 'https://evil.example'],
      ['app://workbench/other.html', APP_ORIGIN],
      [`${APP_PAGE_URL}.evil`, APP_ORIGIN],
      ['app://evil/index.html', 'app://evil'],
      ['file:///opt/workbench/out/renderer/index.html', 'file://'],
      ['http://localhost:5173/', 'http://localhost:5173'],
      ['http://127.0.0.1.evil.example:5173/', 'http://127.0.0.1.evil.example:5173'],
      ['about:blank', 'null'],
      ['data:text/html,<script>1</script>', 'null'],
    ] as const) {
      expect(isTrustedSender(topFrame(url, origin), APP), url).toBe(false);
    }
  });

  it('refuses the app address when the origin does not match it (a sandboxed or swapped document)', () => {
    expect(isTrustedSender(topFrame(APP_PAGE_URL, 'null'), APP)).toBe(false);
    expect(isTrustedSender(topFrame(APP_PAGE_URL, 'https://evil.example'), APP)).toBe(false);
    expect(isTrustedSender(topFrame(APP_PAGE_URL, 'file://'), APP)).toBe(false);
    expect(isTrustedSender(topFrame('http://localhost:5173/', 'null'), DEV)).toBe(false);
  });
});
