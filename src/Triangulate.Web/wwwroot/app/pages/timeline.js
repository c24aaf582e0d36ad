import { el, show, api, docLink, loadScript, loadStyle, q } from '../lib.js';

// A zoomable timeline (vis-timeline, bundled from npm): items of the same date are stacked, never drawn over each other.
export async function timeline(_, params) {
  const entries = await api('/timeline');
  document.title = 'Triangulate: timeline';
  // Relative to this module, so they carry the build's version and stay cached.
  const lib = name => new URL('../../lib/' + name, import.meta.url).pathname;
  loadStyle(lib('vis-timeline-graph2d.min.css'));
  await loadScript(lib('moment.min.js'));
  await loadScript(lib('vis-data.min.js'));
  await loadScript(lib('vis-timeline-graph2d.min.js'));
  const placed = entries.filter(e => e.start);
  const undated = entries.filter(e => !e.start);
  const detail = el('div', { id: 'timeline-detail' });
  const container = el('div', { id: 'timeline' });
  show(
    el('h1', {}, 'Timeline'),
    el('p', { class: 'muted' }, `${placed.length} dates across all reports. Scroll to zoom, drag to move, click an item for its claims.`),
    container,
    detail,
    undated.length ? [el('h2', {}, 'Not placed on the calendar'), el('ul', {}, undated.map(e => el('li', {}, e.when, ': ', e.summary)))] : null);
  if (placed.length === 0) return;
  const items = new window.vis.DataSet(placed.map((e, i) => ({
    id: i,
    start: e.start,
    end: e.end || undefined,
    type: e.end ? 'range' : 'box',
    // An element, not a string: vis-timeline would otherwise read the text as HTML.
    content: el('span', {}, `${e.when}: ${e.summary.length > 80 ? e.summary.slice(0, 79) + '…' : e.summary}`),
  })));
  const chart = new window.vis.Timeline(container, items, { stack: true, zoomable: true, maxHeight: '65vh', margin: { item: 6 } });
  const select = index => {
    const e = placed[index];
    if (!e) return;
    detail.replaceChildren(el('div', { class: 'card' }, el('h2', {}, e.when, el('span', { class: 'muted' }, ` (${e.precision})`)),
      el('p', {}, e.summary),
      el('p', {}, 'Reports: ', e.documents.map((d, i) => [i ? ', ' : '', docLink(d)])),
      el('p', {}, e.claims.map((c, i) => [i ? ' · ' : '', el('a', { href: '#/claims?id=' + q(c) }, `claim ${i + 1}`)]))));
  };
  chart.on('select', props => select(props.items[0]));
  const at = params.get('at');
  const wanted = at ? placed.findIndex(e => e.when === at) : -1;
  if (wanted >= 0) {
    chart.setSelection([wanted], { focus: true });
    select(wanted);
  }
}
