import type { ClaimKind } from '../../src/shared/model';

/**
 * The former check-worthiness scorer, frozen here so that `npm run eval:suggest` can compare the
 * trained model with it in the same run: a fixed list of features with hand-chosen weights, summed
 * and squashed to [0, 1] by the logistic function. The app no longer uses it.
 */

export interface Feature {
  id: string;
  /** What the editor reads as the reason ("number", "attributed to a named source"). */
  reason: string;
  weight: number;
  test: (sentence: string) => boolean;
}

const has = (pattern: RegExp) => (s: string) => pattern.test(s);

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const SPELLED =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|half|third|quarter|twice|double|triple|tripled|doubled|halved';
const NAMED =
  /(?:^|[^.!?]\s)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?\p{Lu}[\p{Ll}’'-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{Ll}’'-]+)+/u;

export const FEATURES: readonly Feature[] = [
  { id: 'number', reason: 'number', weight: 1.5, test: has(/\d/) },
  { id: 'percent', reason: 'percentage', weight: 0.9, test: has(/\d\s?%|\bper ?cent\b/i) },
  { id: 'money', reason: 'money', weight: 0.9, test: has(/[$€£¥]\s?\d|\d\s?(?:dollars|euros|pounds)\b/i) },
  {
    id: 'quantity',
    reason: 'quantity',
    weight: 1.0,
    test: has(
      new RegExp(
        `\\b(?:${SPELLED})\\b|\\b(?:million|billion|trillion|tons?|miles|kilomet(?:er|re)s|acres|hectares|barrels)\\b`,
        'i',
      ),
    ),
  },
  {
    id: 'date',
    reason: 'date',
    weight: 0.6,
    test: has(
      new RegExp(
        `\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:${MONTHS})\\b|\\b(?:last|next|this) (?:year|month|week|decade|spring|summer|fall|autumn|winter)\\b|\\bsince\\b`,
      ),
    ),
  },
  {
    id: 'comparison',
    reason: 'comparison',
    weight: 0.9,
    test: has(
      /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|than|increased?|decreased?|increasing|rose|risen|fell|fallen|grew|grown|dropped|declined?|doubled|tripled|halved|surged|jumped|cut)\b/i,
    ),
  },
  {
    id: 'superlative',
    reason: 'superlative or record',
    weight: 0.8,
    test: has(
      /\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest|most|least|first|only|never|no other|record|worst|best|all-time|as many|as much)\b/i,
    ),
  },
  {
    id: 'attribution',
    reason: 'attributed to a source',
    weight: 0.8,
    test: has(
      /\b(?:said|says|told|according to|testified|stated|reported|announced|estimated|estimates|found|showed|shows|confirmed|concluded|traced|filing|wrote|claimed|claims|data|figures|records|survey|study|audit|report)\b/i,
    ),
  },
  { id: 'named', reason: 'names a person or organisation', weight: 0.5, test: has(NAMED) },
  {
    id: 'organisation',
    reason: 'official body',
    weight: 0.5,
    test: has(
      /\b(?:Authority|Council|Department|Ministry|University|Commission|Agency|Committee|Court|Board|Bureau|Office|Police|Senate|Congress|Parliament|Company|Inc\.|Corp\.|Institute|Hospital|School District)\b/,
    ),
  },
  {
    id: 'causal',
    reason: 'cause and effect',
    weight: 0.8,
    test: has(
      /\b(?:because|due to|caused|causes|led to|leads to|result(?:ed)? (?:of|in)|as a result|thanks to|blamed|driven by|attribut(?:es|ed) (?:the|this|it)|linked to|responsible for)\b/i,
    ),
  },
  {
    id: 'prediction',
    reason: 'prediction or promise',
    weight: 0.5,
    test: has(
      /\b(?:will|expected to|expects|projected|projects|forecast|plans to|is set to|by (?:the end of )?20\d\d|next year)\b/i,
    ),
  },
  {
    id: 'law',
    reason: 'law or rule',
    weight: 1.0,
    test: has(
      /\b(?:law|laws|rule|rules|regulation|regulations|statute|ordinance|requires?|required|prohibits?|banned|illegal|unlawful|legal|mandate[sd]?|ruled|constitution(?:al)?|act|bill|permit|licen[cs]e|charter|code|policy|requirements?|standards?|settlement|must)\b/i,
    ),
  },
  { id: 'question', reason: 'question', weight: -2.2, test: has(/\?["”’')\]]*$/) },
  {
    id: 'greeting',
    reason: 'greeting or thanks',
    weight: -2.0,
    test: has(
      /^(?:thank|thanks|welcome|good (?:morning|afternoon|evening)|hello|congratulations|applause|ladies and gentlemen)|\b(?:thank you|thanks to|grateful)\b/i,
    ),
  },
  {
    id: 'procedure',
    reason: 'procedural',
    weight: -1.4,
    test: has(
      /\b(?:next question|let me|i'd like to|i would like to|we'll now|we will now|come to order|moving on|turn it over|take questions|stay tuned|see you)\b/i,
    ),
  },
  {
    id: 'opinion',
    reason: 'opinion or feeling',
    weight: -1.1,
    test: has(
      /\b(?:i think|i believe|i feel|i hope|i love|we are proud|i am proud|in my view|in my opinion|should|ought to|we need|worried|afraid|angry|thrilled|excited|proud|shameful|disgrace|beautiful|terrible|wonderful|amazing|great|outrageous|ridiculous|deserve|deserves)\b/i,
    ),
  },
  {
    id: 'hedge',
    reason: 'hedged',
    weight: -0.7,
    // "may" in lower case only: "May" is also a month.
    test: (s) =>
      /\bmay\b/.test(s) ||
      /\b(?:might|perhaps|possibly|could be|some say|it seems|appears to|probably|likely)\b/i.test(s),
  },
  {
    id: 'call',
    reason: 'call to action',
    weight: -0.9,
    test: has(/^(?:join|vote|call|visit|sign up|register|come|let's|let us|please|imagine)\b/i),
  },
  {
    id: 'heading',
    reason: 'heading',
    weight: -1.0,
    // No closing punctuation and mostly capitalised words: a headline or a section label.
    test: (s) => {
      if (/[.!?"”’)]$/.test(s)) return false;
      const words = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
      return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
    },
  },
  { id: 'short', reason: 'very short', weight: -1.2, test: (s) => s.split(/\s+/).length < 5 },
  { id: 'exclaim', reason: 'exclamation', weight: -0.6, test: has(/!["”’')\]]*$/) },
];

const BIAS = -1.8;

export interface Scored {
  score: number;
  kind: ClaimKind;
  /** The strongest reasons, for the editor ("number + comparison"). */
  reason: string;
}

function kindOf(hits: ReadonlySet<string>, sentence: string): ClaimKind {
  if (hits.has('law')) return 'law-rule';
  if (hits.has('causal')) return 'causal';
  if (hits.has('prediction') && (hits.has('number') || hits.has('date'))) return 'prediction';
  if (hits.has('superlative') || /\bthan\b/i.test(sentence)) return 'comparison';
  if (hits.has('number') || hits.has('percent') || hits.has('money') || hits.has('quantity')) return 'statistic';
  if (/["“][^"”]{12,}["”]/.test(sentence) && hits.has('attribution')) return 'quote';
  if (hits.has('attribution')) return 'attribution';
  if (hits.has('date')) return 'event-date';
  return 'other';
}

export function scoreSentence(sentence: string): Scored {
  let sum = BIAS;
  const hits = new Set<string>();
  const positives: Feature[] = [];
  for (const feature of FEATURES) {
    if (!feature.test(sentence)) continue;
    hits.add(feature.id);
    sum += feature.weight;
    if (feature.weight > 0) positives.push(feature);
  }
  const score = 1 / (1 + Math.exp(-sum));
  const reason = positives
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((f) => f.reason)
    .join(' + ');
  return {
    score: Math.round(score * 1000) / 1000,
    kind: kindOf(hits, sentence),
    reason: reason || 'no factual markers',
  };
}
