import type { PairingBundle } from '../model/bundle';
import type { Pairing } from '../model/pairing';
import type { Side, Theme, Framework, PairingStatus } from '../model/vocabularies';
import type { LocalizedText } from '../text/localized';
import type { Lang } from '../i18n/langs';

// A compact way to write the sample programme. Every id is derived from short
// keys, so loading the sample twice writes the same records again instead of
// adding copies.

export type PlaceSpec = { key: string; name: string; country: string };

export type HolderSpec = {
  name: string;
  email?: string;
  phone?: string;
  organisation?: string;
  from: string;
  to?: string;
  handoverNote?: string;
  /** When the holder writes in another language than the position's. */
  writtenIn?: Lang | null;
};

export type PositionSpec = {
  key: string;
  side: Side;
  title: string;
  organisation?: string;
  /** When it is written in another language than its side's. */
  writtenIn?: Lang | null;
  /** Oldest first; an empty list is a position nobody has held yet. */
  holders: HolderSpec[];
};

/** An agreement is written in its Latin-American side's language unless it says otherwise. */
export type AgreementSpec = { key: string; title: string; signedOn?: string; signatories?: string; copyLocation?: string; writtenIn?: Lang | null };

export type PairingSpec = {
  key: string;
  /** The first place of each side leads it. */
  lac: [PlaceSpec, ...PlaceSpec[]];
  eu: [PlaceSpec, ...PlaceSpec[]];
  status: PairingStatus;
  themes: Theme[];
  frameworks: Framework[];
  startDate?: string;
  endDate?: string;
  summary: LocalizedText;
  /**
   * The language each side's team writes its single-language texts in (titles,
   * handover notes, agreements); null for a language Ponte does not have
   * (Italian, German, Romanian): those texts are not marked.
   */
  writes: Record<Side, Lang | null>;
  positions: PositionSpec[];
  agreements?: AgreementSpec[];
};

export const sampleIds = {
  pairing: (key: string) => `sample-pairing-${key}`,
  place: (key: string) => `sample-place-${key}`,
  position: (pairing: string, key: string) => `sample-position-${pairing}-${key}`,
  assignment: (pairing: string, key: string, n: number) => `sample-assignment-${pairing}-${key}-${n}`,
  agreement: (pairing: string, key: string) => `sample-agreement-${pairing}-${key}`,
};

function side(places: [PlaceSpec, ...PlaceSpec[]]): Pairing['eu'] {
  return {
    municipalities: places.map((p) => ({ id: sampleIds.place(p.key), name: p.name, country: p.country })),
    leadId: sampleIds.place(places[0].key),
  };
}

export function bundleFrom(spec: PairingSpec): PairingBundle {
  const pairingId = sampleIds.pairing(spec.key);
  const base = { pairingId, deleted: false };
  return {
    pairing: {
      id: pairingId,
      pairingId,
      deleted: false,
      eu: side(spec.eu),
      lac: side(spec.lac),
      themes: spec.themes,
      frameworks: spec.frameworks,
      startDate: spec.startDate ?? null,
      endDate: spec.endDate ?? null,
      status: spec.status,
      summary: spec.summary,
    },
    positions: spec.positions.map((p) => ({
      ...base,
      id: sampleIds.position(spec.key, p.key),
      side: p.side,
      title: p.title,
      organisation: p.organisation ?? '',
      writtenIn: p.writtenIn !== undefined ? p.writtenIn : spec.writes[p.side],
    })),
    assignments: spec.positions.flatMap((p) =>
      p.holders.map((h, i) => ({
        ...base,
        id: sampleIds.assignment(spec.key, p.key, i + 1),
        positionId: sampleIds.position(spec.key, p.key),
        name: h.name,
        email: h.email ?? '',
        phone: h.phone ?? '',
        organisation: h.organisation ?? '',
        from: h.from,
        to: h.to ?? null,
        handoverNote: h.handoverNote ?? '',
        writtenIn: h.writtenIn !== undefined ? h.writtenIn : p.writtenIn !== undefined ? p.writtenIn : spec.writes[p.side],
      })),
    ),
    agreements: (spec.agreements ?? []).map((a) => ({
      ...base,
      id: sampleIds.agreement(spec.key, a.key),
      title: a.title,
      signedOn: a.signedOn ?? null,
      signatories: a.signatories ?? '',
      copyLocation: a.copyLocation ?? '',
      writtenIn: a.writtenIn !== undefined ? a.writtenIn : spec.writes.lac,
    })),
  };
}
