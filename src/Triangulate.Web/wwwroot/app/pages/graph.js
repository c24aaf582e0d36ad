import { el, show, api, loadScript, loadStyle } from '../lib.js';

const colours = { PERSON: '#c0392b', ORG: '#1f5f8b', GPE: '#2e7d4f', LOC: '#6c8e3b', FAC: '#8e6c3b', PRODUCT: '#7b4fa0', NORP: '#a0704f', EVENT: '#b08a1e', MEDIA: '#4f7ba0' };

// The most-named entities (cytoscape.js, bundled from npm): grey lines join entities named in the same claims,
// red arrows go from a source to what it said something about. Labels are drawn on a canvas, as text.
export async function graph(_, params) {
  const limit = Number(params.get('limit') || 60);
  const g = await api('/graph?limit=' + limit);
  document.title = 'Triangulate: graph';
  // cytoscape injects a <style> element unless a style sheet of this id is already there; the CSP refuses the former.
  loadStyle(new URL('../cytoscape.css', import.meta.url).pathname, '__________cytoscape_stylesheet');
  await loadScript(new URL('../../lib/cytoscape.min.js', import.meta.url).pathname);
  const container = el('div', { id: 'graph' });
  show(
    el('h1', {}, 'Graph'),
    el('p', { class: 'muted' }, `The ${g.nodes.length} most-named entities. Grey: named in the same claims; red arrow: a source saying something about. Click an entity to open it.`),
    container);
  const elements = [
    ...g.nodes.map(n => ({ data: { id: n.id, label: n.label, colour: colours[n.type] || '#555', size: 14 + Math.min(40, 4 * n.documents) } })),
    ...g.edges.map((e, i) => ({ data: { id: 'x' + i, source: e.source, target: e.target, weight: Math.min(8, e.weight), kind: e.kind } })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(weight)', 'line-color': '#c7cdd2', 'curve-style': 'bezier', opacity: 0.7 } },
      { selector: 'edge[kind = "said"]', style: { 'line-color': '#d98b82', 'target-arrow-color': '#d98b82', 'target-arrow-shape': 'triangle' } },
    ],
  });
  cy.on('tap', 'node', event => { location.hash = '#/entity/' + encodeURIComponent(event.target.id()); });
}
