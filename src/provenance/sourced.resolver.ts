import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { Context } from '../context';
import { graphqlEnum } from '../common/enums';
import { RANK } from '../model/enums';
import type { Rank } from '../model/enums';
import { STATEMENT_FIELDS, valueRank, valuesOfFact } from '../seed/statements';
import { Provenance } from './provenance.type';
import type { FactFields } from './provenance.type';
import type { StatementRecord } from './statement.loaders';

/** The values a statement states, null ones included (its node keeps only the others). */
function valuesOfStatement(statement: StatementRecord): Record<string, unknown> {
  const names = (statement.valueNames as readonly string[] | undefined) ?? Object.keys(statement).filter((name) => !STATEMENT_FIELDS.has(name));
  return Object.fromEntries(names.map((name) => [name, statement[name] ?? null]));
}

/** Every statement of the row's fact (one loader batch per response), or none for a backbone row. */
function statementsOf(ctx: Context, row: FactFields): Promise<StatementRecord[]> {
  return row.fact ? ctx.loaders.statements.load(row.fact) : Promise.resolve([]);
}

/** The statements stating the value the row shows. */
async function statementsOfValue(ctx: Context, row: FactFields): Promise<StatementRecord[]> {
  return (await statementsOf(ctx, row)).filter((s) => s.valueKey === row.valueKey);
}

/** The references of the value a curated relationship shows: its statements that state that value. */
export async function referencesOf(ctx: Context, row: FactFields): Promise<Provenance[]> {
  return (await statementsOfValue(ctx, row)).map((s) => ({ sourceId: s.sourceId, quote: s.quote, inferred: s.inferred, note: s.note }));
}

/**
 * Base of the resolvers of curated relationships (a position, a signature, an adoption): their
 * references (`provenance`), the rank of the value shown, and the full form (`statements`):
 * every value sources give the fact, each as a row of the same type. docs/model.md, "Statements".
 */
export function SourcedResolver<T extends FactFields>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class SourcedResolverBase {
    @FieldResolver(() => [Provenance], { description: 'The sources stating the value shown, with their quotes (oldest source first). A plain list: at most one entry per source.' })
    references(@Root() row: T, @Ctx() ctx: Context): Promise<Provenance[]> {
      return referencesOf(ctx, row);
    }

    @FieldResolver(() => [Provenance], { description: 'The same list as `references` (its earlier name): at most one entry per source.', deprecationReason: 'Use `references`.' })
    provenance(@Root() row: T, @Ctx() ctx: Context): Promise<Provenance[]> {
      return referencesOf(ctx, row);
    }

    @FieldResolver(() => String, {
      nullable: true,
      description: 'The key of the fact (docs/model.md, "Statements"), as setStatementRank names it; null for a fact no source states (the backbone).',
    })
    fact(@Root() row: T): string | null {
      return row.fact ?? null;
    }

    @FieldResolver(() => graphqlEnum(RANK), {
      description: 'Rank of the value shown: PREFERRED or NORMAL here; in `statements`, DEPRECATED values too.',
    })
    async rank(@Root() row: T, @Ctx() ctx: Context): Promise<Rank> {
      return valueRank((await statementsOfValue(ctx, row)).map((s) => s.rank));
    }

    @FieldResolver(() => String, { nullable: true, description: "The curator's reason for a rank other than NORMAL." })
    async rankReason(@Root() row: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await statementsOfValue(ctx, row)).find((s) => s.rankReason)?.rankReason ?? null;
    }

    @FieldResolver(() => [type], {
      description:
        'The full form: every value sources give this fact, best first (the first is the one shown), deprecated ones included (a plain list: at most one value per source), ' +
        'each with its rank and references. One entry when all sources agree.',
    })
    async statements(@Root() row: T, @Ctx() ctx: Context): Promise<T[]> {
      const values = valuesOfFact(await statementsOf(ctx, row));
      return values.map((value) => ({ ...row, ...valuesOfStatement(value.statements[0] as StatementRecord), valueKey: value.valueKey }));
    }
  }
  return SourcedResolverBase;
}
