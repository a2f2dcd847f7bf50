import { RECORD_SCHEMAS } from '../model/records';
import { languagesPresent } from '../text/localized';
import { PROGRAMME_SCALE, scaledPairing, scaledProgramme } from './scale';
import { samplePhotoPng } from './sample-photo';

const small = { ...PROGRAMME_SCALE, pairings: 12, stakeholdersPerPairing: 30, missionsPerPairing: 4 };

describe('programme-sized sample', () => {
  it('makes the same records for the same seed, and other records for another', () => {
    expect(JSON.stringify(scaledPairing(7))).toBe(JSON.stringify(scaledPairing(7)));
    expect(JSON.stringify(scaledPairing(7, { ...PROGRAMME_SCALE, seed: 1 }))).not.toBe(JSON.stringify(scaledPairing(7)));
  });

  it('validates every record against its kind schema, under ids that never repeat', () => {
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const { writes } of scaledProgramme(small)) {
      for (const w of writes) {
        const key = `${w.kind}/${w.recordId}`;
        if (seen.has(key)) failures.push(`twice: ${key}`);
        seen.add(key);
        const result = RECORD_SCHEMAS[w.kind].safeParse({ id: w.recordId, pairingId: w.pairingId, ...w.fields });
        if (!result.success) failures.push(`${key}: ${result.error.message.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has the programme’s counts at full scale: 100 pairings, 20 000 stakeholders, 2 000 missions with agendas, 100 UCAPs with 200 versions, 2 000 photos', () => {
    const count: Record<string, number> = {};
    let photos = 0;
    const pairingNames = new Set<string>();
    for (const p of scaledProgramme()) {
      for (const w of p.writes) count[w.kind] = (count[w.kind] ?? 0) + 1;
      photos += p.photos.length;
      pairingNames.add(`${p.bundle.pairing.lac.municipalities[0]!.name} – ${p.bundle.pairing.eu.municipalities[0]!.name}`);
    }
    expect(count.pairing).toBe(100);
    expect(pairingNames.size).toBe(100);
    expect(count.stakeholder).toBe(20_000);
    expect(count.mission).toBe(2_000);
    expect(count.agendaItem).toBeGreaterThan(2 * 2_000);
    expect(count.ucapPlan).toBe(100);
    expect(count.ucapSnapshot).toBe(200);
    expect(photos).toBe(2_000);
  });

  it('writes in Spanish, Portuguese and English, with accents kept, starting from the pairings the reports name', () => {
    const pairings = [...scaledProgramme(small)].map((p) => p.bundle.pairing);
    const langs = new Set(pairings.flatMap((p) => languagesPresent(p.summary)));
    expect(langs).toEqual(new Set(['es', 'pt', 'en']));
    expect(pairings[1]!.lac.municipalities[0]!.name).toBe('Cartagena de Indias');
    expect(pairings[1]!.eu.municipalities[0]!.name).toBe('Málaga');
    expect(pairings.some((p) => languagesPresent(p.summary).length === 1)).toBe(true);
    expect(pairings.some((p) => languagesPresent(p.summary).length === 3)).toBe(true);
  });

  it('makes a PNG per seed: the signature, its size in the header, other bytes for another seed', () => {
    const png = samplePhotoPng(3, 40, 30);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([40, 30]);
    expect(samplePhotoPng(3, 40, 30)).toEqual(png);
    expect(samplePhotoPng(4, 40, 30)).not.toEqual(png);
  });
});
