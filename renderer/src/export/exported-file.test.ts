import { exportFileName } from './exported-file';

describe('export file names', () => {
  it('keep accents and dashes, drop what operating systems refuse, and fall back when nothing is left', () => {
    expect(exportFileName('Cartagena de Indias – Málaga', 'dossier-pt', 'docx')).toBe('Cartagena de Indias – Málaga - dossier-pt.docx');
    expect(exportFileName('Visita a: "El Espinal"/2026\n', 'calendar', 'ics', { fallback: 'mission', max: 100 })).toBe('Visita a El Espinal 2026 - calendar.ics');
    expect(exportFileName('???', 'UCAP-es', 'docx', { fallback: 'UCAP' })).toBe('UCAP - UCAP-es.docx');
    expect(exportFileName('x'.repeat(300), 's', 'csv').length).toBe(120 + ' - s.csv'.length);
  });
});
