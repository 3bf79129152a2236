import type { EntityModel } from '../types';

export const SOURCE = {
  name: 'Source',
  description: 'A document the curated facts come from (a news article, a regulation).',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'sources',
  displayField: 'title',
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "bantenheadline-2017-03-mou-serang-banyuwangi".' },
    title: { type: 'String', description: 'Its title, or a descriptive one (see note).' },
    publisher: { type: 'String', nullable: true, description: 'Who published it ("BantenHeadline.com").' },
    kind: { type: 'String', nullable: true, description: 'NEWS_ARTICLE, PRESS_RELEASE, ...' },
    dateline: { type: 'String', nullable: true, description: 'Place named at the head of the article ("SERANG").' },
    publishedOn: { type: 'Date', nullable: true, description: 'Day of publication, when known.' },
    publishedOnInferred: { type: 'Boolean', nullable: true, description: 'True when publishedOn was inferred, not printed.' },
    editorCode: { type: 'String', nullable: true, description: 'Editor\'s code printed at the end ("Red – 05").' },
    origin: { type: 'String', nullable: true, description: 'Where the text came from, e.g. "press release".' },
    language: { type: 'String', nullable: true, description: 'ISO 639-1 language of the quotes ("id").' },
    url: { type: 'String', nullable: true, description: 'Where it can be read, when known.' },
    retrievedOn: { type: 'Date', nullable: true, description: 'Day its text was retrieved (for a web page), when recorded.' },
    textSha256: {
      type: 'String',
      nullable: true,
      description:
        'SHA-256 (hex) of the text its quotes were checked against, kept in the repository as seed/sources/<file>.txt, so any quote can be re-checked.',
    },
  },
} as const satisfies EntityModel;
