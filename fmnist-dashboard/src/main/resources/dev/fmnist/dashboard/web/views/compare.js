/* Two to four pinned results side by side (dash-views): their parameters with the differing ones marked, accuracy
 * and per-class differences against the first, and the difference of two confusion matrices. */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = F.kit;
  const h = kit.h;
  const LETTERS = 'ABCD';

  function render(container, state) {
    kit.resetCharts();
    const pinned = F.pins.get().map(id => F.find(id)).filter(Boolean).slice(0, 4);
    if (pinned.length < 2) {
      container.appendChild(h('div', {class: 'fv-compare-view fv-empty'},
        h('p', {}, `Pin 2 to 4 results to compare them (${pinned.length} pinned): use the Pin button on a result's page or in the table.`),
        pinned.length ? pinList(pinned) : null));
      return;
    }
    const view = h('div', {class: 'fv-compare-view'});
    container.appendChild(view);
    view.appendChild(h('h2', {}, `Comparing ${pinned.length} results`));
    kit.withDetails(view, pinned.map(r => r.id), (box, full) => {
      box.appendChild(table(full));
      perClass(box, full);
      difference(box, full, state);
    });
  }

  function pinList(pinned) {
    return h('ul', {}, pinned.map(r => h('li', {}, link(r))));
  }

  function link(r) {
    return h('a', {href: '#', class: 'fv-link', on: {click: e => {
      e.preventDefault();
      F.state.set({view: 'result', id: r.id});
    }}}, kit.title(r));
  }

  /** One row per property; a row whose values differ is marked. */
  function table(pinned) {
    const a = pinned[0];
    const rows = [
      ['name', r => r.name],
      ['dataset', r => r.dataset],
      ['accuracy', r => kit.accuracy(r.mean_accuracy) + (r === a ? '' : ` (${kit.signed(r.mean_accuracy - a.mean_accuracy, 4)})`)],
      ['std', r => (Number.isFinite(r.std_accuracy) ? kit.accuracy(r.std_accuracy) : null)],
      ['published', r => (Number.isFinite(r.published) ? kit.accuracy(r.published) : null)],
      ['repeats', r => r.num_repeat],
      ['fit seconds', r => (kit.fitSeconds(r) == null ? null : kit.fitSeconds(r).toFixed(1))]
    ];
    const keys = [...new Set(pinned.flatMap(r => Object.keys(r.parameter && typeof r.parameter === 'object' ? r.parameter : {})))].sort();
    for (const k of keys) rows.push(['parameter ' + k, r => (r.parameter && k in r.parameter ? kit.text(r.parameter[k]) : null), true]);
    const head = h('tr', {}, h('th', {}, ''), pinned.map((r, i) => h('th', {},
      h('div', {}, LETTERS[i] + ': ', link(r)),
      h('button', {type: 'button', class: 'fv-unpin', on: {click: () => {
        F.pins.toggle(r.id);
        F.state.set({view: 'compare'});
      }}}, 'unpin'))));
    const body = rows.map(([name, get, isParameter]) => {
      const values = pinned.map(r => get(r));
      const comparable = name === 'accuracy' ? pinned.map(r => r.mean_accuracy) : values;
      const differs = new Set(comparable.map(v => kit.text(v))).size > 1;
      return h('tr', {class: (differs ? 'fv-differs' : '') + (isParameter ? ' fv-param' : '')},
        h('th', {}, name), values.map(v => h('td', {}, v == null ? '–' : String(v))));
    });
    return h('table', {class: 'fv-compare-table'}, h('thead', {}, head), h('tbody', {}, body));
  }

  /** Each class's accuracy per result, as bars and as differences from the first. */
  function perClass(view, pinned) {
    const have = pinned.filter(r => Array.isArray(r.per_class_accuracy));
    const s = kit.section(view, 'Accuracy per class', 'fv-per-class-section');
    if (have.length < 2) {
      s.appendChild(h('p', {class: 'fv-note'}, 'Fewer than two of these results have per-class accuracies.'));
      return;
    }
    const names = kit.labelNames(have[0].dataset);
    const box = kit.chartBox(60 + 22 * names.length * Math.min(have.length, 2));
    s.appendChild(box);
    kit.chart(box, kit.perClassOption(names, have.map(r => ({name: LETTERS[pinned.indexOf(r)] + ': ' + kit.title(r), values: r.per_class_accuracy})), {min: 0, max: 1}));
    const a = have[0];
    const head = h('tr', {}, h('th', {}, 'class'), have.map(r => h('th', {}, LETTERS[pinned.indexOf(r)])),
      have.slice(1).map(r => h('th', {}, `${LETTERS[pinned.indexOf(r)]} − ${LETTERS[pinned.indexOf(a)]}`)));
    const rows = names.map((name, c) => h('tr', {}, h('th', {}, name),
      have.map(r => h('td', {}, kit.percent(r.per_class_accuracy[c]))),
      have.slice(1).map(r => {
        const d = 100 * (r.per_class_accuracy[c] - a.per_class_accuracy[c]);
        return h('td', {class: d > 0 ? 'fv-better' : d < 0 ? 'fv-worse' : ''}, kit.signed(d, 2) + ' pt');
      })));
    s.appendChild(h('table', {class: 'fv-per-class-table'}, h('thead', {}, head), h('tbody', {}, rows)));
  }

  /** The heatmap of confusion A − B, each matrix per repeat so results of different repeats compare. */
  function difference(view, pinned, state) {
    const have = pinned.filter(r => kit.isGoodMatrix(r.confusion));
    const s = kit.section(view, 'Difference of the confusion matrices', 'fv-difference-section');
    if (have.length < 2) {
      s.appendChild(h('p', {class: 'fv-note'}, 'Fewer than two of these results have a confusion matrix.'));
      return;
    }
    const letter = r => LETTERS[pinned.indexOf(r)];
    const pick = (key, fallback) => have.find(r => letter(r) === state[key]) || fallback;
    let a = pick('a', have[0]);
    let b = pick('b', have.find(r => r !== a));
    const box = kit.chartBox(460, 'fv-difference');
    const note = h('p', {class: 'fv-note'});
    const options = have.map(r => [letter(r), letter(r) + ': ' + kit.title(r)]);
    const draw = () => {
      const names = kit.labelNames(a.dataset);
      const n = Math.min(a.confusion.length, b.confusion.length);
      const ra = kit.repeats(a);
      const rb = kit.repeats(b);
      const value = (i, j) => a.confusion[i][j] / ra - b.confusion[i][j] / rb;
      note.textContent = `${letter(a)} − ${letter(b)}, images per repeat (${letter(a)} sums ${ra}, ${letter(b)} ${rb}): red where ${letter(a)} puts more images, blue where ${letter(b)} does.` +
        (a.dataset !== b.dataset ? ' These results are of different datasets.' : '');
      const round = v => (Number.isInteger(v) ? String(v) : v.toFixed(1));
      chart.setOption(kit.matrixOption(names.slice(0, n), value, {
        diverging: true,
        text: v => (Math.abs(v) < 0.05 ? '' : round(v)),
        tip: (i, j, v) => [`true: ${names[i]}, predicted: ${names[j]}`, `${letter(a)}: ${round(a.confusion[i][j] / ra)}, ${letter(b)}: ${round(b.confusion[i][j] / rb)}`, `${letter(a)} − ${letter(b)}: ${round(v)}`]
      }), true);
    };
    s.appendChild(h('div', {class: 'fv-controls'},
      kit.select('A', options, letter(a), v => {
        a = have.find(r => letter(r) === v);
        kit.remember({a: v});
        draw();
      }, 'a'),
      kit.select('B', options, letter(b), v => {
        b = have.find(r => letter(r) === v);
        kit.remember({b: v});
        draw();
      }, 'b')));
    s.appendChild(note);
    s.appendChild(box);
    const chart = kit.chart(box, {});
    draw();
  }

  function signature() {
    return JSON.stringify(F.pins.get().map(id => F.find(id)).map(r => (r ? [r.id, r.num_repeat, r.done_time, r.mean_accuracy] : null)));
  }

  F.views.register('compare', Object.assign({title: 'Compare'}, kit.updater(render, signature)));
})();
