/** The explorer's one way to the data: POST /graphql on its own origin, like any client. */

export interface GraphQLErrorData {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

export interface GraphQLResult<T> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLErrorData[];
}

/** Sends a query and returns the whole answer, errors included (for views that read them). */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResult<T>;
  } catch {
    return { errors: [{ message: `The API answered HTTP ${response.status} with no GraphQL response.` }] };
  }
}

/** Sends a query and returns its data, throwing an Error with the API's messages when there are errors. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await request<T>(document, variables);
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join(' '));
  if (!result.data) throw new Error('The API sent no data.');
  return result.data;
}
