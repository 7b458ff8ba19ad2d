// The view of each job type; a type without one (or artifacts a view did not use) gets the generic view: the
// result's scalar fields as facts, each CSV plotted against its first numeric column, PNGs as a gallery.
import {columns, panel} from './charts.js';
import {player} from './snapshots.js';
import {render as llg} from './view-llg.js';
import {renderers as devices} from './view-devices.js';
import {renderers as networks} from './view-networks.js';
import {renderers as composites} from './view-composites.js';

const VIEWS = {llg, ...devices, ...networks, ...composites};

async function leftovers(ctx) {
  for (const a of ctx.unused(/\.csv$/)) {
    const table = await ctx.csv(a.name);
    const numeric = table.header.filter(h => table.numeric(h));
    if (table.rows.length > 1 && numeric.length > 1) {
      columns(panel(ctx.section('Tables'), a.name, `${numeric.length - 1} columns against ${numeric[0]}`), table,
        {x: numeric[0], y: numeric.slice(1)});
    }
  }
  const images = ctx.unused(/\.png$/);
  if (images.length) {
    await player(ctx.section('Images'), images.map(a => ({artifact: a, caption: a.name})), {title: 'images', fps: 1});
  }
}

/** Draws what fits the job into ctx (see detail.js). */
export async function render(ctx) {
  const view = VIEWS[ctx.job.type];
  if (view) {
    await view(ctx);
  } else {
    ctx.autoFacts();
  }
  await leftovers(ctx);
}
