/**
 * A search field over the API's `search` (it understands "Kab. Serang", "Pemkab Banyuwangi",
 * "Dinkes", "Tatu"), as an ARIA combobox: type, move with the arrow keys, Enter chooses,
 * Escape closes.
 */
import { query } from '../api';
import { h } from '../dom';
import { SEARCH } from '../queries';
import { formatRef, labelOf } from '../route';

export interface SearchChoice {
  readonly ref: string;
  readonly name: string;
  readonly label: string;
}

interface SearchData {
  readonly search: ReadonlyArray<{ type: string; node: { __typename: string; code?: string; key?: string; name: string; shortName?: string | null } }>;
}

function choiceOf(hit: SearchData['search'][number]): SearchChoice | undefined {
  const label = labelOf(hit.node.__typename);
  const key = hit.node.code ?? hit.node.key;
  if (!label || !key) return undefined;
  const short = hit.node.shortName ? ` (${hit.node.shortName})` : '';
  return { ref: formatRef(label, key), name: `${hit.node.name}${short}`, label };
}

let instances = 0;

/** A labelled search combobox; `choose` gets the picked entity. */
export function searchBox(options: { label: string; placeholder: string; value?: string; name?: string; choose: (choice: SearchChoice) => void }): { element: HTMLElement; input: HTMLInputElement } {
  const id = `search-${++instances}`;
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
  const input = h('input', {
    id, name: options.name ?? id, type: 'search', role: 'combobox', autocomplete: 'off', placeholder: options.placeholder,
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id, value: options.value ?? '',
  });
  let choices: SearchChoice[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number): void => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-option-${index}`);
  };
  const pick = (choice: SearchChoice): void => {
    close();
    options.choose(choice);
  };
  const show = (found: SearchChoice[], text: string): void => {
    choices = found;
    list.replaceChildren(
      ...(found.length === 0
        ? [h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `Nothing found for “${text}”`)]
        : found.map((choice, i) =>
            h('li', { id: `${id}-option-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: Event) => { e.preventDefault(); pick(choice); } },
              h('span', { class: `badge label-${choice.label}` }, choice.label), ' ', choice.name))),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.length > 0 ? 0 : -1);
  };
  const ask = async (text: string): Promise<void> => {
    const mine = ++asked;
    const data = await query<SearchData>(SEARCH, { query: text });
    // An older answer arriving after a newer one must not replace it.
    if (mine === asked && input.value.trim() === text) show(data.search.map(choiceOf).filter((c): c is SearchChoice => c !== undefined), text);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => void ask(text).catch(() => close()), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && choices.length) {
      event.preventDefault();
      if (list.hidden) show(choices, input.value.trim());
      else highlight((active + 1) % choices.length);
    } else if (event.key === 'ArrowUp' && choices.length) {
      event.preventDefault();
      highlight((active - 1 + choices.length) % choices.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      pick(choices[active]!);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  const element = h('div', { class: 'search' }, h('label', { for: id }, options.label), input, list);
  return { element, input };
}
