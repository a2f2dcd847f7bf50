import type { Side } from '../model/vocabularies';
import type { EngagementLevel, Stance, StakeholderGroup } from './vocabularies';

// The short and usual forms spreadsheets use for each choice, in Spanish,
// Portuguese and English, beside the full labels of locales/*/stakeholders.json.
// Matching data, never shown to users; compared folded (no case, no accents,
// punctuation as spaces), so "ONG", "ong" and "O.N.G." need one entry.

export const SIDE_SYNONYMS: Record<Side, string[]> = {
  eu: ['eu', 'ue', 'europe', 'europa', 'european', 'europeo', 'europea', 'europeu', 'europeia', 'union europea', 'uniao europeia', 'european union'],
  lac: ['lac', 'alc', 'latam', 'latin america', 'america latina', 'latinoamerica', 'latin american', 'latinoamericano', 'latinoamericana', 'latino americano', 'latino americana', 'latin america and caribbean', 'latin america and the caribbean', 'america latina y el caribe', 'america latina e caribe', 'caribe', 'caribbean'],
};

export const GROUP_SYNONYMS: Record<StakeholderGroup, string[]> = {
  'private-sector': ['empresa', 'empresas', 'empresarial', 'privado', 'privada', 'sector privado', 'setor privado', 'private', 'private sector', 'business', 'businesses', 'company', 'companies', 'industry', 'industria', 'comercio', 'gremio', 'gremios', 'camara de comercio', 'chamber of commerce', 'asociacion empresarial', 'associacao empresarial', 'business association'],
  academia: ['academia', 'academico', 'academica', 'academic', 'universidad', 'universidades', 'universidade', 'universidades', 'university', 'universities', 'investigacion', 'pesquisa', 'research', 'centro de investigacion', 'centro de pesquisa', 'research centre', 'research center', 'escuela', 'escola', 'school'],
  'civil-society': ['sociedad civil', 'sociedade civil', 'civil society', 'civil', 'ong', 'ongs', 'ngo', 'ngos', 'osc', 'oscs', 'cso', 'csos', 'fundacion', 'fundaciones', 'fundacao', 'foundation', 'asociacion', 'associacao', 'association', 'ciudadania', 'cidadania', 'citizens', 'comunidad', 'comunidade', 'community', 'tercer sector', 'terceiro setor', 'third sector'],
  diplomatic: ['diplomatico', 'diplomatica', 'diplomacia', 'diplomatic', 'diplomacy', 'embajada', 'embaixada', 'embassy', 'consulado', 'consulate', 'consul'],
  'international-cooperation': ['cooperacion', 'cooperacion internacional', 'cooperacao', 'cooperacao internacional', 'cooperation', 'international cooperation', 'agencia de cooperacion', 'agencia de cooperacao', 'organismo internacional', 'organismos internacionales', 'organizacao internacional', 'international organisation', 'international organization', 'donante', 'doador', 'donor', 'red', 'redes', 'rede', 'network', 'networks'],
  media: ['medios', 'medio', 'prensa', 'imprensa', 'midia', 'media', 'press', 'comunicacion', 'comunicacao', 'periodico', 'jornal', 'newspaper', 'radio', 'television', 'televisao', 'tv', 'periodista', 'jornalista', 'journalist'],
  'other-government': ['gobierno', 'governo', 'government', 'gobierno nacional', 'gobierno regional', 'governo federal', 'governo estadual', 'national government', 'regional government', 'gobernacion', 'ministerio', 'ministry', 'estado', 'state', 'provincia', 'province', 'region', 'regional', 'nacional', 'national', 'sector publico', 'setor publico', 'public sector', 'administracion publica', 'administracao publica'],
  'city-departments': ['alcaldia', 'ayuntamiento', 'prefeitura', 'municipio', 'municipal', 'municipality', 'city council', 'city hall', 'secretaria', 'secretaria municipal', 'departamento municipal', 'city department', 'concejo', 'camara municipal', 'mairie'],
};

export const ENGAGEMENT_SYNONYMS: Record<EngagementLevel, string[]> = {
  inform: ['informar', 'informacion', 'informacao', 'informado', 'informada', 'informed', 'information', 'info'],
  consult: ['consultar', 'consulta', 'consultado', 'consultada', 'consulted', 'consultation'],
  involve: ['involucrar', 'involucrado', 'involucrada', 'implicar', 'implicado', 'envolver', 'envolvido', 'envolvida', 'involved', 'involvement'],
  collaborate: ['colaborar', 'colaboracion', 'colaboracao', 'colaborador', 'colaboradora', 'collaboration', 'collaborator', 'partner', 'socio', 'parceiro', 'aliado'],
  empower: ['empoderar', 'empoderamiento', 'empoderamento', 'empowerment', 'empowered', 'delegar', 'delegate'],
};

export const STANCE_SYNONYMS: Record<Stance, string[]> = {
  supportive: ['a favor', 'favorable', 'favoravel', 'apoyo', 'apoya', 'apoio', 'apoia', 'support', 'supports', 'supporter', 'positivo', 'positiva', 'positive', 'pro'],
  neutral: ['neutral', 'neutro', 'neutra', 'indiferente', 'indifferent'],
  opposed: ['en contra', 'contra', 'contrario', 'contraria', 'opuesto', 'opuesta', 'opositor', 'oposicion', 'oposicao', 'against', 'opposed', 'opposition', 'negativo', 'negativa', 'negative'],
  unknown: ['desconocido', 'desconocida', 'desconhecido', 'desconhecida', 'unknown', 'not known', 'n a', 'na', 'ns', 'nd', 'sin dato', 'sem dado', 'no se sabe', 'nao se sabe'],
};
