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

/**
 * What a curated relationship row carries to find its references (docs/model.md,
 * "Statements"): the key of its fact and of the value it shows.
 */
export interface FactFields {
  readonly fact?: string | null;
  readonly valueKey?: string | null;
}

/** A graph question's relationship row, whose query collected its references already. */
export interface ProvenanceFields {
  readonly references?: readonly Provenance[] | null;
}

/** The references a graph query collected for a relationship; none for backbone rows. */
export function provenanceOf(row: ProvenanceFields): Provenance[] {
  return [...(row.references ?? [])];
}
