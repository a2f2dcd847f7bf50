import { createRoot } from 'react-dom/client';
import { PonteDatabase } from '../../renderer/src/db/database';
import { DbProvider } from '../../renderer/src/db/db-context';
import { createPairing } from '../../renderer/src/db/pairings-repo';
import { importStakeholders } from '../../renderer/src/db/stakeholders-repo';
import { setupI18n } from '../../renderer/src/i18n/i18n';
import { StakeholdersScreen } from '../../renderer/src/screens/stakeholders/StakeholdersScreen';
import { decodeCsvBytes } from '../../shared/stakeholders/csv-decode';
import { parseCsv } from '../../shared/stakeholders/csv-parse';
import { guessMapping } from '../../shared/stakeholders/csv-mapping';
import { planImport } from '../../shared/stakeholders/csv-rows';
import { valueLookup } from '../../renderer/src/screens/stakeholders/value-lookup';
import { filterStakeholders, indexStakeholders, NO_FILTERS, sortStakeholders } from '../../shared/stakeholders/search';

// Runs inside Chromium: real IndexedDB, real React, real layout.

const FIRST = ['María', 'José', 'João', 'Ángela', 'Iñaki', 'Lucía', 'Thiago', 'Conceição', 'Zoë', 'Ana', 'Pedro', 'Beatriz', 'Joaquín', 'Camila', 'André'];
const LAST = ['Núñez', 'Pérez', 'Araújo', 'Gómez', 'Ibáñez', 'Souza', 'Fernández', 'Lima', 'Ruiz', 'Bastidas', 'Conceição', 'Müller', 'Rossi', 'Ortega'];
const ORGS = ['Universidad de Cartagena', 'Prefeitura de São Leopoldo', 'Cámara de Comercio', 'Junta de Acción Comunal', 'Ayuntamiento de Málaga', 'Fundação Verde', 'Diario Sur'];
const GROUPS = ['Academia e investigación', 'Medios de comunicación', 'Ciudadanía y organizaciones de la sociedad civil', 'Empresas privadas y asociaciones empresariales'];

function csvText(count: number): string {
  const lines = ['Nombre;Organización;Correo electrónico;Grupo;Poder;Interés;Etiquetas;Notas'];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    lines.push([name, ORGS[i % ORGS.length], `p${i}@example.org`, GROUPS[i % GROUPS.length], 1 + (i % 5), 1 + ((i * 3) % 5), 'turismo, participación', `"Nota ${i}; con ""comillas""\nsegunda línea"`].join(';'));
  }
  return lines.join('\r\n');
}

const ms = (n: number) => Number(n.toFixed(2));
const yieldToBrowser = () => new Promise<void>((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(null); });

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}: ${document.body.innerHTML.slice(0, 300)}`);
    await yieldToBrowser();
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function benchStakeholders(count: number) {
  const style = document.createElement('style');
  style.textContent = '.stakeholders-scroller{height:600px;overflow-y:auto}.stakeholders-row{height:44px}';
  document.head.append(style);
  await setupI18n('es');
  const db = new PonteDatabase(`bench-stakeholders-${Date.now()}`);
  await db.open();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });

  // Import: bytes of a spreadsheet's CSV to records in IndexedDB, as the dialog does it.
  const bytes = new TextEncoder().encode(`\uFEFF${csvText(count)}`);
  const t0 = performance.now();
  const { text } = decodeCsvBytes(bytes);
  const csv = parseCsv(text);
  const t1 = performance.now();
  const plan = planImport(csv, guessMapping(csv.headers), { side: 'lac' }, valueLookup());
  const t2 = performance.now();
  await importStakeholders(db, pairingId, plan.valid.map((r) => r.fields));
  const t3 = performance.now();

  // First rows: from mounting the screen on a freshly opened database to rows in the DOM.
  db.close();
  const fresh = new PonteDatabase(db.name);
  await fresh.open();
  const host = document.createElement('div');
  document.body.append(host);
  const m0 = performance.now();
  createRoot(host).render(
    <DbProvider db={fresh}>
      <StakeholdersScreen pairingId={pairingId} />
    </DbProvider>,
  );
  await until(() => host.querySelector('.stakeholders-scroller [role="row"]') !== null, 'the first rows');
  const firstRowsMs = performance.now() - m0;
  // The first screenful comes from an index; the whole register follows. Keystrokes are timed on the whole register.
  await until(() => /20[\s.,\u00a0]?000/.test(host.querySelector('[role="status"]')?.textContent ?? ''), 'the whole list');
  const wholeListMs = performance.now() - m0;

  // Keystrokes: from the input event to the list and its count showing the new result.
  const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = () => host.querySelector('[role="status"]')!.textContent ?? '';
  const records = await fresh.stakeholders.where('pairingId').equals(pairingId).toArray();
  // Where the first-rows time goes, measured apart.
  const q0 = performance.now();
  await fresh.stakeholders.where('pairingId').equals(pairingId).toArray();
  const q1 = performance.now();
  const sortedOnce = sortStakeholders(records, { key: 'name', descending: false }, 'es');
  const q2 = performance.now();
  const index = indexStakeholders(sortedOnce);
  const q3 = performance.now();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const queries = ['joaquin bastidas 1', 'conceicao', 'angela perez', 'ibanez 99', 'universidad cartagena'];
  const latencies: number[] = [];
  const filterOnly: number[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      const f0 = performance.now();
      const expected = filterStakeholders(index, { ...NO_FILTERS, query: typed }).length;
      filterOnly.push(performance.now() - f0);
      const k0 = performance.now();
      setValue.call(input, typed);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => status().startsWith(`${expected} `), `${expected} results for “${typed}”`);
      latencies.push(performance.now() - k0);
    }
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => status().startsWith(`${records.length} `), 'the whole list');
  }
  latencies.sort((a, b) => a - b);
  filterOnly.sort((a, b) => a - b);
  const rowsInDom = host.querySelectorAll('.stakeholders-scroller [role="row"]').length;
  fresh.close();
  await fresh.delete();
  return {
    stakeholders: records.length,
    import_rows: count,
    import_invalid_rows: plan.invalid.length,
    import_total_ms: ms(t3 - t0),
    import_decode_parse_ms: ms(t1 - t0),
    import_validate_ms: ms(t2 - t1),
    import_write_ms: ms(t3 - t2),
    first_rows_ms: ms(firstRowsMs),
    whole_list_ms: ms(wholeListMs),
    first_rows_parts_read_ms: ms(q1 - q0),
    first_rows_parts_sort_ms: ms(q2 - q1),
    first_rows_parts_fold_ms: ms(q3 - q2),
    rows_in_dom: rowsInDom,
    keystrokes: latencies.length,
    keystroke_median_ms: ms(quantile(latencies, 0.5)),
    keystroke_p95_ms: ms(quantile(latencies, 0.95)),
    filter_only_median_ms: ms(quantile(filterOnly, 0.5)),
    filter_only_p95_ms: ms(quantile(filterOnly, 0.95)),
  };
}

(window as unknown as { benchStakeholders: typeof benchStakeholders }).benchStakeholders = benchStakeholders;
