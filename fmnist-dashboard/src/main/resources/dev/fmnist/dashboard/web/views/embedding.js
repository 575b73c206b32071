/* The embedding explorer (dash-views): a PCA / t-SNE / UMAP map of up to 70,000 images drawn by ECharts' large
 * scatter, coloured by true label, by a result's predicted label, or right/wrong; the image under the cursor, and
 * on click its nearest neighbours in the map (found here, in the page). */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = F.kit;
  const h = kit.h;
  const HIT_PIXELS = 10;
  const NEIGHBOURS = 12;
  const GREY = '#bbbbbb';

  function render(container, state) {
    const started = performance.now();
    kit.resetCharts();
    const embeddings = F.data.embeddings || [];
    if (!embeddings.length) {
      container.appendChild(h('p', {class: 'fv-empty'}, 'There is no embedding to show (`fmnist embed ... --out FILE.png` writes FILE.json beside the picture; give its directory to the dashboard).'));
      return;
    }
    const e = embeddings.find(x => String(x.id) === state.emb) || embeddings[0];
    const map = pointsOf(e);
    const names = kit.labelNames(e.dataset);
    const predictors = kit.everything().filter(r => r.dataset === e.dataset && r.mistake_count != null)
      .sort((a, b) => (b.mean_accuracy || 0) - (a.mean_accuracy || 0));
    const predictor = predictors.find(r => r.id === state.rid) || predictors[0] || null;
    const colour = predictor && ['predicted', 'right'].includes(state.color) ? state.color : 'label';

    const view = h('div', {class: 'fv-embedding-view'});
    container.appendChild(view);
    const describe = x => `${x.dataset} · ${String(x.method).toUpperCase()} · ${x.split} · ${(x.x || []).length.toLocaleString('en')} points`;
    view.appendChild(h('div', {class: 'fv-controls'},
      kit.select('Map', embeddings.map(x => [x.id, describe(x)]), e.id, v => F.state.set({emb: v}), 'emb'),
      kit.select('Colour by', [['label', 'true label'], ...(predictor ? [['predicted', 'predicted label'], ['right', 'right or wrong']] : [])],
        colour, v => F.state.set({color: v}), 'color'),
      predictor ? kit.select('Result', predictors.map(r => [r.id, `${kit.accuracy(r.mean_accuracy)} ${kit.title(r)}`]), predictor.id,
        v => F.state.set({rid: v}), 'rid') : null));
    const note = h('p', {class: 'fv-note fv-embedding-note'}, predictor ? '' : 'No result of this dataset recorded its predictions, so the map can be coloured by true label only.');
    view.appendChild(note);
    const box = kit.chartBox(620, 'fv-embedding');
    const hover = h('div', {class: 'fv-hover', hidden: 'hidden'});
    const side = h('div', {class: 'fv-neighbours'}, h('p', {class: 'fv-note'}, 'Click a point to see its nearest neighbours in the map.'));
    view.appendChild(h('div', {class: 'fv-embedding-layout'}, h('div', {class: 'fv-embedding-plot'}, box, hover), side));

    if (!predictor) {
      draw(null);
      return;
    }
    kit.withDetails(view, [predictor.id], (_, [full]) => draw(predictionsOf(full, map)));

    /** The map with each point's predicted label (null: none). */
    function draw(predicted) {
      const groups = groupsOf(map, names, colour, predicted);
      const chart = kit.chart(box, null);
      const metrics = {points: map.n};
      F.metrics.embedding = metrics;
      chart.on('rendered', () => {
        if (metrics.firstFrameMs == null) metrics.firstFrameMs = performance.now() - started;
      });
      chart.on('finished', () => {
        if (metrics.renderedMs == null) {
          metrics.renderedMs = performance.now() - started;
          note.textContent = (note.textContent ? note.textContent + ' ' : '') + `${map.n.toLocaleString('en')} points drawn in ${Math.round(metrics.renderedMs)} ms.`;
        }
      });

      chart.setOption(option(groups));
      metrics.setOptionMs = performance.now() - started;
      const visible = new Set(groups.map(g => g.name));
      chart.on('legendselectchanged', p => {
        visible.clear();
        for (const [name, on] of Object.entries(p.selected)) if (on) visible.add(name);
      });
      const hit = hitTester(chart, map, groups, visible);
      kit.embeddingPixel = i => hit.pixel(i);
      const describePoint = i => {
        const lines = [`${map.split(i)} #${map.index[i]}`, `${names[map.label[i]] ?? map.label[i]}`];
        if (predicted && predicted[i] >= 0) lines.push(predicted[i] === map.label[i] ? 'predicted right' : `→ ${names[predicted[i]] ?? predicted[i]} (wrong)`);
        return lines;
      };
      let pending = null;
      chart.getZr().on('mousemove', ev => {
        pending = ev;
        requestAnimationFrame(() => {
          if (!pending) return;
          const {offsetX, offsetY} = pending;
          pending = null;
          const i = hit.nearest(offsetX, offsetY);
          if (i < 0) {
            hover.hidden = true;
            return;
          }
          if (hover.dataset.point !== String(i)) {
            hover.replaceChildren(kit.tile(e.dataset, map.split(i), map.index[i], describePoint(i), 3));
            if (!F.images.has(e.dataset, map.split(i))) hover.appendChild(h('div', {class: 'fv-note'}, `The ${map.split(i)} images are not in this page.`));
            hover.dataset.point = String(i);
          }
          hover.style.left = (offsetX + 16) + 'px';
          hover.style.top = (offsetY + 16) + 'px';
          hover.hidden = false;
        });
      });
      chart.getZr().on('globalout', () => {
        hover.hidden = true;
      });
      chart.getZr().on('click', ev => {
        const i = hit.nearest(ev.offsetX, ev.offsetY);
        if (i >= 0) showNeighbours(side, chart, e, map, i, describePoint);
      });
    }
  }

  /** The map's columns, with each point's split. */
  function pointsOf(e) {
    const n = Math.min(e.x.length, e.y.length, e.label.length, e.index.length);
    const perPoint = Array.isArray(e.point_split);
    const one = String(e.point_split || e.split);
    const split = perPoint ? i => e.point_split[i] : () => one;
    const splits = perPoint ? [...new Set(e.point_split.slice(0, n))] : [one];
    return {n, x: e.x, y: e.y, label: e.label, index: e.index, split, splits};
  }

  /** The label the result predicted for each point: -1 where unknown (a train image). */
  function predictionsOf(r, map) {
    const wrong = new Map(r.mistakes.filter(m => Array.isArray(m)).map(m => [m[0], m[1]]));
    const out = new Int16Array(map.n);
    for (let i = 0; i < map.n; i++) {
      out[i] = map.split(i) === 'test' ? (wrong.has(map.index[i]) ? wrong.get(map.index[i]) : map.label[i]) : -1;
    }
    return out;
  }

  /** The points split into series: [{name, colour, ids (Int32Array), xy (Float32Array)}]. */
  function groupsOf(map, names, colour, predicted) {
    let keyOf;
    let defs;
    if (colour === 'label') {
      keyOf = i => map.label[i];
      defs = names.map((name, c) => [name, kit.classColours[c % 10]]);
    } else if (colour === 'predicted') {
      keyOf = i => (predicted[i] < 0 ? names.length : predicted[i]);
      defs = [...names.map((name, c) => ['predicted ' + name, kit.classColours[c % 10]]), ['no prediction (train image)', GREY]];
    } else {
      keyOf = i => (predicted[i] < 0 ? 0 : predicted[i] === map.label[i] ? 1 : 2);
      defs = [['no prediction (train image)', GREY], ['right', '#9ecae1'], ['wrong', '#d62728']];
    }
    const counts = new Int32Array(defs.length);
    const keys = new Int32Array(map.n);
    for (let i = 0; i < map.n; i++) {
      const k = keyOf(i);
      keys[i] = k >= 0 && k < defs.length ? k : defs.length - 1;
      counts[keys[i]]++;
    }
    const groups = defs.map(([name, c], k) => ({name, colour: c, ids: new Int32Array(counts[k]), xy: new Float32Array(2 * counts[k]), fill: 0}));
    for (let i = 0; i < map.n; i++) {
      const g = groups[keys[i]];
      g.ids[g.fill] = i;
      g.xy[2 * g.fill] = map.x[i];
      g.xy[2 * g.fill + 1] = map.y[i];
      g.fill++;
    }
    return groups.filter(g => g.ids.length);
  }

  function option(groups) {
    return {
      animation: false,
      legend: {type: 'scroll', top: 0, data: groups.map(g => g.name)},
      tooltip: {show: false},
      grid: {left: 40, right: 20, top: 36, bottom: 30},
      xAxis: {type: 'value', scale: true, splitLine: {show: false}},
      yAxis: {type: 'value', scale: true, splitLine: {show: false}},
      dataZoom: [{type: 'inside', xAxisIndex: 0}, {type: 'inside', yAxisIndex: 0}],
      series: [...groups.map(g => ({
        type: 'scatter', name: g.name, large: true, largeThreshold: 2000, progressive: 20000, progressiveThreshold: 20000,
        symbolSize: 2.5, dimensions: ['x', 'y'], data: g.xy, itemStyle: {color: g.colour, opacity: 0.75}, silent: true
      })), {type: 'scatter', id: 'picked', name: 'picked', data: [], symbolSize: 10, silent: true, z: 5,
        itemStyle: {color: 'rgba(0,0,0,0)', borderColor: '#000', borderWidth: 1.5}}]
    };
  }

  /** Finds the point under the cursor (within a few pixels, among the shown series) and a point's pixel. */
  function hitTester(chart, map, groups, visible) {
    const scale = () => {
      const a = chart.convertToPixel({gridIndex: 0}, [0, 0]);
      const b = chart.convertToPixel({gridIndex: 0}, [1, 1]);
      return {ax: b[0] - a[0], bx: a[0], ay: b[1] - a[1], by: a[1]};
    };
    return {
      pixel(i) {
        const s = scale();
        return [s.ax * map.x[i] + s.bx, s.ay * map.y[i] + s.by];
      },
      nearest(px, py) {
        const s = scale();
        let best = -1;
        let bestD = HIT_PIXELS * HIT_PIXELS;
        for (const g of groups) {
          if (!visible.has(g.name)) continue;
          const {ids, xy} = g;
          for (let k = 0; k < ids.length; k++) {
            const dx = s.ax * xy[2 * k] + s.bx - px;
            const dy = s.ay * xy[2 * k + 1] + s.by - py;
            const d = dx * dx + dy * dy;
            if (d < bestD) {
              bestD = d;
              best = ids[k];
            }
          }
        }
        return best;
      }
    };
  }

  /** The point clicked and its nearest neighbours in the map, as images, marked on the map too. */
  function showNeighbours(side, chart, e, map, i, describePoint) {
    const found = [];
    // where the page lacks some images (a report's train split), the neighbours are those it can show
    const shown = new Map(map.splits.map(s => [s, F.images.has(e.dataset, s)]));
    const missing = map.splits.filter(s => !shown.get(s));
    const usable = j => shown.get(map.split(j));
    for (let j = 0; j < map.n; j++) {
      if (j === i || !usable(j)) continue;
      const dx = map.x[j] - map.x[i];
      const dy = map.y[j] - map.y[i];
      const d = dx * dx + dy * dy;
      if (found.length < NEIGHBOURS || d < found[found.length - 1][1]) {
        found.push([j, d]);
        found.sort((p, q) => p[1] - q[1]);
        if (found.length > NEIGHBOURS) found.pop();
      }
    }
    const tile = (j, extra) => kit.tile(e.dataset, map.split(j), map.index[j], [...describePoint(j), ...extra], 2);
    side.replaceChildren(
      h('h4', {}, 'Picked'), h('div', {class: 'fv-tiles fv-picked'}, tile(i, [])),
      h('h4', {}, `Its ${found.length} nearest neighbours in the map`),
      missing.length ? h('p', {class: 'fv-note'}, `among the images in this page (not the ${missing.join(', ')} split)`) : null,
      h('div', {class: 'fv-tiles fv-neighbour-tiles'}, found.map(([j, d]) => tile(j, [`at ${Math.sqrt(d).toPrecision(2)}`]))));
    chart.setOption({series: [{id: 'picked', data: [[map.x[i], map.y[i]], ...found.map(([j]) => [map.x[j], map.y[j]])]}]});
  }

  /** The maps and the results that can colour them: anything else leaves the drawn map alone. */
  function signature() {
    return JSON.stringify([(F.data.embeddings || []).map(e => [e.id, (e.x || []).length]),
      kit.everything().filter(r => r.mistake_count != null).map(r => [r.id, r.mistake_count, r.details])]);
  }

  F.views.register('embedding', Object.assign({title: 'Embedding'}, kit.updater(render, signature)));
})();
