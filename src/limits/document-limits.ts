/**
 * Limits on the parsed document (the parser has already stopped at the token limit),
 * checked before any costly analysis, cheapest first: aliases and directives (counted as
 * written), then depth and the fragment spreads an expansion would take. Fragments are
 * summarised once each (memoised), so a document whose fragments spread each other as a
 * DAG is measured in time linear in its size, never by walking the exponential expansion.
 */
import { BREAK, Kind, visit } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql';
import { ErrorCode, QueryLimitError } from '../errors';

export interface DocumentLimits {
  readonly maxTokens: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Deepest field nesting; introspection fields (`__schema`, `__type`) and a connection's `edges`, `node`, `nodes` are not counted. */
  readonly maxDepth: number;
  /** Most fragment spreads the expansion of one operation may take, each use counted. */
  readonly maxFragmentSpreads: number;
}

/**
 * The fields of a connection's shape: a level of the document but not of the data (a regency's
 * agreements are one level below it, read through `nodes` or `edges { node }`), so they add no
 * depth. What they return is still bounded by the estimated cost (query-limits.ts).
 */
const CONNECTION_SHAPE = new Set(['edges', 'node', 'nodes']);

/** Depth and expanded spreads of one selection set, fragments included. */
interface Extent {
  readonly depth: number;
  readonly spreads: number;
}

/**
 * Measures selection sets with each fragment measured once. `spreads` saturates just above
 * `cap`, so the count of a 2^24 expansion stays a small number. A fragment met again while
 * it is being measured is a cycle: it counts 0 here, and validation refuses it afterwards.
 */
class ExtentMeter {
  private readonly measured = new Map<string, Extent>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly cap: number,
  ) {}

  of(selectionSet: SelectionSetNode): Extent {
    let depth = 0;
    let spreads = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? this.of(selection.selectionSet) : { depth: 0, spreads: 0 };
        depth = Math.max(depth, (CONNECTION_SHAPE.has(selection.name.value) ? 0 : 1) + below.depth);
        spreads += below.spreads;
      } else {
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? this.of(selection.selectionSet) : this.ofFragment(selection.name.value);
        depth = Math.max(depth, inner.depth);
        spreads += inner.spreads + (selection.kind === Kind.FRAGMENT_SPREAD ? 1 : 0);
      }
      spreads = Math.min(spreads, this.cap + 1);
    }
    return { depth, spreads };
  }

  private ofFragment(name: string): Extent {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.inProgress.has(name)) return { depth: 0, spreads: 0 };
    this.inProgress.add(name);
    const extent = this.of(fragment.selectionSet);
    this.inProgress.delete(name);
    this.measured.set(name, extent);
    return extent;
  }
}

/** Aliases and directives as written in the document: one cheap pass. */
function countWritten(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
  });
  return { aliases, directives };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Checks every limit but tokens on a parsed document, throwing the first one exceeded. */
export function assertDocumentLimits(document: DocumentNode, limits: DocumentLimits): void {
  const { aliases, directives } = countWritten(document);
  if (aliases > limits.maxAliases) throw new QueryLimitError(ErrorCode.QUERY_TOO_MANY_ALIASES, limits.maxAliases, aliases);
  if (directives > limits.maxDirectives) throw new QueryLimitError(ErrorCode.QUERY_TOO_MANY_DIRECTIVES, limits.maxDirectives, directives);
  const meter = new ExtentMeter(fragmentsOf(document), limits.maxFragmentSpreads);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, spreads } = meter.of(definition.selectionSet);
    if (depth > limits.maxDepth) throw new QueryLimitError(ErrorCode.QUERY_TOO_DEEP, limits.maxDepth, depth);
    if (spreads > limits.maxFragmentSpreads) {
      throw new QueryLimitError(ErrorCode.QUERY_TOO_MANY_FRAGMENTS, limits.maxFragmentSpreads, spreads, true);
    }
  }
}

/** The deepest field nesting of an operation (exposed for tests and the README's numbers). */
export function queryDepth(document: DocumentNode): number {
  const meter = new ExtentMeter(fragmentsOf(document), Number.MAX_SAFE_INTEGER);
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, meter.of(definition.selectionSet).depth);
  }
  return deepest;
}

/**
 * A validation rule that runs the document limits when validation enters the document and
 * then leaves the document to GraphQL's own rules (the token limit bounds their work).
 * Apollo reports it as GRAPHQL_VALIDATION_FAILED; formatError restores the limit's own code
 * from the original error.
 */
export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        try {
          assertDocumentLimits(document, limits);
        } catch (error) {
          if (!(error instanceof QueryLimitError)) throw error;
          context.reportError(error);
        }
        return BREAK;
      },
    },
  });
}
