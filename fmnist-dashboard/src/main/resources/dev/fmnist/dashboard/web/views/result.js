/* One result's page (dash-views): parameters, seeds, machine and versions; per-class accuracy; the confusion
 * matrix as counts or row shares, whose cells open their test images; the misclassified images; a pin button. */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = F.kit;
  const h = kit.h;
  /** Fields shown in their own sections rather than in the table of other fields. */
  const SHOWN = new Set(['id', 'kind', 'name', 'family', 'dataset', 'parameter', 'parameter_text', 'mean_accuracy',
    'std_accuracy', 'score', 'published', 'per_class_accuracy', 'confusion', 'mistakes', 'history', 'seeds',
    'machine', 'jvm', 'library', 'fmnist_version', 'source_dir', 'payload_sha256', 'details', 'mistake_count']);

  function render(container, state) {
    kit.resetCharts();
    const r = state.id ? F.find(state.id) : null;
    if (!r) {
      container.appendChild(chooser(state.id));
      return;
    }
    container.appendChild(header(r));
    kit.withDetails(container, [r.id], (box, [full]) => draw(box, full, state));
  }

  /** Everything but the header, from the result with its details. */
  function draw(container, r, state) {
    const names = kit.labelNames(r.dataset);
    kit.section(container, 'Parameters', 'fv-parameters', keyValues(parameters(r)));
    kit.section(container, 'Run', 'fv-run', keyValues(run(r)));
    kit.section(container, 'Machine and versions', 'fv-machine', keyValues(machine(r)));
    if (Array.isArray(r.per_class_accuracy) && r.per_class_accuracy.length) {
      const box = kit.chartBox(40 + 26 * names.length, 'fv-per-class');
      kit.section(container, 'Accuracy per class', '', box);
      kit.chart(box, kit.perClassOption(names, [{name: 'accuracy', values: r.per_class_accuracy}], {min: 0, max: 1}));
    }
    if (Array.isArray(r.history) && r.history.length) {
      kit.curves(kit.section(container, 'Learning curves', 'fv-curves-section'), [r], state.x);
    }
    if (kit.isGoodMatrix(r.confusion)) confusion(container, r, names, state);
    mistakes(container, r, names);
  }

  /** No result chosen (or an id no longer there): a list to choose from. */
  function chooser(id) {
    const all = kit.everything().slice().sort((a, b) => (b.mean_accuracy || 0) - (a.mean_accuracy || 0));
    return h('div', {class: 'fv-result fv-empty'},
      h('p', {}, id ? `No result with id ${id} (it may have been removed).` : 'Choose a result in the table, or here:'),
      all.length ? kit.select('Result', [['', '–'], ...all.map(r => [r.id, `${kit.accuracy(r.mean_accuracy)}  ${kit.title(r)}`])], '',
        v => v && F.state.set({view: 'result', id: v}), 'result') : h('p', {}, 'There are no results yet.'));
  }

  function header(r) {
    // toggling writes the pins to the URL, which draws the page again with the button's new text
    const pin = h('button', {type: 'button', class: 'fv-pin', on: {click: () => F.pins.toggle(r.id)}},
      F.pins.get().includes(r.id) ? 'Unpin' : 'Pin to compare');
    const accuracy = [`accuracy ${kit.accuracy(r.mean_accuracy)}`];
    if (Number.isFinite(r.std_accuracy)) accuracy.push(` ± ${kit.accuracy(r.std_accuracy)}`);
    if (Number.isFinite(r.published)) {
      accuracy.push(`, published ${kit.accuracy(r.published)} (${kit.signed(r.mean_accuracy - r.published, 4)})`);
    }
    return h('div', {class: 'fv-head'},
      h('h2', {class: 'fv-title'}, String(r.name)),
      h('div', {class: 'fv-subtitle'}, [r.parameter_text, r.dataset, kit.isNetwork(r) ? 'network' : r.status]
        .filter(x => x != null && x !== '').map(String).join(' · ')),
      h('div', {class: 'fv-accuracy'}, accuracy.join('')),
      h('div', {class: 'fv-actions'}, pin,
        h('button', {type: 'button', class: 'fv-compare', on: {click: () => F.state.set({view: 'compare'})}}, 'Compare pinned')));
  }

  function keyValues(pairs) {
    if (!pairs.length) return h('p', {class: 'fv-note'}, 'none recorded');
    return h('table', {class: 'fv-kv'}, h('tbody', {}, pairs.map(([k, v]) => h('tr', {}, h('th', {}, String(k)), h('td', {}, kit.text(v))))));
  }

  function parameters(r) {
    const pairs = r.parameter && typeof r.parameter === 'object' ? Object.entries(r.parameter) : [];
    for (const [k, v] of Object.entries(r)) {
      if (SHOWN.has(k) || isRunField(k) || v === null || Array.isArray(v)) continue;
      if (typeof v === 'object') pairs.push(...Object.entries(v).map(([sub, w]) => [k + '.' + sub, w]));
      else pairs.push([k, v]);
    }
    return pairs;
  }

  function isRunField(k) {
    return ['status', 'num_repeat', 'start_time', 'done_time', 'time_per_repeat', 'fit_seconds', 'predict_seconds',
      'threads', 'time_limit_seconds', 'same_as'].includes(k);
  }

  function run(r) {
    const pairs = [];
    const add = (k, v) => v != null && pairs.push([k, v]);
    add('status', r.status);
    if (r.same_as != null) add('result of', `${r.same_as}, which trains the same model (this configuration ran no job)`);
    add('repeats', r.num_repeat);
    if (Array.isArray(r.score)) add('score per repeat', r.score.map(kit.accuracy).join(', '));
    if (Array.isArray(r.seeds)) add('seeds', r.seeds.join(', '));
    if (Array.isArray(r.fit_seconds)) add('fit seconds', r.fit_seconds.map(s => Number(s).toFixed(2)).join(', '));
    if (Array.isArray(r.predict_seconds)) add('predict seconds', r.predict_seconds.map(s => Number(s).toFixed(3)).join(', '));
    if (Number.isFinite(r.time_per_repeat)) add('time per repeat', F.format.duration(r.time_per_repeat));
    if (Array.isArray(r.threads)) add('threads', r.threads.join(', '));
    add('time limit (s)', r.time_limit_seconds);
    if (Number.isFinite(r.start_time)) add('started', `${new Date(r.start_time * 1000).toISOString()} (${F.format.ago(r.start_time)})`);
    if (Number.isFinite(r.done_time)) add('done', `${new Date(r.done_time * 1000).toISOString()} (${F.format.ago(r.done_time)})`);
    if (Array.isArray(r.history) && r.history.length) {
      const last = r.history[r.history.length - 1];
      add('epochs', r.history.length);
      add('training time', F.format.duration(Number(last.seconds) || 0));
    }
    add('from', r.source_dir);
    return pairs;
  }

  function machine(r) {
    const pairs = [];
    if (r.machine && typeof r.machine === 'object') pairs.push(...Object.entries(r.machine));
    for (const k of ['jvm', 'library', 'fmnist_version']) if (r[k] != null) pairs.push([k, r[k]]);
    if (r.payload_sha256 && typeof r.payload_sha256 === 'object') {
      for (const [file, sha] of Object.entries(r.payload_sha256)) pairs.push(['sha256 ' + file, sha]);
    }
    return pairs;
  }

  /** The heatmap, its counts/shares switch, and the images of the cell clicked. */
  function confusion(container, r, names, state) {
    const m = r.confusion;
    const rowSums = m.map(row => row.reduce((a, b) => a + b, 0));
    const box = kit.chartBox(460, 'fv-confusion');
    const cellImages = h('div', {class: 'fv-cell-images'});
    let mode = state.cm === 'shares' ? 'shares' : 'counts';
    const option = () => kit.matrixOption(names, (i, j) => (mode === 'shares' ? (rowSums[i] ? m[i][j] / rowSums[i] : 0) : m[i][j]), {
      text: v => (mode === 'shares' ? (v >= 0.0005 ? (100 * v).toFixed(1) : '') : v ? String(v) : ''),
      tip: (i, j) => [`true: ${names[i]}`, `predicted: ${names[j]}`, `${m[i][j]} images (${kit.percent(rowSums[i] ? m[i][j] / rowSums[i] : 0)} of the class)`,
        'click to see them']
    });
    const switcher = kit.toggle([['counts', 'Counts'], ['shares', 'Row shares']], mode, v => {
      mode = v;
      chart.setOption(option(), true);
      kit.remember({cm: v});
    }, 'cm');
    const repeats = kit.repeats(r);
    const note = repeats > 1 ? h('p', {class: 'fv-note'}, `The matrix sums ${repeats} repeats; a cell's images are those of the first repeat.`) : null;
    kit.section(container, 'Confusion matrix', 'fv-confusion-section', h('div', {class: 'fv-controls'}, switcher), note, box, cellImages);
    const chart = kit.chart(box, option());
    const open = (i, j) => {
      cellImages.replaceChildren(cell(r, names, i, j));
      kit.remember({cell: i + ',' + j});
    };
    chart.on('click', p => open(p.value[1], p.value[0]));
    const selected = /^(\d+),(\d+)$/.exec(state.cell || '');
    if (selected && +selected[1] < names.length && +selected[2] < names.length) open(+selected[1], +selected[2]);
  }

  /** The predicted label (and confidence) of each test image the result got wrong, by test index. */
  function wrongByIndex(r) {
    const map = new Map();
    for (const m of r.mistakes) if (Array.isArray(m) && m.length >= 2) map.set(m[0], m);
    return map;
  }

  /** The test images of one confusion cell: true i, predicted j. */
  function cell(r, names, i, j) {
    const title = h('h4', {class: 'fv-cell-title'}, `true ${names[i]}, predicted ${names[j]}`);
    if (!Array.isArray(r.mistakes)) return h('div', {}, title, noMistakes(r));
    const labels = kit.splitLabels(r.dataset, 'test');
    if (!labels) return h('div', {}, title, h('p', {class: 'fv-note'}, 'The test labels are not in this page, so the cell\'s images cannot be found.'));
    const wrong = wrongByIndex(r);
    let indices;
    if (i === j) {
      indices = [];
      labels.forEach((label, index) => label === i && !wrong.has(index) && indices.push(index));
    } else {
      indices = r.mistakes.filter(m => m[1] === j && labels[m[0]] === i).map(m => m[0]);
    }
    const items = indices.map(index => ({dataset: r.dataset, split: 'test', index,
      lines: [`#${index}`, ...confidence(wrong.get(index))]}));
    return h('div', {}, title, h('p', {class: 'fv-note fv-cell-count'}, `${items.length} test images`),
      items.length ? kit.gallery(items, kit.PAGE, 0) : null);
  }

  function confidence(mistake) {
    return mistake && mistake.length >= 3 && Number.isFinite(mistake[2]) ? [`${(100 * mistake[2]).toFixed(1)}% sure`] : [];
  }

  function noMistakes(r) {
    return h('p', {class: 'fv-note fv-no-mistakes'}, kit.isNetwork(r)
      ? (r.mean_accuracy == null
        ? 'This network is still training: fmnist train records its misclassified test images when it finishes.'
        : 'This network\'s history was written before fmnist train recorded its misclassified test images, so there are none to show (`fmnist plot mistakes --model FILE` draws them).')
      : 'This result was recorded before fmnist kept the misclassified images, so there are none to show. Run it again to see them.');
  }

  /** Every misclassified test image with its predicted label (most confident first for networks). */
  function mistakes(container, r, names) {
    if (!Array.isArray(r.mistakes)) return kit.section(container, 'Misclassified images', 'fv-mistakes', noMistakes(r));
    const labels = kit.splitLabels(r.dataset, 'test');
    const list = r.mistakes.filter(m => Array.isArray(m) && m.length >= 2).slice();
    if (list.some(m => m.length >= 3)) list.sort((a, b) => (b[2] || 0) - (a[2] || 0));
    const items = list.map(m => ({dataset: r.dataset, split: 'test', index: m[0],
      lines: [`#${m[0]}${labels ? ' ' + names[labels[m[0]]] : ''}`, `→ ${names[m[1]] ?? m[1]}`, ...confidence(m)]}));
    const repeats = kit.repeats(r) > 1 ? ' (first repeat)' : '';
    return kit.section(container, 'Misclassified images', 'fv-mistakes', h('p', {class: 'fv-note'}, `${items.length} test images wrong${repeats}; each shows its index, true label and → predicted label.`),
      kit.gallery(items, kit.PAGE, 0));
  }

  /** What the page shows of the result (a live update elsewhere leaves it alone). */
  function signature(state) {
    const r = state.id ? F.find(state.id) : null;
    if (!r) return 'choose:' + kit.everything().length;
    return JSON.stringify([r.id, r.num_repeat, r.done_time, r.mean_accuracy, r.details,
      Array.isArray(r.history) ? r.history.length : -1, F.pins.get().includes(r.id)]);
  }

  F.views.register('result', Object.assign({title: 'Result'}, kit.updater(render, signature)));
})();
