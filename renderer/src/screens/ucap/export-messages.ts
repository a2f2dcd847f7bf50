import type { Lang } from '../../../../shared/i18n/langs';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';

/** What the export asks of its worker, and what the worker says back. */
export type ExportRequest = { pairing: Pairing; content: UcapContent; lang: Lang; today: string };
export type ExportStage = 'loading' | 'building' | 'packing';
export type ExportMessage = { type: 'progress'; stage: ExportStage } | { type: 'done'; data: Uint8Array } | { type: 'failed'; reason: string };
