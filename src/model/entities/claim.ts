import { CLAIM_KIND } from '../enums';
import type { EntityModel } from '../types';

export const CLAIM = {
  name: 'Claim',
  description: 'Something a source says (an assessment, a commitment): reported, not asserted by the graph.',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'claims',
  displayField: 'text',
  fields: {
    id: { type: 'ID', description: 'Slug of the claim.' },
    text: { type: 'String', description: 'The claim in English.' },
    kind: { type: CLAIM_KIND, description: 'Assessment, commitment or statement.' },
  },
  relationships: [
    {
      type: 'ABOUT',
      target: 'Regency',
      description: 'Claim → Regency: what a source says about a government (reported, not asserted).',
      curated: true,
      out: { field: 'about' },
      in: { field: 'claims' },
    },
    {
      type: 'STATED_BY',
      target: 'Official',
      description: 'Claim → Official: who said it.',
      curated: true,
      out: { field: 'statedBy' },
    },
  ],
} as const satisfies EntityModel;
