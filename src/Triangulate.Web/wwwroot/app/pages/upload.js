import { el, show, api, csrf, docLine } from '../lib.js';

// Reports dropped here are sent to the server (progress of the upload), then added to the case as `triangulate add`
// adds them (progress events of the server).
export async function upload() {
  document.title = 'Triangulate: upload';
  const bar = el('progress', { id: 'upload-progress', max: 100, value: 0, hidden: true });
  const state = el('p', { id: 'upload-state', class: 'muted' });
  const results = el('div', { id: 'upload-results' });
  const input = el('input', { type: 'file', id: 'upload-input', multiple: true, accept: '.txt,.html,.htm,.rss,.atom,.xml,.jsonl' });
  const drop = el('div', { class: 'drop', id: 'drop-zone' },
    el('p', {}, 'Drop reports here (text, HTML, RSS/Atom, JSON lines; at most 50 files of 10 MB each), or choose them: '),
    input);
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); send(e.dataTransfer.files); });
  input.addEventListener('change', () => send(input.files));
  show(el('h1', {}, 'Upload reports'), drop, bar, state, results);

  async function send(files) {
    if (!files || files.length === 0) return;
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const token = await csrf();
    bar.hidden = false;
    bar.value = 0;
    results.replaceChildren();
    state.textContent = `Uploading ${files.length} file(s)…`;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    xhr.setRequestHeader(token.header_name, token.token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) bar.value = Math.round(40 * e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = xhr.responseText; }
      if (xhr.status !== 202) {
        state.textContent = 'Upload refused: ' + (typeof body === 'string' ? body : body.title || body.detail || xhr.statusText);
        state.className = 'error';
        return;
      }
      follow(body.id);
    });
    xhr.addEventListener('error', () => { state.textContent = 'The upload failed: is the server still running?'; state.className = 'error'; });
    xhr.send(form);
  }

  function follow(id) {
    const events = new EventSource(`/api/uploads/${encodeURIComponent(id)}/events`);
    events.addEventListener('progress', async message => {
      const s = JSON.parse(message.data);
      state.className = 'muted';
      bar.value = s.stage === 'done' ? 100 : 40 + Math.round(55 * (s.total ? s.done / s.total : 0));
      state.textContent = s.stage === 'resolving' ? 'Resolving the new reports against the case…' : `${s.stage}: ${s.done} of ${s.total} file(s)`;
      if (s.stage === 'done' || s.stage === 'failed') {
        events.close();
        await finished(s);
      }
    });
    events.addEventListener('error', () => events.close());
  }

  async function finished(s) {
    if (s.stage === 'failed') {
      state.textContent = 'Adding failed: ' + s.error;
      state.className = 'error';
      return;
    }
    state.textContent = `Added ${s.added} report(s); ${s.already_present} already in the case; ${s.rejected.length} rejected.`;
    const newest = [];
    if (s.added > 0) {
      const count = (await api('/documents?limit=1')).total;
      const page = await api(`/documents?offset=${Math.max(0, count - s.added)}&limit=${s.added}`);
      newest.push(...page.items);
    }
    results.replaceChildren(
      s.rejected.length ? el('ul', { class: 'error' }, s.rejected.map(r => el('li', {}, r))) : '',
      newest.length ? el('div', {}, el('h2', {}, 'Now in the case'), el('ul', { class: 'plain', id: 'uploaded-documents' }, newest.map(d => el('li', {}, docLine(d))))) : '');
  }
}
