// Composite jobs: sweep (heat map of a collected quantity over two axes, curves over one axis, the point table)
// and regression (each check against theory or the reviewed baseline, pass or fail, with its tolerance).
import {heatmap, lines, panel} from './charts.js';
import {axisTitle, escape, num, parseName, scaleFor, unitTable} from './format.js';

/** Axis values, sorted and distinct, with labels in a prefixed unit. */
function axis(values, name) {
  const distinct = [...new Set(values)].sort((a, b) => (typeof a === 'number' && typeof b === 'number') ? a - b
    : String(a).localeCompare(String(b)));
  const {label, unit} = parseName(name);
  const numeric = distinct.every(v => typeof v === 'number');
  const s = numeric ? scaleFor(unit, Math.max(...distinct.map(Math.abs))) : {unit, factor: 1};
  return {values: distinct, title: axisTitle(label, s.unit), label: v => numeric ? num(v * s.factor, 4) : String(v)};
}

function sweepHeatmap(parent, table, note) {
  const [xName, yName, valueName] = table.header;
  const x = axis(table.column(xName), xName);
  const y = axis(table.column(yName), yName);
  const cells = new Map(table.rows.map(r => [`${r[0]}|${r[1]}`, r[2]]));
  const value = parseName(valueName);
  heatmap(panel(parent, `${value.label} over ${parseName(xName).label} × ${parseName(yName).label}`, note), {
    xs: x.values, ys: y.values, xName: x.title, yName: y.title, valueName: axisTitle(value.label, value.unit),
    xLabel: x.label, yLabel: y.label, labels: x.values.length * y.values.length <= 400,
    cell: (i, j) => {
      const v = cells.get(`${x.values[i]}|${y.values[j]}`);
      return typeof v === 'number' ? v : null;
    }});
}

/** Each collected quantity against the one swept axis, or against the first axis with one curve per other value. */
function curves(parent, table, axes, collected) {
  const [first, ...others] = axes;
  const xs = table.column(first);
  const x = axis(xs, first);
  const scale = scaleFor(parseName(first).unit, Math.max(...x.values.map(v => Math.abs(Number(v)))));
  collected.forEach(c => {
    const ys = table.column(c);
    const key = i => others.map(o => `${parseName(o).label} = ${num(table.column(o)[i])}`).join(', ');
    const series = new Map();
    ys.forEach((y, i) => {
      const k = key(i) || parseName(c).label;
      if (!series.has(k)) {
        series.set(k, {name: k, data: []});
      }
      series.get(k).data.push([xs[i] * scale.factor, y]);
    });
    const {label, unit} = parseName(c);
    lines(panel(parent, `${label} vs ${parseName(first).label}`), {series: [...series.values()],
      xName: x.title, yName: axisTitle(label, unit)});
  });
}

async function sweep(ctx) {
  const r = ctx.result;
  ctx.facts([{label: 'grid', value: `${r.points} points over ${(r.axes || []).join(' × ')}`},
    {label: 'children', value: Object.entries(r.children || {}).map(([k, v]) => `${v} ${k}`).join(', ')},
    {label: 'collected', value: (r.collect || []).join(', ') || '–'}]);
  const plots = ctx.section('Sweep', 'heatmap.csv, sweep.csv');
  const map = await ctx.csv('heatmap.csv');
  if (map) {
    sweepHeatmap(plots, map, 'heatmap.csv; grey: no value');
    ctx.skip('heatmap.png');
  }
  const table = await ctx.csv('sweep.csv');
  if (table) {
    const axes = r.axes || [];
    const collected = (r.collect || []).filter(c => table.numeric(c));
    if (collected.length && axes.length <= 2 && !(map && axes.length === 2)) {
      curves(plots, table, axes, collected);
    }
    const shown = unitTable(table);
    ctx.table('Grid points', shown.header, shown.rows);
  }
  if (r.failures && r.failures.length) {
    ctx.notes(r.failures.map(f => typeof f === 'string' ? f : JSON.stringify(f)), 'Failed points');
  }
}

function tolerance(c) {
  return [c.abs_tol ? `± ${num(c.abs_tol)}` : '', c.rel_tol ? `± ${num(100 * c.rel_tol)} %` : ''].filter(Boolean)
    .join(' + ') || 'exact';
}

async function regression(ctx) {
  const report = await ctx.json('report.json') || ctx.result;
  ctx.facts([{label: 'suite', value: report.suite},
    {label: 'verdict', value: report.passed ? 'PASSED' : 'FAILED', tone: report.passed ? 'good' : 'bad'},
    {label: 'cases', value: num(report.cases)},
    {label: 'checks', value: `${report.checks} (${report.checks_failed || 0} failed)`}]);
  const rows = [];
  (report.results || []).forEach(res => (res.checks && res.checks.length ? res.checks : [{path: '–',
    passed: res.passed, message: res.status}]).forEach(c => rows.push({res, c})));
  const section = ctx.section('Checks', 'report.json; junit.xml is for CI');
  section.classList.add('wide');
  section.innerHTML += `<table class="grid checks"><thead><tr><th>case</th><th>quantity</th><th>expected</th>
    <th>actual</th><th>tolerance</th><th>against</th><th>result</th></tr></thead><tbody>${rows.map(({res, c}) => `
    <tr class="${c.passed ? 'pass' : 'fail'}"><td><a href="#/jobs/${res.job_id}">${escape(res.name)}</a></td>
    <td><code>${escape(c.path)}</code></td><td class="num">${num(c.expected, 10)}</td>
    <td class="num">${num(c.actual, 10)}</td><td>${tolerance(c)}</td><td>${escape(c.source || '')}</td>
    <td>${c.passed ? '✔ pass' : '✘ ' + escape(c.message || 'fail')}</td></tr>`).join('')}</tbody></table>`;
}

export const renderers = {sweep, regression};
