/* The dataset browser (dash-views): a dataset's images by split and class, 100 to a page, with their labels. A report
 * carries the test images only and says so. */
(function () {
  'use strict';
  const F = window.FMNIST;
  const kit = F.kit;
  const h = kit.h;
  const SIZES = {train: 60000, test: 10000};

  function render(container, state) {
    kit.resetCharts();
    const datasets = Object.keys(F.data.labels || {}).filter(d => F.images.has(d, 'test') || F.images.has(d, 'train')).sort();
    if (!datasets.length) {
      container.appendChild(h('p', {class: 'fv-empty'}, 'No dataset images are available to this page.'));
      return;
    }
    const dataset = datasets.includes(state.ds) ? state.ds : (datasets.includes('fashion') ? 'fashion' : datasets[0]);
    const splits = ['test', 'train'].filter(s => F.images.has(dataset, s));
    const split = splits.includes(state.split) ? state.split : splits[0];
    const names = kit.labelNames(dataset);
    const labels = kit.splitLabels(dataset, split);
    const wanted = labels && /^\d+$/.test(state.cls || '') && +state.cls < names.length ? +state.cls : -1;
    const view = h('div', {class: 'fv-browser-view'});
    container.appendChild(view);
    view.appendChild(h('div', {class: 'fv-controls'},
      kit.select('Dataset', datasets, dataset, v => F.state.set({ds: v, page: '0'}), 'ds'),
      kit.select('Split', splits, split, v => F.state.set({split: v, page: '0'}), 'split'),
      labels ? kit.select('Class', [['', 'all classes'], ...names.map((n, c) => [c, `${c} ${n}`])], wanted < 0 ? '' : wanted,
        v => F.state.set({cls: v, page: '0'}), 'cls') : null));
    if (!F.images.has(dataset, 'train')) {
      view.appendChild(h('p', {class: 'fv-note fv-no-train'}, F.data.mode === 'report'
        ? 'The train split is not in the report: it carries the test images only (open `fmnist serve` to browse the train split).'
        : 'The train images of this dataset are not available.'));
    }
    if (!labels) view.appendChild(h('p', {class: 'fv-note'}, 'The labels of this split are not in the page, so images cannot be chosen by class.'));
    const count = labels ? labels.length : SIZES[split];
    const indices = [];
    for (let i = 0; i < count; i++) if (wanted < 0 || labels[i] === wanted) indices.push(i);
    const items = indices.map(i => ({dataset, split, index: i, lines: labels ? [`#${i}`, names[labels[i]] ?? String(labels[i])] : [`#${i}`]}));
    const page = /^\d+$/.test(state.page || '') ? +state.page : 0;
    view.appendChild(kit.gallery(items, kit.PAGE, page, p => kit.remember({page: String(p)})));
  }

  function signature() {
    return JSON.stringify(Object.keys(F.data.labels || {}).map(d => [d, F.images.has(d, 'test'), F.images.has(d, 'train')]));
  }

  F.views.register('browser', Object.assign({title: 'Images', needsCharts: false}, kit.updater(render, signature)));
})();
