/**
 * The full form of a curated node's own properties (docs/model.md, "Statements"): every value
 * sources give each property, with its rank and references, on every curated entity type as
 * `propertyStatements`. The statements come from the same per-response loader as a
 * relationship's (cypher/statement/by-facts.cypher), keyed by property facts.
 */
import { Arg, Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import { Agreement } from '../agreement/agreement.type';
import { Claim } from '../claim/claim.type';
import { graphqlEnum } from '../common/enums';
import type { Context } from '../context';
import { MODEL } from '../model';
import type { EntityModel } from '../model';
import { RANK } from '../model/enums';
import type { Rank } from '../model/enums';
import { Official } from '../official/official.type';
import { Program } from '../program/program.type';
import { Sector } from '../sector/sector.type';
import { propertyFactKey, propertyGroups } from '../seed/property-statements';
import { CURATED_LISTS } from '../seed/source-file';
import { valuesOfFact } from '../seed/statements';
import { Provenance } from './provenance.type';
import type { StatementRecord } from './statement.loaders';

@ObjectType({ simpleResolvers: true, description: 'A value qualifying another, given with it by the same source (e.g. how the source words a date).' })
export class Qualifier {
  @Field({ description: 'The qualifying field, e.g. "dateText".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Its value as text (dates YYYY-MM-DD, true/false, numbers in digits); null when the source gives none.' })
  value!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A source giving a value of a property, with its words and how it qualifies the value.' })
export class PropertyReference extends Provenance {
  @Field(() => [Qualifier], { description: 'What this source gives with the value (for a date: how it words it, whether it was inferred and how); at most the qualifiers the model declares for the property.' })
  qualifiers!: Qualifier[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    "One value sources give one of a curated node's own properties (an agreement's date, an official's name), " +
    'with its rank and references: docs/model.md, "Statements".',
})
export class PropertyStatement {
  @Field({ description: 'The property, as the field is named on the node: "date", "name".' }) property!: string;
  @Field(() => String, { nullable: true, description: 'The value as text: dates YYYY-MM-DD, true/false, numbers in digits.' })
  value!: string | null;
  @Field(() => graphqlEnum(RANK), { description: 'PREFERRED, NORMAL or DEPRECATED (hidden from the simple field).' }) rank!: Rank;
  @Field(() => String, { nullable: true, description: "The curator's reason for a rank other than NORMAL." }) rankReason!: string | null;
  @Field({ description: 'True for the value the node shows in its own field (the best-ranked).' }) shown!: boolean;
  @Field(() => [PropertyReference], { description: 'The sources giving this value, with their words (oldest source first): at most one entry per source.' })
  references!: PropertyReference[];
}

function asText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The statements of one property fact as PropertyStatement rows, best value first. */
export function propertyStatementsOf(property: string, statements: readonly StatementRecord[]): PropertyStatement[] {
  const qualifiersOf = (s: StatementRecord): Qualifier[] =>
    (s.valueNames as readonly string[]).filter((name) => name !== property).map((name) => ({ name, value: asText(s[name]) }));
  return valuesOfFact(statements).map((value, index) => ({
    property,
    value: asText((value.statements[0] as StatementRecord)[property]),
    rank: value.rank,
    rankReason: value.statements.find((s) => s.rankReason)?.rankReason ?? null,
    shown: index === 0 && value.rank !== 'DEPRECATED',
    references: value.statements.map((s) => ({ sourceId: s.sourceId, quote: s.quote, inferred: s.inferred, note: s.note, qualifiers: qualifiersOf(s) })),
  }));
}

/** `AgreementProperty`: the properties a source can state of an entity, in CONSTANT_CASE, each standing for its field. */
function propertyEnum(entity: EntityModel): Record<string, string> {
  const groups = propertyGroups(entity);
  const enumObject = Object.fromEntries(groups.map(({ property }) => [property.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), property]));
  registerEnumType(enumObject, {
    name: `${entity.name}Property`,
    description: `A property of ${entity.name} that sources state (with its qualifiers, if any).`,
    valuesConfig: Object.fromEntries(
      Object.entries(enumObject).map(([value, property]) => [value, { description: `\`${property}\`: ${entity.fields[property]?.description ?? ''}` }]),
    ),
  });
  return enumObject;
}

/** The `propertyStatements` field of one curated entity type. */
function propertyStatementsResolver(type: ClassType, entity: EntityModel) {
  const properties = propertyEnum(entity);
  const all = propertyGroups(entity).map((group) => group.property);
  const keyField = entity.key.field;

  @Resolver(() => type)
  class PropertyStatementsResolver {
    @FieldResolver(() => [PropertyStatement], {
      description:
        'The full form of its own properties (a plain list: at most one value per property and source): every value sources give each property (per property best first; the first is ' +
        'the one its field shows), deprecated ones included, each with its rank and references. One entry per property when sources agree.',
    })
    async propertyStatements(
      @Root() node: Record<string, unknown>,
      @Arg('properties', () => [properties], { nullable: true, description: 'Only these properties (all when absent).' }) only: string[] | null,
      @Ctx() ctx: Context,
    ): Promise<PropertyStatement[]> {
      const ref = `${entity.name}:${String(node[keyField])}`;
      const wanted = all.filter((property) => !only || only.includes(property));
      const statements = await ctx.loaders.statements.loadMany(wanted.map((property) => propertyFactKey(ref, property)));
      return wanted.flatMap((property, i) => {
        const found = statements[i];
        if (found instanceof Error) throw found;
        return propertyStatementsOf(property, found ?? []);
      });
    }
  }
  return PropertyStatementsResolver;
}

/** The GraphQL type of each label sources declare nodes of. */
const TYPES: Readonly<Record<(typeof CURATED_LISTS)[number][0], ClassType>> = { Official, Agency, Program, Agreement, Sector, Claim };

/** One resolver per curated entity type that sources declare (src/seed/source-file.ts CURATED_LISTS). */
export const PROPERTY_STATEMENT_RESOLVERS = CURATED_LISTS.map(([label]) => propertyStatementsResolver(TYPES[label], MODEL.entity(label)));
