import { zoneCityName } from './zone-names';

describe('zones named by their city', () => {
  it('writes the accents the ids leave out, in each language', () => {
    expect(zoneCityName('America/Bogota', 'es')).toBe('Bogotá');
    expect(zoneCityName('America/Bogota', 'en')).toBe('Bogotá');
    expect(zoneCityName('America/Sao_Paulo', 'pt')).toBe('São Paulo');
    expect(zoneCityName('America/Asuncion', 'en')).toBe('Asunción');
  });

  it('gives a city its own name in a language that has one', () => {
    expect(zoneCityName('Europe/Brussels', 'es')).toBe('Bruselas');
    expect(zoneCityName('Europe/Brussels', 'pt')).toBe('Bruxelas');
    expect(zoneCityName('America/Mexico_City', 'es')).toBe('Ciudad de México');
    expect(zoneCityName('America/Mexico_City', 'en')).toBe('Mexico City');
  });

  it('names a zone it does not list from its id, underscores as spaces', () => {
    expect(zoneCityName('America/Argentina/Buenos_Aires', 'es')).toBe('Buenos Aires');
    expect(zoneCityName('America/Lima', 'pt')).toBe('Lima');
    expect(zoneCityName('UTC', 'en')).toBe('UTC');
  });
});
