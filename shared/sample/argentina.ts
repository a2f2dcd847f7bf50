import type { PairingSpec } from './build';

// Sample pairings with Argentinian partners: a province with a European region,
// and a capital-city pairing already closed. People and contact details are invented.

const tierraDelFuegoOstrobothnia: PairingSpec = {
  key: 'tdf-ostrobothnia',
  lac: [{ key: 'tierra-del-fuego', name: 'Tierra del Fuego', country: 'AR' }],
  eu: [{ key: 'ostrobothnia', name: 'Ostrobothnia', country: 'FI' }],
  status: 'active',
  themes: ['climate-energy', 'innovation-growth'],
  frameworks: ['sdg-7', 'sdg-13', 'paris-agreement', 'gcom'],
  startDate: '2026-05-01',
  endDate: '2027-10-31',
  summary: {
    en: 'Region to region: renewable energy for remote territories. Ostrobothnia’s energy cluster around Vaasa shows how companies, universities and the regional council work together on wind power and energy storage. Tierra del Fuego, an island province that runs on its own gas-fired power plants, is studying wind energy and the local skills needed to install and maintain it.',
    es: 'De región a región: energía renovable para territorios aislados. El clúster energético de Ostrobotnia, en torno a Vaasa, muestra cómo colaboran empresas, universidades y el consejo regional en energía eólica y almacenamiento. Tierra del Fuego, provincia insular que se abastece con sus propias centrales a gas, estudia la energía eólica y la formación local necesaria para instalarla y mantenerla.',
  },
  writes: { lac: 'es', eu: 'en' },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordinación de relaciones internacionales',
      organisation: 'Gobierno de la Provincia de Tierra del Fuego',
      holders: [{ name: 'Martín Sosa', email: 'm.sosa@tierradelfuego.example', phone: '+54 2901 00 0601', from: '2026-05-01' }],
    },
    {
      key: 'energy',
      side: 'lac',
      title: 'Referente técnica de energía',
      organisation: 'Gobierno de la Provincia de Tierra del Fuego – Secretaría de Energía',
      holders: [{ name: 'Florencia Acosta', email: 'f.acosta@tierradelfuego.example', from: '2026-05-01' }],
    },
    {
      key: 'ostrobothnia',
      side: 'eu',
      title: 'International affairs coordinator',
      organisation: 'Regional Council of Ostrobothnia',
      holders: [{ name: 'Johanna Östman', email: 'j.ostman@ostrobothnia.example', phone: '+358 6 000 0601', from: '2026-05-01' }],
    },
  ],
  agreements: [
    {
      key: 'mou',
      writtenIn: 'en',
      title: 'Memorandum of understanding between the Province of Tierra del Fuego and the Regional Council of Ostrobothnia',
      signedOn: '2026-06-18',
      signatories: 'Governor of Tierra del Fuego\nRegional Mayor of Ostrobothnia',
      copyLocation: 'One original at each signatory: the Regional Council’s registry in Vaasa and the Government House in Ushuaia.',
    },
  ],
};

const buenosAiresMadrid: PairingSpec = {
  key: 'buenosaires-madrid',
  lac: [{ key: 'buenos-aires', name: 'Buenos Aires', country: 'AR' }],
  eu: [{ key: 'madrid', name: 'Madrid', country: 'ES' }],
  status: 'closed',
  themes: ['mobility', 'climate-energy'],
  frameworks: ['sdg-3', 'sdg-11', 'sdg-13', 'gcom', 'paris-agreement'],
  startDate: '2026-01-12',
  endDate: '2026-10-30',
  summary: {
    es: 'Calidad del aire y movilidad de bajas emisiones. Madrid compartió su experiencia con la zona de bajas emisiones y su red de estaciones de medición; Buenos Aires, la de sus ciclovías protegidas y sus carriles exclusivos para colectivos.\n\nCerrada en octubre de 2026, tras las dos misiones técnicas. Queda como resultado un protocolo común para comparar los datos de calidad del aire de ambas ciudades.',
  },
  writes: { lac: 'es', eu: 'es' },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordinación de la cooperación',
      organisation: 'Gobierno de la Ciudad de Buenos Aires – Dirección General de Relaciones Internacionales y Cooperación',
      holders: [
        {
          name: 'Valeria Giménez',
          email: 'v.gimenez@buenosaires.example',
          from: '2026-01-12',
          to: '2026-10-30',
          handoverNote:
            'Cooperación cerrada. El informe final y el protocolo de datos de calidad del aire están en la carpeta compartida; el contacto en Madrid sigue siendo Pablo Serrano.',
        },
      ],
    },
    {
      key: 'madrid',
      side: 'eu',
      title: 'Técnico de cooperación internacional',
      organisation: 'Ayuntamiento de Madrid – Dirección General de Relaciones Internacionales',
      holders: [{ name: 'Pablo Serrano Lozano', email: 'p.serrano@madrid.example', phone: '+34 91 000 0701', from: '2026-01-12' }],
    },
  ],
  agreements: [
    {
      key: 'air-data',
      title: 'Protocolo para el intercambio de datos de calidad del aire',
      signedOn: '2026-09-29',
      signatories: 'Agencia de Protección Ambiental de la Ciudad de Buenos Aires\nÁrea de Medio Ambiente y Movilidad del Ayuntamiento de Madrid',
      copyLocation: 'Copias firmadas digitalmente en los expedientes electrónicos de ambas ciudades.',
    },
  ],
};

export const ARGENTINIAN_PAIRINGS: PairingSpec[] = [tierraDelFuegoOstrobothnia, buenosAiresMadrid];
