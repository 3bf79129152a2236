import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Regency } from '../regency/regency.type';
import { Adoption, Program, ProgramOrigin, ProgramRun } from './program.type';
import type { Parent } from '../common/parent';

/** Resolvers of the relationships around a program: who runs it, who adopted it, where it began. */
@Resolver(() => ProgramRun)
export class ProgramRunResolver extends SourcedResolver(ProgramRun) {
  @FieldResolver(() => Program, { description: 'The program it runs.' })
  async program(@Root() run: Parent<ProgramRun>, @Ctx() ctx: Context): Promise<Program | null> {
    return run.program ?? ctx.loaders.byKey.Program.load(run.programId);
  }

  @FieldResolver(() => Regency, { description: 'The government running it.' })
  async government(@Root() run: Parent<ProgramRun>, @Ctx() ctx: Context): Promise<Regency | null> {
    return run.government ?? ctx.loaders.byKey.Regency.load(run.governmentCode);
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver extends SourcedResolver(Adoption) {
  @FieldResolver(() => Program, { description: 'The program adopted.' })
  async program(@Root() adoption: Parent<Adoption>, @Ctx() ctx: Context): Promise<Program | null> {
    return adoption.program ?? ctx.loaders.byKey.Program.load(adoption.programId);
  }

  @FieldResolver(() => Regency, { description: 'The adopting government.' })
  async government(@Root() adoption: Parent<Adoption>, @Ctx() ctx: Context): Promise<Regency | null> {
    return adoption.government ?? ctx.loaders.byKey.Regency.load(adoption.governmentCode);
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'The government it is adopted from.' })
  async from(@Root() adoption: Parent<Adoption>, @Ctx() ctx: Context): Promise<Regency | null> {
    return adoption.fromCode ? ctx.loaders.byKey.Regency.load(adoption.fromCode) : null;
  }
}

@Resolver(() => ProgramOrigin)
export class ProgramOriginResolver extends SourcedResolver(ProgramOrigin) {
  @FieldResolver(() => Regency, { description: 'The government it began in.' })
  async government(@Root() origin: Parent<ProgramOrigin>, @Ctx() ctx: Context): Promise<Regency | null> {
    return origin.government ?? ctx.loaders.byKey.Regency.load(origin.governmentCode);
  }
}
