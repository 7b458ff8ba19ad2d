// Plots on ECharts (served from the echarts WebJar): line plots of table columns with units on the axes, heat maps
// with a colour bar, bar charts. Every chart element gets data-points (how many values it drew) so a test or a
// person can tell an empty chart from a drawn one.
import {axisTitle, num, parseName, scaleFor} from './format.js';

/* global echarts */
const PALETTE = ['#2b6cb0', '#d1495b', '#2f9e44', '#e8890c', '#7048e8', '#0c8599', '#c2255c', '#5c940d',
  '#495057', '#f08c00'];
const live = new Set();

window.addEventListener('resize', () => live.forEach(c => c.resize()));

/** Disposes the charts inside an element that is about to be replaced. */
export function disposeIn(element) {
  element.querySelectorAll('.chart').forEach(div => {
    const c = echarts.getInstanceByDom(div);
    if (c) {
      live.delete(c);
      c.dispose();
    }
  });
}

/** A titled chart panel appended to parent; returns the element ECharts draws into. */
export function panel(parent, title, note = '') {
  const figure = document.createElement('figure');
  figure.className = 'plot';
  figure.innerHTML = `<figcaption>${title}${note ? `<span class="note">${note}</span>` : ''}</figcaption>`;
  const div = document.createElement('div');
  div.className = 'chart';
  figure.appendChild(div);
  parent.appendChild(figure);
  return div;
}

function draw(div, option, points) {
  const chart = echarts.init(div, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    color: PALETTE,
    textStyle: {fontFamily: 'system-ui, sans-serif'},
    grid: {left: 72, right: option.yAxis && option.yAxis.length > 1 ? 72 : 24, top: 36, bottom: 48},
    tooltip: {trigger: 'axis', valueFormatter: v => num(v)},
    toolbox: {right: 4, bottom: 0, itemSize: 13, feature: {dataZoom: {yAxisIndex: 'none'}, restore: {}, saveAsImage: {}}},
    ...option,
  });
  div.dataset.points = String(points);
  live.add(chart);
  return chart;
}

function valueAxis(name, extra = {}) {
  return {type: 'value', name, nameLocation: 'middle', nameGap: 50, scale: true,
    axisLabel: {formatter: v => num(v)}, splitLine: {lineStyle: {color: '#eef0f4'}}, ...extra};
}

function maxAbs(lists) {
  let m = 0;
  lists.forEach(values => values.forEach(v => {
    if (typeof v === 'number' && isFinite(v)) {
      m = Math.max(m, Math.abs(v));
    }
  }));
  return m;
}

/**
 * Columns of a parsed CSV against one column, units on both axes.
 * spec: {x, y: [columns], y2: [columns on a right axis], yName, y2Name, yMin, yMax, step2, names: {column: label},
 * xValues (instead of a column), xName}
 */
export function columns(div, table, spec) {
  const xs = spec.xValues || table.column(spec.x);
  const xUnit = spec.xValues ? {label: spec.xName, unit: ''} : parseName(spec.x);
  const xScale = scaleFor(xUnit.unit, maxAbs([xs]));
  const axes = [spec.y, spec.y2 || []].map((cols, i) => {
    const unit = cols.length ? parseName(cols[0]).unit : '';
    const scale = scaleFor(unit, maxAbs(cols.map(c => table.column(c))));
    const name = (i === 0 ? spec.yName : spec.y2Name) || (cols.length === 1 ? parseName(cols[0]).label : '');
    return {cols, scale, title: axisTitle(name, scale.unit)};
  });
  let points = 0;
  const series = axes.flatMap((axis, i) => axis.cols.map(c => {
    const ys = table.column(c);
    const data = xs.map((x, k) => [x * xScale.factor, ys[k] === null ? null : ys[k] * axis.scale.factor]);
    points += data.length;
    return {name: (spec.names && spec.names[c]) || parseName(c).label, type: 'line', yAxisIndex: i, data,
      showSymbol: data.length < 40, symbolSize: 5, sampling: 'lttb', step: i === 1 && spec.step2 ? 'end' : false,
      lineStyle: {width: i === 1 ? 1.5 : 2}};
  }));
  const yAxis = [valueAxis(axes[0].title, {min: spec.yMin, max: spec.yMax})];
  if (axes[1].cols.length) {
    yAxis.push(valueAxis(axes[1].title, {splitLine: {show: false}, minInterval: spec.step2 ? 1 : 0}));
  }
  return draw(div, {
    legend: {top: 4, left: 8, type: 'scroll', right: 8},
    xAxis: valueAxis(axisTitle(xUnit.label, xScale.unit), {nameGap: 28, scale: false, min: 'dataMin', max: 'dataMax'}),
    yAxis, series,
  }, points);
}

/**
 * Named series of [x, y] points (already in display units). spec: {series: [{name, data, yAxisIndex?, ...}], xName,
 * yName, y2Name (a right axis for series with yAxisIndex 1), y2Integer, xInteger, visible (series shown at first;
 * the legend turns on the others)}
 */
export function lines(div, spec) {
  const points = spec.series.reduce((n, s) => n + s.data.length, 0);
  const yAxis = [valueAxis(spec.yName, {min: spec.yMin, max: spec.yMax})];
  if (spec.y2Name) {
    yAxis.push(valueAxis(spec.y2Name, {splitLine: {show: false}, minInterval: spec.y2Integer ? 1 : 0}));
  }
  const selected = spec.visible ? Object.fromEntries(spec.series.map((s, i) => [s.name, i < spec.visible])) : {};
  return draw(div, {
    legend: {top: 4, left: 8, type: 'scroll', right: 8, selected},
    xAxis: valueAxis(spec.xName, {nameGap: 28, scale: spec.xScale !== false, minInterval: spec.xInteger ? 1 : 0}),
    yAxis,
    series: spec.series.map(s => ({type: 'line', showSymbol: s.data.length < 40, symbolSize: 5, sampling: 'lttb',
      ...s})),
  }, points);
}

/**
 * A heat map on category axes. spec: {xs, ys (axis values), cell(i, j) -> value or null, xName, yName, valueName,
 * xLabel(v), yLabel(v), min, max, labels (print values in the cells), cellLabel(i, j), colors, yInverse}
 */
export function heatmap(div, spec) {
  const data = [];
  spec.xs.forEach((x, i) => spec.ys.forEach((y, j) => {
    const v = spec.cell(i, j);
    if (v !== null && v !== undefined) {
      data.push([i, j, v]);
    }
  }));
  const values = data.map(d => d[2]);
  const category = (values, label, name, extra) => ({type: 'category', data: values.map(label), name,
    nameLocation: 'middle', splitArea: {show: true}, ...extra});
  return draw(div, {
    grid: {left: 80, right: 90, top: 28, bottom: 56},
    tooltip: {trigger: 'item', formatter: p => `${spec.xName}: ${spec.xLabel(spec.xs[p.value[0]])}<br>`
        + `${spec.yName}: ${spec.yLabel(spec.ys[p.value[1]])}<br><b>${spec.valueName}: ${num(p.value[2])}</b>`},
    xAxis: category(spec.xs, spec.xLabel, spec.xName, {nameGap: 30}),
    yAxis: category(spec.ys, spec.yLabel, spec.yName, {nameGap: 60, inverse: !!spec.yInverse}),
    visualMap: {min: spec.min ?? Math.min(...values), max: spec.max ?? Math.max(...values), calculable: true,
      orient: 'vertical', right: 4, top: 'middle', itemHeight: 160, text: [spec.valueName, ''],
      formatter: v => num(v, 3),
      inRange: {color: spec.colors || ['#fcfdbf', '#fc8961', '#b73779', '#51127c', '#000004'].reverse()}},
    series: [{type: 'heatmap', data, label: {show: !!spec.labels, fontSize: 11,
      formatter: p => spec.cellLabel ? spec.cellLabel(p.value[0], p.value[1]) : num(p.value[2], 3)},
      emphasis: {itemStyle: {borderColor: '#000', borderWidth: 1}}}],
  }, data.length);
}

/** Bars per category, one series per entry of spec.series: {categories, series: [{name, data}], yName} */
export function bars(div, spec) {
  const points = spec.series.reduce((n, s) => n + s.data.length, 0);
  return draw(div, {
    grid: {left: 72, right: 24, top: 36, bottom: 64},
    legend: {top: 4, left: 8, right: 8, show: spec.series.length > 1},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: v => num(v)},
    xAxis: {type: 'category', data: spec.categories, name: spec.xName, nameLocation: 'middle', nameGap: 44,
      axisLabel: {interval: 0, width: 150, overflow: 'break', lineHeight: 14}},
    yAxis: valueAxis(spec.yName, {scale: false}),
    series: spec.series.map(s => ({type: 'bar', barMaxWidth: 40, ...s})),
  }, points);
}

/** Values of a list scaled for one axis: {values, title}. */
export function scaled(values, name) {
  const {label, unit} = parseName(name);
  const s = scaleFor(unit, maxAbs([values]));
  return {values: values.map(v => typeof v === 'number' ? v * s.factor : v), title: axisTitle(label, s.unit),
    unit: s.unit, factor: s.factor, label};
}

/** Points with ± error bars: spec {x: [..], y: [..], err: [..] (same units as y), xName, yName, name} */
export function errorBars(div, spec) {
  const bar = (params, api) => {
    const lo = api.coord([api.value(0), api.value(1)]);
    const hi = api.coord([api.value(0), api.value(2)]);
    const line = (x1, y1, x2, y2) => ({type: 'line', shape: {x1, y1, x2, y2}, style: {stroke: '#495057', lineWidth: 1}});
    return {type: 'group', children: [line(lo[0], lo[1], hi[0], hi[1]), line(lo[0] - 4, lo[1], lo[0] + 4, lo[1]),
      line(hi[0] - 4, hi[1], hi[0] + 4, hi[1])]};
  };
  return draw(div, {
    legend: {top: 4, left: 8, right: 8},
    tooltip: {trigger: 'item', formatter: p => p.seriesType === 'custom'
        ? `± ${num((p.value[2] - p.value[1]) / 2)}` : `${spec.xName} ${num(p.value[0])}: ${num(p.value[1])}`},
    xAxis: valueAxis(spec.xName, {nameGap: 28, minInterval: 1}),
    yAxis: valueAxis(spec.yName),
    series: [
      {name: spec.name, type: 'line', data: spec.x.map((x, i) => [x, spec.y[i]]), symbolSize: 6,
        lineStyle: {width: 1, type: 'dotted'}},
      {name: spec.errName || '±1σ', type: 'custom', renderItem: bar, z: 1, itemStyle: {color: '#495057'},
        data: spec.x.map((x, i) => [x, spec.y[i] - spec.err[i], spec.y[i] + spec.err[i]])},
    ],
  }, spec.x.length);
}
