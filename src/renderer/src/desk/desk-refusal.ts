import type { ApiIssue, ErrorCode } from '../../../shared/errors';

/** The fields of Settings → Desk that a refusal can be shown beside. */
export type DeskField = 'url' | 'user' | 'password' | 'fingerprint';

export interface DeskRefusal {
  field: DeskField;
  message: string;
}

const FIELD_NAMES: Record<DeskField, string> = {
  url: 'The hub address',
  user: 'The user name',
  password: 'The password',
  fingerprint: 'The fingerprint',
};

/** A SHA-256 fingerprint as hubs print it: 32 pairs of hexadecimal digits, with or without colons. */
const FINGERPRINT = /^([0-9A-Fa-f]{2}:?){32}$/;

const isField = (path: string): path is DeskField => path in FIELD_NAMES;

/**
 * Where a refusal of `sync.configure` belongs: beside the field the core named, or, for a sentence
 * about signing in, beside the password; anything else is about the hub's address.
 */
export function placeRefusal(error: { code: ErrorCode; message: string; issues?: ApiIssue[] }): DeskRefusal {
  const issue = error.issues?.find((i) => isField(i.path));
  if (issue && isField(issue.path))
    return { field: issue.path, message: `${FIELD_NAMES[issue.path]} ${issue.message}.` };
  if (error.code === 'UNAUTHORIZED') return { field: 'password', message: error.message };
  return { field: 'url', message: error.message };
}

/** What can be said before asking the core: an empty address, a fingerprint that is not one. */
export function checkConnection(url: string, fingerprint: string): DeskRefusal | null {
  if (url.trim() === '') {
    return { field: 'url', message: 'Type the address of your desk’s hub, e.g. https://hub.example:6984/desk.' };
  }
  if (fingerprint.trim() !== '' && !FINGERPRINT.test(fingerprint.trim())) {
    return {
      field: 'fingerprint',
      message: 'A fingerprint is 64 hexadecimal digits, usually in pairs separated by colons (AB:12:…).',
    };
  }
  return null;
}
