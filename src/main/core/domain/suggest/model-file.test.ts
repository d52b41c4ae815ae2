import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, MODEL_FORMAT, shippedModel, shippedModelPath } from './model-file';
import { suggestClaims } from './suggest';

const FIELDS = {
  features: { bits: 8, charMin: 3, charMax: 0 },
  training: { epochs: 1, rate: 0.1, l2: 0, positiveWeight: 1, seed: 1 },
  threshold: 0.25,
  provenance: { data: 'test' },
};

describe('model file', () => {
  it('stores weights as 16-bit steps of one scale, and reads them back', () => {
    const weights = Float64Array.from({ length: 256 }, (_, i) => Math.sin(i) * 3);
    const model = decodeModel(encodeModel({ bias: -1.25, weights }, FIELDS));
    expect(model.bias).toBe(-1.25);
    expect(model.threshold).toBe(0.25);
    expect(model.features).toEqual(FIELDS.features);
    weights.forEach((w, i) => expect(Math.abs(model.weights[i]! - w)).toBeLessThan(3 / 32767));
  });

  it('refuses a file that is not a model, with a sentence that says why', () => {
    const good = JSON.parse(encodeModel({ bias: 0, weights: new Float64Array(256) }, FIELDS)) as Record<
      string,
      unknown
    >;
    const bad = [
      'not json',
      JSON.stringify({ ...good, format: 'other/1' }),
      JSON.stringify({ ...good, weights: 'AAAA' }),
      JSON.stringify({ ...good, bias: 'x' }),
      JSON.stringify({ ...good, features: { bits: 99 } }),
    ];
    for (const text of bad) {
      expect(() => decodeModel(text), text.slice(0, 40)).toThrow(
        expect.objectContaining({
          code: 'CORRUPT_FILE',
          message: expect.stringMatching(/^The check-worthiness model/),
        }),
      );
    }
    expect(good.format).toBe(MODEL_FORMAT);
  });

  it('finds the shipped model from anywhere inside the project', () => {
    expect(shippedModelPath()).toMatch(/resources\/models\/checkworthiness\.json$/);
    expect(shippedModelPath(new URL('../../../../../out/main', import.meta.url).pathname)).toBe(shippedModelPath());
  });
});

describe('the shipped model', () => {
  it('is small, and its threshold and provenance are recorded', () => {
    const text = readFileSync(shippedModelPath(), 'utf8');
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const file = JSON.parse(text) as { provenance: { sentences: number; positives: number }; threshold: number };
    expect(file.provenance).toMatchObject({ sentences: 16421, positives: 440 });
    expect(shippedModel().threshold).toBe(file.threshold);
  });

  it('ranks the sample draft’s figures above its chatter, and explains each suggestion', () => {
    const draft = readFileSync(new URL('../../../../../resources/samples/harbor-water.md', import.meta.url), 'utf8');
    const ranked = suggestClaims(draft).sort((a, b) => b.score - a.score);
    const top = ranked.slice(0, 8);
    for (const s of top) {
      expect(s.text, s.text).toMatch(/\d/);
      expect(s.checkworthy).toBe(true);
      expect(s.reason).not.toBe('no factual markers');
    }
    const flagged = ranked.filter((s) => s.checkworthy).length;
    expect(flagged).toBeGreaterThan(5);
    expect(flagged).toBeLessThan(ranked.length);
    for (const s of ranked) expect(s.score).toBeGreaterThanOrEqual(0);
  });
});
