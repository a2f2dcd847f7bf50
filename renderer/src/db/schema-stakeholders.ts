// Tables of the stakeholder register (issue 6), added in database version 2.
// The list of a pairing is read by pairingId; search, filters and sort run in
// memory. [pairingId+_sortName] (a folded name the device derives) gives the
// first screenful in name order before the whole list is read.
export const STAKEHOLDER_TABLES: Record<string, string> = { stakeholders: 'id, pairingId, [pairingId+_sortName]' };
