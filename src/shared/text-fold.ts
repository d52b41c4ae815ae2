/** Lower case without accents, so that searches find "Peña" when "pena" is typed. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
