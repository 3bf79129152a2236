import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { toLuceneQuery } from '../common/normalize';
import { searchRepository } from './search.repository';
import { SearchHit, SearchType } from './search.type';
import { assertPageSize } from '../common/pagination';

const ALL_TYPES = Object.values(SearchType);

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Searches the names of regencies and cities, officials, agencies and programs, ignoring case and accents. ' +
      'Understands "Kab. Serang", "Pemkab Serang", "Kota Serang", nicknames ("Tatu") and short names ("Dinkes").',
  })
  async search(
    @Arg('query', { description: 'Words of a name; case, accents, "Kab." and "Pemkab" do not matter.' }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds (default: all).' })
    types: SearchType[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many matches, best first (1 to the server maximum page size).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    assertPageSize(first, ctx.config.maxPageSize, 1);
    const lucene = toLuceneQuery(query);
    if (lucene === null) {
      throw new BadUserInputError('The search query must contain at least one letter or digit.', 'query');
    }
    const rows = await searchRepository.entities(ctx.db, lucene, types?.length ? types : ALL_TYPES, first);
    return rows.map((row) => ({ type: row.label, score: row.score, node: { ...row.node, __label: row.label } as never }));
  }
}
