// PNG frames (m_z snapshots) as an animation: play/pause, a slider, the frame's time, the colour scale, and an
// optional overlay drawn on the last frame (skyrmion outlines). Images come in as blob: URLs through the API helper.
import {artifactUrl} from './api.js';
import {escape} from './format.js';

const MZ_LEGEND = `<div class="mz-legend"><span>m<sub>z</sub> −1</span><i></i><span>+1</span>
  <span class="vacuum">vacuum</span></div>`;

/**
 * frames: [{artifact, caption}] in order. options: {title, legend: 'mz', overlay(frameIndex) -> svg string or '',
 * fps}
 */
export async function player(parent, frames, options = {}) {
  const figure = document.createElement('figure');
  figure.className = 'snapshots';
  figure.innerHTML = `<figcaption>${escape(options.title || 'snapshots')}</figcaption>
    <div class="frame"><img alt=""><div class="overlay"></div></div>
    <div class="controls">
      <button type="button" class="play" ${frames.length < 2 ? 'hidden' : ''}>▶</button>
      <input type="range" min="0" max="${frames.length - 1}" value="${frames.length - 1}"
        ${frames.length < 2 ? 'hidden' : ''}>
      <span class="caption"></span>
    </div>${options.legend === 'mz' ? MZ_LEGEND : ''}`;
  parent.appendChild(figure);
  const img = figure.querySelector('img');
  const slider = figure.querySelector('input');
  const caption = figure.querySelector('.caption');
  const overlay = figure.querySelector('.overlay');
  const play = figure.querySelector('.play');
  const urls = await Promise.all(frames.map(f => artifactUrl(f.artifact)));
  // cells stay square: the PNG is scaled as a whole, up to 640 x 360 px, never below its own size
  img.onload = () => {
    const scale = Math.max(1, Math.min(640 / img.naturalWidth, 360 / img.naturalHeight, 3));
    img.style.width = Math.round(img.naturalWidth * scale) + 'px';
  };
  const show = i => {
    img.src = urls[i];
    img.alt = frames[i].artifact.name;
    caption.textContent = `${frames[i].caption}  (${i + 1}/${frames.length})`;
    overlay.innerHTML = options.overlay ? options.overlay(i) : '';
    slider.value = i;
  };
  let timer = null;
  const stop = () => {
    clearInterval(timer);
    timer = null;
    play.textContent = '▶';
  };
  play.onclick = () => {
    if (timer) {
      stop();
      return;
    }
    play.textContent = '❚❚';
    let i = Number(slider.value) >= frames.length - 1 ? 0 : Number(slider.value);
    show(i);
    timer = setInterval(() => {
      i++;
      if (i >= frames.length || !figure.isConnected) {
        stop();
        return;
      }
      show(i);
    }, 1000 / (options.fps || 4));
  };
  slider.oninput = () => {
    stop();
    show(Number(slider.value));
  };
  show(frames.length - 1);
  return figure;
}
