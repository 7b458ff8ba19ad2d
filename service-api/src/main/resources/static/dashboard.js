// Dashboard: job list with live progress (polled), submit form prefilled from the bundled examples, job detail.
const api = path => fetch(path).then(r => r.ok ? r.json() : r.json().then(p => Promise.reject(p)));
const el = id => document.getElementById(id);
let selected = null;

async function loadExamples() {
  const examples = await api('/api/v1/examples');
  el('example').innerHTML = examples.map(e => `<option value="${e.path}">${e.type}: ${e.name}</option>`).join('');
  el('example').onchange = () => showExample(el('example').value);
  const quick = examples.find(e => e.path.includes('quickstart')) || examples[0];
  if (quick) { el('example').value = quick.path; showExample(quick.path); }
}

async function showExample(path) {
  const body = await api('/api/v1/examples/request?path=' + encodeURIComponent(path));
  el('request').value = JSON.stringify(body, null, 2);
}

async function submit() {
  const res = await fetch('/api/v1/jobs', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: el('request').value});
  const body = await res.json();
  if (res.ok) {
    el('submit-result').textContent = `queued ${body.id}`;
    select(body.id);
  } else {
    const errors = (body.errors || []).map(e => `${e.field}: ${e.message}` + (e.allowed ? ` (allowed: ${e.allowed})` : ''));
    el('submit-result').innerHTML = `<span class="problem">${body.title}: ${body.detail}\n${errors.join('\n')}</span>`;
  }
}

function bar(f) { return `<span class="bar"><div style="width:${Math.round(100 * f)}%"></div></span>`; }

async function refreshJobs() {
  const page = await api('/api/v1/jobs?size=30');
  el('job-rows').innerHTML = page.items.map(j => `
    <tr class="job" data-id="${j.id}">
      <td>${new Date(j.created_at).toLocaleTimeString()}</td><td>${j.type}</td>
      <td class="status-${j.status}">${j.status}</td>
      <td>${bar(j.progress.fraction)} ${(100 * j.progress.fraction).toFixed(0)}% ${j.progress.message || ''}</td>
      <td><code>${j.id.slice(0, 8)}</code></td></tr>`).join('');
  document.querySelectorAll('tr.job').forEach(tr => tr.onclick = () => select(tr.dataset.id));
  if (selected) await refreshDetail();
}

async function select(id) { selected = id; el('detail').hidden = false; await refreshDetail(); }

async function refreshDetail() {
  const job = await api('/api/v1/jobs/' + selected);
  el('detail-id').textContent = job.id;
  el('detail-status').innerHTML = `<b class="status-${job.status}">${job.status}</b> ${bar(job.progress.fraction)}
    ${job.progress.message || ''} &middot; attempt ${job.attempts} of ${job.max_attempts}`;
  el('detail-result').textContent = job.result ? JSON.stringify(job.result, null, 2) : '-';
  el('detail-error').textContent = job.error ? JSON.stringify(job.error, null, 2) : '-';
  el('detail-spec').textContent = JSON.stringify(job.spec, null, 2);
  const artifacts = await api(job.links.artifacts);
  el('detail-artifacts').innerHTML = artifacts.map(a =>
    `<li><a href="${a.href}" download="${a.name}">${a.name}</a> (${a.media_type}, ${a.size_bytes} bytes)</li>`).join('') || '<li>none yet</li>';
  el('detail-images').innerHTML = artifacts.filter(a => a.media_type === 'image/png')
    .map(a => `<figure><img src="${a.href}" alt="${a.name}"><figcaption>${a.name}</figcaption></figure>`).join('');
}

el('send').onclick = submit;
loadExamples();
refreshJobs();
setInterval(refreshJobs, 1500);
