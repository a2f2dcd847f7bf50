import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';
import { ValidationError } from '../../../../shared/model/validation';

// A field says its error without a useTranslation of its own (one per field was a cost at mount);
// the screen around it re-renders it on a language switch, with its label.
function Screen({ onSave }: { onSave: (value: string) => Promise<void> }) {
  const { t } = useTranslation('errors');
  return <TextField label={t('required')} value="" onSave={onSave} />;
}

describe('TextField', () => {
  it('says its save error in the interface language, and again in the new one after a switch at runtime', async () => {
    const user = userEvent.setup();
    await act(() => i18next.changeLanguage('es'));
    const onSave = vi.fn(async () => {
      throw new ValidationError([{ path: 'name', key: 'tooLong', params: { max: 10 } }]);
    });
    render(<Screen onSave={onSave} />);
    await user.type(screen.getByRole('textbox'), 'demasiado largo');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toBe('Demasiado largo: como máximo 10 caracteres.');
    await act(() => i18next.changeLanguage('pt'));
    expect(screen.getByRole('alert').textContent).toBe('Longo demais: no máximo 10 caracteres.');
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
  });
});
