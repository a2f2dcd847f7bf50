import type { PairingSpec } from './build';

// Sample pairings with Brazilian partners, one of them an intermunicipal
// consortium. People and contact details are invented.

const saoLeopoldoViana: PairingSpec = {
  key: 'saoleopoldo-viana',
  lac: [{ key: 'sao-leopoldo', name: 'São Leopoldo', country: 'BR' }],
  eu: [{ key: 'viana', name: 'Viana do Castelo', country: 'PT' }],
  status: 'active',
  themes: ['innovation-growth', 'urban-regeneration'],
  frameworks: ['sdg-8', 'sdg-11', 'new-urban-agenda'],
  startDate: '2026-04-01',
  endDate: '2027-09-30',
  // Written in Portuguese only: the Spanish and English dossiers say so.
  summary: {
    pt: 'Centros históricos vivos e economia do conhecimento. Viana do Castelo compartilha sua experiência na reabilitação do centro histórico e na atração de empresas ligadas ao mar; São Leopoldo, polo tecnológico do Vale do Sinos, quer aproximar o parque tecnológico e a universidade da revitalização do seu centro, com moradia e comércio de rua.\n\nAção-piloto em estudo: ocupação de imóveis vazios do centro por empresas nascentes, com aluguel social por dois anos.',
  },
  writes: { lac: 'pt', eu: 'pt' },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordenadora da cooperação',
      organisation: 'Prefeitura Municipal de São Leopoldo',
      holders: [{ name: 'Fernanda Kunz Schmitt', email: 'f.schmitt@saoleopoldo.example', phone: '+55 51 0000 0801', from: '2026-04-01' }],
    },
    {
      key: 'tech',
      side: 'lac',
      title: 'Articulação com o parque tecnológico',
      organisation: 'Prefeitura Municipal de São Leopoldo – Secretaria de Desenvolvimento Econômico',
      holders: [
        {
          name: 'Rodrigo Becker',
          email: 'r.becker@saoleopoldo.example',
          from: '2026-04-01',
          to: '2026-08-31',
          handoverNote:
            'Saio da Prefeitura em 31 de agosto. Os contatos do parque tecnológico e da universidade estão na planilha compartilhada; a reunião de setembro com as empresas incubadas já está marcada.',
        },
        { name: 'Camila Vieira', email: 'c.vieira@saoleopoldo.example', from: '2026-09-15' },
      ],
    },
    {
      key: 'viana',
      side: 'eu',
      title: 'Técnico superior de relações internacionais',
      organisation: 'Câmara Municipal de Viana do Castelo',
      holders: [{ name: 'João Meira', email: 'j.meira@viana.example', phone: '+351 258 000 801', from: '2026-04-01' }],
    },
  ],
  agreements: [
    {
      key: 'protocol',
      title: 'Protocolo de cooperação entre os municípios de São Leopoldo e Viana do Castelo',
      signedOn: '2026-07-03',
      signatories: 'Prefeito de São Leopoldo\nPresidente da Câmara Municipal de Viana do Castelo',
      copyLocation: 'Gabinete do Prefeito de São Leopoldo e Câmara Municipal de Viana do Castelo (um original em cada).',
    },
  ],
};

const abcTurin: PairingSpec = {
  key: 'abc-turin',
  lac: [{ key: 'consorcio-abc', name: 'Consórcio ABC', country: 'BR' }],
  eu: [{ key: 'turin', name: 'Turin', country: 'IT' }],
  status: 'active',
  themes: ['circular-economy', 'innovation-growth'],
  frameworks: ['sdg-9', 'sdg-12', 'eu-urban-agenda'],
  startDate: '2026-06-01',
  endDate: '2027-11-30',
  summary: {
    pt: 'Economia circular na indústria. O Grande ABC e Turim têm em comum a história da indústria automobilística; a cooperação estuda como reaproveitar resíduos industriais e requalificar trabalhadores do setor para novas cadeias produtivas, com as prefeituras do consórcio, as universidades e as associações empresariais.',
    en: 'Circular economy in industry. The Greater ABC region and Turin share a history of car manufacturing; the cooperation looks at how to reuse industrial waste and retrain the sector’s workers for new supply chains, with the consortium’s municipalities, universities and business associations.',
  },
  writes: { lac: 'pt', eu: 'en' },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordenação de relações internacionais',
      organisation: 'Consórcio Intermunicipal Grande ABC',
      holders: [{ name: 'Thiago Nascimento', email: 't.nascimento@consorcioabc.example', from: '2026-06-01' }],
    },
    {
      key: 'industry',
      side: 'lac',
      title: 'Técnica de desenvolvimento econômico',
      organisation: 'Consórcio Intermunicipal Grande ABC – Grupo de Trabalho de Desenvolvimento Econômico',
      holders: [{ name: 'Aline Duarte', email: 'a.duarte@consorcioabc.example', from: '2026-06-15' }],
    },
    {
      key: 'turin',
      side: 'eu',
      title: 'International projects officer',
      organisation: 'Città di Torino',
      holders: [{ name: 'Marco Bellandi', email: 'm.bellandi@torino.example', phone: '+39 011 000 0901', from: '2026-06-01' }],
    },
  ],
};

export const BRAZILIAN_PAIRINGS: PairingSpec[] = [saoLeopoldoViana, abcTurin];
