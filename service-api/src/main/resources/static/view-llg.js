// llg: <m>(t), energy terms, Q(t) and skyrmion count, skyrmion track from table.csv; m_z snapshots as an animation
// with the detected skyrmions outlined on the final frame.
import {columns, panel} from './charts.js';
import {fact, num, quantity} from './format.js';
import {player} from './snapshots.js';

const MAX_FRAMES = 120;

function facts(r) {
  const out = [];
  if (r.final_m) {
    out.push({label: 'final ⟨m⟩', value: r.final_m.map(v => num(v, 3)).join(', ')});
  }
  out.push(fact('energy_J', r.energy_J));
  if (r.topological_charge) {
    out.push({label: 'Q (lattice)', value: r.topological_charge.map(q => num(q, 3)).join(', ')});
  }
  if (r.skyrmions) {
    out.push({label: 'skyrmions', value: r.skyrmions.join(', ')});
  }
  out.push(fact('simulated_time_s', r.simulated_time_s), {label: 'steps', value: num(r.steps)},
    fact('wall_time_s', r.wall_time_s),
    {label: 'throughput', value: quantity(r.cell_evals_per_s, '') + ' cell-evals/s'},
    {label: 'solver', value: [r.integrator, r.backend].filter(Boolean).join(', ')});
  if (r.relax) {
    out.push({label: 'relaxation', value: Object.entries(r.relax).map(([k, v]) => `${k} ${num(v)}`).join(', ')});
  }
  return out;
}

const nonZero = (table, c) => table.column(c).some(v => v !== 0 && v !== null);

function tablePlots(table, parent) {
  const h = table.header;
  const m = h.filter(c => /^m[xyz](_|$)/.test(c));
  if (m.length) {
    columns(panel(parent, '⟨m⟩(t)', 'average unit magnetization'), table,
      {x: 't_s', y: m, yName: '⟨m⟩', yMin: -1, yMax: 1});
  }
  const energies = h.filter(c => /^E(_.+)?_J$/.test(c) && nonZero(table, c));
  if (energies.length) {
    columns(panel(parent, 'Energy', 'total and each term'), table, {x: 't_s', y: energies, yName: 'E',
      names: Object.fromEntries(energies.map(c => [c, c === 'E_J' ? 'total' : c.slice(2, -2)]))});
  }
  const charge = h.filter(c => /^Q(_|$)/.test(c));
  const count = h.filter(c => /^skyrmions(_|$)/.test(c));
  if (charge.length || count.length) {
    columns(panel(parent, 'Topological charge and skyrmion count'), table, charge.length
      ? {x: 't_s', y: charge, yName: 'Q', y2: count, y2Name: 'skyrmions', step2: true}
      : {x: 't_s', y: count, yName: 'skyrmions'});
  }
  const track = h.filter(c => /^sk_(x|y|radius)_m/.test(c));
  if (track.length) {
    columns(panel(parent, 'Skyrmion centre and radius', 'of the largest skyrmion found'), table,
      {x: 't_s', y: track, yName: 'position, radius'});
  }
  const shown = new Set(['t_s', ...m, ...h.filter(c => /^E(_.+)?_J$/.test(c)), ...charge, ...count, ...track]);
  const rest = h.filter(c => !shown.has(c) && table.numeric(c));
  if (rest.length) {
    columns(panel(parent, 'Other columns'), table, {x: 't_s', y: rest});
  }
}

/** Outlines of skyrmions (skyrmions.json) over MzImage's layout: layers side by side, y up, cells scaled. */
function skyrmionOverlay(skyrmions, mesh) {
  const scale = Math.max(1, Math.floor(256 / Math.max(mesh.nx, mesh.ny)));
  const gap = mesh.nz > 1 ? Math.max(2, scale) : 0;
  const width = mesh.nz * mesh.nx * scale + (mesh.nz - 1) * gap;
  const height = mesh.ny * scale;
  const circles = skyrmions.map(s => {
    const x = s.layer * (mesh.nx * scale + gap) + s.x_m / mesh.dx_m * scale;
    const y = height - s.y_m / mesh.dy_m * scale;
    const r = Math.max(2, s.radius_m / mesh.dx_m * scale);
    return `<circle cx="${x}" cy="${y}" r="${r}"><title>Q = ${num(s.q, 3)}, r = ${quantity(s.radius_m, 'm')}` +
      `</title></circle>`;
  }).join('');
  return `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none">${circles}</svg>`;
}

export async function render(ctx) {
  const r = ctx.result;
  ctx.facts(facts(r));
  const table = await ctx.csv('table.csv');
  if (table) {
    tablePlots(table, ctx.section('Time series', 'table.csv'));
  }
  const spec = ctx.job.spec;
  const interval = spec.outputs && spec.outputs.snapshot_interval_s;
  const duration = r.simulated_time_s;
  const all = ctx.matching(/^mz_\d+\.png$/).map((a, k) => ({artifact: a,
    caption: 't = ' + quantity(Math.min((k + 1) * interval, duration), 's')}));
  // every k-th snapshot when there are many: each frame is a download
  const step = Math.ceil(all.length / MAX_FRAMES);
  const frames = all.filter((f, k) => k % step === 0);
  const last = ctx.artifact('mz.png');
  if (last) {
    frames.push({artifact: last, caption: 'final state, t = ' + quantity(duration, 's')});
  }
  const skyrmions = await ctx.json('skyrmions.json');
  if (frames.length) {
    const overlay = skyrmions && last ? (i => i === frames.length - 1 ? skyrmionOverlay(skyrmions, spec.mesh) : '')
      : null;
    await player(ctx.section('Magnetization m_z', frames.length > 1 ? 'snapshots as an animation' : ''), frames,
      {title: `m_z, ${spec.mesh.nx} × ${spec.mesh.ny} × ${spec.mesh.nz} cells of ` +
          `${quantity(spec.mesh.dx_m, 'm')} × ${quantity(spec.mesh.dy_m, 'm')} × ${quantity(spec.mesh.dz_m, 'm')}` +
          (skyrmions && last ? `; ${skyrmions.length} skyrmion(s) outlined on the final state` : ''),
      legend: 'mz', overlay});
  }
}
