// Tables of the stakeholder register (issue 6), added in database version 2.
export const STAKEHOLDER_TABLES: Record<string, string> = {};
