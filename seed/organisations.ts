/** Organisations named in the seed practices. */
export const organisationSeeds: { slug: string; name: string; country: string; website?: string; description?: { en: string; nl?: string } }[] = [
  { slug: 'go-clb', name: 'GO! CLB', country: 'BE', description: { en: 'Pupil guidance centres of the Flemish community education network (GO!).' } },
  { slug: 'vclb', name: 'VCLB (Vrije CLB)', country: 'BE', description: { en: 'Pupil guidance centres of the free (Catholic) education network.' } },
  { slug: 'ovsg-clb', name: 'OVSG CLB', country: 'BE', description: { en: 'Pupil guidance centres of the municipal education network (OVSG).' } },
  { slug: 'pov-clb', name: 'POV CLB', country: 'BE', description: { en: 'Pupil guidance centres of the provincial education network (POV).' } },
  {
    slug: 'school-en-veiligheid',
    name: 'Stichting School & Veiligheid',
    country: 'NL',
    description: { en: 'Dutch foundation supporting schools on social safety.', nl: 'Stichting die scholen ondersteunt bij sociale veiligheid.' },
  },
  {
    slug: 'cmp-antwerpen',
    name: 'Centraal Meldpunt (CMP), Stad Antwerpen',
    country: 'BE',
    description: {
      en: 'Central reporting point of the City of Antwerp for concerns about pupils, including radicalisation and polarisation.',
      nl: 'Centraal Meldpunt van de stad Antwerpen voor bezorgdheden over leerlingen, ook rond radicalisering en polarisering.',
    },
  },
  {
    slug: 'sociale-interventie-antwerpen',
    name: 'Sociale Interventie, dienst Preventie gewelddadige radicalisering (Antwerpen)',
    country: 'BE',
    description: { en: 'Antwerp service for the prevention of violent radicalisation.', nl: 'Antwerpse dienst Preventie gewelddadige radicalisering.' },
  },
  { slug: 'politie-antwerpen', name: 'Politie Antwerpen', country: 'BE', description: { en: 'Antwerp police (consulted only exceptionally, with the school and CLB).' } },
]
