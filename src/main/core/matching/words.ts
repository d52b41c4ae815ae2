/** Words that say little about what a claim is about; negations are kept apart (see NEGATIONS). */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than so as of at by for with about against between into through during ' +
    'before after above below to from up down in out on off over under again further once here there when ' +
    'where why how all any both each few more most other some such only own same too very s t can will just ' +
    'should now i me my myself we our ours you your yours he him his she her hers it its they them their ' +
    'theirs what which who whom this that these those am is are was were be been being have has had having ' +
    'do does did doing would could might must shall may also via rt amp just get got like says said say ' +
    'let us let’s im i’m it’s that’s via http https www com'
  ).split(' '),
);

/** Words that turn a claim into its opposite. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

/**
 * Other spellings of the same name or body, folded to one term each so that they match: "GOP" and
 * "Republicans", "AOC" and "Alexandria Ocasio-Cortez".
 */
export const ALIASES: Record<string, string[]> = {
  us: ['us'],
  usa: ['us'],
  america: ['us'],
  american: ['us'],
  americans: ['us'],
  gop: ['republican'],
  republicans: ['republican'],
  dems: ['democrat'],
  dem: ['democrat'],
  democrats: ['democrat'],
  democratic: ['democrat'],
  potus: ['president'],
  flotus: ['first', 'lady'],
  aoc: ['alexandria', 'ocasio', 'cortez'],
  hrc: ['hillary', 'clinton'],
  jfk: ['john', 'kennedy'],
  mlk: ['martin', 'luther', 'king'],
  uk: ['britain'],
  british: ['britain'],
  un: ['united', 'nations'],
  who: ['world', 'health', 'organization'],
  cdc: ['centers', 'disease', 'control'],
  fbi: ['federal', 'bureau', 'investigation'],
  nyc: ['new', 'york'],
  covid: ['coronavirus'],
  covid19: ['coronavirus'],
  'covid-19': ['coronavirus'],
  corona: ['coronavirus'],
  sarscov2: ['coronavirus'],
  pic: [],
  twitter: [],
};

/** Splits "AustralianFires" and "real_donald_trump" into their words. */
export function splitCompound(word: string): { part: string; offset: number }[] {
  const parts: { part: string; offset: number }[] = [];
  for (const match of word.matchAll(/\p{Lu}{2,}(?=\p{Lu}\p{Ll}|\d|_|$)|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|\d+/gu)) {
    parts.push({ part: match[0], offset: match.index });
  }
  return parts;
}
