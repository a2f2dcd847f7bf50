import type { PairingSpec } from './build';

// Sample pairings with Peruvian cities, both still being prepared: Peru's new
// municipal administrations take office in January 2027, which is when a
// handover is due. People and contact details are invented.

const surcoCluj: PairingSpec = {
  key: 'surco-cluj',
  lac: [{ key: 'surco', name: 'Santiago de Surco', country: 'PE' }],
  eu: [{ key: 'cluj', name: 'Cluj-Napoca', country: 'RO' }],
  status: 'in-preparation',
  themes: ['smart-cities', 'innovation-growth'],
  frameworks: ['sdg-11', 'sdg-16', 'eu-urban-agenda'],
  startDate: '2027-02-01',
  summary: {
    es: 'Participación ciudadana digital. Cluj-Napoca comparte su experiencia con los presupuestos participativos en línea y los datos abiertos municipales; Santiago de Surco quiere incorporar a su plataforma de atención al vecino un módulo de propuestas y de seguimiento de obras.\n\nLa cooperación empezará con la nueva gestión municipal, que asume en enero de 2027.',
    pt: 'Participação cidadã digital. Cluj-Napoca compartilha sua experiência com o orçamento participativo on-line e os dados abertos municipais; Santiago de Surco quer incluir em sua plataforma de atendimento ao morador um módulo de propostas e de acompanhamento de obras.\n\nA cooperação começa com a nova gestão municipal, que toma posse em janeiro de 2027.',
    en: 'Digital citizen participation. Cluj-Napoca shares its experience with online participatory budgeting and municipal open data; Santiago de Surco wants to add a module for residents’ proposals and for following public works to its service platform.\n\nThe cooperation starts with the new municipal administration, which takes office in January 2027.',
  },
  writes: { lac: 'es', eu: null },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Responsable de cooperación técnica internacional',
      organisation: 'Municipalidad de Santiago de Surco – Gerencia de Planeamiento',
      holders: [
        {
          name: 'Patricia Salazar Núñez',
          email: 'p.salazar@surco.example',
          phone: '+51 1 000 0501',
          from: '2026-06-01',
          to: '2026-12-31',
          handoverNote:
            'Cargo de confianza: termina con la gestión actual el 31 de diciembre.\nDejo para quien me suceda el expediente de postulación, los contactos de Cluj-Napoca (Ioana Pop) y la propuesta de agenda de la primera reunión virtual.',
        },
        { name: 'Renzo Quispe Huamán', email: 'r.quispe@surco.example', from: '2027-01-04' },
      ],
    },
    {
      key: 'cluj',
      side: 'eu',
      title: 'Consilier relații internaționale',
      organisation: 'Primăria Municipiului Cluj-Napoca',
      holders: [{ name: 'Ioana Pop', email: 'i.pop@cluj.example', phone: '+40 264 000 501', from: '2026-06-01' }],
    },
  ],
};

const trujilloPitesti: PairingSpec = {
  key: 'trujillo-pitesti',
  lac: [{ key: 'trujillo', name: 'Trujillo', country: 'PE' }],
  eu: [{ key: 'pitesti', name: 'Pitești', country: 'RO' }],
  status: 'in-preparation',
  themes: ['urban-regeneration', 'mobility'],
  frameworks: ['sdg-11', 'new-urban-agenda'],
  // No dates yet: they are set once both councils approve the work plan.
  summary: {
    en: 'Historic centres that people live in. Trujillo and Pitești want to compare how they keep residents and small shops in their historic centres while traffic and visitors grow: parking and delivery rules, pedestrian streets, and support for renovating old houses.\n\nDates will be set once both councils approve the work plan.',
  },
  writes: { lac: 'es', eu: null },
  positions: [
    // To be filled by Trujillo's new administration in 2027.
    { key: 'coordination', side: 'lac', title: 'Coordinación de la cooperación', organisation: 'Municipalidad Provincial de Trujillo', holders: [] },
    {
      key: 'pitesti',
      side: 'eu',
      title: 'Expert relații externe',
      organisation: 'Primăria Municipiului Pitești',
      holders: [{ name: 'Andrei Ionescu', email: 'a.ionescu@pitesti.example', from: '2026-09-01' }],
    },
  ],
};

export const PERUVIAN_PAIRINGS: PairingSpec[] = [surcoCluj, trujilloPitesti];
