import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { AriaLocale } from '../../i18n/AriaLocale';
import { DateField } from './DateField';
import { TimeField } from '../../screens/missions/TimeField';
import { FormDateField } from './FormDateField';
import type { Lang } from '../../../../shared/i18n/langs';

const editable = (group: HTMLElement) => within(group).getAllByRole('spinbutton');
const order = (group: HTMLElement) => editable(group).map((s) => s.dataset.type);
const shown = (group: HTMLElement) => group.textContent?.replace(/\u200e|\u2066|\u2069/g, '');

async function renderDate(lang: Lang, value: string | null, onSave = vi.fn(async () => {})) {
  await act(() => i18next.changeLanguage(lang));
  render(
    <AriaLocale>
      <DateField label="Inicio" value={value} onSave={onSave} />
    </AriaLocale>,
  );
  return { group: screen.getByRole('group', { name: 'Inicio' }), onSave };
}

describe('DateField follows the interface language, not the browser', () => {
  it.each([
    ['es', ['day', 'month', 'year'], '08/06/2026'],
    ['pt', ['day', 'month', 'year'], '08/06/2026'],
    ['en', ['day', 'month', 'year'], '08/06/2026'],
  ] as const)('in %s shows the segments in the order %j', async (lang, segments, text) => {
    const { group } = await renderDate(lang, '2026-06-08');
    expect(order(group)).toEqual(segments);
    expect(shown(group)).toBe(text);
  });

  it('shows the empty placeholder in the language and re-renders it when the language switches at runtime', async () => {
    const { group } = await renderDate('es', null);
    expect(shown(group)).toBe('dd/mm/aaaa');
    await act(() => i18next.changeLanguage('pt'));
    expect(shown(screen.getByRole('group', { name: 'Inicio' }))).toBe('dd/mm/aaaa');
    await act(() => i18next.changeLanguage('en'));
    expect(shown(screen.getByRole('group', { name: 'Inicio' }))).toBe('dd/mm/yyyy');
  });

  it('follows the interface language where the browser alone would give month first', async () => {
    await act(() => i18next.changeLanguage('es'));
    render(
      <AriaLocale>
        <DateField label="Inicio" value="2026-09-10" onSave={async () => {}} />
      </AriaLocale>,
    );
    expect(shown(screen.getByRole('group', { name: 'Inicio' }))).toBe('10/09/2026');
    // Without the provider the field would follow jsdom's en-US: 09/10/2026.
    render(<DateField label="Sin proveedor" value="2026-09-10" onSave={async () => {}} />);
    expect(shown(screen.getByRole('group', { name: 'Sin proveedor' }))).toBe('09/10/2026');
  });

  it.each(['es', 'pt'] as const)('in %s, typing day, month and year segment by segment saves the ISO date', async (lang) => {
    const user = userEvent.setup();
    const { group, onSave } = await renderDate(lang, null);
    await user.click(editable(group)[0]!);
    await user.keyboard('10');
    await user.keyboard('09');
    expect(onSave).not.toHaveBeenCalled();
    await user.keyboard('2026');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('2026-09-10'));
    expect(shown(group)).toBe('10/09/2026');
  });

  it('in English, typing goes day, month, year too (Ponte writes en-GB)', async () => {
    const user = userEvent.setup();
    const { group, onSave } = await renderDate('en', null);
    await user.click(editable(group)[0]!);
    await user.keyboard('3112');
    await user.keyboard('2027');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('2027-12-31'));
  });

  it('arrow keys change the focused segment and move between segments', async () => {
    const user = userEvent.setup();
    const { group, onSave } = await renderDate('es', '2026-01-31');
    const [day, month] = editable(group) as [HTMLElement, HTMLElement];
    await user.click(day);
    await user.keyboard('{ArrowUp}');
    // The day wraps within its month, the month stays.
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('2026-01-01'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(month);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('2026-12-01'));
  });

  it('shows a save error under the field and links it to the field', async () => {
    const user = userEvent.setup();
    const { ValidationError } = await import('../../../../shared/model/validation');
    const onSave = vi.fn(async () => {
      throw new ValidationError([{ path: 'endDate', key: 'endBeforeStart' }]);
    });
    const { group } = await renderDate('es', '2026-03-01', onSave);
    await user.click(editable(group)[0]!);
    await user.keyboard('{ArrowUp}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('La fecha de fin es anterior a la de inicio.');
    expect(group.getAttribute('aria-describedby') ?? '').toContain(alert.id);
  });
});

describe('TimeField uses the language\'s clock', () => {
  async function renderTime(lang: Lang, value: string, onSave = vi.fn(async () => {})) {
    await act(() => i18next.changeLanguage(lang));
    render(
      <AriaLocale>
        <TimeField label="Hora" value={value} onSave={onSave} />
      </AriaLocale>,
    );
    return { group: screen.getByRole('group', { name: 'Hora' }), onSave };
  }

  it.each(['es', 'pt', 'en'] as const)('in %s shows a 24-hour time with no AM/PM', async (lang) => {
    const { group } = await renderTime(lang, '14:05');
    expect(order(group)).toEqual(['hour', 'minute']);
    expect(shown(group)).toBe('14:05');
    expect(within(group).queryByText(/AM|PM|a\. ?m\./i)).toBeNull();
    cleanup();
    // Two digits for the hour, as agendas print it: 09:05, not 9:05.
    expect(shown((await renderTime(lang, '09:05')).group)).toBe('09:05');
  });

  it('typing hours and minutes saves "HH:MM" once the field is left', async () => {
    const user = userEvent.setup();
    const { group, onSave } = await renderTime('es', '');
    expect(shown(group)).toBe('––:––');
    await user.click(editable(group)[0]!);
    await user.keyboard('1830');
    await user.tab();
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('18:30'));
  });

  it('arrow keys step the hour past noon without a day period', async () => {
    const user = userEvent.setup();
    const { group, onSave } = await renderTime('pt', '11:45');
    await user.click(editable(group)[0]!);
    await user.keyboard('{ArrowUp}');
    await user.tab();
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('12:45'));
    expect(shown(group)).toBe('12:45');
  });
});

describe('a field with a value first shows a stand-in, made live in idle time or when reached', () => {
  // jsdom has no idle callbacks, so fields are live at once there; these tests give it a controllable pair.
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => {
    // Unmounted while the stubs stand: a stand-in still waiting cancels its idle callback.
    cleanup();
    vi.unstubAllGlobals();
  });
  const runIdle = () => act(() => idle.splice(0).forEach((work) => work()));

  async function renderBoth(lang: Lang) {
    await act(() => i18next.changeLanguage(lang));
    render(
      <AriaLocale>
        <DateField label="Inicio" value="2026-06-08" onSave={async () => {}} />
        <TimeField label="Hora" value="09:05" onSave={async () => {}} />
      </AriaLocale>,
    );
  }

  it.each(['es', 'pt', 'en'] as const)('in %s the stand-in shows what the live field shows, and the field goes live when idle', async (lang) => {
    await renderBoth(lang);
    const before = [shown(screen.getByRole('group', { name: 'Inicio' })), shown(screen.getByRole('group', { name: 'Hora' }))];
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
    await runIdle();
    expect(order(screen.getByRole('group', { name: 'Inicio' }))).toEqual(['day', 'month', 'year']);
    expect(order(screen.getByRole('group', { name: 'Hora' }))).toEqual(['hour', 'minute']);
    expect([shown(screen.getByRole('group', { name: 'Inicio' })), shown(screen.getByRole('group', { name: 'Hora' }))]).toEqual(before);
    expect(before).toEqual(['08/06/2026', '09:05']);
  });

  it('Tab onto a stand-in makes the field live with its first segment focused, so typing goes on at once', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    await act(() => i18next.changeLanguage('es'));
    render(
      <AriaLocale>
        <button type="button">antes</button>
        <DateField label="Inicio" value="2026-06-08" onSave={onSave} />
      </AriaLocale>,
    );
    await user.click(screen.getByRole('button', { name: 'antes' }));
    await user.tab();
    const day = await waitFor(() => editable(screen.getByRole('group', { name: 'Inicio' }))[0]!);
    expect(document.activeElement).toBe(day);
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('2026-06-09'));
  });

  it.each([
    ['es', 'Inicio', '2026', 'year', '{ArrowUp}', '2027-06-08'],
    ['en', 'Inicio', '06', 'month', '{ArrowDown}', '2026-05-08'],
    ['pt', 'Hora', '05', 'minute', '{ArrowUp}', '09:06'],
  ] as const)('in %s a click on the stand-in of %s, on "%s", makes it live with the %s focused, so the keys change that segment', async (lang, label, text, type, key, saved) => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    await act(() => i18next.changeLanguage(lang));
    render(
      <AriaLocale>
        <DateField label="Inicio" value="2026-06-08" onSave={label === 'Inicio' ? onSave : async () => {}} />
        <TimeField label="Hora" value="09:05" onSave={label === 'Hora' ? onSave : async () => {}} />
      </AriaLocale>,
    );
    const standIn = screen.getByRole('group', { name: label });
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
    const part = [...standIn.querySelectorAll('[data-part]')].find((p) => p.textContent === text && p.getAttribute('data-part') === type);
    expect(part).toBeDefined();
    await user.click(part!);
    const segment = await waitFor(() => editable(screen.getByRole('group', { name: label })).find((s) => s.getAttribute('data-type') === type)!);
    expect(document.activeElement).toBe(segment);
    await user.keyboard(key);
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(saved));
  });

  it('a form\'s date field (add a day, dialogs) has the same stand-in', async () => {
    await act(() => i18next.changeLanguage('pt'));
    render(
      <AriaLocale>
        <FormDateField label="Dia" value="2026-11-10" onChange={() => undefined} />
      </AriaLocale>,
    );
    expect(shown(screen.getByRole('group', { name: 'Dia' }))).toBe('10/11/2026');
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
    await runIdle();
    expect(order(screen.getByRole('group', { name: 'Dia' }))).toEqual(['day', 'month', 'year']);
    expect(shown(screen.getByRole('group', { name: 'Dia' }))).toBe('10/11/2026');
  });

  it('an empty field is live at once (its placeholder is React Aria\'s)', async () => {
    await act(() => i18next.changeLanguage('es'));
    render(
      <AriaLocale>
        <DateField label="Fin" value={null} onSave={async () => {}} />
      </AriaLocale>,
    );
    expect(order(screen.getByRole('group', { name: 'Fin' }))).toEqual(['day', 'month', 'year']);
  });

  it('makes a few fields live per idle slice, not all in one', async () => {
    await act(() => i18next.changeLanguage('es'));
    render(
      <AriaLocale>
        {Array.from({ length: 20 }, (_, i) => (
          <TimeField key={i} label={`Hora ${i}`} value="10:00" onSave={async () => {}} />
        ))}
      </AriaLocale>,
    );
    const live = () => screen.queryAllByRole('spinbutton').length / 2;
    await runIdle();
    expect(live()).toBe(8);
    await runIdle();
    await runIdle();
    expect(live()).toBe(20);
  });
});
