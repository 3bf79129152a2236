import { h } from './dom';
import type { ProvenanceData } from './graph-data';
import { routeHref } from './route';

/** The quote in quotation marks, unless it already opens with one. */
function quoted(quote: string): string {
  return /^[“"„«]/.test(quote) ? quote : `“${quote}”`;
}

/**
 * A curated fact's provenance, shown rather than hidden: the verbatim quote, the source
 * document (a link to its page) and whether a value was inferred, with the note saying how.
 */
export function provenanceBlock(p: ProvenanceData & { source: (ProvenanceData['source'] & { publisher?: string | null }) | null }): HTMLElement {
  const source = p.source;
  return h('blockquote', { class: 'fact' },
    h('p', { class: 'quote' }, p.quote ? quoted(p.quote) : h('em', {}, 'no quote recorded')),
    h('footer', {},
      source
        ? h('span', {}, 'Source: ', h('a', { href: routeHref({ view: 'entity', label: 'Source', key: source.key }) }, source.title), source.publisher ? ` (${source.publisher})` : '', ' · ')
        : '',
      p.inferred
        ? h('span', { class: 'badge inferred', title: 'a value was inferred, not read in the source' }, 'inferred')
        : h('span', { class: 'badge stated' }, 'stated in the source'),
      p.note ? h('span', { class: 'note' }, ` ${p.note}`) : null,
    ),
  );
}
