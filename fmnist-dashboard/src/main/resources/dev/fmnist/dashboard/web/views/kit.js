/* The views' shared helpers (dash-views): charts that are disposed with their view, image tiles and paged
 * galleries, choosers, colours, and ECharts tooltips built as DOM (never HTML strings, so names stay text). */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = {};
  F.kit = kit;

  /**
   * A live update's redraw of a view that keeps the reader's place: draws again (scroll position kept) only when
   * signature(state) changed since the last draw, so new results elsewhere leave the page alone.
   */
  kit.updater = function (render, signature) {
    let last = null;
    const draw = (container, state) => {
      last = signature(state);
      render(container, state);
    };
    const update = (container, state) => {
      if (signature(state) === last) return;
      const x = window.scrollX;
      const y = window.scrollY;
      container.replaceChildren();
      draw(container, state);
      window.scrollTo(x, y);
    };
    return {render: draw, update};
  };

  /** One element; strings among the children become text (FMNIST.el), `on` holds event listeners. */
  kit.h = function (tag, attrs, ...children) {
    const plain = {};
    const listeners = {};
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'on') Object.assign(listeners, value);
      else if (value !== undefined && value !== null && value !== false) plain[key] = value;
    }
    const element = F.el(tag, plain, ...children.flat().filter(c => c !== null && c !== undefined && c !== false));
    for (const [type, fn] of Object.entries(listeners)) element.addEventListener(type, fn);
    return element;
  };
  const h = kit.h;

  // ---- charts -----------------------------------------------------------------------------------------------
  let charts = [];
  /** An ECharts chart in div (given its option now, or later when option is null), disposed when its view is left or drawn again. */
  kit.chart = function (div, option) {
    charts = charts.filter(c => {
      if (c.getDom().isConnected) return true;
      c.dispose();
      return false;
    });
    const chart = window.echarts.init(div);
    if (option) chart.setOption(option);
    charts.push(chart);
    return chart;
  };
  /** Disposes every chart (a view calls it first when it draws itself). */
  kit.resetCharts = function () {
    charts.forEach(c => c.dispose());
    charts = [];
  };
  window.addEventListener('resize', () => charts.forEach(c => c.getDom().isConnected && c.resize()));

  /** A titled section appended to parent at once (charts need their box in the page to be sized). */
  kit.section = function (parent, title, cls, ...content) {
    const s = h('section', {class: 'fv-section' + (cls ? ' ' + cls : '')}, h('h3', {}, title), ...content);
    parent.appendChild(s);
    return s;
  };

  /** A chart's box. */
  kit.chartBox = (height, cls) => h('div', {class: 'fv-chart' + (cls ? ' ' + cls : ''), style: 'height:' + height + 'px'});

  /** A tooltip's content as DOM: lines of text (arrays are joined), never parsed as HTML. */
  kit.tip = (...lines) => h('div', {class: 'fv-tip'}, lines.map(line => h('div', {}, Array.isArray(line) ? line.join('') : String(line))));

  // ---- data -------------------------------------------------------------------------------------------------
  /** The class names of a dataset (numbers when unknown). */
  kit.labelNames = function (dataset) {
    const names = F.data.labels && F.data.labels[dataset];
    return Array.isArray(names) ? names.map(String) : Array.from({length: 10}, (_, i) => String(i));
  };
  /** The labels of a split's images, or null when the page was not given them. */
  kit.splitLabels = function (dataset, split) {
    const bySplit = F.data.split_labels && F.data.split_labels[dataset];
    const labels = bySplit && bySplit[split];
    return Array.isArray(labels) ? labels : null;
  };
  /**
   * Draws draw(box, entries) into a new box appended to parent, once the entries with these ids have every field
   * (FMNIST.load: their details read; at once when they already are). A box whose view was left or drawn again
   * before then stays as it is; a failure is shown in it.
   */
  kit.withDetails = function (parent, ids, draw) {
    const box = h('div', {class: 'fv-details'});
    parent.appendChild(box);
    const now = ids.map(id => F.loaded(id));
    if (now.every(Boolean)) {
      draw(box, now);
      return box;
    }
    box.appendChild(h('p', {class: 'fm-loading'}, 'Loading…'));
    Promise.all(ids.map(id => F.load(id))).then(entries => {
      if (!box.isConnected) return;
      box.replaceChildren();
      draw(box, entries);
    }, e => {
      if (box.isConnected) box.replaceChildren(h('p', {class: 'fm-error'}, e.message));
    });
    return box;
  };
  /** Results and networks together (their summaries). */
  kit.everything = () => [...(F.data.results || []), ...(F.data.models || [])];
  /** The datasets that have results or networks, in a stable order. */
  kit.datasets = () => [...new Set(kit.everything().map(r => r.dataset).filter(Boolean))].sort();
  kit.isNetwork = r => r && r.kind === 'network';
  /** The family a result belongs to (networks are one family). */
  kit.family = r => (kit.isNetwork(r) ? 'network' : String(r.family || r.name));
  /** One line naming a result: family, parameters, dataset. */
  kit.title = function (r) {
    const params = r.parameter_text != null ? String(r.parameter_text) : '';
    return String(r.name) + (params ? ' ' + params : '') + (r.dataset ? ' (' + r.dataset + ')' : '');
  };
  kit.mean = xs => (xs && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  /** Seconds a result took to fit: the mean over repeats, or a network's training time. */
  kit.fitSeconds = function (r) {
    if (Array.isArray(r.fit_seconds)) return kit.mean(r.fit_seconds.filter(Number.isFinite));
    if (Array.isArray(r.history) && r.history.length) return Number(r.history[r.history.length - 1].seconds) || null;
    return Number.isFinite(r.fit_seconds) ? r.fit_seconds : null;
  };
  /** Repeats summed in a result's confusion matrix. */
  kit.repeats = r => (Number.isInteger(r.num_repeat) && r.num_repeat > 0 ? r.num_repeat : 1);
  kit.isGoodMatrix = m => Array.isArray(m) && m.length > 0 && m.every(row => Array.isArray(row) && row.length === m.length);
  kit.percent = x => (x == null || !Number.isFinite(x) ? '–' : (100 * x).toFixed(2) + '%');
  kit.signed = (x, digits) => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(digits);
  kit.accuracy = x => (x == null || !Number.isFinite(Number(x)) ? '–' : F.format.accuracy(Number(x)));
  /** A value of a results line as text. */
  kit.text = v => (v == null ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));

  // ---- colours ----------------------------------------------------------------------------------------------
  kit.classColours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf'];
  const familyColours = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac', '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02'];
  /** The same colour for a family in every chart. */
  kit.familyColour = function (family) {
    const all = [...new Set(kit.everything().map(kit.family))].sort();
    const i = all.indexOf(family);
    return familyColours[(i < 0 ? all.length : i) % familyColours.length];
  };

  // ---- choosers ---------------------------------------------------------------------------------------------
  /** A labelled select; options are [value, text] pairs or plain values. */
  kit.select = function (label, options, value, onChange, name) {
    const select = h('select', {name: name || label, on: {change: e => onChange(e.target.value)}},
      options.map(o => {
        const [v, t] = Array.isArray(o) ? o : [o, o];
        const option = h('option', {value: String(v)}, String(t));
        if (String(v) === String(value)) option.selected = true;
        return option;
      }));
    return h('label', {class: 'fv-select'}, label + ' ', select);
  };
  /** Buttons of which one is pressed. */
  kit.toggle = function (choices, value, onChange, name) {
    const group = h('span', {class: 'fv-toggle', 'data-name': name || ''});
    for (const [v, text] of choices) {
      const button = h('button', {type: 'button', 'data-value': v, 'aria-pressed': String(v === value)}, text);
      button.addEventListener('click', () => {
        group.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
        onChange(v);
      });
      group.appendChild(button);
    }
    return group;
  };
  /** Keeps a view's choice in the URL without drawing the view again. */
  kit.remember = function (patch) {
    if (F.state.replace) F.state.replace(patch);
  };

  // ---- images -----------------------------------------------------------------------------------------------
  /** Images on a gallery's page. */
  kit.PAGE = 100;

  /** One image of a split with its caption lines. */
  kit.tile = function (dataset, split, index, lines, scale) {
    const canvas = h('canvas', {width: 28 * (scale || 2), height: 28 * (scale || 2), class: 'fv-image',
      'data-index': index});
    const figure = h('figure', {class: 'fv-tile'}, canvas, h('figcaption', {}, lines.map(l => h('div', {}, String(l)))));
    if (F.images.has(dataset, split)) {
      F.images.draw(canvas, dataset, split, index).then(() => canvas.setAttribute('data-drawn', 'true'),
        () => canvas.classList.add('fv-missing'));
    } else {
      canvas.classList.add('fv-missing');
    }
    return figure;
  };
  /**
   * A paged gallery of tiles: items are {dataset, split, index, lines}; pageSize per page; onPage(page) when
   * the page changes (for the URL).
   */
  kit.gallery = function (items, pageSize, page, onPage) {
    const box = h('div', {class: 'fv-gallery'});
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    let current = Math.min(Math.max(0, page || 0), pages - 1);
    const show = () => {
      box.replaceChildren();
      const from = current * pageSize;
      const to = Math.min(items.length, from + pageSize);
      if (items.length > pageSize) {
        box.appendChild(h('div', {class: 'fv-pager'},
          h('button', {type: 'button', class: 'fv-prev', disabled: current === 0 ? 'disabled' : null,
            on: {click: () => go(current - 1)}}, '‹ previous'),
          h('span', {class: 'fv-page'}, `page ${current + 1} of ${pages} (images ${from + 1}–${to} of ${items.length})`),
          h('button', {type: 'button', class: 'fv-next', disabled: current === pages - 1 ? 'disabled' : null,
            on: {click: () => go(current + 1)}}, 'next ›')));
      }
      const grid = h('div', {class: 'fv-tiles'});
      for (const item of items.slice(from, to)) grid.appendChild(kit.tile(item.dataset, item.split, item.index, item.lines));
      box.appendChild(grid);
    };
    const go = p => {
      current = p;
      show();
      if (onPage) onPage(p);
    };
    show();
    return box;
  };

  // ---- heatmaps ---------------------------------------------------------------------------------------------
  /**
   * A square matrix as an ECharts heatmap: rows the true class (top to bottom), columns the predicted one.
   * value(i, j) gives the cell, text(v) its label, tip(i, j, v) its tooltip lines.
   */
  kit.matrixOption = function (names, value, opts) {
    const n = names.length;
    const data = [];
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = value(i, j);
        data.push([j, i, v]);
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    const visual = opts.diverging
      ? {min: -Math.max(Math.abs(min), Math.abs(max), 1e-9), max: Math.max(Math.abs(min), Math.abs(max), 1e-9),
        inRange: {color: ['#2166ac', '#f7f7f7', '#b2182b']}}
      : {min: 0, max: Math.max(max, 1e-9), inRange: {color: ['#f7fbff', '#08306b']}};
    return {
      animation: false,
      grid: {left: 110, right: 20, top: 10, bottom: 90},
      tooltip: {formatter: p => kit.tip(...opts.tip(p.value[1], p.value[0], p.value[2]))},
      xAxis: {type: 'category', data: names, name: 'predicted', nameLocation: 'center', nameGap: 75,
        axisLabel: {rotate: 40, interval: 0}, splitArea: {show: true}},
      yAxis: {type: 'category', data: names, inverse: true, name: 'true', nameLocation: 'center', nameGap: 95,
        axisLabel: {interval: 0}, splitArea: {show: true}},
      visualMap: Object.assign({calculable: false, orient: 'horizontal', show: false}, visual),
      series: [{type: 'heatmap', data, label: {show: true, fontSize: 10, formatter: p => opts.text(p.value[2])},
        emphasis: {itemStyle: {borderColor: '#000', borderWidth: 1}}}]
    };
  };

  /**
   * Learning curves of networks into parent: accuracy and loss per epoch or second (x: 'epoch' | 'seconds', a
   * switch kept in the URL), training solid and validation dashed.
   */
  kit.curves = function (parent, networks, x) {
    let axis = x === 'seconds' ? 'seconds' : 'epoch';
    const option = metric => ({
      animation: false,
      title: {text: metric, left: 'center', textStyle: {fontSize: 13}},
      legend: {type: 'scroll', bottom: 0},
      grid: {left: 60, right: 20, top: 30, bottom: 60},
      tooltip: {trigger: 'axis', formatter: ps => kit.tip(`${axis} ${Number(ps[0].value[0]).toFixed(axis === 'epoch' ? 0 : 1)}`,
        ...ps.map(p => `${p.seriesName}: ${Number(p.value[1]).toFixed(4)}`))},
      xAxis: {type: 'value', name: axis, nameLocation: 'center', nameGap: 25, min: axis === 'epoch' ? 'dataMin' : 0},
      yAxis: {type: 'value', scale: true},
      series: networks.flatMap(m => [['', metric], [' (validation)', 'validation_' + metric]].map(([suffix, key]) => ({
        type: 'line', name: String(m.name) + suffix, showSymbol: axis === 'epoch', lineStyle: suffix ? {type: 'dashed'} : {},
        data: m.history.filter(e => Number.isFinite(e[key])).map(e => [axis === 'seconds' ? e.seconds : e.epoch, e[key]])
      }))).filter(series => series.data.length)
    });
    const boxes = [kit.chartBox(340, 'fv-curve-accuracy'), kit.chartBox(340, 'fv-curve-loss')];
    let charts = [];
    parent.appendChild(h('div', {class: 'fv-controls'}, 'x axis: ', kit.toggle([['epoch', 'Epoch'], ['seconds', 'Seconds']], axis, v => {
      axis = v;
      kit.remember({x: v});
      charts.forEach((c, i) => c.setOption(option(['accuracy', 'loss'][i]), true));
    }, 'x')));
    parent.appendChild(h('div', {class: 'fv-row'}, boxes));
    charts = boxes.map((box, i) => kit.chart(box, option(['accuracy', 'loss'][i])));
  };

  /** Per-class bars (horizontal) for one or more series: [{name, values}]. */
  kit.perClassOption = function (names, series, opts) {
    opts = opts || {};
    return {
      animation: false,
      grid: {left: 110, right: 30, top: series.length > 1 ? 30 : 10, bottom: 30},
      legend: series.length > 1 ? {top: 0, type: 'scroll'} : undefined,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'},
        formatter: ps => kit.tip(names[ps[0].dataIndex], ...ps.map(p => `${p.seriesName}: ${opts.format ? opts.format(p.value) : kit.percent(p.value)}`))},
      xAxis: {type: 'value', min: opts.min, max: opts.max, axisLabel: {formatter: opts.axisFormat || (v => Math.round(v * 100) + '%')}},
      yAxis: {type: 'category', data: names, inverse: true, axisLabel: {interval: 0}},
      series: series.map(s => ({type: 'bar', name: s.name, data: s.values,
        label: {show: series.length === 1, position: 'right', formatter: p => kit.percent(p.value)}}))
    };
  };
})();
