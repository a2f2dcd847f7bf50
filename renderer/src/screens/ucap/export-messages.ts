import type { Lang } from '../../../../shared/i18n/langs';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';
import type { UcapDocOptions } from '../../../../shared/docs/ucap';

/** What the export asks of its worker, and what the worker says back. */
/** What the cover says about the file: its version, who exports it, the day each side agreed. */
export type CoverFacts = Pick<UcapDocOptions, 'version' | 'exportedBy' | 'agreedOn'>;
export type ExportRequest = { pairing: Pairing; content: UcapContent; lang: Lang; today: string; cover: CoverFacts };
export type ExportStage = 'loading' | 'building' | 'packing';
export type ExportMessage = { type: 'progress'; stage: ExportStage } | { type: 'done'; data: Uint8Array } | { type: 'failed'; reason: string };
/** One worker serves export after export, so each request and what is said about it carry the export's number. */
export type NumberedRequest = ExportRequest & { id: number };
export type NumberedMessage = ExportMessage & { id: number };
