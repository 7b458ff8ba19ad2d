// The submit form: an example request (from the repository's examples/) or the shown job's spec, edited as JSON and
// submitted; the API's validation problems are listed field by field.
import {ApiProblem, json, postJson} from './api.js';
import {escape} from './format.js';

const el = id => document.getElementById(id);

async function showExample(path) {
  const body = await json('/api/v1/examples/request?path=' + encodeURIComponent(path));
  el('request').value = JSON.stringify(body, null, 2);
  el('submit-errors').innerHTML = '';
  el('submit-result').textContent = '';
}

/** Puts a request into the form and opens it. */
export function edit(request) {
  el('request').value = JSON.stringify(request, null, 2);
  el('example').value = '';
  el('submit-panel').open = true;
  el('request').focus();
}

function problems(lines, title) {
  el('submit-result').innerHTML = `<span class="problem">${escape(title)}</span>`;
  el('submit-errors').innerHTML = lines.map(l => `<li>${escape(l)}</li>`).join('');
}

async function submit() {
  let body;
  try {
    body = JSON.parse(el('request').value);
  } catch (e) {
    problems([e.message], 'not valid JSON');
    return;
  }
  el('send').disabled = true;
  try {
    const job = await postJson('/api/v1/jobs', body);
    el('submit-errors').innerHTML = '';
    el('submit-result').innerHTML = `queued <a href="#/jobs/${job.id}">${job.id.slice(0, 8)}</a>`;
    location.hash = '#/jobs/' + job.id;
  } catch (e) {
    if (!(e instanceof ApiProblem)) {
      throw e;
    }
    problems(e.lines(), e.body.title || 'rejected');
  } finally {
    el('send').disabled = false;
  }
}

export async function initSubmit() {
  const examples = await json('/api/v1/examples');
  const byType = new Map();
  examples.forEach(e => byType.set(e.type, [...(byType.get(e.type) || []), e]));
  el('example').innerHTML = '<option value="">(your own)</option>' + [...byType].map(([type, list]) =>
    `<optgroup label="${escape(type)}">${list.map(e => `<option value="${escape(e.path)}" title="${escape(e.path)}">`
      + `${escape(e.name)}</option>`).join('')}</optgroup>`).join('');
  el('example').onchange = () => el('example').value && showExample(el('example').value);
  el('send').onclick = submit;
  const first = examples.find(e => e.path.includes('quickstart')) || examples[0];
  if (first) {
    el('example').value = first.path;
    await showExample(first.path);
  }
}
