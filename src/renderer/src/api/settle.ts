/** Whether a mutation went through; its failure was already shown by the mutation itself. */
export const succeeded = (work: Promise<unknown>): Promise<boolean> =>
  work.then(
    () => true,
    () => false,
  );
