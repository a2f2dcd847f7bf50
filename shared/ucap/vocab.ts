// The closed vocabularies of the UCAP. Labels live in locales/*/ucap.json.

export const UCAP_STATUSES = ['draft', 'in-review', 'agreed', 'submitted'] as const;
export type UcapStatus = (typeof UCAP_STATUSES)[number];

export const OBJECTIVE_LEVELS = ['general', 'specific'] as const;
export type ObjectiveLevel = (typeof OBJECTIVE_LEVELS)[number];

export const LEAD_SIDES = ['eu', 'lac', 'both'] as const;
export type LeadSide = (typeof LEAD_SIDES)[number];

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The three levels of indicators the programme uses. */
export const INDICATOR_LEVELS = ['strategic', 'political', 'operational'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const FUNDING_SOURCES = ['municipality', 'programme', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** EUR, USD and the currencies of the partner countries; any other ISO 4217 code is accepted too. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'COP', 'BRL', 'ARS', 'MXN', 'PEN', 'CLP', 'UYU', 'PYG', 'BOB', 'CRC', 'DOP', 'GTQ', 'HNL', 'NIO', 'PAB', 'CUP', 'VES'] as const;

export const RISK_KINDS = ['risk', 'externality'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export const RISK_GRADES = ['low', 'medium', 'high'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

/** The parts of the communication plan. */
export const COMM_KINDS = ['objective', 'message', 'audience', 'activity'] as const;
export type CommKind = (typeof COMM_KINDS)[number];
