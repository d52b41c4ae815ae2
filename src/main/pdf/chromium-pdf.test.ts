import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../shared/model';
import type { ReportFile } from '../../shared/report';
import { openCore } from '../core/open-core';
import { callOk, tempDir, TEST_RESOURCES } from '../core/test-helpers';
import { chromiumPrinter, findChromium } from './chromium-pdf';

const PARAGRAPH = 'The council approved $38 million on Tuesday for the ferry, the director said in a statement.';
const TEXT = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n\n');

describe('chromiumPrinter', () => {
  const chromium = findChromium();
  it.runIf(chromium)(
    'prints a report to a PDF of a few pages with headless Chromium',
    { timeout: 60_000 },
    async () => {
      const core = await openCore({
        dataDir: await tempDir(),
        resources: { ...TEST_RESOURCES, printPdf: chromiumPrinter(chromium!) },
      });
      const article = await callOk<Article>(core, 'articles.create', { title: 'Ferry', text: TEXT });
      for (let i = 0; i < 6; i++) {
        const start = TEXT.indexOf(PARAGRAPH, i * 1000);
        const claim = await callOk<Claim>(core, 'claims.create', { articleId: article.id, start, end: start + 40 });
        await callOk(core, 'claims.update', { claimId: claim.id, notes: `${PARAGRAPH}\n`.repeat(8) });
      }
      const pdf = await callOk<ReportFile>(core, 'reports.export', { articleId: article.id, format: 'pdf' });
      expect(pdf).toMatchObject({ encoding: 'base64', mimeType: 'application/pdf' });
      const bytes = Buffer.from(pdf.content, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(12);
      await core.close();
    },
  );
});
