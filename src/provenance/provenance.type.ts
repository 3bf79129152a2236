import { Field, ObjectType } from 'type-graphql';
import { Source } from '../source/source.type';


/** Where a curated fact comes from: the source document and its words. */
@ObjectType({ simpleResolvers: true, description: 'Where a curated fact comes from: a source document and its verbatim quote.' })
export class Provenance {
  /** Key of the Source node; resolved to `source` by a loader. */
  sourceId!: string;

  @Field(() => Source, { description: 'The document that states the fact.' })
  source?: Source;

  @Field(() => String, { nullable: true, description: 'The sentence of the source, verbatim (in its language).' })
  quote!: string | null;

  @Field({ description: 'True when a value was inferred rather than read in the source (see `note`).' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How a value was inferred, or other remarks.' })
  note!: string | null;
}

/** Fields every curated relationship row carries (see docs/model.md). */
export interface ProvenanceFields {
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}

/** The provenance recorded on a curated relationship, or none for backbone rows. */
export function provenanceOf(row: ProvenanceFields): Provenance[] {
  if (!row.sourceId) return [];
  return [{ sourceId: row.sourceId, quote: row.quote ?? null, inferred: row.inferred ?? false, note: row.note ?? null }];
}
