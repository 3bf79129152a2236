import type { EnumModel } from './types';

/**
 * The closed sets of values the graph uses, shared by the API (GraphQL enums), the seed
 * (which refuses any other value in a source file) and the docs.
 */
function defineEnum<V extends string>(model: EnumModel<V>): EnumModel<V> {
  return model;
}

/** The values of an enum, in declaration order. */
export function enumValues<V extends string>(model: EnumModel<V>): readonly V[] {
  return Object.keys(model.values) as V[];
}

export const REGENCY_KIND = defineEnum({
  name: 'RegencyKind',
  description: 'Kabupaten (REGENCY, led by a Bupati) or Kota (CITY, led by a Wali Kota).',
  values: { REGENCY: 'Kabupaten', CITY: 'Kota' },
});
export type RegencyKind = keyof typeof REGENCY_KIND.values;

export const AGENCY_KIND = defineEnum({
  name: 'AgencyKind',
  description: 'What an agency does.',
  values: {
    PLANNING: 'Bappeda',
    EDUCATION_CULTURE: 'Dindikbud',
    HEALTH: 'Dinkes',
    TOURISM_YOUTH_SPORTS: 'Disparpora',
    VILLAGE_EMPOWERMENT: 'DPMD',
    SECRETARIAT: 'Setda',
    OTHER: 'Any other agency.',
  },
});
export type AgencyKind = keyof typeof AGENCY_KIND.values;

export const PROGRAM_KIND = defineEnum({
  name: 'ProgramKind',
  description: 'A program (with beneficiaries), a policy (a rule), or a practice (a way of working).',
  values: {
    PROGRAM: 'A program with beneficiaries (scholarships for poor students).',
    POLICY: 'A rule (no comparative-study visits for the apparatus).',
    PRACTICE: 'A way of working (festivals without an event organiser).',
  },
});
export type ProgramKind = keyof typeof PROGRAM_KIND.values;

export const ADOPTION_STATUS = defineEnum({
  name: 'AdoptionStatus',
  description: 'How far an adoption has gone.',
  values: { PLANNED: 'Announced, not begun.', IN_PROGRESS: 'Begun.', DONE: 'In place.' },
});
export type AdoptionStatus = keyof typeof ADOPTION_STATUS.values;

export const CLAIM_KIND = defineEnum({
  name: 'ClaimKind',
  description: 'What kind of thing a source says.',
  values: {
    ASSESSMENT: 'A judgement ("the best-run regency government in Indonesia").',
    COMMITMENT: 'A promise of future action.',
    STATEMENT: 'Anything else a source reports.',
  },
});
export type ClaimKind = keyof typeof CLAIM_KIND.values;

export const VILLAGE_KIND = defineEnum({
  name: 'VillageKind',
  description: 'Desa (a village governed by its own elected head) or Kelurahan (an urban village run by the city or regency).',
  values: {
    DESA: 'Desa: led by a Kepala Desa, elected by its villagers.',
    KELURAHAN: 'Kelurahan: led by a Lurah, a civil servant (PNS) appointed by the regency or city.',
  },
});
export type VillageKind = keyof typeof VILLAGE_KIND.values;

export const RANK = defineEnum({
  name: 'Rank',
  description:
    "How a statement counts, as in Wikidata: simple fields show the best-ranked value (PREFERRED over NORMAL); DEPRECATED values (wrong or superseded, with the curator's reason) are kept and shown only in the full form.",
  values: {
    PREFERRED: 'The value to show when sources disagree, chosen by a curator with a reason.',
    NORMAL: 'A value as a source states it (the default).',
    DEPRECATED: 'Known to be wrong or superseded; kept with its reason, never shown in simple fields.',
  },
});
export type Rank = keyof typeof RANK.values;

export const DATE_PRECISION = defineEnum({
  name: 'DatePrecision',
  description: 'How much of a date a source gives (as Wikidata records a time): the day, only the month, or only the year.',
  values: {
    DAY: 'The day is known (the default).',
    MONTH: 'Only the month: the date is written as its first day, and covers the whole month.',
    YEAR: 'Only the year: the date is written as 1 January, and covers the whole year.',
  },
});
export type DatePrecision = keyof typeof DATE_PRECISION.values;

export const HOLDER = defineEnum({
  name: 'Holder',
  description:
    "Who held a post, as a source says (Wikidata's \"unknown value\" and \"no value\"): a named official, someone the source does not name, or nobody. A post no source speaks of has no entry at all.",
  values: {
    KNOWN: 'An official the graph knows (see `official`).',
    UNKNOWN: 'Someone held it, but the source does not say who ("unknown value").',
    NONE: 'Nobody held it: the post was vacant ("no value").',
  },
});

export type Holder = keyof typeof HOLDER.values;

export const ENUMS = [REGENCY_KIND, AGENCY_KIND, PROGRAM_KIND, ADOPTION_STATUS, CLAIM_KIND, VILLAGE_KIND, RANK, DATE_PRECISION, HOLDER] as const;
