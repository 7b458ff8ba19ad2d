// Names with units in them (t_s, E_exchange_J, j_A_per_m2, material.ku_J_per_m3, b_T[0]) turned into axis labels
// with units, and values scaled to an SI prefix so an axis reads "t (ns)" with ticks 0..100 instead of 1e-10.

const UNIT_TOKENS = new Set(['s', 'J', 'm', 'Hz', 'S', 'V', 'A', 'T', 'W', 'K', 'F', 'C', 'N', 'Pa', 'Oe', 'rad',
  'ohm', 'Ohm', 'm2', 'm3', 'm4', 'um2', 'nm', 'eV']);
const SHOWN = {ohm: 'Ω', Ohm: 'Ω', m2: 'm²', m3: 'm³', m4: 'm⁴', um2: 'µm²'};
// magnetization and counts whose last word looks like a unit but is not one
const DIMENSIONLESS = {final_m: '⟨m⟩', final_m_per_layer: '⟨m⟩ per layer', m: 'm'};
// units that take an SI prefix (the numerator of a compound unit takes one too: mJ/m², MJ/m³)
const PREFIXABLE = new Set(['s', 'J', 'm', 'Hz', 'S', 'V', 'A', 'T', 'W', 'F', 'C', 'Ω', 'eV']);
const PREFIXES = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, ''], [1e-3, 'm'], [1e-6, 'µ'], [1e-9, 'n'],
  [1e-12, 'p'], [1e-15, 'f'], [1e-18, 'a']];
// a compound unit only takes the prefixes people use with it (MJ/m³, mJ/m², µm/s), else ticks go scientific
const COMPOUND_PREFIXES = new Set(['M', 'k', '', 'm', 'µ', 'n']);

/** {label, unit} of a column or field name: "E_exchange_J" -> {label: "E exchange", unit: "J"}. */
export function parseName(name) {
  const index = (name.match(/(\[\d+\])+$/) || [''])[0];
  const full = name.slice(0, name.length - index.length);
  const dot = full.lastIndexOf('.');
  const path = full.slice(0, dot + 1);
  const layered = full.slice(dot + 1).match(/^(.*)_layer(\d+)$/);
  const base = layered ? layered[1] : full.slice(dot + 1);
  const suffix = (layered ? ` layer ${layered[2]}` : '') + index;
  if (base === 'final_m' && /^\[[012]\]$/.test(index)) {
    return {label: path + '⟨m' + 'xyz'[index[1]] + '⟩', unit: ''};
  }
  if (DIMENSIONLESS[base] !== undefined) {
    return {label: path + DIMENSIONLESS[base] + suffix, unit: ''};
  }
  const parts = base.split('_');
  let first = parts.length;
  while (first > 1 && (UNIT_TOKENS.has(parts[first - 1]) || parts[first - 1] === 'per')) {
    first--;
  }
  const unitParts = parts.slice(first);
  const label = path + parts.slice(0, first).join(' ') + suffix;
  return {label, unit: unitText(unitParts)};
}

function unitText(parts) {
  if (!parts.length) {
    return '';
  }
  const groups = [[]];
  parts.forEach(p => p === 'per' ? groups.push([]) : groups[groups.length - 1].push(SHOWN[p] || p));
  const [num, ...den] = groups.map(g => g.join('·'));
  return (num || '1') + den.map(d => '/' + d).join('');
}

/** The unit with an SI prefix chosen for values up to maxAbs, and the factor that scales values to it. */
export function scaleFor(unit, maxAbs) {
  if (!unit || !isFinite(maxAbs) || maxAbs === 0) {
    return {unit, factor: 1};
  }
  if (unit === 'µm²' && maxAbs >= 1e5) {
    return {unit: 'mm²', factor: 1e-6};
  }
  const slash = unit.indexOf('/');
  const head = slash < 0 ? unit : unit.slice(0, slash);
  const tail = slash < 0 ? '' : unit.slice(slash);
  if (!PREFIXABLE.has(head)) {
    return {unit, factor: 1};
  }
  const choice = PREFIXES.find(([f]) => maxAbs >= f * 0.9995) || PREFIXES[PREFIXES.length - 1];
  if (tail && !COMPOUND_PREFIXES.has(choice[1])) {
    return {unit, factor: 1};
  }
  return {unit: choice[1] + head + tail, factor: 1 / choice[0]};
}

/** Axis title "label (unit)". */
export function axisTitle(label, unit) {
  return unit ? `${label} (${unit})` : label;
}

/** A number for a tick or a table: 4 significant digits, scientific outside 1e-3..1e5. */
export function num(v, digits = 4) {
  if (v === null || v === undefined || v === '') {
    return '–';
  }
  if (typeof v !== 'number') {
    return String(v);
  }
  if (!isFinite(v)) {
    return String(v);
  }
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) {
    return v.toExponential(Math.max(0, digits - 2)).replace(/\.?0+e/, 'e').replace('e+', 'e');
  }
  return Number(v.toPrecision(digits)).toString();
}

/** A value with its unit scaled to a prefix: 3.2e-9 s -> "3.2 ns". */
export function quantity(value, unit) {
  if (typeof value !== 'number' || !isFinite(value)) {
    return num(value);
  }
  const s = scaleFor(unit, Math.abs(value));
  return `${num(value * s.factor)}${s.unit ? ' ' + s.unit : ''}`;
}

/** A summary field as "label" and "value unit". */
export function fact(name, value) {
  const {label, unit} = parseName(name);
  return {label, value: quantity(value, unit)};
}

export function percent(fraction, digits = 1) {
  return typeof fraction === 'number' ? (100 * fraction).toFixed(digits) + ' %' : '–';
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined || !isFinite(seconds)) {
    return '–';
  }
  if (seconds < 60) {
    return seconds.toFixed(seconds < 10 ? 1 : 0) + ' s';
  }
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${Math.round(seconds - 60 * m)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function clock(iso) {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso);
  const today = new Date().toDateString() === d.toDateString();
  return today ? d.toLocaleTimeString() : d.toLocaleString();
}

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;'})[c]);
}

/** A sweep point's label "material.dmi_J_per_m2=0.003, material.ku_J_per_m3=800000.0" as "dmi 3 mJ/m², ku 800 kJ/m³". */
export function pointLabel(label) {
  return String(label ?? '').split(', ').map(part => {
    const eq = part.lastIndexOf('=');
    if (eq < 0) {
      return part;
    }
    const {label: name, unit} = parseName(part.slice(0, eq).split('.').pop());
    const v = Number(part.slice(eq + 1));
    return `${name} ${Number.isNaN(v) ? part.slice(eq + 1) : quantity(v, unit)}`;
  }).join(', ');
}

/** A parsed CSV for display: each numeric column in its prefixed unit, "dmi (mJ/m²)" over 2, 3, 4. */
export function unitTable(table) {
  const columns = table.header.map(h => {
    const {label, unit} = parseName(h);
    const values = table.column(h).filter(v => v !== null);
    const numeric = values.length && values.every(v => typeof v === 'number');
    const s = numeric ? scaleFor(unit, Math.max(...values.map(Math.abs))) : {unit, factor: 1};
    return {title: axisTitle(label, s.unit), cell: v => typeof v === 'number' ? num(v * s.factor) : v};
  });
  return {header: columns.map(c => c.title), rows: table.rows.map(r => r.map((v, i) => columns[i].cell(v)))};
}
