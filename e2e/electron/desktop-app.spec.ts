import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectron } from '../../scripts/electron-binary.js';
import { tempDataDir } from '../fixtures/temp-data';
import { WorkbenchPage } from '../pages/workbench-page';

const binary = installedElectron();
const SKIP_REASON =
  'Electron binary not installed (it cannot be downloaded on this machine); the desktop shell is not tested here.';
if (!binary) console.log(`[electron] skipped: ${SKIP_REASON}`);

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, SKIP_REASON);

  test('opens the sample, tags a claim over IPC and keeps it after a restart', async () => {
    const data = tempDataDir();
    const launch = () =>
      electron.launch({
        executablePath: binary!,
        args: ['out/main/index.js'],
        env: { ...process.env, FACTCHECK_DATA: data.dir },
      });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      const bench = new WorkbenchPage(page);
      expect(await page.evaluate(() => typeof window.workbench?.invoke)).toBe('function');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await bench.openSample();
      await bench.selectPhrase('nearly double the pace of 2022');
      await bench.tagWithKey();
      await expect(bench.highlights).toHaveCount(1);
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await expect(new WorkbenchPage(page).articleItem(/Harborview/)).toContainText('1 claim');
      await app.close();
    } finally {
      data.remove();
    }
  });
});
