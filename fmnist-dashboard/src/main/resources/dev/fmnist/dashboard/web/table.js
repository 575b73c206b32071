/* The table view (dash-core): the original dashboard's results table. */
(function () {
  'use strict';
  const F = window.FMNIST;
  function render(container) {
    const rows = F.data.results;
    container.appendChild(F.el('table', {class: 'ft-table'},
      F.el('thead', {}, F.el('tr', {}, ['Name', 'Parameter', 'Dataset', 'Accuracy'].map(h => F.el('th', {}, h)))),
      F.el('tbody', {}, rows.map(r => F.el('tr', {class: 'ft-row', 'data-id': r.id,
        onclick: () => F.state.set({view: 'result', id: r.id})},
        F.el('td', {}, r.name), F.el('td', {}, r.parameter_text), F.el('td', {}, r.dataset),
        F.el('td', {class: 'ft-num'}, F.format.accuracy(r.mean_accuracy)))))));
  }
  F.views.register('table', {title: 'Table', render});
})();
