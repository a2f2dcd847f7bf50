import type { Write } from '../sync/local-change';
import type { Lang } from '../i18n/langs';
import type { LocalizedText } from '../text/localized';
import { THEMES, type Theme, type Framework, type PairingStatus } from '../model/vocabularies';
import type { PairingBundle } from '../model/bundle';
import { STAKEHOLDER_GROUPS, ENGAGEMENT_LEVELS, STANCES } from '../stakeholders/vocabularies';
import { newStakeholderFields } from '../stakeholders/schema';
import { newAgendaItemFields, newFollowUpFields, newMissionFields, newPersonMetFields } from '../missions/defaults';
import type { MissionDirection, MissionStatus } from '../missions/vocab';
import { defaultZone } from '../missions/zones';
import { newActionFields, newBudgetLineFields, newCommItemFields, newIndicatorFields, newObjectiveFields, newPlanFields, newRiskFields } from '../ucap/defaults';
import type { UcapContent } from '../ucap/content';
import { snapshotContent } from '../ucap/snapshot';
import { bundleFrom, type PairingSpec } from './build';
import { AGENDA_ITEMS, EU_CITIES, FIRST_NAMES, LAC_CITIES, LAST_NAMES, MISSION_WORDS, NAMED_PAIRINGS, ORGANISATIONS, POSITION_TITLES, ROLES, THEME_TEXTS, langOf, type City } from './scale-vocab';

// The programme-sized sample: a whole programme's worth of pairings, each
// with its team, stakeholder register, missions with their agendas and
// reports, and UCAP with saved versions, made from the programme's own
// vocabularies. Seeded: the same options give the same records, byte for
// byte, on any device and in any order, so loading it twice updates the
// same records and benchmarks on two machines measure the same data.

export type ScaleOptions = {
  pairings: number;
  stakeholdersPerPairing: number;
  missionsPerPairing: number;
  /** Saved versions of each UCAP besides the UCAP itself. */
  versionsPerUcap: number;
  /** One small generated photo per mission (the bytes are made by the loader, see samplePhotoPng). */
  photos: boolean;
  seed: number;
};

/** 100 pairings, 20 000 stakeholders, 2 000 missions, 100 UCAPs with 200 saved versions (300 UCAP documents), 2 000 photos. */
export const PROGRAMME_SCALE: ScaleOptions = { pairings: 100, stakeholdersPerPairing: 200, missionsPerPairing: 20, versionsPerUcap: 2, photos: true, seed: 2026 };

/** A photo to make: its record's fields but the bytes' hashes and size, which come from the bytes. */
export type ScaledPhoto = {
  recordId: string;
  pairingId: string;
  missionId: string;
  agendaItemId: string | null;
  caption: string;
  fileName: string;
  /** Seeds the generated picture. */
  seed: number;
};

export type ScaledPairing = { bundle: PairingBundle; writes: Write[]; photos: ScaledPhoto[] };

/** mulberry32: small, fast, and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = { int: (n: number) => number; pick: <T>(list: readonly T[]) => T; chance: (p: number) => boolean };
function rng(seed: number): Rng {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: (list) => list[int(list.length)]!, chance: (p) => next() < p };
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
/** ISO date `days` after 1 January 2025. */
const dateAfter = (days: number) => new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
/** Zones the country table leaves to UTC, for cities the sample uses. */
const zoneOf = (country: string) => (country === 'GB' ? 'Europe/London' : defaultZone(country));

/** The pairings' cities as indexes: the named pairings first, then other pairs of the same lists, none twice. */
const CITY_PAIRS: [number, number][] = (() => {
  const pairs: [number, number][] = [...NAMED_PAIRINGS];
  const used = new Set(pairs.map(([l, e]) => `${l}/${e}`));
  for (let k = 0; pairs.length < LAC_CITIES.length * EU_CITIES.length && k < 100_000; k++) {
    const pair: [number, number] = [(k * 7) % LAC_CITIES.length, (k * 11 + 3 + Math.floor(k / LAC_CITIES.length)) % EU_CITIES.length];
    if (used.has(`${pair[0]}/${pair[1]}`)) continue;
    used.add(`${pair[0]}/${pair[1]}`);
    pairs.push(pair);
  }
  return pairs;
})();

function citiesOf(n: number): { lac: City; eu: City } {
  const [l, e] = CITY_PAIRS[n % CITY_PAIRS.length]!;
  return { lac: LAC_CITIES[l]!, eu: EU_CITIES[e]! };
}

/** Texts in the languages the two teams write: each side's own, often English, sometimes all three. */
function languagesOf(r: Rng, lac: City, eu: City): Lang[] {
  const langs = new Set<Lang>([langOf(lac.country)]);
  if (langOf(eu.country) !== 'en' || r.chance(0.7)) langs.add(langOf(eu.country) === 'en' ? 'en' : langOf(eu.country));
  if (r.chance(0.5)) langs.add('en');
  if (r.chance(0.2)) ['es', 'pt', 'en'].forEach((l) => langs.add(l as Lang));
  return [...langs];
}

function localized(langs: readonly Lang[], make: (lang: Lang) => string): LocalizedText {
  return Object.fromEntries(langs.map((l) => [l, make(l)])) as LocalizedText;
}

const STATUSES: PairingStatus[] = ['active', 'active', 'active', 'in-preparation', 'closed', 'suspended'];
const FRAMEWORK_POOL: Framework[] = ['sdg-5', 'sdg-7', 'sdg-11', 'sdg-13', 'sdg-16', 'new-urban-agenda', 'eu-urban-agenda', 'paris-agreement', 'gcom', 'urbact'];

function personName(r: Rng, lang: Lang): string {
  return `${r.pick(FIRST_NAMES[lang])} ${r.pick(LAST_NAMES[lang])}`;
}

function pairingSpec(n: number, r: Rng, lac: City, eu: City, langs: readonly Lang[], themes: Theme[]): PairingSpec {
  const key = `p${pad(n)}`;
  const start = r.int(700);
  const lacLang = langOf(lac.country);
  const euLang = langOf(eu.country);
  const positions: PairingSpec['positions'] = [
    { key: 'coordination', side: 'lac', title: POSITION_TITLES[lacLang].coordination, organisation: ORGANISATIONS[lacLang]['city-departments'][2]!.replace('{city}', lac.name), holders: [] },
    { key: 'technical', side: 'lac', title: POSITION_TITLES[lacLang].technical, organisation: ORGANISATIONS[lacLang]['city-departments'][0]!.replace('{city}', lac.name), holders: [] },
    { key: 'coordination-eu', side: 'eu', title: POSITION_TITLES[euLang].coordination, organisation: ORGANISATIONS[euLang]['city-departments'][0]!.replace('{city}', eu.name), holders: [] },
    { key: 'technical-eu', side: 'eu', title: POSITION_TITLES[euLang].technical, organisation: ORGANISATIONS[euLang]['city-departments'][1]!.replace('{city}', eu.name), holders: [] },
  ];
  for (const p of positions) {
    const lang = p.side === 'lac' ? lacLang : euLang;
    // After an election, a coordination changes hands: the first holder leaves a note for the next.
    if (p.key.startsWith('coordination') && r.chance(0.4)) {
      const handoverDay = start + 200 + r.int(200);
      p.holders.push({ name: personName(r, lang), email: `coord${n}@${slug(p.side === 'lac' ? lac.name : eu.name)}.example`, from: dateAfter(start), to: dateAfter(handoverDay), handoverNote: MISSION_WORDS[lang].followUp.join('\n') });
      p.holders.push({ name: personName(r, lang), from: dateAfter(handoverDay + 1) });
    } else if (r.chance(0.9)) {
      p.holders.push({ name: personName(r, lang), email: `${p.key}${n}@${slug(p.side === 'lac' ? lac.name : eu.name)}.example`, phone: `+${10 + r.int(80)} ${100 + r.int(900)} ${1000 + r.int(9000)}`, from: dateAfter(start) });
    }
  }
  const status = r.pick(STATUSES);
  return {
    key,
    lac: [{ key: `${key}-lac`, name: lac.name, country: lac.country }],
    eu: [{ key: `${key}-eu`, name: eu.name, country: eu.country }],
    status,
    themes,
    frameworks: [...new Set([r.pick(FRAMEWORK_POOL), r.pick(FRAMEWORK_POOL), 'sdg-11' as Framework])],
    startDate: status === 'in-preparation' ? undefined : dateAfter(start),
    endDate: status === 'in-preparation' ? undefined : dateAfter(start + 540),
    summary: localized(langs, (l) => themes.map((t) => fill(THEME_TEXTS[t][l].summary, { eu: eu.name, lac: lac.name })).join('\n\n')),
    // Each side writes in its own language; Ponte has no Italian or German, so those sides count as English, as their texts are.
    writes: { lac: lacLang, eu: euLang },
    positions,
    agreements: r.chance(0.7) ? [{ key: 'mou', title: fill(langOf(lac.country) === 'pt' ? 'Memorando de entendimento {lac} – {eu}' : 'Memorando de entendimiento {lac} – {eu}', { lac: lac.name, eu: eu.name }), signedOn: dateAfter(start + 30), signatories: `${personName(r, lacLang)}; ${personName(r, euLang)}` }] : [],
  };
}

function stakeholderWrites(n: number, r: Rng, pairingId: string, count: number, lac: City, eu: City, themes: Theme[]): Write[] {
  const writes: Write[] = [];
  for (let i = 0; i < count; i++) {
    const side = i % 3 === 2 ? 'eu' : 'lac';
    const city = side === 'lac' ? lac : eu;
    const lang = langOf(city.country);
    const group = STAKEHOLDER_GROUPS[r.int(STAKEHOLDER_GROUPS.length)]!;
    const organisation = r.pick(ORGANISATIONS[lang][group]).replace('{city}', city.name);
    const person = r.chance(0.75);
    const name = person ? personName(r, lang) : '';
    const theme = r.pick(themes);
    const fields = newStakeholderFields({
      side,
      group,
      name,
      organisation,
      role: person ? r.pick(ROLES[lang]) : '',
      email: person && r.chance(0.7) ? `${slug(name).slice(0, 20)}.${i}@${slug(city.name)}.example` : '',
      phone: r.chance(0.4) ? `+${10 + r.int(80)} ${100 + r.int(900)} ${100 + r.int(900)} ${1000 + r.int(9000)}` : '',
      languages: r.chance(0.5) ? [lang, 'en'].filter((l, k, all) => all.indexOf(l) === k) : [lang],
      power: 1 + r.int(5),
      interest: 1 + r.int(5),
      engagement: ENGAGEMENT_LEVELS[r.int(ENGAGEMENT_LEVELS.length)]!,
      stance: STANCES[r.int(STANCES.length)]!,
      tags: r.chance(0.6) ? [r.pick(THEME_TEXTS[theme][lang].tags)] : [],
      notes: r.chance(0.3) ? fill(THEME_TEXTS[theme][lang].challenge, {}) : '',
    });
    writes.push({ kind: 'stakeholder', recordId: `sample-stakeholder-p${pad(n)}-${pad(i + 1, 4)}`, pairingId, fields: { ...fields, writtenIn: lang } });
  }
  return writes;
}

const MISSION_STATUSES_BY_AGE: MissionStatus[] = ['done', 'done', 'done', 'cancelled', 'replaced-virtual', 'confirmed', 'planned'];

function missionWrites(n: number, r: Rng, bundle: PairingBundle, count: number, lac: City, eu: City, themes: Theme[], langs: readonly Lang[], photos: boolean): { writes: Write[]; photos: ScaledPhoto[] } {
  const pairing = bundle.pairing;
  const pairingId = pairing.id;
  const writes: Write[] = [];
  const made: ScaledPhoto[] = [];
  const base = Date.parse(pairing.startDate ?? '2026-09-01') / 86_400_000 - Date.UTC(2025, 0, 1) / 86_400_000;
  for (let m = 0; m < count; m++) {
    // Two technical missions, then virtual meetings and webinars, as 2020 showed they can be.
    const direction: MissionDirection = m === 0 ? 'eu-to-lac' : m === 1 ? 'lac-to-eu' : 'virtual';
    const [from, to] = direction === 'lac-to-eu' ? [lac, eu] : [eu, lac];
    const lang = direction === 'lac-to-eu' ? langOf(lac.country) : langOf(to.country);
    const words = MISSION_WORDS[lang];
    const theme = themes[m % themes.length]!;
    const topic = THEME_TEXTS[theme][lang].action;
    const title = direction === 'virtual' ? fill(words.virtual, { n: String(m - 1), topic }) : fill(direction === 'eu-to-lac' ? words.visit : words.counterpart, { from: from.name, to: to.name });
    const missionId = `sample-mission-p${pad(n)}-${pad(m + 1)}`;
    const days = direction === 'virtual' ? 1 : 3 + r.int(3);
    const startDay = base + m * 25 + r.int(10);
    const startDate = dateAfter(startDay);
    const status = startDay < 540 ? r.pick(MISSION_STATUSES_BY_AGE.slice(0, 5)) : r.pick(MISSION_STATUSES_BY_AGE.slice(5));
    const fields = {
      ...newMissionFields(pairing, title, direction),
      startDate,
      endDate: dateAfter(startDay + days - 1),
      status,
      objectives: localized(langs, (l) => fill(MISSION_WORDS[l].objectives, { to: to.name, topic: THEME_TEXTS[theme][l].action.toLowerCase() })),
      delegation: bundle.positions.filter((p) => p.side === (direction === 'lac-to-eu' ? 'lac' : 'eu')).map((p) => p.id),
      logistics: direction === 'virtual' ? [] : [{ id: `${missionId}-logistics-1`, kind: 'travel' as const, description: `${from.name} – ${to.name}`, amount: 1500 + r.int(4000), currency: 'EUR' }],
      findings: status === 'done' ? words.findings : '',
      lessons: '',
      goodPractices: '',
      writtenIn: lang,
    };
    fields.hostZone = zoneOf(direction === 'lac-to-eu' ? eu.country : lac.country);
    fields.visitorZone = zoneOf(direction === 'lac-to-eu' ? lac.country : eu.country);
    writes.push({ kind: 'mission', recordId: missionId, pairingId, fields });
    // The agenda: a few items a day, in the host's time.
    const mission = { id: missionId, hostZone: fields.hostZone };
    const itemIds: string[] = [];
    for (let d = 0; d < days; d++) {
      const perDay = direction === 'virtual' ? 2 : 2 + r.int(2);
      let hour = 9;
      for (let k = 0; k < perDay; k++) {
        const spec = direction === 'virtual' ? AGENDA_ITEMS[lang][6]! : r.pick(AGENDA_ITEMS[lang]);
        const length = 1 + r.int(2);
        const itemId = `sample-agenda-p${pad(n)}-${pad(m + 1)}-${d + 1}-${k + 1}`;
        itemIds.push(itemId);
        const item = { ...newAgendaItemFields(mission, dateAfter(startDay + d), k, spec.title, `${String(hour).padStart(2, '0')}:00`, `${String(hour + length).padStart(2, '0')}:${r.chance(0.5) ? '30' : '00'}`), kind: spec.kind };
        if (spec.kind === 'site-visit') item.venue = to.name;
        if (status === 'done' && r.chance(0.4)) item.fieldNotes = words.findings.split('\n\n')[0]!;
        writes.push({ kind: 'agendaItem', recordId: itemId, pairingId, fields: item });
        hour += length + 1;
      }
    }
    if (status === 'done') {
      for (let f = 0; f < 2; f++) {
        writes.push({ kind: 'followUp', recordId: `sample-follow-up-p${pad(n)}-${pad(m + 1)}-${f + 1}`, pairingId, fields: { ...newFollowUpFields(missionId, r.pick(words.followUp)), owner: personName(r, lang), due: dateAfter(startDay + 30 + f * 30), status: f === 0 ? 'done' : 'open' } });
      }
      writes.push({ kind: 'personMet', recordId: `sample-person-p${pad(n)}-${pad(m + 1)}`, pairingId, fields: { ...newPersonMetFields(missionId, personName(r, lang)), role: r.pick(ROLES[lang]), organisation: r.pick(ORGANISATIONS[lang]['civil-society']).replace('{city}', to.name) } });
    }
    if (photos) {
      made.push({ recordId: `sample-photo-p${pad(n)}-${pad(m + 1)}`, pairingId, missionId, agendaItemId: itemIds[0] ?? null, caption: r.chance(0.8) ? `${itemIds.length ? AGENDA_ITEMS[lang][1]!.title : title} · ${to.name}` : '', fileName: `IMG_${pad(n)}${pad(m + 1)}.png`, seed: n * 1000 + m });
    }
  }
  return { writes, photos: made };
}

function ucapContent(n: number, r: Rng, bundle: PairingBundle, themes: Theme[], langs: readonly Lang[], lac: City, eu: City): UcapContent {
  const pairingId = bundle.pairing.id;
  const id = (key: string) => `sample-ucap-p${pad(n)}-${key}`;
  const rec = <T,>(key: string, fields: T) => ({ id: id(key), pairingId, ...fields });
  const text = (make: (l: Lang) => string) => localized(langs, make);
  const t = (theme: Theme) => (l: Lang) => THEME_TEXTS[theme][l];
  const status = r.pick(['draft', 'draft', 'in-review', 'in-review'] as const);
  // Partners, units and owners, once typed, are in the language of the side that leads the plan's writing.
  const writtenIn = langOf(lac.country);
  return {
    plan: rec('plan', {
      ...newPlanFields('EUR'),
      status,
      euSignerId: bundle.positions.find((p) => p.side === 'eu')?.id ?? null,
      lacSignerId: bundle.positions.find((p) => p.side === 'lac')?.id ?? null,
      context: text((l) => themes.map((th) => fill(t(th)(l).summary, { eu: eu.name, lac: lac.name })).join('\n\n')),
      challenges: text((l) => themes.map((th) => `- ${t(th)(l).challenge}`).join('\n')),
      sustainability: text((l) => MISSION_WORDS[l].findings.split('\n\n')[1]!),
      communicationReview: {},
    }),
    objectives: [
      rec('o1', { ...newObjectiveFields('general', 0), title: text((l) => t(themes[0]!)(l).challenge) }),
      ...themes.map((th, k) => rec(`o${k + 2}`, { ...newObjectiveFields('specific', k + 1), title: text((l) => t(th)(l).action) })),
    ],
    actions: themes.map((th, k) =>
      rec(`a${k + 1}`, {
        ...newActionFields(k, k === 0),
        title: text((l) => t(th)(l).action),
        description: text((l) => t(th)(l).challenge),
        leadSide: k === 0 ? ('both' as const) : ('lac' as const),
        startDate: dateAfter(400 + k * 60),
        endDate: dateAfter(700 + k * 60),
        status: k === 0 ? ('in-progress' as const) : ('planned' as const),
        objectiveIds: [id('o1'), id(`o${k + 2}`)],
        writtenIn,
      }),
    ),
    indicators: themes.map((th, k) =>
      rec(`i${k + 1}`, { ...newIndicatorFields((['strategic', 'political', 'operational'] as const)[k % 3]!, k), name: text((l) => t(th)(l).indicator), unit: '', baseline: '0', baselineDate: dateAfter(400), target: String(100 + r.int(900)), targetDate: dateAfter(900), actionId: id(`a${k + 1}`), objectiveId: id('o1'), writtenIn }),
    ),
    budgetLines: themes.map((th, k) => rec(`b${k + 1}`, { ...newBudgetLineFields(k, 'EUR'), description: text((l) => t(th)(l).action), amount: `${20 + r.int(200)}000.00`, actionId: id(`a${k + 1}`) })),
    rates: [],
    risks: [rec('k1', { ...newRiskFields('externality', 0), title: text((l) => ({ es: 'Gentrificación de los barrios intervenidos', pt: 'Gentrificação dos bairros atendidos', en: 'Gentrification of the neighbourhoods worked in' })[l]), mitigation: text((l) => ({ es: 'Seguimiento de los precios del alquiler con la universidad.', pt: 'Acompanhamento dos aluguéis com a universidade.', en: 'Rents monitored with the university.' })[l]), writtenIn })],
    commItems: [rec('c1', { ...newCommItemFields('message', 0), text: text((l) => fill(({ es: '{lac} y {eu} cambian la ciudad con sus vecinos.', pt: '{lac} e {eu} mudam a cidade com seus moradores.', en: '{lac} and {eu} change the city with their residents.' })[l], { lac: lac.name, eu: eu.name })) })],
  };
}

function ucapWrites(n: number, content: UcapContent, versions: number): Write[] {
  const of = (kind: Write['kind'], records: readonly { id: string; pairingId: string }[]): Write[] => records.map(({ id, pairingId, ...fields }) => ({ kind, recordId: id, pairingId, fields }));
  const lang: Lang = content.plan.context.es ? 'es' : content.plan.context.pt ? 'pt' : 'en';
  const names = { es: ['Primer borrador', 'Enviado a revisión', 'Tras la misión técnica'], pt: ['Primeiro rascunho', 'Enviado para revisão', 'Depois da missão técnica'], en: ['First draft', 'Sent for review', 'After the technical mission'] }[lang];
  const snapshots = Array.from({ length: versions }, (_, v) => {
    const saved = snapshotContent(content);
    // Older versions had fewer actions: what a compare between versions shows.
    saved.actions = saved.actions.slice(0, Math.max(1, saved.actions.length - (versions - 1 - v)));
    return { id: `sample-ucap-p${pad(n)}-snapshot-${v + 1}`, pairingId: content.plan.pairingId, deleted: false, name: names[v % names.length]!, takenAt: Date.UTC(2026, v * 2, 10 + n % 15, 9, 0), status: v === versions - 1 ? content.plan.status : ('draft' as const), content: saved };
  });
  return [
    ...of('ucapPlan', [content.plan]),
    ...of('ucapObjective', content.objectives),
    ...of('ucapAction', content.actions),
    ...of('ucapIndicator', content.indicators),
    ...of('ucapBudgetLine', content.budgetLines),
    ...of('ucapRisk', content.risks),
    ...of('ucapCommItem', content.commItems),
    ...of('ucapSnapshot', snapshots),
  ];
}

/** Pairing number n (0-based) of a programme-sized sample, with everything that hangs from it. */
export function scaledPairing(n: number, options: ScaleOptions = PROGRAMME_SCALE): ScaledPairing {
  const r = rng(options.seed * 100_003 + n);
  const { lac, eu } = citiesOf(n);
  const langs = languagesOf(r, lac, eu);
  const themes = [...new Set([THEMES[n % THEMES.length]!, r.pick(THEMES), r.pick(THEMES)])].slice(0, 1 + r.int(3));
  const bundle = bundleFrom(pairingSpec(n, r, lac, eu, langs, themes));
  const pairingId = bundle.pairing.id;
  const missions = missionWrites(n, r, bundle, options.missionsPerPairing, lac, eu, themes, langs, options.photos);
  const writes: Write[] = [
    { kind: 'pairing', recordId: pairingId, pairingId, fields: bundle.pairing },
    ...bundle.agreements.map((x) => ({ kind: 'agreement' as const, recordId: x.id, pairingId, fields: x })),
    ...bundle.positions.map((x) => ({ kind: 'position' as const, recordId: x.id, pairingId, fields: x })),
    ...bundle.assignments.map((x) => ({ kind: 'assignment' as const, recordId: x.id, pairingId, fields: x })),
    ...stakeholderWrites(n, r, pairingId, options.stakeholdersPerPairing, lac, eu, themes),
    ...missions.writes,
    ...ucapWrites(n, ucapContent(n, r, bundle, themes, langs, lac, eu), options.versionsPerUcap),
  ];
  return { bundle, writes, photos: missions.photos };
}

/** Every pairing of a programme-sized sample, one at a time (each is one bounded transaction when loaded). */
export function* scaledProgramme(options: ScaleOptions = PROGRAMME_SCALE): Generator<ScaledPairing> {
  for (let n = 0; n < options.pairings; n++) yield scaledPairing(n, options);
}
