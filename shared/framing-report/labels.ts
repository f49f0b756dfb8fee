/**
 * Display names and colours of the framing summary: frame dimensions, speakers' sides and the
 * sides of contested sets. Shared by the panel and the HTML report so both say the same thing.
 */

/** Names of the 15 Media Frames Corpus dimensions (Card et al. 2015). */
export const frameLabels: Readonly<Record<string, string>> = {
  economic: 'Economic',
  'capacity-resources': 'Capacity & resources',
  morality: 'Morality',
  'fairness-equality': 'Fairness & equality',
  legality: 'Legality',
  'policy-prescription': 'Policy prescription',
  'crime-punishment': 'Crime & punishment',
  'security-defense': 'Security & defence',
  'health-safety': 'Health & safety',
  'quality-of-life': 'Quality of life',
  'cultural-identity': 'Cultural identity',
  'public-opinion': 'Public opinion',
  political: 'Political',
  'external-regulation': 'External regulation & reputation',
  other: 'Other',
};

const speakerSideLabels: Readonly<Record<string, string>> = {
  nato: 'NATO',
  russia: 'Russia',
  ukraine: 'Ukraine',
  us: 'US',
  uk: 'UK',
  eu: 'EU',
  china: 'China',
  un: 'UN',
  israel: 'Israel',
  palestine: 'Palestinian',
  iran: 'Iran',
  turkey: 'Turkey',
  azerbaijan: 'Azerbaijan',
  armenia: 'Armenia',
  belarus: 'Belarus',
  serbia: 'Serbia',
  kosovo: 'Kosovo',
  taiwan: 'Taiwan',
  france: 'France',
  germany: 'Germany',
  poland: 'Poland',
  'wire-agency': 'Wire agency',
  media: 'Media',
  analyst: 'Analyst',
  official: 'Official',
  unknown: 'Side unknown',
};

/** Colours of speakers' sides in the share bars: distinct, legible on white and when printed. */
const speakerSideColours: Readonly<Record<string, string>> = {
  nato: '#2f5fb3',
  russia: '#c2410c',
  ukraine: '#c99a06',
  us: '#5b3fa8',
  uk: '#0f766e',
  eu: '#1d7fae',
  china: '#b91c1c',
  'wire-agency': '#6b7280',
  media: '#8b5e34',
  analyst: '#7c8a1a',
  official: '#9d3f7a',
  unknown: '#b8bec8',
};

const fallbackColours = ['#4a6fa5', '#a5584a', '#5a8f5a', '#8a6fb0', '#b08a3e', '#3e8ab0'];

function titleCase(key: string): string {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words === '' ? key : words[0]!.toUpperCase() + words.slice(1);
}

/** Display name of a speaker's side (`nato` → NATO); null → "Side unknown". */
export function speakerSideLabel(side: string | null): string {
  const key = side ?? 'unknown';
  return speakerSideLabels[key] ?? titleCase(key);
}

/** Colour of a speaker's side, stable for a given key. */
export function speakerSideColour(side: string | null): string {
  const key = side ?? 'unknown';
  const known = speakerSideColours[key];
  if (known) return known;
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return fallbackColours[hash % fallbackColours.length]!;
}

const termSideLabels: Readonly<Record<string, string>> = {
  russia: 'Russian usage',
  'russia-derived': 'Russian-derived',
  'ukraine-west': 'Ukrainian/Western usage',
  ukraine: 'Ukrainian usage',
  neutral: 'Neutral wording',
  delegitimising: 'Delegitimising',
};

/** Short name of a contested set's side (whose usage a term is; attributed, not judged). */
export function termSideLabel(side: string): string {
  return termSideLabels[side] ?? titleCase(side);
}

/** Display name of a frame dimension. */
export function frameLabel(dimension: string): string {
  return frameLabels[dimension] ?? titleCase(dimension);
}
