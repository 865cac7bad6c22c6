import type { LabelStyle } from '../browserStyle.js';

declare global {
  /** Neo4j Browser's node styles by label, put in by the bundler from schema/neo4j/browser-style.grass. */
  const __LABEL_STYLES__: Record<string, LabelStyle>;
  interface Window {
    EXPLORE_CONFIG: { graphql: string };
    /** Set once the page has drawn its first view; the end-to-end tests and the bench wait for it. */
    exploreReady?: { view: string; entity: string; at: number };
  }
}
