// Device jobs: synapse-characterization (conductance and skyrmions against pulse number for LTP then LTD, the
// programmed levels, m_z before/after), device-profile (levels with their spread, update curves),
// neuron-characterization (state traces per pulse period, spike rate against current, skyrmion track).
import {columns, errorBars, lines, panel, scaled} from './charts.js';
import {axisTitle, num, parseName, quantity, scaleFor} from './format.js';
import {player} from './snapshots.js';

/** Conductance levels with their device-to-device and cycle-to-cycle spread (levels.csv). */
function levelsPlot(parent, table) {
  const g = scaled(table.column('g_S'), 'g_S');
  const d2d = table.column('sigma_d2d_S');
  const c2c = table.column('sigma_c2c_S');
  const sigma = d2d.map((d, i) => Math.hypot(d || 0, c2c[i] || 0) * g.factor);
  errorBars(panel(parent, 'Conductance levels', 'error bars: √(σ_d2d² + σ_c2c²)'), {x: table.column('level'),
    y: g.values, err: sigma, xName: 'level', yName: g.title, name: 'G', errName: '±1σ'});
}

/** The profile's update curves (schema v2): G after each LTP pulse, then each LTD pulse. */
function updateCurves(parent, profile) {
  const curves = profile && profile.update_curves;
  if (!curves || (!curves.ltp && !curves.ltd)) {
    return;
  }
  const all = [...(curves.ltp ? curves.ltp.g_S : []), ...(curves.ltd ? curves.ltd.g_S : [])];
  const s = scaleFor('S', Math.max(...all.map(Math.abs)));
  const series = [];
  const ltpCount = curves.ltp ? curves.ltp.g_S.length - 1 : 0;
  if (curves.ltp) {
    series.push({name: 'LTP', data: curves.ltp.g_S.map((g, i) => [i, g * s.factor])});
  }
  if (curves.ltd) {
    series.push({name: 'LTD', data: curves.ltd.g_S.map((g, i) => [ltpCount + i, g * s.factor])});
  }
  lines(panel(parent, 'Update curves', 'G after each programming pulse (device-profile.json)'),
    {series, xName: 'pulse number', yName: axisTitle('G', s.unit), xScale: false});
}

async function synapse(ctx) {
  ctx.autoFacts();
  const pulses = await ctx.csv('pulses.csv');
  const plots = ctx.section('LTP / LTD', 'pulses.csv');
  if (pulses) {
    // pulse numbers restart at 0 for LTD, whose pulse 0 is the state after the last LTP pulse
    const phase = pulses.column('phase');
    const pulse = pulses.column('pulse');
    const ltpLast = Math.max(0, ...pulse.filter((p, i) => phase[i] === 'LTP'));
    const x = pulse.map((p, i) => phase[i] === 'LTD' ? ltpLast + p : p);
    const g = scaled(pulses.column('g_S'), 'g_S');
    const count = pulses.column('skyrmions');
    const byPhase = (values, name) => ['LTP', 'LTD'].map(ph => ({name: `${name} ${ph}`,
      data: x.map((xi, i) => [xi, values[i]]).filter((p, i) => phase[i] === ph)}));
    const steps = {name: 'skyrmions', type: 'line', step: 'end', yAxisIndex: 1, showSymbol: false,
      data: x.map((xi, i) => [xi, count[i]]), lineStyle: {type: 'dashed', width: 1}, color: '#868e96'};
    lines(panel(plots, 'Conductance vs pulse number', 'detector conductance after each pulse'),
      {series: [...byPhase(g.values, 'G'), steps], xName: 'pulse number', yName: g.title, xScale: false,
        y2Name: 'skyrmions', y2Integer: true});
    lines(panel(plots, 'Synaptic weight', 'w = (G − Gmin)/(Gmax − Gmin), seed 001 eq.5'),
      {series: byPhase(pulses.column('weight'), 'w'), xName: 'pulse number', yName: 'weight', xScale: false});
  }
  const levels = await ctx.csv('levels.csv');
  if (levels) {
    levelsPlot(plots, levels);
  }
  ctx.json('device-profile.json');
  const frames = ['mz_start.png', 'mz_after_ltp.png', 'mz_after_ltd.png'].map(ctx.artifact)
    .map((a, i) => a && {artifact: a, caption: ['before the pulses', 'after LTP', 'after LTD'][i]}).filter(Boolean);
  if (frames.length) {
    await player(ctx.section('Magnetization m_z'), frames, {title: 'm_z of the device (layers side by side)',
      legend: 'mz', fps: 1});
  }
}

async function profile(ctx) {
  ctx.autoFacts();
  const plots = ctx.section('Device profile', 'levels.csv, device-profile.json');
  const levels = await ctx.csv('levels.csv');
  if (levels) {
    levelsPlot(plots, levels);
  }
  updateCurves(plots, await ctx.json('device-profile.json'));
}

/** One series per value of a grouping column. */
function grouped(table, by, x, y, label) {
  const groups = table.column(by);
  const xs = table.column(x);
  const ys = table.column(y);
  const xScale = scaleFor(parseName(x).unit, Math.max(...xs.map(Math.abs)));
  const yScale = scaleFor(parseName(y).unit, Math.max(...ys.filter(v => v !== null).map(Math.abs)));
  const series = new Map();
  groups.forEach((g, i) => {
    if (!series.has(g)) {
      series.set(g, {name: label(g), data: []});
    }
    series.get(g).data.push([xs[i] * xScale.factor, ys[i] === null ? null : ys[i] * yScale.factor]);
  });
  return {series: [...series.values()], xName: axisTitle(parseName(x).label, xScale.unit),
    yName: axisTitle(parseName(y).label, yScale.unit)};
}

async function neuron(ctx) {
  ctx.autoFacts();
  const plots = ctx.section('Neuron', 'traces.csv, spike_rate.csv, position.csv');
  const period = p => 'period ' + quantity(p, 's');
  const traces = await ctx.csv('traces.csv');
  if (traces) {
    lines(panel(plots, 'State m(t) under the pulse train', 'one trace per pulse period; the legend shows more'),
      {...grouped(traces, 'period_s', 't_s', 'm', period), visible: 2});
    lines(panel(plots, 'Read-out voltage', 'MTJ divider output, seed 003 eq.3'),
      {...grouped(traces, 'period_s', 't_s', 'v_out_V', period), visible: 2});
  }
  const rates = await ctx.csv('spike_rate.csv');
  if (rates && rates.header.includes('period_s')) {
    lines(panel(plots, 'Spike rate vs current density'), grouped(rates, 'period_s', 'current_A_per_m2',
      'spike_rate_Hz', period));
  } else if (rates) {
    columns(panel(plots, 'Spike rate vs current density'), rates, {x: 'current_A_per_m2', y: ['spike_rate_Hz']});
  }
  const track = await ctx.csv('position.csv');
  if (track) {
    columns(panel(plots, 'Skyrmion position', 'integrate while the current is on, leak after'), track,
      {x: 't_s', y: ['x_m', 'y_m'], yName: 'position', y2: ['current_on'], y2Name: 'current on', step2: true});
  }
  const periods = ctx.result.periods;
  if (Array.isArray(periods)) {
    ctx.table('Per pulse period', ['period', 'first spike', 'spike rate', 'min. firing current'],
      periods.map(p => [quantity(p.period_s, 's'), quantity(p.first_spike_s, 's'), quantity(p.spike_rate_Hz, 'Hz'),
        num(p.min_firing_current_A_per_m2) + ' A/m²']));
  }
}

export const renderers = {
  'synapse-characterization': synapse,
  'device-profile': profile,
  'neuron-characterization': neuron,
};
