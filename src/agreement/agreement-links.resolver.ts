import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Official } from '../official/official.type';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Regency } from '../regency/regency.type';
import { Sector } from '../sector/sector.type';
import { Agreement, AgreementParty, SectorCoverage, Signature } from './agreement.type';
import type { Parent } from '../common/parent';

/** Resolvers of the relationships around an agreement: parties, signatures, sectors. */
@Resolver(() => AgreementParty)
export class AgreementPartyResolver extends SourcedResolver(AgreementParty) {
  @FieldResolver(() => Regency, { description: 'The government bound by the agreement.' })
  async government(@Root() party: Parent<AgreementParty>, @Ctx() ctx: Context): Promise<Regency | null> {
    return party.government ?? ctx.loaders.byKey.Regency.load(party.governmentCode);
  }

  @FieldResolver(() => Agreement, { description: 'The agreement.' })
  async agreement(@Root() party: Parent<AgreementParty>, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.byKey.Agreement.load(party.agreementId);
  }
}

@Resolver(() => Signature)
export class SignatureResolver extends SourcedResolver(Signature) {
  @FieldResolver(() => Official, { description: 'The official who signed.' })
  async official(@Root() signature: Parent<Signature>, @Ctx() ctx: Context): Promise<Official | null> {
    return signature.official ?? ctx.loaders.byKey.Official.load(signature.officialId);
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'The government they signed for.' })
  async onBehalfOf(@Root() signature: Parent<Signature>, @Ctx() ctx: Context): Promise<Regency | null> {
    return signature.onBehalfOf ? ctx.loaders.byKey.Regency.load(signature.onBehalfOf) : null;
  }

  @FieldResolver(() => Agreement, { description: 'The agreement signed.' })
  async agreement(@Root() signature: Parent<Signature>, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.byKey.Agreement.load(signature.agreementId);
  }
}

@Resolver(() => SectorCoverage)
export class SectorCoverageResolver extends SourcedResolver(SectorCoverage) {
  @FieldResolver(() => Sector, { description: 'The sector covered.' })
  async sector(@Root() coverage: Parent<SectorCoverage>, @Ctx() ctx: Context): Promise<Sector | null> {
    return coverage.sector ?? ctx.loaders.byKey.Sector.load(coverage.sectorId);
  }
}
