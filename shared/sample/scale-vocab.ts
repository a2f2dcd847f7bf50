import type { Lang } from '../i18n/langs';
import type { Theme } from '../model/vocabularies';
import type { StakeholderGroup } from '../stakeholders/vocabularies';

// The words the programme-sized sample is made of: cities of the pairings the
// IUC-LAC and IURC reports name (and more of the same countries), names as
// people in those countries have them, organisations of the six groups a
// metropolitan international strategy relates to, and texts on the seven
// thematic networks in Spanish, Portuguese and English. People are invented.

export type City = { name: string; country: string };

/** Latin-American and Caribbean cities, those the reports name first. */
export const LAC_CITIES: readonly City[] = [
  { name: 'Barranquilla', country: 'CO' }, { name: 'Cartagena de Indias', country: 'CO' }, { name: 'Buenos Aires', country: 'AR' },
  { name: 'Río Grande', country: 'AR' }, { name: 'São Leopoldo', country: 'BR' }, { name: 'Tierra del Fuego', country: 'AR' },
  { name: 'Córdoba', country: 'AR' }, { name: 'Armenia', country: 'CO' }, { name: 'Ibagué', country: 'CO' },
  { name: 'Medellín', country: 'CO' }, { name: 'Pereira', country: 'CO' }, { name: 'Arequipa', country: 'PE' },
  { name: 'Miraflores', country: 'PE' }, { name: 'Trujillo', country: 'PE' }, { name: 'Santiago de Surco', country: 'PE' },
  { name: 'Rosario', country: 'AR' }, { name: 'San Justo', country: 'AR' }, { name: 'Araripina', country: 'BR' },
  { name: 'Consórcio ABC', country: 'BR' }, { name: 'São Paulo', country: 'BR' }, { name: 'Vitória', country: 'BR' },
  { name: 'Quilicura', country: 'CL' }, { name: 'Benedito Novo', country: 'BR' }, { name: 'Santiago de Cali', country: 'CO' },
  { name: 'Curitiba', country: 'BR' }, { name: 'Recife', country: 'BR' }, { name: 'Belo Horizonte', country: 'BR' },
  { name: 'Fortaleza', country: 'BR' }, { name: 'Porto Alegre', country: 'BR' }, { name: 'Florianópolis', country: 'BR' },
  { name: 'Valparaíso', country: 'CL' }, { name: 'Concepción', country: 'CL' }, { name: 'Temuco', country: 'CL' },
  { name: 'Montevideo', country: 'UY' }, { name: 'Paysandú', country: 'UY' }, { name: 'Asunción', country: 'PY' },
  { name: 'Cuenca', country: 'EC' }, { name: 'Guayaquil', country: 'EC' }, { name: 'Quito', country: 'EC' },
  { name: 'La Paz', country: 'BO' }, { name: 'Cochabamba', country: 'BO' }, { name: 'Mérida', country: 'MX' },
  { name: 'Guadalajara', country: 'MX' }, { name: 'León', country: 'MX' }, { name: 'San José', country: 'CR' },
  { name: 'Ciudad de Panamá', country: 'PA' }, { name: 'Santo Domingo', country: 'DO' }, { name: 'Kingston', country: 'JM' },
  { name: 'San Salvador', country: 'SV' }, { name: 'Bucaramanga', country: 'CO' },
];

/** European cities and regions, those the reports name first. */
export const EU_CITIES: readonly City[] = [
  { name: 'Velletri', country: 'IT' }, { name: 'Málaga', country: 'ES' }, { name: 'Madrid', country: 'ES' },
  { name: 'Albacete', country: 'ES' }, { name: 'Viana do Castelo', country: 'PT' }, { name: 'Ostrobothnia', country: 'FI' },
  { name: 'Zagreb', country: 'HR' }, { name: 'Almería', country: 'ES' }, { name: 'Graz (Metropolitan)', country: 'AT' },
  { name: 'Belfast', country: 'GB' }, { name: 'Porto', country: 'PT' }, { name: 'Granada', country: 'ES' },
  { name: 'Larissa', country: 'GR' }, { name: 'Pitești', country: 'RO' }, { name: 'Cluj-Napoca', country: 'RO' },
  { name: 'Genova', country: 'IT' }, { name: 'Pavlos Melas', country: 'GR' }, { name: 'Santo Tirso', country: 'PT' },
  { name: 'Torino', country: 'IT' }, { name: 'Milano', country: 'IT' }, { name: 'Sevilla', country: 'ES' },
  { name: 'Glasgow', country: 'GB' }, { name: 'Alba Iulia', country: 'RO' }, { name: 'Bilbao', country: 'ES' },
  { name: 'Lisboa', country: 'PT' }, { name: 'Braga', country: 'PT' }, { name: 'Bologna', country: 'IT' },
  { name: 'Nantes', country: 'FR' }, { name: 'Lyon', country: 'FR' }, { name: 'Bordeaux', country: 'FR' },
  { name: 'Gent', country: 'BE' }, { name: 'Utrecht', country: 'NL' }, { name: 'Freiburg im Breisgau', country: 'DE' },
  { name: 'Leipzig', country: 'DE' }, { name: 'Tampere', country: 'FI' }, { name: 'Malmö', country: 'SE' },
  { name: 'Kraków', country: 'PL' }, { name: 'Brno', country: 'CZ' }, { name: 'Ljubljana', country: 'SI' },
  { name: 'Tartu', country: 'EE' }, { name: 'Valencia', country: 'ES' }, { name: 'Coimbra', country: 'PT' },
  { name: 'Palermo', country: 'IT' }, { name: 'Thessaloniki', country: 'GR' }, { name: 'Aarhus', country: 'DK' },
  { name: 'Vitoria-Gasteiz', country: 'ES' }, { name: 'Cork', country: 'IE' }, { name: 'Lille', country: 'FR' },
  { name: 'Timișoara', country: 'RO' }, { name: 'Évora', country: 'PT' },
];

/** The pairings the reports name plainly or show on their map, as [LAC, EU] indexes into the lists above. */
export const NAMED_PAIRINGS: readonly [number, number][] = [
  [0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 9], [10, 10], [11, 11],
  [12, 12], [13, 13], [14, 14], [15, 15], [16, 16], [17, 17], [18, 18], [19, 19], [20, 20], [21, 21], [22, 22],
];

/** The language a city's team writes in. */
export function langOf(country: string): Lang {
  if (country === 'BR' || country === 'PT') return 'pt';
  if (['ES', 'AR', 'CO', 'PE', 'CL', 'UY', 'PY', 'EC', 'BO', 'MX', 'CR', 'PA', 'DO', 'SV'].includes(country)) return 'es';
  return 'en';
}

export const FIRST_NAMES: Record<Lang, readonly string[]> = {
  es: ['María José', 'Andrés', 'Lucía', 'Joaquín', 'Ángela', 'Camilo', 'Valentina', 'Íñigo', 'Mercedes', 'Julián', 'Rocío', 'Sebastián', 'Pilar', 'Tomás', 'Ximena', 'Óscar', 'Natalia', 'Martín', 'Begoña', 'Raúl'],
  pt: ['João', 'Maria da Conceição', 'Thiago', 'Ana Luísa', 'Gonçalo', 'Beatriz', 'Luís', 'Inês', 'Rafael', 'Fernanda', 'Antônio', 'Letícia', 'Vinícius', 'Joana', 'Sérgio', 'Mariana', 'Caio', 'Patrícia', 'Rui', 'Lúcia'],
  en: ['Siobhan', 'Aoife', 'Matteo', 'Giulia', 'Ioana', 'Andrei', 'Eleni', 'Nikos', 'Aino', 'Mikko', 'Zoë', 'Lars', 'Marta', 'Piotr', 'Élodie', 'Jürgen', 'Katarína', 'Tomáš', 'Liam', 'Chiara'],
};

export const LAST_NAMES: Record<Lang, readonly string[]> = {
  es: ['Núñez', 'Pérez Cárdenas', 'Ibáñez', 'Gómez Olmedo', 'Restrepo', 'Barrios', 'Quispe Huamán', 'Fernández', 'Ortega', 'Bastidas', 'Martín Gálvez', 'Villalobos', 'Arrieta', 'Sánchez Peña', 'Muñoz', 'Castillo', 'Herrera', 'Salazar', 'Londoño', 'Echeverría'],
  pt: ['Araújo', 'Souza', 'Conceição', 'Lima', 'Gonçalves', 'Magalhães', 'Ribeiro', 'Carvalho', 'Simões', 'Assunção', 'Pereira da Silva', 'Brandão', 'Fonseca', 'Antunes', 'Loureiro', 'Monteiro', 'Falcão', 'Guimarães', 'Cardoso', 'Ferraz'],
  en: ['O’Neill', 'Rossi', 'Popescu', 'Papadopoulos', 'Virtanen', 'Müller', 'Kowalski', 'Novák', 'Lindqvist', 'Dubois', 'Ferrari', 'Ionescu', 'Nieminen', 'Jensen', 'Horváth', 'Esposito', 'Murphy', 'Dvořák', 'Leclerc', 'Kuznetsova'],
};

/** Organisations of each group; {city} is the stakeholder's side's lead city. */
export const ORGANISATIONS: Record<Lang, Record<StakeholderGroup, readonly string[]>> = {
  es: {
    'private-sector': ['Cámara de Comercio de {city}', 'Asociación de Empresarios de {city}', 'Sindicato de Trabajadores del Transporte de {city}', 'Asociación Hotelera de {city}', 'Cooperativa de Recicladores de {city}'],
    academia: ['Universidad Nacional – sede {city}', 'Universidad de {city}', 'Centro de Investigación Urbana de {city}', 'Instituto Tecnológico de {city}'],
    'civil-society': ['Junta de Acción Comunal del barrio San Martín', 'Fundación Ciudad Verde ({city})', 'Red de Mujeres Emprendedoras de {city}', 'Colectivo Ciclista de {city}', 'Asociación de Vecinos del Centro Histórico'],
    diplomatic: ['Embajada de la Unión Europea', 'Consulado General de España en {city}', 'Consulado de Italia en {city}'],
    'international-cooperation': ['Agencia Española de Cooperación Internacional', 'Banco Interamericano de Desarrollo', 'CAF – Banco de Desarrollo de América Latina', 'ONU-Hábitat, oficina regional'],
    media: ['Diario de {city}', 'Radio Comunitaria de {city}', 'Canal Regional de Televisión'],
    'other-government': ['Gobernación del departamento', 'Área Metropolitana de {city}', 'Ministerio de Vivienda, Ciudad y Territorio'],
    'city-departments': ['Alcaldía de {city} – Secretaría de Planeación', 'Alcaldía de {city} – Secretaría de Movilidad', 'Alcaldía de {city} – Oficina de Cooperación Internacional', 'Ayuntamiento de {city} – Área de Medio Ambiente'],
  },
  pt: {
    'private-sector': ['Associação Comercial de {city}', 'Federação das Indústrias – regional {city}', 'Sindicato dos Rodoviários de {city}', 'Cooperativa de Catadores de {city}'],
    academia: ['Universidade Federal de {city}', 'Universidade de {city}', 'Instituto de Pesquisa Urbana de {city}', 'Centro Tecnológico de {city}'],
    'civil-society': ['Associação de Moradores da Vila Esperança', 'Instituto Cidade Viva ({city})', 'Rede de Mulheres Empreendedoras de {city}', 'Coletivo de Ciclistas de {city}'],
    diplomatic: ['Delegação da União Europeia no Brasil', 'Consulado-Geral de Portugal em {city}', 'Consulado da Itália em {city}'],
    'international-cooperation': ['Agência Brasileira de Cooperação', 'Banco Interamericano de Desenvolvimento', 'ONU-Habitat, escritório regional', 'GIZ – Cooperação Alemã'],
    media: ['Jornal de {city}', 'Rádio Comunitária de {city}', 'TV Regional'],
    'other-government': ['Governo do Estado', 'Região Metropolitana de {city}', 'Ministério das Cidades'],
    'city-departments': ['Prefeitura de {city} – Secretaria de Planejamento', 'Prefeitura de {city} – Secretaria de Mobilidade', 'Câmara Municipal de {city} – Relações Internacionais', 'Prefeitura de {city} – Secretaria do Meio Ambiente'],
  },
  en: {
    'private-sector': ['{city} Chamber of Commerce', '{city} Business Association', 'Transport Workers’ Union of {city}', '{city} Port Authority'],
    academia: ['University of {city}', '{city} Institute of Technology', 'Centre for Urban Research, {city}', '{city} School of Architecture'],
    'civil-society': ['{city} Residents’ Association', 'Green City Foundation ({city})', '{city} Cycling Campaign', 'Community Energy Cooperative of {city}'],
    diplomatic: ['Embassy of Colombia', 'Consulate of Brazil in {city}', 'Embassy of Argentina'],
    'international-cooperation': ['EUROCITIES', 'URBACT Secretariat', 'European Investment Bank', 'ICLEI Europe'],
    media: ['{city} Daily', 'Radio {city}', 'Regional Television'],
    'other-government': ['Regional Government', '{city} Metropolitan Authority', 'Ministry of Regional Development'],
    'city-departments': ['City of {city} – International Relations', 'City of {city} – Urban Planning', 'City of {city} – Environment Department', 'City of {city} – Mobility Office'],
  },
};

export const ROLES: Record<Lang, readonly string[]> = {
  es: ['Directora', 'Coordinador de proyectos', 'Técnica de planeación', 'Presidenta', 'Asesor', 'Investigadora', 'Periodista', 'Jefe de servicio', ''],
  pt: ['Diretora', 'Coordenador de projetos', 'Técnica de planejamento', 'Presidente', 'Assessor', 'Pesquisadora', 'Jornalista', 'Chefe de divisão', ''],
  en: ['Director', 'Project coordinator', 'Urban planner', 'Chair', 'Adviser', 'Researcher', 'Journalist', 'Head of unit', ''],
};

/** What each thematic network is about, as a pairing's summary and a UCAP's context open. */
export const THEME_TEXTS: Record<Theme, Record<Lang, { summary: string; challenge: string; action: string; indicator: string; tags: readonly string[] }>> = {
  mobility: {
    es: { summary: '{eu} y {lac} quieren ordenar el transporte público y dar prioridad a quien camina y va en bicicleta.', challenge: 'Reducir el tiempo de viaje de los barrios periféricos al centro sin ampliar la red vial.', action: 'Carril bici piloto entre la estación central y la universidad', indicator: 'Viajes diarios en bicicleta en el corredor piloto', tags: ['movilidad', 'bicicleta', 'transporte público'] },
    pt: { summary: '{eu} e {lac} querem organizar o transporte público e dar prioridade a quem anda a pé e de bicicleta.', challenge: 'Reduzir o tempo de viagem dos bairros periféricos ao centro sem ampliar o sistema viário.', action: 'Ciclovia piloto entre a estação central e a universidade', indicator: 'Viagens diárias de bicicleta no corredor piloto', tags: ['mobilidade', 'bicicleta', 'transporte público'] },
    en: { summary: '{eu} and {lac} want to reorganise public transport and give priority to people walking and cycling.', challenge: 'Cut travel time from the outer neighbourhoods to the centre without widening roads.', action: 'Pilot cycle lane from the central station to the university', indicator: 'Daily bicycle trips on the pilot corridor', tags: ['mobility', 'cycling', 'public transport'] },
  },
  'smart-cities': {
    es: { summary: '{eu} comparte con {lac} su experiencia en datos abiertos municipales y trámites en línea.', challenge: 'Que los vecinos sin conexión estable puedan seguir los trámites y las obras.', action: 'Portal de datos abiertos con las obras públicas del distrito', indicator: 'Conjuntos de datos publicados y actualizados cada mes', tags: ['datos abiertos', 'gobierno digital'] },
    pt: { summary: '{eu} compartilha com {lac} sua experiência com dados abertos municipais e serviços on-line.', challenge: 'Permitir que moradores sem conexão estável acompanhem serviços e obras.', action: 'Portal de dados abertos com as obras públicas do município', indicator: 'Conjuntos de dados publicados e atualizados todo mês', tags: ['dados abertos', 'governo digital'] },
    en: { summary: '{eu} shares with {lac} its experience of municipal open data and online services.', challenge: 'Let residents without a stable connection follow services and public works.', action: 'Open-data portal listing the district’s public works', indicator: 'Data sets published and updated every month', tags: ['open data', 'digital government'] },
  },
  'urban-regeneration': {
    es: { summary: '{lac} y {eu} trabajan en la regeneración de barrios vulnerables sin expulsar a sus vecinos.', challenge: 'Mejorar la vivienda y el espacio público de los barrios informales con la participación de sus juntas.', action: 'Plan participativo de mejora de fachadas y espacio público', indicator: 'Hogares que participan en los talleres del plan', tags: ['vivienda', 'espacio público', 'participación'] },
    pt: { summary: '{lac} e {eu} trabalham na regeneração de bairros vulneráveis sem expulsar seus moradores.', challenge: 'Melhorar a moradia e o espaço público das favelas com a participação das associações de moradores.', action: 'Plano participativo de melhoria de fachadas e espaço público', indicator: 'Famílias que participam das oficinas do plano', tags: ['moradia', 'espaço público', 'participação'] },
    en: { summary: '{lac} and {eu} work on regenerating vulnerable neighbourhoods without pushing their residents out.', challenge: 'Improve housing and public space in informal neighbourhoods with their residents’ boards.', action: 'Participatory plan for façades and public space', indicator: 'Households taking part in the plan’s workshops', tags: ['housing', 'public space', 'participation'] },
  },
  'circular-economy': {
    es: { summary: '{eu} y {lac} comparan cómo recogen y aprovechan los residuos, con las cooperativas de recicladores.', challenge: 'Formalizar el trabajo de las recicladoras y reducir lo que llega al relleno sanitario.', action: 'Ruta de recogida selectiva gestionada por una cooperativa', indicator: 'Toneladas de material recuperado al mes', tags: ['economía circular', 'reciclaje', 'residuos'] },
    pt: { summary: '{eu} e {lac} comparam como coletam e aproveitam os resíduos, com as cooperativas de catadores.', challenge: 'Formalizar o trabalho das catadoras e reduzir o que vai para o aterro sanitário.', action: 'Rota de coleta seletiva gerida por uma cooperativa', indicator: 'Toneladas de material recuperado por mês', tags: ['economia circular', 'reciclagem', 'resíduos'] },
    en: { summary: '{eu} and {lac} compare how they collect and reuse waste, working with waste-picker cooperatives.', challenge: 'Formalise the work of waste pickers and cut what goes to landfill.', action: 'Separate-collection route run by a cooperative', indicator: 'Tonnes of material recovered per month', tags: ['circular economy', 'recycling', 'waste'] },
  },
  'sustainable-land-use': {
    es: { summary: '{lac} aprende de {eu} a usar soluciones basadas en la naturaleza en parques, quebradas y corredores verdes.', challenge: 'Recuperar las quebradas urbanas como espacio público y defensa frente a las inundaciones.', action: 'Corredor verde con drenaje sostenible a lo largo de la quebrada', indicator: 'Hectáreas de suelo renaturalizado', tags: ['soluciones basadas en la naturaleza', 'arbolado'] },
    pt: { summary: '{lac} aprende com {eu} a usar soluções baseadas na natureza em parques, córregos e corredores verdes.', challenge: 'Recuperar os córregos urbanos como espaço público e proteção contra enchentes.', action: 'Corredor verde com drenagem sustentável ao longo do córrego', indicator: 'Hectares de solo renaturalizado', tags: ['soluções baseadas na natureza', 'arborização'] },
    en: { summary: '{lac} learns from {eu} how to use nature-based solutions in parks, streams and green corridors.', challenge: 'Bring urban streams back as public space and as a defence against floods.', action: 'Green corridor with sustainable drainage along the stream', indicator: 'Hectares of land returned to nature', tags: ['nature-based solutions', 'street trees'] },
  },
  'climate-energy': {
    es: { summary: '{eu} y {lac} preparan sus planes de acción climática en el marco del Pacto Global de Alcaldes.', challenge: 'Reducir las emisiones de los edificios públicos y medir la calidad del aire en los barrios.', action: 'Paneles solares en diez escuelas municipales', indicator: 'Toneladas de CO₂ evitadas al año', tags: ['clima', 'energía', 'calidad del aire'] },
    pt: { summary: '{eu} e {lac} preparam seus planos de ação climática no âmbito do Pacto Global de Prefeitos.', challenge: 'Reduzir as emissões dos prédios públicos e medir a qualidade do ar nos bairros.', action: 'Painéis solares em dez escolas municipais', indicator: 'Toneladas de CO₂ evitadas por ano', tags: ['clima', 'energia', 'qualidade do ar'] },
    en: { summary: '{eu} and {lac} prepare their climate action plans under the Global Covenant of Mayors.', challenge: 'Cut emissions from public buildings and measure air quality in the neighbourhoods.', action: 'Solar panels on ten municipal schools', indicator: 'Tonnes of CO₂ avoided per year', tags: ['climate', 'energy', 'air quality'] },
  },
  'innovation-growth': {
    es: { summary: '{lac} y {eu} buscan atraer empresas de sectores estratégicos y formar a los jóvenes en los empleos que traen.', challenge: 'Acercar la formación técnica a las empresas que se instalan en la región.', action: 'Centro de innovación con la universidad y la cámara de comercio', indicator: 'Jóvenes formados que consiguen empleo en seis meses', tags: ['innovación', 'empleo', 'emprendimiento'] },
    pt: { summary: '{lac} e {eu} buscam atrair empresas de setores estratégicos e formar os jovens para os empregos que elas trazem.', challenge: 'Aproximar a formação técnica das empresas que se instalam na região.', action: 'Centro de inovação com a universidade e a associação comercial', indicator: 'Jovens formados que conseguem emprego em seis meses', tags: ['inovação', 'emprego', 'empreendedorismo'] },
    en: { summary: '{lac} and {eu} want to attract firms in strategic sectors and train young people for the jobs they bring.', challenge: 'Bring technical training closer to the firms settling in the region.', action: 'Innovation hub with the university and the chamber of commerce', indicator: 'Trainees in work within six months', tags: ['innovation', 'employment', 'start-ups'] },
  },
};

/** Agenda items of a mission day: kind, title, in each language. */
export const AGENDA_ITEMS: Record<Lang, readonly { kind: 'meeting' | 'site-visit' | 'workshop' | 'meal' | 'webinar' | 'travel'; title: string }[]> = {
  es: [
    { kind: 'meeting', title: 'Bienvenida en la Alcaldía' }, { kind: 'site-visit', title: 'Recorrido por el barrio con la junta de acción comunal' },
    { kind: 'meal', title: 'Almuerzo de trabajo' }, { kind: 'workshop', title: 'Taller con vecinos y técnicos' },
    { kind: 'meeting', title: 'Reunión con la Secretaría de Planeación' }, { kind: 'site-visit', title: 'Visita a la obra del proyecto piloto' },
    { kind: 'webinar', title: 'Conexión con el equipo de la ciudad socia' }, { kind: 'travel', title: 'Traslado al aeropuerto' },
  ],
  pt: [
    { kind: 'meeting', title: 'Recepção na Prefeitura' }, { kind: 'site-visit', title: 'Visita ao bairro com a associação de moradores' },
    { kind: 'meal', title: 'Almoço de trabalho' }, { kind: 'workshop', title: 'Oficina com moradores e técnicos' },
    { kind: 'meeting', title: 'Reunião com a Secretaria de Planejamento' }, { kind: 'site-visit', title: 'Visita à obra do projeto piloto' },
    { kind: 'webinar', title: 'Conexão com a equipe da cidade parceira' }, { kind: 'travel', title: 'Traslado ao aeroporto' },
  ],
  en: [
    { kind: 'meeting', title: 'Welcome at City Hall' }, { kind: 'site-visit', title: 'Walk through the neighbourhood with residents' },
    { kind: 'meal', title: 'Working lunch' }, { kind: 'workshop', title: 'Workshop with residents and officers' },
    { kind: 'meeting', title: 'Meeting with the planning department' }, { kind: 'site-visit', title: 'Visit to the pilot project’s site' },
    { kind: 'webinar', title: 'Call with the partner city’s team' }, { kind: 'travel', title: 'Transfer to the airport' },
  ],
};

export const MISSION_WORDS: Record<Lang, { visit: string; counterpart: string; virtual: string; objectives: string; findings: string; followUp: readonly string[] }> = {
  es: { visit: 'Misión técnica de {from} a {to}', counterpart: 'Visita de contraparte de {from} a {to}', virtual: 'Reunión virtual {n}: {topic}', objectives: 'Conocer el trabajo de {to} en {topic}.\n- Acordar los pasos del proyecto piloto.\n- Identificar a los actores clave.', findings: 'Las organizaciones de vecinos tienen una capacidad de convocatoria que sorprendió a la delegación.\n\nEl presupuesto del piloto depende de la aprobación del concejo.', followUp: ['Enviar el acta de la reunión', 'Compartir los pliegos del concurso', 'Presupuesto del piloto', 'Lista de contactos de la ciudad socia'] },
  pt: { visit: 'Missão técnica de {from} a {to}', counterpart: 'Visita de contraparte de {from} a {to}', virtual: 'Reunião virtual {n}: {topic}', objectives: 'Conhecer o trabalho de {to} em {topic}.\n- Combinar os passos do projeto piloto.\n- Identificar os atores-chave.', findings: 'As associações de moradores têm uma capacidade de mobilização que surpreendeu a delegação.\n\nO orçamento do piloto depende da aprovação da câmara municipal.', followUp: ['Enviar a ata da reunião', 'Compartilhar o edital', 'Orçamento do piloto', 'Lista de contatos da cidade parceira'] },
  en: { visit: 'Technical mission from {from} to {to}', counterpart: 'Counterpart visit from {from} to {to}', virtual: 'Virtual meeting {n}: {topic}', objectives: 'Learn how {to} works on {topic}.\n- Agree the pilot project’s next steps.\n- Identify the key actors.', findings: 'The residents’ associations can bring people together in a way that surprised the delegation.\n\nThe pilot’s budget depends on the council’s approval.', followUp: ['Send the minutes of the meeting', 'Share the tender documents', 'Budget of the pilot', 'Contact list of the partner city'] },
};

export const POSITION_TITLES: Record<Lang, { coordination: string; technical: string }> = {
  es: { coordination: 'Coordinación de la cooperación', technical: 'Responsable técnico del piloto' },
  pt: { coordination: 'Coordenação da cooperação', technical: 'Responsável técnico do piloto' },
  en: { coordination: 'Cooperation coordinator', technical: 'Pilot project lead' },
};
