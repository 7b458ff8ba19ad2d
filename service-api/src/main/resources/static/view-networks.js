// Network jobs: accuracy and loss per epoch with the crossbar (Monte Carlo) accuracy as a band, the confusion
// matrix, conductance histograms of the programmed arrays; crossbar-vmm (ideal vs mapped products, weight mapping);
// nn-cost (area, latency and energy per technology).
import {bars, heatmap, lines, panel, scaled} from './charts.js';
import {num, parseName, percent, quantity, scaleFor, unitTable} from './format.js';

function networkFacts(r) {
  const out = [{label: 'network', value: r.network}, {label: 'data', value: `${r.dataset}: ${r.train_images} train, `
      + `${r.test_images} test images`},
  {label: 'synapse device', value: `${r.device} (${r.levels} levels)`}, {label: 'training', value: r.training_mode},
  {label: 'software test accuracy', value: percent(r.software_test_accuracy, 2)}];
  if (r.hardware) {
    const a = r.hardware.accuracy;
    out.push({label: 'crossbar test accuracy', value: `${percent(a.mean, 2)} (95 % CI ${percent(a.low95, 2)} – `
        + `${percent(a.high95, 2)}, ${a.n} device samples)`});
  }
  out.push({label: 'tensor engine', value: r.compute}, {label: 'wall time', value: quantity(r.seconds, 's')});
  return out;
}

function accuracyPlot(parent, table, hardware) {
  const epochs = table.column('epoch');
  const series = [
    {name: 'software test accuracy', data: epochs.map((e, i) => [e, 100 * table.column('test_accuracy')[i]])},
    {name: 'training loss', yAxisIndex: 1, data: epochs.map((e, i) => [e, table.column('train_loss')[i]]),
      lineStyle: {type: 'dashed'}},
  ];
  if (hardware) {
    const a = hardware.accuracy;
    series[0].markArea = {silent: true, itemStyle: {color: 'rgba(209,73,91,0.12)'},
      data: [[{yAxis: 100 * a.low95}, {yAxis: 100 * a.high95}]]};
    series[0].markLine = {symbol: 'none', lineStyle: {color: '#d1495b'}, data: [{yAxis: 100 * a.mean,
      label: {formatter: `crossbar ${num(100 * a.mean, 3)} %`, position: 'insideEndTop'}}]};
  }
  lines(panel(parent, 'Accuracy per epoch', hardware ? 'band: accuracy on crossbars of the device, 95 % CI' : ''),
    {series, xName: 'epoch', yName: 'test accuracy (%)', y2Name: 'training loss', xInteger: true});
}

function confusion(parent, table) {
  const classes = table.header.slice(1);
  const counts = table.rows.map(r => r.slice(1));
  const total = counts.flat().reduce((a, b) => a + b, 0);
  const correct = counts.reduce((a, row, i) => a + row[i], 0);
  const rowSums = counts.map(row => row.reduce((a, b) => a + b, 0));
  const div = panel(parent, 'Confusion matrix', `first device sample; accuracy ${percent(correct / total, 2)}, `
      + 'cells: counts, colour: share of the true class');
  heatmap(div, {xs: classes, ys: table.rows.map(r => String(r[0])), xName: 'predicted class', yName: 'true class',
    valueName: 'share', cell: (i, j) => rowSums[j] ? counts[j][i] / rowSums[j] : null, min: 0, max: 1,
    xLabel: String, yLabel: String, yInverse: true, labels: true, cellLabel: (i, j) => counts[j][i] || '',
    colors: ['#f8f9fa', '#a5d8ff', '#339af0', '#1864ab', '#0b2e59']});
}

function histograms(parent, table) {
  const layers = [...new Set(table.column('layer'))];
  const low = table.column('bin_low_S');
  const high = table.column('bin_high_S');
  const s = scaleFor('S', Math.max(...high));
  const count = table.column('devices');
  const layerOf = table.column('layer');
  // each layer's histogram as shares of its own devices, so a small output layer shows beside a large hidden one
  const series = layers.map(layer => {
    const total = count.reduce((sum, c, i) => layerOf[i] === layer ? sum + c : sum, 0);
    return {name: layer, step: 'middle', showSymbol: false, areaStyle: {opacity: 0.25},
      data: layerOf.map((l, i) => l === layer ? [(low[i] + high[i]) / 2 * s.factor, 100 * count[i] / total] : null)
        .filter(Boolean)};
  });
  lines(panel(parent, 'Programmed conductances', 'share of each layer\'s devices per conductance bin (first device '
      + 'sample)'), {series, xName: `G (${s.unit})`, yName: 'devices (%)', xScale: false});
}

async function network(ctx) {
  const r = ctx.result;
  ctx.facts(networkFacts(r));
  const plots = ctx.section('Training and test', 'accuracy_per_epoch.csv, confusion_matrix.csv');
  const epochs = await ctx.csv('accuracy_per_epoch.csv');
  if (epochs) {
    accuracyPlot(plots, epochs, r.hardware);
  }
  const matrix = await ctx.csv('confusion_matrix.csv');
  if (matrix) {
    confusion(plots, matrix);
  }
  const g = await ctx.csv('conductance_histograms.csv');
  if (g) {
    histograms(plots, g);
  }
  if (r.notes && r.notes.length) {
    ctx.notes(r.notes);
  }
}

async function crossbar(ctx) {
  ctx.autoFacts();
  const plots = ctx.section('Vector-matrix multiply', 'vmm.csv, conductances.csv');
  const vmm = await ctx.csv('vmm.csv');
  if (vmm) {
    bars(panel(plots, 'Outputs: ideal vs on the crossbar'), {categories: vmm.column('row').map(String),
      xName: 'output row', yName: 'output (weight × input units)', series: [
        {name: 'ideal', data: vmm.column('ideal')}, {name: 'crossbar', data: vmm.column('mapped')},
        {name: 'error', data: vmm.column('error')}]});
  }
  const g = await ctx.csv('conductances.csv');
  if (g) {
    const w = g.column('weight');
    const lo = Math.min(...w);
    const hi = Math.max(...w);
    lines(panel(plots, 'Weight mapping', 'each weight against the weight its device pair represents'), {
      series: [{name: 'device pairs', type: 'scatter', data: w.map((v, i) => [v, g.column('mapped_weight')[i]])},
        {name: 'ideal', data: [[lo, lo], [hi, hi]], lineStyle: {type: 'dashed', width: 1}, showSymbol: false}],
      xName: 'weight', yName: 'mapped weight'});
  }
}

async function cost(ctx) {
  const r = ctx.result;
  ctx.facts([{label: 'network', value: (r.network || []).join('-')}, {label: 'model', value: r.model}]);
  const table = await ctx.csv('chip_estimate.csv');
  if (!table) {
    return;
  }
  const plots = ctx.section('Chip estimate per technology', 'chip_estimate.csv');
  const tech = table.column('technology');
  const stacked = (title, columns, total) => {
    const s = scaled(table.column(total), total);
    bars(panel(plots, title), {categories: tech, yName: s.title, series: columns.map(c => ({
      name: parseName(c).label, stack: 'total', data: table.column(c).map(v => v * s.factor)}))});
  };
  stacked('Area', ['array_area_um2', 'periphery_area_um2'], 'total_area_um2');
  stacked('Energy per inference', ['array_read_energy_J', 'adc_energy_J', 'wordline_energy_J'],
    'energy_per_inference_J');
  const latency = scaled(table.column('latency_s'), 'latency_s');
  bars(panel(plots, 'Latency per inference'), {categories: tech, yName: latency.title,
    series: [{name: 'latency', data: latency.values}]});
  const shown = unitTable(table);
  ctx.table('All figures', shown.header, shown.rows);
}

export const renderers = {
  'nn-mlp': network,
  'nn-snn': network,
  'nn-qcnn': network,
  'crossbar-vmm': crossbar,
  'nn-cost': cost,
};
