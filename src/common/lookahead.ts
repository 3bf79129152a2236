import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client's selection under the current field reaches `path` (e.g. `['edges',
 * 'node', 'villageCount']`), through fragments too. Lets a batch query skip work (a count per
 * row) that no one asked for; it never changes what a requested field answers.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    let found = false;
    const visit = (set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== name) continue;
          found = true;
          if (selection.selectionSet) next.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else {
          const fragment = info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    if (!found) return false;
    sets = next;
  }
  return true;
}

/** Whether the client selects `path` under a connection's items, through `edges { node }` or the `nodes` shortcut. */
export function selectsInItems(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return selects(info, ['edges', 'node', ...path]) || selects(info, ['nodes', ...path]);
}
