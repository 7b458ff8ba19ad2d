// Wires the page: routes #/jobs/<id> to the detail, polls the list (every 2 s) and the shown job while it runs
// (every second), and keeps the key indicator and the regression suites panel current.
import {apiKey, json, postJson} from './api.js';
import {cancelShown, refresh, showJob, showNothing, shownJob} from './detail.js';
import {escape} from './format.js';
import {initJobs, refreshJobs, select} from './joblist.js';
import {edit, initSubmit} from './submit.js';

const el = id => document.getElementById(id);

function route() {
  const match = location.hash.match(/^#\/jobs\/([0-9a-f-]{36})$/);
  select(match ? match[1] : null);
  return match ? showJob(match[1]) : showNothing();
}

async function initSuites() {
  const suites = await json('/api/v1/regressions');
  el('suites').innerHTML = suites.map(s => `<li><button type="button" data-suite="${escape(s.suite)}">Run</button>
    <b>${escape(s.suite)}</b> <span class="meta">${s.cases} cases</span><br><span class="desc">${escape(s.description
  || '')}</span></li>`).join('') || '<li class="meta">no suites</li>';
  el('suites').querySelectorAll('button').forEach(b => b.onclick = async () => {
    try {
      const job = await postJson('/api/v1/regressions', {suite: b.dataset.suite});
      location.hash = '#/jobs/' + job.id;
    } catch (e) {
      b.parentElement.insertAdjacentHTML('beforeend', `<div class="problem">${escape(e.message)}</div>`);
    }
  });
}

function keyState() {
  el('key-state').hidden = !apiKey.get();
}

function every(ms, task) {
  const run = () => task().catch(e => console.warn(e)).finally(() => setTimeout(run, ms));
  setTimeout(run, ms);
}

window.addEventListener('hashchange', () => route().catch(e => console.warn(e)));
document.addEventListener('spinsim:key', keyState);
el('logout').onclick = () => {
  apiKey.clear();
  keyState();
};
el('d-cancel').onclick = () => cancelShown();
el('d-copy').onclick = () => {
  const job = shownJob();
  if (job) {
    edit({type: job.type, spec: job.spec});
  }
};
keyState();
await Promise.all([initSubmit(), initJobs(), initSuites()]);
await Promise.all([refreshJobs(), route()]);
every(2000, refreshJobs);
every(1000, refresh);
