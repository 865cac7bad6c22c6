import { createRequire } from 'node:module';
import path from 'node:path';

// The query editor: GraphiQL served from the installed npm packages, so it works with no
// internet. The page references only /graphiql/assets/..., never a CDN.

const require = createRequire(import.meta.url);

export const ASSET_PREFIX = '/graphiql/assets/';

interface Asset {
  file: string;
  contentType: string;
}

/** A file of an installed package; its "exports" map hides the UMD builds from require.resolve. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Asset name -> file in node_modules. A closed list: nothing else under node_modules is served. */
export function graphiqlAssets(): Map<string, Asset> {
  const js = 'application/javascript; charset=utf-8';
  return new Map([
    ['react.production.min.js', { file: packageFile('react', 'umd/react.production.min.js'), contentType: js }],
    ['react-dom.production.min.js', { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: js }],
    ['graphiql.min.js', { file: packageFile('graphiql', 'graphiql.min.js'), contentType: js }],
    ['graphiql.min.css', { file: packageFile('graphiql', 'graphiql.min.css'), contentType: 'text/css; charset=utf-8' }],
  ]);
}

export const EXAMPLE_QUERY = `# Which GEN members has CEC signed joint standards with?
# Ctrl-Space completes fields; the docs are behind the book icon.
query JointStandards {
  jointStandardPartners(organization: "CEC", memberOf: "GEN") {
    partner { name nameEn }
    standards {
      name
      date
      signatories {
        signatory { name }
        sources { briefing { title } quote }
      }
    }
  }
}
`;

export function graphiqlPage(endpoint: string): string {
  const config = JSON.stringify({ endpoint, query: EXAMPLE_QUERY }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Eco-label knowledge graph: GraphQL</title>
  <link rel="stylesheet" href="${ASSET_PREFIX}graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the query editor…</div>
  <script src="${ASSET_PREFIX}react.production.min.js"></script>
  <script src="${ASSET_PREFIX}react-dom.production.min.js"></script>
  <script src="${ASSET_PREFIX}graphiql.min.js"></script>
  <script>
    const config = ${config};
    // A link may carry a query to open with: /graphql#query=<url-encoded query>.
    const linked = new URLSearchParams(window.location.hash.slice(1)).get('query');
    const fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).toString() });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: linked || config.query, query: linked || undefined, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>
`;
}
