import type { ApiInput } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import { FINAL_STATUSES, type ClaimStatus, type Settings } from '../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type VerdictStyle } from '../../../shared/report';

const MB = 1024 * 1024;
export const MAX_IMPORT_MB = LIMITS.importFileBytesMax / MB;

/** The Settings dialog's fields as typed, before they are saved. */
export interface SettingsDraft {
  name: string;
  limit: string;
  learning: boolean;
  organization: string;
  organizationUrl: string;
  url: string;
  verdicts: Partial<Record<ClaimStatus, VerdictStyle>>;
}

export function draftOf(settings: Settings): SettingsDraft {
  const review = settings.claimReview ?? DEFAULT_CLAIM_REVIEW;
  return {
    name: settings.editorName,
    limit: String(settings.importLimitMb ?? LIMITS.importFileBytes / MB),
    learning: settings.deskLearning === true,
    organization: review.organizationName ?? '',
    organizationUrl: review.organizationUrl ?? '',
    url: review.url ?? '',
    verdicts: review.verdicts,
  };
}

/** What stops the draft from being saved, field by field (nothing when it can be). */
export function draftProblems(draft: SettingsDraft): { name?: string; limit?: string } {
  const limit = Number(draft.limit);
  return {
    ...(draft.name.trim() === '' ? { name: 'Your name is needed: it goes into every history entry.' } : {}),
    ...(Number.isInteger(limit) && limit >= 1 && limit <= MAX_IMPORT_MB
      ? {}
      : { limit: `A whole number of megabytes from 1 to ${MAX_IMPORT_MB}.` }),
  };
}

/**
 * The settings.update call for the draft. Every field is sent: an empty one removes what was stored.
 * The desk's members are not among them: Settings → Desk keeps that list, saved as it is edited.
 */
export function changesOf(draft: SettingsDraft): ApiInput<'settings.update'> {
  const verdicts = Object.fromEntries(
    FINAL_STATUSES.map((s) => [s, draft.verdicts[s] ?? { label: '' }]),
  ) as SettingsDraft['verdicts'];
  return {
    editorName: draft.name.trim(),
    importLimitMb: Number(draft.limit),
    deskLearning: draft.learning,
    claimReview: {
      verdicts,
      organizationName: draft.organization.trim(),
      organizationUrl: draft.organizationUrl.trim(),
      url: draft.url.trim(),
    },
  };
}
