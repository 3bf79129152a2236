/**
 * Caps on what arguments carry, in one place for every field: list length (an `in` of
 * 10,000 codes, an `OR` of 1,000 conditions), string length, and nesting (a `where` of
 * `AND` in `AND` ...). Checked on the literal arguments of the document and on the raw
 * variables, before GraphQL coerces them and long before a filter is compiled to Cypher.
 */
import { Kind, visit } from 'graphql';
import type { DocumentNode, ValueNode } from 'graphql';
import { ErrorCode, QueryLimitError } from '../errors';

export interface InputLimits {
  readonly maxListLength: number;
  readonly maxStringLength: number;
  /** Deepest nesting of objects and lists in one argument or variable. */
  readonly maxDepth: number;
}

function checkList(length: number, limits: InputLimits): void {
  if (length > limits.maxListLength) throw new QueryLimitError(ErrorCode.INPUT_LIST_TOO_LONG, limits.maxListLength, length);
}

function checkString(length: number, limits: InputLimits): void {
  if (length > limits.maxStringLength) throw new QueryLimitError(ErrorCode.INPUT_STRING_TOO_LONG, limits.maxStringLength, length);
}

function checkDepth(depth: number, limits: InputLimits): void {
  if (depth > limits.maxDepth) throw new QueryLimitError(ErrorCode.INPUT_TOO_DEEP, limits.maxDepth, depth, true);
}

/** Literal values: the token limit already bounds their size, so recursion is safe here. */
function checkLiteral(value: ValueNode, depth: number, limits: InputLimits): void {
  if (value.kind === Kind.STRING) checkString(value.value.length, limits);
  if (value.kind !== Kind.LIST && value.kind !== Kind.OBJECT) return;
  checkDepth(depth + 1, limits);
  if (value.kind === Kind.LIST) {
    checkList(value.values.length, limits);
    for (const item of value.values) checkLiteral(item, depth + 1, limits);
  } else {
    for (const field of value.fields) checkLiteral(field.value, depth + 1, limits);
  }
}

/**
 * Variables arrive as JSON of any shape (100 KB of `[[[[...`), so they are walked with an
 * explicit stack, and the walk stops at the first value over a limit.
 */
function checkVariables(variables: Readonly<Record<string, unknown>>, limits: InputLimits): void {
  const stack: Array<readonly [unknown, number]> = Object.values(variables).map((value) => [value, 0] as const);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') checkString(value.length, limits);
    if (value === null || typeof value !== 'object') continue;
    checkDepth(depth + 1, limits);
    const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
    if (Array.isArray(value)) checkList(items.length, limits);
    for (const item of items) stack.push([item, depth + 1]);
  }
}

/**
 * Throws the first input limit a request exceeds: in its document's arguments, then its
 * variables. A mutation's strings are not capped here: they carry a source's document and text
 * (tens of kilobytes), are bounded by MAX_BODY_BYTES, and reach nothing without a curator's token.
 */
export function assertInputLimits(document: DocumentNode, variables: Readonly<Record<string, unknown>> | undefined, given: InputLimits): void {
  const mutation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
  const limits = mutation ? { ...given, maxStringLength: Number.POSITIVE_INFINITY } : given;
  visit(document, {
    Argument(node) {
      checkLiteral(node.value, 0, limits);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) checkLiteral(node.defaultValue, 0, limits);
      return false;
    },
  });
  if (variables && typeof variables === 'object') checkVariables(variables, limits);
}
