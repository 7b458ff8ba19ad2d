// The job detail: head (name, status, progress, times), the error of a failed job, the plots of its type (drawn
// once it has finished and its artifacts exist), its child jobs, artifact downloads, raw JSON and history.
import {artifactText, download, json, request} from './api.js';
import {disposeIn} from './charts.js';
import {parseCsv} from './csv.js';
import {clock, duration, escape, fact, num, percent, pointLabel} from './format.js';
import {render} from './views.js';

const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);
const MAX_PLOTTED_BYTES = 32 << 20;
const el = id => document.getElementById(id);

let shown = null; // {id, job, drawn, events}

export function progressBar(fraction, status) {
  const pct = Math.round(100 * Math.max(0, Math.min(1, fraction || 0)));
  return `<span class="bar ${status}" role="progressbar" aria-valuenow="${pct}" aria-valuemin="0"
    aria-valuemax="100"><span style="width:${pct}%"></span></span>`;
}

export function badge(status) {
  return `<span class="badge ${status}">${status}</span>`;
}

function seconds(from, to) {
  return from ? ((to ? new Date(to) : new Date()) - new Date(from)) / 1000 : null;
}

/** What a person calls the job: its spec's name, its sweep label, or what its result says it was. */
export function jobName(job) {
  const r = job.result || {};
  const network = Array.isArray(r.network) ? r.network.join('-') : r.network;
  return job.spec && job.spec.name || (job.label && pointLabel(job.label)) || (r.suite && 'suite ' + r.suite) || network
    || '';
}

function head(job) {
  const name = jobName(job) || job.type;
  el('d-name').textContent = name;
  const parent = job.parent_id ? ` · point of <a href="#/jobs/${job.parent_id}">sweep ${job.parent_id.slice(0, 8)}</a>`
    : '';
  el('d-sub').innerHTML = `<span class="type">${escape(job.type)}</span> ${badge(job.status)}
    <code title="job id">${job.id}</code>${parent}`;
  const ran = seconds(job.started_at, job.finished_at);
  el('d-progress').innerHTML = `${progressBar(job.progress.fraction, job.status)}
    <span class="pct">${percent(job.progress.fraction, 0)}</span>
    <span class="msg">${escape(job.progress.message || '')}</span>
    <span class="times">submitted ${clock(job.created_at)}${job.started_at ? ` · ran ${duration(ran)}` : ''}
    · attempt ${job.attempts} of ${job.max_attempts}${job.cancel_requested && !TERMINAL.has(job.status)
  ? ' · cancel requested' : ''}</span>`;
  el('d-cancel').hidden = TERMINAL.has(job.status);
  const error = el('d-error');
  error.hidden = !job.error;
  if (job.error) {
    const errors = (job.error.errors || []).map(e => `<li><code>${escape(e.field)}</code> ${escape(e.message)}`
      + (e.allowed ? ` (allowed: ${escape(e.allowed)})` : '') + '</li>').join('');
    error.innerHTML = `<b>${escape(job.error.title || 'failed')}</b> ${escape(job.error.detail || '')}
      ${errors ? `<ul>${errors}</ul>` : ''}`;
  }
  el('d-result').textContent = job.result ? JSON.stringify(job.result, null, 2) : '–';
  el('d-spec').textContent = JSON.stringify(job.spec, null, 2);
}

/** Scalar fields of a result summary (and of its small objects) as facts. */
function scalarFacts(result, prefix = '') {
  const out = [];
  Object.entries(result || {}).forEach(([k, v]) => {
    if (['name', 'artifact', 'spec_used', 'notes'].includes(k) || v === null) {
      return;
    }
    if (typeof v === 'number') {
      out.push(fact(prefix + k, v));
    } else if (typeof v === 'string' && v.length < 160) {
      out.push({label: (prefix + k).replace(/_/g, ' '), value: v});
    } else if (typeof v === 'boolean') {
      out.push({label: (prefix + k).replace(/_/g, ' '), value: v ? 'yes' : 'no'});
    } else if (Array.isArray(v) && v.length <= 6 && v.every(x => typeof x !== 'object')) {
      out.push({label: (prefix + k).replace(/_/g, ' '), value: v.map(x => num(x)).join(', ')});
    } else if (v && typeof v === 'object' && !Array.isArray(v) && !prefix) {
      out.push(...scalarFacts(v, k + '.'));
    }
  });
  return out;
}

function renderFacts(list) {
  el('d-facts').innerHTML = list.filter(f => f && f.value !== undefined).map(f => `<div class="${f.tone || ''}">
    <dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd></div>`).join('');
}

/** What a job view draws with: its artifacts by name, CSV/JSON loaders, and places to put plots and tables. */
function context(job, artifacts, root) {
  const byName = new Map(artifacts.map(a => [a.name, a]));
  const used = new Set();
  const sections = new Map();
  const take = name => {
    const a = byName.get(name);
    if (a) {
      used.add(name);
    }
    return a && a.size_bytes <= MAX_PLOTTED_BYTES ? a : null;
  };
  const block = (title, note, className) => {
    const section = document.createElement('section');
    section.className = 'view';
    section.innerHTML = `<h3>${escape(title)}${note ? `<span class="note">${escape(note)}</span>` : ''}</h3>`;
    const body = document.createElement('div');
    body.className = className;
    section.appendChild(body);
    root.appendChild(section);
    return body;
  };
  return {
    job,
    result: job.result || {},
    artifact: take,
    matching: re => artifacts.filter(a => re.test(a.name)).map(a => take(a.name)).filter(Boolean),
    unused: re => artifacts.filter(a => re.test(a.name) && !used.has(a.name) && a.size_bytes <= MAX_PLOTTED_BYTES),
    skip: name => used.add(name),
    async csv(name) {
      const a = take(name);
      return a ? parseCsv(await artifactText(a)) : null;
    },
    async json(name) {
      const a = take(name);
      return a ? JSON.parse(await artifactText(a)) : null;
    },
    facts: renderFacts,
    autoFacts: () => renderFacts(scalarFacts(job.result)),
    section(title, note = '') {
      if (!sections.has(title)) {
        sections.set(title, block(title, note, 'plots'));
      }
      return sections.get(title);
    },
    table(title, header, rows) {
      block(title, '', 'table-wrap').innerHTML = `<table class="grid"><thead><tr>${header.map(h =>
        `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(r => `<tr>${r.map(v =>
        `<td>${escape(v ?? '–')}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    },
    notes(list, title = 'Notes') {
      block(title, '', 'notes').innerHTML = `<ul>${list.map(n => `<li>${escape(n)}</li>`).join('')}</ul>`;
    },
  };
}

function artifactList(artifacts) {
  const box = el('d-artifacts');
  if (!artifacts.length) {
    box.innerHTML = '';
    return;
  }
  box.innerHTML = `<section class="view"><h3>Artifacts<span class="note">${artifacts.length} files</span></h3>
    <ul class="artifacts">${artifacts.map((a, i) => `<li><button type="button" class="link download" data-i="${i}"
      data-name="${escape(a.name)}">⤓ ${escape(a.name)}</button> <span class="meta">${escape(a.media_type)},
      ${bytes(a.size_bytes)}</span></li>`).join('')}</ul></section>`;
  box.querySelectorAll('button.download').forEach(b => b.onclick = () => download(artifacts[Number(b.dataset.i)]));
}

function bytes(n) {
  return n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1 << 20)).toFixed(1)} MiB`;
}

async function children(job) {
  const box = el('d-children');
  if (!job.links || !job.links.children) {
    box.innerHTML = '';
    return;
  }
  const page = await json(job.links.children);
  const sorted = page.items.sort((a, b) => String(a.label).localeCompare(String(b.label), undefined, {numeric: true}));
  const counts = Object.entries(job.children || {}).map(([k, v]) => `${v} ${k}`).join(', ');
  box.innerHTML = `<section class="view"><h3>Child jobs<span class="note">${escape(counts)}</span></h3>
    <div class="table-wrap"><table class="grid children"><tbody>${sorted.map(c => `<tr>
      <td><a href="#/jobs/${c.id}" title="${escape(c.label)}">${escape(c.label ? pointLabel(c.label) : c.id.slice(0, 8))}</a></td>
      <td>${badge(c.status)}</td>
      <td>${progressBar(c.progress.fraction, c.status)}</td><td class="msg">${escape(c.progress.message || '')}</td>
      </tr>`).join('')}</tbody></table></div></section>`;
}

async function events(job) {
  const list = await json(job.links.events);
  el('d-events').innerHTML = list.map(e => `<li><time>${clock(e.at)}</time> <b>${escape(e.kind)}</b>
    ${escape(e.message || '')} <span class="meta">${escape(e.actor || '')}</span></li>`).join('');
}

async function draw(job) {
  const views = el('d-views');
  disposeIn(views);
  views.innerHTML = '';
  const artifacts = await json(job.links.artifacts);
  artifactList(artifacts);
  if (job.status !== 'succeeded') {
    renderFacts([]);
    return;
  }
  try {
    await render(context(job, artifacts, views));
  } catch (e) {
    console.error(e);
    views.insertAdjacentHTML('beforeend', `<p class="problem">Could not draw this job's results: ${escape(e.message)}
      (the artifacts below are still there).</p>`);
  }
}

function clear() {
  disposeIn(el('d-views'));
  ['d-views', 'd-children', 'd-artifacts', 'd-facts', 'd-events'].forEach(id => el(id).innerHTML = '');
}

/** Shows job id (re-reading it); draws its plots once it has finished. */
export async function showJob(id) {
  if (!shown || shown.id !== id) {
    shown = {id, drawn: false, events: -1};
    clear();
    el('empty').hidden = true;
    el('job').hidden = false;
    el('d-views').innerHTML = '<p class="waiting">loading …</p>';
  }
  const state = shown;
  const job = await json('/api/v1/jobs/' + id);
  if (shown !== state) {
    return;
  }
  state.job = job;
  head(job);
  const finished = TERMINAL.has(job.status);
  if (!finished) {
    el('d-views').innerHTML = `<p class="waiting">Plots appear when the job has finished: its artifacts are stored
      with its result.</p>`;
  }
  const work = [events(job), children(job)];
  if (finished && !state.drawn) {
    state.drawn = true;
    work.push(draw(job));
  }
  await Promise.all(work);
  document.getElementById('job').dataset.status = job.status;
  document.getElementById('job').dataset.drawn = String(state.drawn && finished);
}

export function showNothing() {
  shown = null;
  clear();
  el('empty').hidden = false;
  el('job').hidden = true;
}

/** Re-reads the shown job while it is not finished (and its children while they run). */
export async function refresh() {
  if (shown && (!shown.job || !TERMINAL.has(shown.job.status))) {
    await showJob(shown.id);
  }
}

export function shownJob() {
  return shown && shown.job;
}

export async function cancelShown() {
  if (shown) {
    await request(`/api/v1/jobs/${shown.id}/cancel`, {method: 'POST'});
    await showJob(shown.id);
  }
}
