// Tables of technical missions (issue 7), added in database version 2.
export const MISSION_TABLES: Record<string, string> = {};
