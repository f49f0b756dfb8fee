/**
 * Credited sources. STUB: signature fixed, implementation pending.
 */

/**
 * Agencies an article credits as its source ("AP reports", "Xinhua news agency reported", "as
 * quoted by Reuters", "сообщает ТАСС"), as canonical names (`AP`, `Reuters`, `Xinhua`, `TASS`), in
 * order of first mention, without duplicates.
 */
export function findCredits(_text: string): string[] {
  return [];
}
