import type { PairingSpec } from './build';

// Sample pairings with Colombian cities. People, e-mail addresses (on the
// reserved .example domain) and phone numbers are invented.

const cartagenaMalaga: PairingSpec = {
  key: 'cartagena-malaga',
  lac: [{ key: 'cartagena', name: 'Cartagena de Indias', country: 'CO' }],
  eu: [{ key: 'malaga', name: 'Málaga', country: 'ES' }],
  status: 'active',
  themes: ['urban-regeneration', 'sustainable-land-use'],
  frameworks: ['sdg-5', 'sdg-11', 'new-urban-agenda', 'eu-urban-agenda'],
  startDate: '2026-02-01',
  endDate: '2027-07-31',
  summary: {
    es: [
      'Cartagena de Indias y Málaga comparten un mismo reto: transformar el espacio público de las zonas turísticas con procesos participativos y soluciones basadas en la naturaleza, sin expulsar a los vecinos de los barrios vulnerables que las rodean.',
      'Málaga aporta su experiencia en la regeneración de su centro histórico y en los presupuestos participativos; Cartagena, su trabajo con las juntas de acción comunal y la revisión de su Plan de Ordenamiento Territorial.',
      'Proyecto piloto: un punto de encuentro vecinal al aire libre en El Espinal.\n- plan participativo con los vecinos y la junta de acción comunal;\n- regeneración del espacio público con arbolado y drenaje sostenible;\n- fachadas y señalética diseñadas con la comunidad;\n- ingresos por reciclaje para un grupo de mujeres del barrio.',
    ].join('\n\n'),
    en: [
      'Cartagena de Indias and Málaga share one challenge: using participatory processes and nature-based solutions to transform public space in tourist areas without pushing residents out of the vulnerable neighbourhoods around them.',
      'Pilot project: an open-air neighbourhood meeting place in El Espinal, with a participatory plan, the regeneration of its public space, façades and signs designed with residents, and income from recycling for a group of women from the neighbourhood.',
    ].join('\n\n'),
  },
  writes: { lac: 'es', eu: 'es' },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordinación de la cooperación',
      organisation: 'Alcaldía de Cartagena – Oficina de Cooperación Internacional',
      holders: [
        {
          name: 'Laura Herrera Pájaro',
          email: 'l.herrera@cartagena.example',
          phone: '+57 605 000 0101',
          from: '2026-02-01',
          to: '2026-06-30',
          handoverNote: [
            'Paso la coordinación a Andrés Julio Castillo.',
            'Contactos clave: Rocío Martín (Ayuntamiento de Málaga) y la presidenta de la junta de acción comunal de El Espinal.',
            'Pendiente: informe de la misión técnica de Málaga (borrador en la carpeta compartida), acta del segundo taller con los vecinos, solicitud de contrapartida a la Secretaría de Hacienda.',
            'El original del memorando firmado está en el archivo de la Oficina.',
          ].join('\n'),
        },
        { name: 'Andrés Julio Castillo', email: 'a.castillo@cartagena.example', phone: '+57 605 000 0102', from: '2026-07-01' },
      ],
    },
    {
      key: 'espinal-pilot',
      side: 'lac',
      title: 'Responsable técnica del piloto de El Espinal',
      organisation: 'Alcaldía de Cartagena – Secretaría de Planeación Distrital',
      holders: [{ name: 'Marta Lucía Arrieta', email: 'm.arrieta@cartagena.example', from: '2026-03-01' }],
    },
    {
      key: 'coordination-eu',
      side: 'eu',
      title: 'Coordinadora de la cooperación',
      organisation: 'Ayuntamiento de Málaga – Área de Relaciones Internacionales',
      holders: [{ name: 'Rocío Martín Gálvez', email: 'r.martin@malaga.example', phone: '+34 951 000 101', from: '2026-02-01' }],
    },
    {
      key: 'nbs',
      side: 'eu',
      title: 'Técnico de soluciones basadas en la naturaleza',
      organisation: 'Ayuntamiento de Málaga – Área de Sostenibilidad Medioambiental',
      holders: [
        {
          name: 'Javier Ruiz Ortega',
          email: 'j.ruiz@malaga.example',
          from: '2026-02-01',
          to: '2026-10-15',
          handoverNote:
            'Me jubilo el 15 de octubre y el puesto queda sin cubrir hasta nueva convocatoria. Los diseños de alcorques y jardines de lluvia para El Espinal están en la carpeta compartida (versión 3). Falta validar con Cartagena la lista de especies de arbolado.',
        },
      ],
    },
  ],
  agreements: [
    {
      key: 'mou',
      title: 'Memorando de entendimiento para la cooperación urbana entre Cartagena de Indias y Málaga',
      signedOn: '2026-04-22',
      signatories: 'Alcalde Mayor de Cartagena de Indias\nAlcalde de Málaga',
      copyLocation: 'Original: archivo de la Oficina de Cooperación Internacional, Alcaldía de Cartagena.\nCopia escaneada: carpeta compartida del proyecto.',
    },
    {
      key: 'espinal',
      title: 'Acta de compromiso del piloto de El Espinal',
      signedOn: '2026-09-10',
      signatories: 'Secretaría de Planeación Distrital de Cartagena\nJunta de Acción Comunal de El Espinal\nÁrea de Participación Ciudadana de Málaga',
      copyLocation: 'Secretaría de Planeación Distrital (original); copia en la sede de la junta de acción comunal.',
    },
  ],
};

const barranquillaVelletri: PairingSpec = {
  key: 'barranquilla-velletri',
  lac: [
    { key: 'barranquilla', name: 'Barranquilla', country: 'CO' },
    { key: 'soledad', name: 'Soledad', country: 'CO' },
  ],
  eu: [
    { key: 'velletri', name: 'Velletri', country: 'IT' },
    { key: 'roma', name: 'Roma', country: 'IT' },
  ],
  status: 'active',
  themes: ['urban-regeneration', 'sustainable-land-use', 'circular-economy'],
  frameworks: ['sdg-2', 'sdg-11', 'urbact', 'eu-urban-agenda'],
  startDate: '2026-03-01',
  endDate: '2027-12-31',
  summary: {
    en: [
      'Urban gardens as a tool for social integration. Velletri brings what it learnt in an URBACT transfer network on community gardens; Rome brings its rules for lending public land to residents’ associations. Barranquilla and Soledad will start four gardens on empty municipal plots near the boundary between the two cities, run by neighbourhood groups with the support of local universities.',
      'The cooperation was extended to December 2027 so that a full rainy season can be followed before the gardens are handed over to the community.',
    ].join('\n\n'),
  },
  writes: { lac: 'es', eu: null },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordinador de la cooperación',
      organisation: 'Alcaldía de Barranquilla – Oficina de Relaciones Internacionales',
      holders: [{ name: 'Carlos Mario Fontalvo', email: 'c.fontalvo@barranquilla.example', from: '2026-03-01' }],
    },
    {
      key: 'soledad',
      side: 'lac',
      title: 'Enlace técnico de Soledad',
      organisation: 'Alcaldía de Soledad – Secretaría de Desarrollo Económico',
      holders: [{ name: 'Yeimi Paola De la Hoz', email: 'y.delahoz@soledad.example', phone: '+57 605 000 0201', from: '2026-03-15' }],
    },
    {
      key: 'velletri',
      side: 'eu',
      title: 'Referente del progetto',
      organisation: 'Comune di Velletri – Ufficio Ambiente',
      holders: [{ name: 'Giulia Morandi', email: 'g.morandi@velletri.example', from: '2026-03-01' }],
    },
    // Nobody has been named yet on Rome's side: the dossier shows it as vacant.
    { key: 'roma', side: 'eu', title: 'Funzionario tecnico', organisation: 'Roma Capitale – Dipartimento Tutela Ambientale', holders: [] },
  ],
  agreements: [
    {
      key: 'letter',
      writtenIn: 'en',
      title: 'Letter of intent on urban gardens for social integration',
      signedOn: '2026-05-14',
      signatories: 'Mayors of Barranquilla, Soledad and Velletri\nRoma Capitale, Department for Environmental Protection',
      copyLocation: 'Comune di Velletri, protocol office (original); scanned copy in the shared folder.',
    },
  ],
};

const medellinBelfast: PairingSpec = {
  key: 'medellin-belfast',
  lac: [
    { key: 'medellin', name: 'Medellín', country: 'CO' },
    { key: 'cali', name: 'Santiago de Cali', country: 'CO' },
  ],
  eu: [{ key: 'belfast', name: 'Belfast', country: 'GB' }],
  status: 'active',
  themes: ['innovation-growth', 'smart-cities'],
  frameworks: ['sdg-8', 'sdg-9', 'sdg-17', 'new-urban-agenda'],
  startDate: '2026-01-15',
  endDate: '2027-07-15',
  summary: {
    en: 'Medellín and Santiago de Cali, with Belfast, on innovation districts as a way to bring jobs and skills to the neighbourhoods around them. The three cities compare how they involve universities and industry in running their districts, and how they measure the effect on local employment.\n\nBelfast hosts the counterpart mission; the European mission visits both Colombian cities in one week.',
    es: 'Medellín y Santiago de Cali, con Belfast, trabajan sobre los distritos de innovación como medio para llevar empleo y formación a los barrios de su entorno. Las tres ciudades comparan cómo implican a universidades y empresas en la gestión de sus distritos y cómo miden el efecto sobre el empleo local.',
  },
  writes: { lac: 'es', eu: 'en' },
  positions: [
    {
      key: 'medellin',
      side: 'lac',
      title: 'Coordinación de la cooperación (Medellín)',
      organisation: 'Agencia de Cooperación e Inversión de Medellín y el Área Metropolitana',
      holders: [
        {
          name: 'Santiago Restrepo Vélez',
          email: 's.restrepo@medellin.example',
          from: '2026-01-15',
          to: '2026-08-31',
          handoverNote:
            'Paso a la Secretaría de Desarrollo Económico y sigo localizable allí. Pendiente: confirmar con Ciarán McAllister las fechas de la misión a Belfast y enviarle la lista de empresas del distrito que participan.',
        },
        { name: 'Natalia Gómez Arango', email: 'n.gomez@medellin.example', phone: '+57 604 000 0301', from: '2026-09-01' },
      ],
    },
    {
      key: 'cali',
      side: 'lac',
      title: 'Enlace técnico (Cali)',
      organisation: 'Alcaldía de Santiago de Cali – Departamento Administrativo de Planeación',
      holders: [{ name: 'Jhon Fredy Mosquera', email: 'j.mosquera@cali.example', from: '2026-02-01' }],
    },
    {
      key: 'belfast',
      side: 'eu',
      title: 'International relations officer',
      organisation: 'Belfast City Council – International Relations Unit',
      holders: [{ name: 'Ciarán McAllister', email: 'c.mcallister@belfast.example', phone: '+44 28 0000 0301', from: '2026-01-15' }],
    },
  ],
};

const ibagueGraz: PairingSpec = {
  key: 'ibague-graz',
  lac: [{ key: 'ibague', name: 'Ibagué', country: 'CO' }],
  eu: [{ key: 'graz', name: 'Graz (Metropolitan)', country: 'AT' }],
  status: 'suspended',
  themes: ['mobility', 'sustainable-land-use'],
  frameworks: ['sdg-11', 'sdg-13', 'paris-agreement'],
  startDate: '2026-02-15',
  endDate: '2027-08-14',
  summary: {
    es: 'Movilidad activa y planificación metropolitana. Graz comparte cómo coordina con los municipios de su área metropolitana la red de ciclovías y el transporte público; Ibagué quiere aplicarlo a su Plan Maestro de Movilidad y a los corredores hacia los municipios vecinos.\n\nLa cooperación está suspendida desde septiembre de 2026, a la espera de que el Concejo de Ibagué apruebe la contrapartida para el piloto de ciclovía.',
  },
  writes: { lac: 'es', eu: null },
  positions: [
    {
      key: 'coordination',
      side: 'lac',
      title: 'Coordinadora de la cooperación',
      organisation: 'Alcaldía de Ibagué – Secretaría de Movilidad',
      holders: [{ name: 'Diana Marcela Varón', email: 'd.varon@ibague.example', from: '2026-02-15' }],
    },
    {
      key: 'graz',
      side: 'eu',
      title: 'Projektleitung internationale Kooperation',
      organisation: 'Regionalmanagement Steirischer Zentralraum',
      holders: [{ name: 'Lukas Pichler', email: 'l.pichler@graz.example', phone: '+43 316 000 401', from: '2026-02-15' }],
    },
  ],
};

export const COLOMBIAN_PAIRINGS: PairingSpec[] = [cartagenaMalaga, barranquillaVelletri, medellinBelfast, ibagueGraz];
