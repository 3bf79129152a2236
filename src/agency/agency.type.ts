import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/connection';

export enum AgencyKind {
  PLANNING = 'PLANNING',
  EDUCATION_CULTURE = 'EDUCATION_CULTURE',
  HEALTH = 'HEALTH',
  TOURISM_YOUTH_SPORTS = 'TOURISM_YOUTH_SPORTS',
  VILLAGE_EMPOWERMENT = 'VILLAGE_EMPOWERMENT',
  SECRETARIAT = 'SECRETARIAT',
  OTHER = 'OTHER',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What an agency does.',
  valuesConfig: {
    PLANNING: { description: 'Bappeda' },
    EDUCATION_CULTURE: { description: 'Dindikbud' },
    HEALTH: { description: 'Dinkes' },
    TOURISM_YOUTH_SPORTS: { description: 'Disparpora' },
    VILLAGE_EMPOWERMENT: { description: 'DPMD' },
    SECRETARIAT: { description: 'Setda' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'An agency (SKPD / OPD) of a local government.' })
export class Agency {
  @Field(() => ID, { description: 'Slug, e.g. "36.04-bappeda".' }) id!: string;
  @Field({ description: 'Full name, e.g. "Badan Perencanaan Pembangunan Daerah Kabupaten Serang".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Usual short name, e.g. "Bappeda".' }) shortName!: string | null;
  @Field(() => AgencyKind) kind!: AgencyKind;
  @Field({ description: 'Code of the government it is part of.' }) governmentCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class AgencyConnection extends Connection(Agency, 'Agency') {}
