import type { ApiInput } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import { FINAL_STATUSES, type ClaimStatus, type Settings } from '../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type ClaimReviewSettings } from '../../shared/report';
import { AppError } from '../core/app-error';

type Change = ApiInput<'settings.update'>;
type Kind = 'text' | 'whole number' | 'true or false';
type Value = string | number | boolean;

/** One setting as the command line names it: a dotted key, its kind, how to read it and how to change it. */
export interface SettingKey {
  key: string;
  kind: Kind;
  read: (settings: Settings) => Value | undefined;
  /** The change that sets it; for a verdict, the rest of that verdict is kept from `settings`. */
  change: (value: Value, settings: Settings) => Change;
}

const review = (settings: Settings): ClaimReviewSettings => settings.claimReview ?? DEFAULT_CLAIM_REVIEW;

function verdictKeys(status: ClaimStatus): SettingKey[] {
  const style = (settings: Settings) => review(settings).verdicts[status];
  return [
    {
      key: `claimReview.verdicts.${status}.label`,
      kind: 'text',
      read: (s) => style(s)?.label,
      change: (label, s) => {
        const rating = style(s)?.rating;
        return {
          claimReview: {
            verdicts: { [status]: { label: String(label), ...(rating === undefined ? {} : { rating }) } },
          },
        };
      },
    },
    {
      key: `claimReview.verdicts.${status}.rating`,
      kind: 'whole number',
      read: (s) => style(s)?.rating,
      change: (rating, s) => {
        const label = style(s)?.label;
        if (!label) {
          throw new AppError(
            'INVALID_INPUT',
            `“${status}” has no verdict label yet: set claimReview.verdicts.${status}.label first.`,
          );
        }
        return {
          claimReview: { verdicts: { [status]: rating === '' ? { label } : { label, rating: Number(rating) } } },
        };
      },
    },
  ];
}

export const SETTING_KEYS: readonly SettingKey[] = [
  { key: 'editorName', kind: 'text', read: (s) => s.editorName, change: (v) => ({ editorName: String(v) }) },
  {
    key: 'importLimitMb',
    kind: 'whole number',
    read: (s) => s.importLimitMb ?? LIMITS.importFileBytes / 1024 / 1024,
    change: (v) => ({ importLimitMb: Number(v) }),
  },
  {
    key: 'deskLearning',
    kind: 'true or false',
    read: (s) => s.deskLearning === true,
    change: (v) => ({ deskLearning: v === true }),
  },
  ...(['organizationName', 'organizationUrl', 'url'] as const).map((field): SettingKey => ({
    key: `claimReview.${field}`,
    kind: 'text',
    read: (s) => review(s)[field],
    change: (v) => ({ claimReview: { [field]: String(v) } }),
  })),
  ...(['bestRating', 'worstRating'] as const).map((field): SettingKey => ({
    key: `claimReview.${field}`,
    kind: 'whole number',
    read: (s) => review(s)[field],
    change: (v) => ({ claimReview: { [field]: Number(v) } }),
  })),
  ...FINAL_STATUSES.flatMap(verdictKeys),
];

export function findSettingKey(key: string): SettingKey {
  const found = SETTING_KEYS.find((k) => k.key === key);
  if (!found) {
    throw new AppError(
      'INVALID_INPUT',
      `There is no setting called “${key}”. Run factcheck settings get for the list of settings.`,
    );
  }
  return found;
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, on: true, off: false, yes: true, no: false };

/** The typed value of `text` for this setting; a rating may be '' (no number, the label only). */
export function parseSettingValue(setting: SettingKey, text: string): Value {
  if (setting.kind === 'text') return text;
  if (setting.kind === 'true or false') {
    const value = BOOLEANS[text.trim().toLowerCase()];
    if (value === undefined) throw badValue(setting, text);
    return value;
  }
  if (text === '' && setting.key.endsWith('.rating')) return '';
  if (!/^-?\d+$/.test(text.trim())) throw badValue(setting, text);
  return Number(text);
}

function badValue(setting: SettingKey, text: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${setting.key} must be ${setting.kind === 'whole number' ? 'a whole number' : 'true or false'}, not “${text}”.`,
  );
}
