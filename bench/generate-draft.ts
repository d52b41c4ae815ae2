/** Deterministic drafts of realistic shape for benchmarks: the same seed gives the same text. */

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council budget water authority residents said report percent million city county state federal program ' +
  'officials year new data spending crews lines lead pipes schools hospital police court judge senator committee ' +
  'hearing testimony vote plan cost tax rate increase decline record survey study analysis according to about more ' +
  'than less nearly almost since during after before while because would could should will may public private ' +
  'agency department director mayor governor district board members staff contract audit inspection results'
).split(' ');
const NAMES = ['Castellanos', 'Reinholt', 'Okonkwo', 'Vasquez-Hale', 'Lindqvist', 'Abernathy', 'Moreau', 'Tanaka'];

export type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function figure(rng: Rng): string {
  const n = Math.floor(rng() * 10000);
  return rng() < 0.3
    ? `${(n / 100).toFixed(1)}%`
    : rng() < 0.5
      ? `$${n.toLocaleString('en-US')}`
      : n.toLocaleString('en-US');
}

export function sentence(rng: Rng): string {
  const length = 12 + Math.floor(rng() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rng();
    words.push(r < 0.07 ? figure(rng) : r < 0.12 ? pick(rng, NAMES) : pick(rng, WORDS));
  }
  const text = words.join(' ');
  const body = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  return rng() < 0.15 ? `"${body}" ${pick(rng, NAMES)} said.` : body;
}

/** A draft of about `words` words in paragraphs of 3–7 sentences. */
export function generateDraft(words: number, seed: number): string {
  const rng = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 + Math.floor(rng() * 5) }, () => sentence(rng));
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n');
}

/**
 * A revision: `editRate` of the sentences get a word or figure changed, about 2% of the paragraphs
 * move elsewhere (a few of them edited too), and about 1% are cut or added.
 */
export function reviseDraft(text: string, editRate: number, seed: number): string {
  const rng = random(seed);
  const paragraphs = text.split('\n\n').map((p) =>
    p
      .split(/(?<=[.!?]"?) /)
      .map((s) => {
        if (rng() >= editRate) return s;
        const words = s.split(' ');
        const at = Math.floor(rng() * words.length);
        words[at] = rng() < 0.4 ? figure(rng) : pick(rng, WORDS);
        return words.join(' ');
      })
      .join(' '),
  );
  const moves = Math.max(1, Math.round(paragraphs.length * 0.02));
  for (let i = 0; i < moves; i++) {
    const [moved] = paragraphs.splice(Math.floor(rng() * paragraphs.length), 1);
    paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, moved!);
  }
  const cuts = Math.max(1, Math.round(paragraphs.length * 0.01));
  for (let i = 0; i < cuts; i++) {
    paragraphs.splice(Math.floor(rng() * paragraphs.length), 1);
    paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, sentence(rng) + ' ' + sentence(rng));
  }
  return paragraphs.join('\n\n');
}
