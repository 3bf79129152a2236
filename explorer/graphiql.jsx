// The offline explorer: GraphiQL from npm, bundled by scripts/build-explorer.ts into
// dist/explorer and served by the API at /graphiql. Nothing here loads from the internet:
// styles and fonts are in the bundle, and queries go to this API's own /graphql.
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

/** Replaced at build time by the README's GraphQL examples: [{ title, query }]. */
const examples = README_EXAMPLES;

const endpoint = new URL('/graphql', window.location.href).href;

async function fetcher(params) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

const tabs = examples.map((example) => ({ query: `# ${example.title}\n${example.query}` }));

createRoot(document.getElementById('graphiql')).render(<GraphiQL fetcher={fetcher} defaultTabs={tabs} />);
