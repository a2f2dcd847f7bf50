// Tables of the stakeholder register (issue 6), added in database version 2.
// The list of a pairing is read by pairingId; search, filters and sort run in memory.
export const STAKEHOLDER_TABLES: Record<string, string> = { stakeholders: 'id, pairingId' };
