/**
 * Contract methods of the framing summary panel and the report export. Spread into `contract`.
 * Owned by the framing summary work; empty until it lands.
 */
export const framingReportMethods = {} as const;
