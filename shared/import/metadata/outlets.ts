/**
 * Outlet registry and outlet detection: the entry point the import pipeline uses. The registry
 * lives in `outlet-registry.ts`, lookups by URL and name in `outlet-lookup.ts`, mentions of
 * outlets in text in `outlet-mention.ts`, and the combination of all evidence in `outlet-guess.ts`.
 */
export {
  indexOf,
  isAgency,
  loadDefaultRegistry,
  normalizeName,
  outletEntrySchema,
  outletFileSchema,
  parseRegistry,
  type OutletEntry,
  type OutletRegistry,
  type RegistryIndex,
} from './outlet-registry.ts';
export { hostOf, outletFromHost, outletFromName, outletFromUrl } from './outlet-lookup.ts';
export {
  findOutletMention,
  findOutletMentions,
  strongestMention,
  MENTION_CONFIDENCE,
  type MentionKind,
  type OutletMention,
} from './outlet-mention.ts';
export {
  guessOutlet,
  OUTLET_CONFIDENCE,
  type OutletGuess,
  type OutletGuessInput,
} from './outlet-guess.ts';
