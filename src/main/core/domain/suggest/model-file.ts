import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../app-error';
import type { FeatureSettings } from './features';
import type { Linear, TrainSettings } from './logistic';

/**
 * The shipped check-worthiness model: resources/models/checkworthiness.json, written by
 * `npm run train:suggest` (eval/suggest/train.ts) and read once, on the first suggestion. Weights
 * are stored as 16-bit integers (base64) times a scale: a quarter of the size of floats, and far
 * finer than the training noise.
 */

export const MODEL_FORMAT = 'checkworthiness/1';
export const MODEL_FILE = 'checkworthiness.json';

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  features: FeatureSettings;
  training: TrainSettings;
  /** Probability from which a sentence counts as check-worthy (best F1 on the training data). */
  threshold: number;
  /** Where the model comes from and what it reached: documentation, not used for scoring. */
  provenance: Record<string, unknown>;
  bias: number;
  scale: number;
  weights: string;
}

export interface CheckworthinessModel extends Linear {
  features: FeatureSettings;
  /** The trained threshold, as a probability under the training data's prior (2.7% check-worthy). */
  threshold: number;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function encodeModel(
  model: Linear,
  fields: Pick<ModelFile, 'features' | 'training' | 'threshold' | 'provenance'>,
): string {
  let largest = 1e-9;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 32767;
  const ints = new Int16Array(model.weights.length);
  model.weights.forEach((w, i) => (ints[i] = Math.round(w / scale)));
  const file: ModelFile = {
    format: MODEL_FORMAT,
    features: fields.features,
    training: fields.training,
    threshold: round(fields.threshold, 4),
    provenance: fields.provenance,
    bias: round(model.bias, 6),
    scale: Number(scale.toPrecision(8)),
    weights: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).toString('base64'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function invalid(why: string): AppError {
  return new AppError('CORRUPT_FILE', `The check-worthiness model cannot be read: ${why}.`);
}

export function decodeModel(text: string): CheckworthinessModel {
  let file: Partial<ModelFile>;
  try {
    file = JSON.parse(text) as Partial<ModelFile>;
  } catch {
    throw invalid('it is not JSON');
  }
  if (file?.format !== MODEL_FORMAT) throw invalid(`its format is not ${MODEL_FORMAT}`);
  const { features, threshold, bias, scale, weights } = file;
  if (!features || !Number.isInteger(features.bits) || features.bits < 8 || features.bits > 24) {
    throw invalid('its feature settings are missing');
  }
  if (![threshold, bias, scale].every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw invalid('its threshold, bias or scale is not a number');
  }
  const bytes = Buffer.from(typeof weights === 'string' ? weights : '', 'base64');
  if (bytes.length !== 2 << features.bits) throw invalid(`it should hold ${1 << features.bits} weights`);
  const ints = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const decoded = new Float64Array(ints.length);
  for (let i = 0; i < ints.length; i++) decoded[i] = ints[i]! * scale!;
  return { features, threshold: threshold!, bias: bias!, weights: decoded };
}

/**
 * Where the shipped model lives: beside the packaged app's resources, or in resources/models of
 * the checkout or installed package (the nearest one above this module, built or not).
 */
export function shippedModelPath(from: string = import.meta.dirname): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'models', MODEL_FILE))) return join(packaged, 'models', MODEL_FILE);
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'models', MODEL_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw invalid(`${MODEL_FILE} is not installed`);
  }
}

let shipped: CheckworthinessModel | undefined;

/** The shipped model, read on first use (not at start-up) and kept. */
export function shippedModel(): CheckworthinessModel {
  shipped ??= decodeModel(readFileSync(shippedModelPath(), 'utf8'));
  return shipped;
}
