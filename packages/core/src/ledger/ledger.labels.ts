// Words for the ledger's stored names, so screens and reports never show "management_review" or
// "ai_system.created" to a reader (§7.5 documented information is read by people, not parsers).

const words = (s: string) =>
  s
    .replace(/[._]/g, ' ')
    .replace(/\bai\b/g, 'AI')
    .replace(/\bsoa\b/g, 'SoA')
    .replace(/\bapi\b/g, 'API');

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "ai_system.created" → "AI system created". */
export function ledgerActionLabel(action: string): string {
  return sentence(words(action));
}

/** "management_review" → "Management review"; "soa_entry" → "SoA entry". */
export function entityTypeLabel(entityType: string): string {
  return sentence(words(entityType));
}

/** Who made a change, in words. */
export const LEDGER_ACTOR_LABEL: Record<string, string> = {
  user: 'Person',
  token: 'API token',
  system: 'System',
};
