// The job list: newest first, filtered by type and status, sweep points hidden unless asked for; each row shows
// status, progress bar and message. The listing carries the spec's name; a job without one is named from its full
// record (e.g. by its result), read once per job and kept.
import {json} from './api.js';
import {badge, jobName, progressBar} from './detail.js';
import {clock, escape, pointLabel} from './format.js';

const PAGE_SIZE = 25;
// a job without a name in its spec is named by its result, so ask again until it has finished
const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);
const el = id => document.getElementById(id);
const names = new Map();
let page = 0;
let selected = null;

function query() {
  const params = new URLSearchParams({page: String(page), size: String(PAGE_SIZE)});
  if (el('filter-type').value) {
    params.set('type', el('filter-type').value);
  }
  if (el('filter-status').value) {
    params.set('status', el('filter-status').value);
  }
  if (!el('show-children').checked) {
    params.set('top_level', 'true');
  }
  return '/api/v1/jobs?' + params;
}

function nameOf(job) {
  if (!names.has(job.id)) {
    names.set(job.id, json(job.self).then(jobName).catch(() => ''));
  }
  return names.get(job.id);
}

async function row(job) {
  const name = job.label ? pointLabel(job.label) : job.name || await nameOf(job);
  if (!name && !FINISHED.has(job.status)) {
    names.delete(job.id);
  }
  const child = job.parent_id ? ' child' : '';
  return `<tr class="job${child}${job.id === selected ? ' selected' : ''}" data-id="${job.id}"
      data-status="${job.status}">
    <td class="what"><span class="type">${escape(job.type)}</span>
      <span class="name" title="${escape(name)}">${escape(name)}</span></td>
    <td class="state">${badge(job.status)}<br>${progressBar(job.progress.fraction, job.status)}
      <span class="msg" title="${escape(job.progress.message || '')}">${escape(job.progress.message || '')}</span></td>
    <td class="when">${clock(job.created_at)}<br><code>${job.id.slice(0, 8)}</code></td></tr>`;
}

export async function refreshJobs() {
  const listing = await json(query());
  const rows = await Promise.all(listing.items.map(row));
  el('job-rows').innerHTML = rows.join('') || '<tr><td class="empty">no jobs</td></tr>';
  el('job-rows').querySelectorAll('tr.job').forEach(tr => tr.onclick = () => location.hash = '#/jobs/' + tr.dataset.id);
  el('page-info').textContent = `page ${listing.page + 1} of ${Math.max(1, listing.total_pages)} · `
    + `${listing.total_items} jobs`;
  el('prev').disabled = page === 0;
  el('next').disabled = page + 1 >= listing.total_pages;
}

export function select(id) {
  selected = id;
  document.querySelectorAll('tr.job').forEach(tr => tr.classList.toggle('selected', tr.dataset.id === id));
}

export async function initJobs() {
  const types = await json('/api/v1/job-types');
  el('filter-type').insertAdjacentHTML('beforeend', types.map(t => `<option title="${escape(t.summary)}">${escape(t.name)}</option>`)
    .join(''));
  const reset = () => {
    page = 0;
    refreshJobs();
  };
  ['filter-type', 'filter-status', 'show-children'].forEach(id => el(id).onchange = reset);
  el('prev').onclick = () => {
    page = Math.max(0, page - 1);
    refreshJobs();
  };
  el('next').onclick = () => {
    page++;
    refreshJobs();
  };
}
