// The web application: a static client of the HTTP API, one page per route of the address's #fragment.
import { el, show } from './lib.js';
import { overview } from './pages/overview.js';
import { entities, entity } from './pages/entities.js';
import { claims } from './pages/claims.js';
import { contradictions, contradiction } from './pages/contradictions.js';
import { documents, reader } from './pages/documents.js';
import { timeline } from './pages/timeline.js';
import { graph } from './pages/graph.js';
import { search } from './pages/search.js';
import { upload } from './pages/upload.js';

const routes = {
  '': overview,
  entities,
  entity,
  claims,
  contradictions,
  contradiction,
  documents,
  document: reader,
  timeline,
  graph,
  search,
  upload,
};

async function render() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const [name, ...rest] = path.split('/');
  const params = new URLSearchParams(query || '');
  const page = routes[name] || notFound;
  for (const a of document.querySelectorAll('header nav a')) {
    a.classList.toggle('active', a.getAttribute('href') === '#/' + name);
  }
  document.body.dataset.page = name || 'overview';
  document.body.removeAttribute('data-ready');
  try {
    await page(rest.map(decodeURIComponent).join('/'), params);
  } catch (error) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, error.message));
  }
  // Tests and people alike can tell when a page has its content, and how long the first one took since navigation.
  if (!document.body.dataset.loadMs) document.body.dataset.loadMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

function notFound() {
  show(el('h1', {}, 'No such page'), el('p', {}, el('a', { href: '#/' }, 'Back to the overview')));
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const box = document.getElementById('search-box');
  location.hash = '#/search?q=' + encodeURIComponent(box.value);
});

window.addEventListener('hashchange', render);
render();
