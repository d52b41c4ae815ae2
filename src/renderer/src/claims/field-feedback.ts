import { useCallback, useEffect, useId, useRef, useState } from 'react';

/** What became of a field's change: stored, or refused with the core's sentence. */
export type SaveOutcome = { ok: true } | { ok: false; message: string; code?: string };

export interface FieldFeedback {
  kind: 'saved' | 'refused';
  text: string;
  code?: string;
}

/** How long "Saved" stays beside a field. */
export const SAVED_MS = 2500;

/**
 * The word beside each field after its change came back: "Saved" for a moment, or the refusal, which
 * stays until the field is saved or left unchanged. Keyed by the field the editor left.
 */
export function useFieldFeedback() {
  const [shown, setShown] = useState<Readonly<Record<string, FieldFeedback>>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const prefix = useId();
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const set = useCallback((field: string, feedback: FieldFeedback | null): void => {
    clearTimeout(timers.current.get(field));
    setShown((all) => {
      const next = { ...all };
      if (feedback) next[field] = feedback;
      else delete next[field];
      return next;
    });
  }, []);

  const report = useCallback(
    (field: string, outcome: SaveOutcome): void => {
      if (!outcome.ok) {
        set(field, { kind: 'refused', text: outcome.message, ...(outcome.code ? { code: outcome.code } : {}) });
        return;
      }
      set(field, { kind: 'saved', text: 'Saved' });
      timers.current.set(
        field,
        setTimeout(() => set(field, null), SAVED_MS),
      );
    },
    [set],
  );

  const statusId = (field: string): string => `${prefix}-${field}`;
  return {
    report,
    /** Forgets a refusal once the field holds its stored value again. */
    clear: useCallback((field: string) => set(field, null), [set]),
    status: (field: string) => ({ id: statusId(field), feedback: shown[field] }),
    /** For the field's input: its status describes it, and a refusal marks it invalid. */
    describe: (field: string) => ({
      'aria-describedby': statusId(field),
      'aria-invalid': shown[field]?.kind === 'refused' ? true : undefined,
    }),
  };
}

export type FieldFeedbacks = ReturnType<typeof useFieldFeedback>;
