import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/connection';
import type { Province } from '../province/province.type';

export enum RegencyKind {
  REGENCY = 'REGENCY',
  CITY = 'CITY',
}
registerEnumType(RegencyKind, {
  name: 'RegencyKind',
  description: 'Kabupaten (REGENCY, led by a Bupati) or Kota (CITY, led by a Wali Kota).',
  valuesConfig: { REGENCY: { description: 'Kabupaten' }, CITY: { description: 'Kota' } },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'A regency (Kabupaten) or city (Kota), the second administrative level, and its local government (Pemkab / Pemkot); 514 in all.',
})
export class Regency {
  @Field(() => ID, { description: 'Official code, e.g. "36.04" (Kabupaten Serang); "36.73" is Kota Serang.' })
  code!: string;
  @Field({ description: 'Display name, e.g. "Kabupaten Serang".' }) name!: string;
  @Field(() => RegencyKind, { description: 'Kabupaten or Kota.' }) kind!: RegencyKind;
  @Field({ description: 'Code of its province.' }) provinceCode!: string;
  /** The province, when the query brought it along (saves a round trip). */
  province?: Province;
}

@ObjectType({ simpleResolvers: true })
export class RegencyConnection extends Connection(Regency, 'Regency') {}
