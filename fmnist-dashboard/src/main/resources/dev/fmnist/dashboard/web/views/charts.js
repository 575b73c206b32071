/* Charts over all results of a dataset (dash-views): accuracy against fit time with the Pareto front and the
 * published accuracies; a family's hyper-parameters against accuracy; the networks' learning curves; the spread
 * of the score over repeats. */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = F.kit;
  const h = kit.h;

  function render(container, state) {
    kit.resetCharts();
    const datasets = kit.datasets();
    if (!datasets.length) {
      container.appendChild(h('p', {class: 'fv-empty'}, 'There are no results to chart yet.'));
      return;
    }
    const dataset = datasets.includes(state.ds) ? state.ds : datasets[0];
    const results = (F.data.results || []).filter(r => r.dataset === dataset && r.status !== 'failed' && Number.isFinite(r.mean_accuracy));
    const networks = (F.data.models || []).filter(m => m.dataset === dataset);
    const view = h('div', {class: 'fv-charts-view'});
    container.appendChild(view);
    view.appendChild(h('div', {class: 'fv-controls'},
      kit.select('Dataset', datasets, dataset, v => F.state.set({ds: v}), 'ds')));
    pareto(view, results, networks, dataset);
    familyCharts(view, results, state);
    curves(view, networks, state);
  }

  /** The results nothing beats in both accuracy and time, fastest first. */
  function front(points) {
    const sorted = points.slice().sort((p, q) => p[0] - q[0] || q[1] - p[1]);
    const kept = [];
    let best = -Infinity;
    for (const p of sorted) {
      if (p[1] > best) {
        kept.push(p);
        best = p[1];
      }
    }
    return kept;
  }

  function pareto(view, results, networks, dataset) {
    const all = [...results, ...networks].filter(r => kit.fitSeconds(r) > 0 && Number.isFinite(r.mean_accuracy));
    const box = kit.chartBox(460, 'fv-pareto');
    kit.section(view, 'Accuracy against fit time', 'fv-pareto-section',
      h('p', {class: 'fv-note'}, `${all.length} results on ${dataset}; mean fit seconds per repeat (log scale). Dashed: the Pareto front; diamonds: the published accuracy at our fit time. Click a point to open its result.`),
      box);
    if (!all.length) return;
    const byFamily = new Map();
    for (const r of all) {
      const f = kit.family(r);
      if (!byFamily.has(f)) byFamily.set(f, []);
      byFamily.get(f).push(r);
    }
    const point = r => ({value: [kit.fitSeconds(r), r.mean_accuracy], id: r.id, result: r});
    const series = [...byFamily.entries()].sort().map(([f, rs]) => ({
      type: 'scatter', name: f, data: rs.map(point), symbolSize: 8, itemStyle: {color: kit.familyColour(f)}
    }));
    series.push({type: 'line', name: 'Pareto front', data: front(all.map(r => [kit.fitSeconds(r), r.mean_accuracy])),
      lineStyle: {type: 'dashed', color: '#333'}, itemStyle: {color: '#333'}, symbol: 'none', step: 'end', z: 1,
      tooltip: {show: false}});
    const published = all.filter(r => Number.isFinite(r.published));
    if (published.length) {
      series.push({type: 'scatter', name: 'published', symbol: 'diamond', symbolSize: 9,
        data: published.map(r => ({value: [kit.fitSeconds(r), r.published], id: r.id, result: r, published: true})),
        itemStyle: {color: 'rgba(0,0,0,0)', borderColor: '#555', borderWidth: 1.5}});
    }
    const chart = kit.chart(box, {
      animation: false,
      legend: {type: 'scroll', top: 0},
      grid: {left: 60, right: 30, top: 40, bottom: 50},
      tooltip: {trigger: 'item', formatter: p => {
        const r = p.data && p.data.result;
        if (!r) return kit.tip(p.seriesName);
        return kit.tip(kit.title(r), (p.data.published ? 'published ' : 'accuracy ') + kit.accuracy(p.value[1]),
          `fit ${p.value[0].toFixed(1)} s per repeat`);
      }},
      xAxis: {type: 'log', name: 'fit seconds', nameLocation: 'center', nameGap: 30},
      yAxis: {type: 'value', name: 'accuracy', scale: true},
      dataZoom: [{type: 'inside', yAxisIndex: 0}],
      series
    });
    chart.on('click', p => p.data && p.data.id && F.state.set({view: 'result', id: p.data.id}));
  }

  /** A family chooser above the family's parallel coordinates and its spread over repeats. */
  function familyCharts(view, results, state) {
    const families = [...new Set(results.map(kit.family))].sort();
    if (!families.length) return;
    const s = h('div', {class: 'fv-family-charts'});
    view.appendChild(s);
    const counts = f => results.filter(r => kit.family(r) === f).length;
    let family = families.includes(state.family) ? state.family
      : families.reduce((best, f) => (counts(f) > counts(best) ? f : best), families[0]);
    const body = h('div', {});
    const draw = () => {
      body.replaceChildren();
      const rs = results.filter(r => kit.family(r) === family);
      parallel(body, rs, family);
      spread(body, rs, family);
    };
    s.appendChild(h('div', {class: 'fv-controls'}, kit.select('Family', families.map(f => [f, `${f} (${counts(f)})`]), family, v => {
      family = v;
      kit.remember({family: v});
      draw();
    }, 'family')));
    s.appendChild(body);
    draw();
  }

  /** One axis per parameter (numbers on a value axis, log when they span decades; others as categories). */
  function parallel(parent, rs, family) {
    const keys = [...new Set(rs.flatMap(r => Object.keys(r.parameter || {})))].sort();
    const box = kit.chartBox(380, 'fv-parallel');
    kit.section(parent, `Hyper-parameters against accuracy: ${family}`, 'fv-parallel-section',
      h('p', {class: 'fv-note'}, `${rs.length} configurations; each line is one, coloured by its accuracy. Drag along an axis to select.`), box);
    const axes = keys.map((k, dim) => {
      const values = rs.map(r => (r.parameter || {})[k]);
      const numbers = values.every(v => typeof v === 'number' && Number.isFinite(v));
      if (numbers) {
        const positive = values.every(v => v > 0);
        const span = positive ? Math.max(...values) / Math.min(...values) : 0;
        return {dim, name: k, type: positive && span >= 100 ? 'log' : 'value', scale: true};
      }
      return {dim, name: k, type: 'category', data: [...new Set(values.map(kit.text))].sort()};
    });
    axes.push({dim: keys.length, name: 'accuracy', type: 'value', scale: true});
    const data = rs.map(r => ({value: [...keys.map((k, i) => {
      const v = (r.parameter || {})[k];
      return axes[i].type === 'category' ? kit.text(v) : v;
    }), r.mean_accuracy], id: r.id}));
    const accuracies = rs.map(r => r.mean_accuracy);
    kit.chart(box, {
      animation: false,
      parallel: {left: 60, right: 130, top: 40, bottom: 30},
      parallelAxis: axes,
      visualMap: {type: 'continuous', dimension: keys.length, min: Math.min(...accuracies), max: Math.max(...accuracies),
        inRange: {color: ['#d73027', '#fee08b', '#1a9850']}, right: 10, top: 'middle', calculable: true,
        text: ['accuracy', ''], precision: 4},
      series: [{type: 'parallel', data, lineStyle: {width: 1.5, opacity: 0.7}}]
    });
  }

  /** Box and dots of the score of every repeat, one row per configuration. */
  function spread(parent, rs, family) {
    const withScores = rs.filter(r => Array.isArray(r.score) && r.score.length)
      .sort((a, b) => a.mean_accuracy - b.mean_accuracy);
    const box = kit.chartBox(80 + 24 * Math.max(1, withScores.length), 'fv-spread');
    kit.section(parent, `Spread over repeats: ${family}`, 'fv-spread-section',
      h('p', {class: 'fv-note'}, 'The test accuracy of every repeat (dots) and their range (box: quartiles, whiskers: min and max) per configuration.'), box);
    const names = withScores.map(r => String(r.parameter_text || r.name));
    const quartiles = xs => {
      const v = xs.slice().sort((a, b) => a - b);
      const q = p => {
        const at = p * (v.length - 1);
        const lo = Math.floor(at);
        return v[lo] + (v[Math.ceil(at)] - v[lo]) * (at - lo);
      };
      return [v[0], q(0.25), q(0.5), q(0.75), v[v.length - 1]];
    };
    kit.chart(box, {
      animation: false,
      grid: {left: 20, right: 30, top: 10, bottom: 40, containLabel: true},
      tooltip: {trigger: 'item', formatter: p => {
        if (p.seriesType === 'boxplot') {
          const r = withScores[p.dataIndex];
          return kit.tip(kit.title(r), `${r.score.length} repeats, mean ${kit.accuracy(r.mean_accuracy)}`,
            `min ${kit.accuracy(Math.min(...r.score))}, max ${kit.accuracy(Math.max(...r.score))}`);
        }
        return kit.tip(kit.title(withScores[p.value[1]]), `one repeat: ${kit.accuracy(p.value[0])}`);
      }},
      xAxis: {type: 'value', scale: true, name: 'accuracy', nameLocation: 'center', nameGap: 25},
      yAxis: {type: 'category', data: names, axisLabel: {width: 260, overflow: 'truncate'}},
      series: [
        {type: 'boxplot', name: 'repeats', data: withScores.map(r => quartiles(r.score)), itemStyle: {color: '#e8eef6'}, boxWidth: [4, 14]},
        {type: 'scatter', name: 'repeat', data: withScores.flatMap((r, i) => r.score.map(x => [x, i])), symbolSize: 6,
          itemStyle: {color: kit.familyColour(family)}}
      ]
    });
  }

  /** Loss and accuracy per epoch (or second), training and validation, of every network with a history. */
  function curves(view, networks, state) {
    const withHistory = networks.filter(m => Array.isArray(m.history) && m.history.length);
    const s = kit.section(view, 'Learning curves of the networks', 'fv-curves-section');
    if (!withHistory.length) {
      s.appendChild(h('p', {class: 'fv-note'}, 'No network of this dataset has a training history (`fmnist train` writes one beside the model).'));
      return;
    }
    kit.curves(s, withHistory, state.x);
  }

  /** Every result's id and last change: new or extended results redraw the charts. */
  function signature() {
    return kit.everything().map(r => `${r.id}:${r.num_repeat}:${r.done_time}:${Array.isArray(r.history) ? r.history.length : ''}`).join();
  }

  F.views.register('charts', Object.assign({title: 'Charts'}, kit.updater(render, signature)));
})();
