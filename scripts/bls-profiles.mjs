// The built-in profiles made from BLS files by the importer: `npm run data`
// writes them, and a test checks the committed files equal a fresh import.
export const BLS_PROFILES = [
  {
    out: 'data/medical-records-specialists.json',
    options: {
      soc: '29-2072',
      id: 'medical-records-specialists',
      title: 'Medical Records Specialist',
      national: 'data/bls/national_M2023_dl.xlsx',
      state: 'data/bls/state_M2023_dl.csv',
      projections: 'data/bls/ep_2023-33_Employment_Projections.csv',
    },
  },
];
