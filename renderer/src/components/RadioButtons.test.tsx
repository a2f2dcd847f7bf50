import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RadioButtons } from './RadioButtons';

function Views() {
  const [view, setView] = useState<'list' | 'grid' | 'duplicates'>('list');
  return (
    <>
      <button type="button">Before</button>
      <RadioButtons label="View" value={view} onChange={setView} options={[{ value: 'list', label: 'List' }, { value: 'grid', label: 'Grid' }, { value: 'duplicates', label: 'Duplicates' }]} />
      <button type="button">After</button>
      <output>{view}</output>
    </>
  );
}

describe('a group of radio buttons (WAI-ARIA radio group pattern)', () => {
  it('is one Tab stop, and the arrow keys move and check, wrapping round', async () => {
    const user = userEvent.setup();
    render(<Views />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'List' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Grid' }));
    expect(screen.getByRole('radio', { name: 'Grid' }).getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('output')!.textContent).toBe('grid');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'List' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Duplicates' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Duplicates' }));
  });

  it('goes to the first and last option with Home and End', async () => {
    const user = userEvent.setup();
    render(<Views />);
    await user.click(screen.getByRole('radio', { name: 'Grid' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: 'Duplicates' }).getAttribute('aria-checked')).toBe('true');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'List' }));
    expect(document.querySelector('output')!.textContent).toBe('list');
  });
});
