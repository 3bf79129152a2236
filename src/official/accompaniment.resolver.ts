import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Accompaniment, Official } from './official.type';
import type { Parent } from '../common/parent';

@Resolver(() => Accompaniment)
export class AccompanimentResolver extends SourcedResolver(Accompaniment) {
  @FieldResolver(() => Official, { description: 'The other official: who was accompanied, or who accompanied.' })
  async official(@Root() entry: Parent<Accompaniment>, @Ctx() ctx: Context): Promise<Official | null> {
    return entry.official ?? ctx.loaders.byKey.Official.load(entry.officialId);
  }
}
