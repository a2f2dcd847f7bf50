import { foldForSearch } from '../text/fold';
import type { StakeholderField } from './schema';

/** Where a CSV column goes: a stakeholder field, or nowhere. */
export type ColumnTarget = StakeholderField | '';

// Header names spreadsheets use for each field, in Spanish, Portuguese and
// English, folded (no case, no accents). Matching data, not text shown to users.
const HEADER_WORDS: Record<StakeholderField, string[]> = {
  name: ['name', 'full name', 'person', 'contact', 'contact person', 'nombre', 'nombre completo', 'persona', 'contacto', 'nome', 'nome completo', 'pessoa', 'contato'],
  organisation: ['organisation', 'organization', 'company', 'institution', 'entity', 'organizacion', 'empresa', 'institucion', 'entidad', 'organizacao', 'instituicao', 'entidade'],
  role: ['role', 'position', 'job title', 'title', 'cargo', 'puesto', 'rol', 'funcion', 'funcao', 'papel'],
  group: ['group', 'category', 'type', 'sector', 'grupo', 'categoria', 'tipo'],
  email: ['email', 'e-mail', 'mail', 'correo', 'correo electronico', 'email address', 'endereco de email', 'correio eletronico'],
  phone: ['phone', 'telephone', 'mobile', 'tel', 'telefono', 'movil', 'celular', 'telefone'],
  website: ['website', 'web', 'url', 'site', 'sitio web', 'pagina web', 'pagina', 'site web'],
  address: ['address', 'postal address', 'direccion', 'domicilio', 'endereco', 'morada'],
  languages: ['languages', 'language', 'languages spoken', 'idiomas', 'idioma', 'lenguas', 'linguas', 'lingua'],
  power: ['power', 'influence', 'poder', 'influencia'],
  interest: ['interest', 'interes', 'interesse'],
  engagement: ['engagement', 'engagement level', 'participation', 'involvement', 'participacion', 'nivel de participacion', 'implicacion', 'compromiso', 'engajamento', 'participacao', 'nivel de participacao'],
  stance: ['stance', 'position on the project', 'attitude', 'postura', 'actitud', 'posicion', 'posicao', 'atitude'],
  tags: ['tags', 'tag', 'labels', 'keywords', 'etiquetas', 'etiqueta', 'palabras clave', 'palavras-chave'],
  notes: ['notes', 'note', 'comments', 'remarks', 'notas', 'nota', 'comentarios', 'observaciones', 'observacoes'],
  side: ['side', 'city', 'lado', 'ciudad', 'cidade', 'parte'],
};

const WORD_TO_FIELD = new Map<string, StakeholderField>(
  Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((w) => [w, field as StakeholderField] as const)),
);

function foldHeader(header: string): string {
  return foldForSearch(header).replace(/[_*:.()]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A first guess of each column's field from its header; each field is taken once, by the first column that names it. */
export function guessMapping(headers: readonly string[]): ColumnTarget[] {
  const taken = new Set<StakeholderField>();
  return headers.map((header) => {
    const field = WORD_TO_FIELD.get(foldHeader(header));
    if (!field || taken.has(field)) return '';
    taken.add(field);
    return field;
  });
}
