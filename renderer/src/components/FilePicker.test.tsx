import { act, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { FilePicker } from './FilePicker';

describe('the file picker', () => {
  it('says what was chosen in the interface language, not the browser’s', async () => {
    const chosen: File[][] = [];
    await act(() => i18next.changeLanguage('pt'));
    render(<FilePicker label="Adicionar fotos" multiple onFiles={(f) => chosen.push(f)} />);
    expect(screen.getByText('Nenhum arquivo escolhido')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Adicionar fotos' })).toBeTruthy();
    const input = screen.getByLabelText('Adicionar fotos') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.hidden).toBe(true);
    fireEvent.change(input, { target: { files: [new File(['a'], 'praça.jpg'), new File(['b'], 'rua.jpg')] } });
    expect(screen.getByText('2 arquivos')).toBeTruthy();
    expect(chosen[0]!.map((f) => f.name)).toEqual(['praça.jpg', 'rua.jpg']);
    fireEvent.change(input, { target: { files: [new File(['c'], 'cais.jpg')] } });
    expect(screen.getByText('cais.jpg')).toBeTruthy();
    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByText('cais.jpg')).toBeTruthy();
  });
});
