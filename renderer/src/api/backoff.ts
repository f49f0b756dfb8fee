const baseDelayMs = 250;
const maxDelayMs = 10_000;

/**
 * Delay before reconnect attempt number `attempt` (1-based): exponential with full jitter, capped,
 * so a restarted host is not hammered by every open window at once.
 */
export function nextBackoffMs(attempt: number, random: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
