import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Source } from '../source/source.type';
import { Provenance } from './provenance.type';
import type { Parent } from '../common/parent';

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => Source)
  async source(@Root() provenance: Parent<Provenance>, @Ctx() ctx: Context): Promise<Source | null> {
    return ctx.loaders.byKey.Source.load(provenance.sourceId);
  }
}
