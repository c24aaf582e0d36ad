// Parses a GraphML or GEXF file with graphology's own readers (graphology-graphml, graphology-gexf) and prints what
// they read: {"nodes", "edges", "directed", "undirected", "selfLoops", "kinds": {kind: edges}, "weight": total}.
// Usage: node read-graph.mjs graphml|gexf FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Graph = require('graphology');
const readers = { graphml: require('graphology-graphml'), gexf: require('graphology-gexf') };

const [format, file] = process.argv.slice(2);
const reader = readers[format];
if (!reader) {
  console.error(`read-graph: unknown format ${format}`);
  process.exit(2);
}

const graph = reader.parse(Graph, readFileSync(file, 'utf8'), { addMissingNodes: false });
const kinds = {};
let weight = 0;
graph.forEachEdge((edge, attributes) => {
  kinds[attributes.kind] = (kinds[attributes.kind] || 0) + 1;
  weight += Number(attributes.weight);
});
const labels = {};
graph.forEachNode((node, attributes) => {
  labels[node] = attributes.label;
});
console.log(JSON.stringify({
  nodes: graph.order,
  edges: graph.size,
  directed: graph.directedSize,
  undirected: graph.undirectedSize,
  selfLoops: graph.selfLoopCount,
  kinds,
  weight,
  labels,
}));
