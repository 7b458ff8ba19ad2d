// CSV artifacts as columns: {header: [...], rows: [[...]], column(name) -> values}. Numbers become numbers; quoted
// text (commas inside quotes) stays text.

function splitLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

function value(text) {
  if (text === '') {
    return null;
  }
  const n = Number(text);
  return Number.isNaN(n) && !/^nan$/i.test(text) ? text : n;
}

export function parseCsv(text) {
  const lines = text.split(/\r?\n/).filter(l => l.length);
  const header = lines.length ? splitLine(lines[0]) : [];
  const rows = lines.slice(1).map(l => splitLine(l).map(value));
  const column = name => {
    const i = header.indexOf(name);
    return i < 0 ? null : rows.map(r => r[i]);
  };
  const numeric = name => {
    const values = column(name);
    return values !== null && values.some(v => typeof v === 'number') && values.every(v => v === null
      || typeof v === 'number');
  };
  return {header, rows, column, numeric};
}
