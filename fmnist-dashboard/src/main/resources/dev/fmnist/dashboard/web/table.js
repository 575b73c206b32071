/* The table view (dash-core): the original benchmark dashboard's table (tabs Fashion-MNIST, MNIST and the two side
 * by side joined on classifier and parameters; Name, Parameter, accuracy, std, time per repeat, repeats, started,
 * done; free-text filter; click-to-sort headers, newest first) with the published accuracy and the difference, an
 * expression filter, group by family, CSV export and pins. Only one page of rows is in the DOM at a time. */
(function () {
  'use strict';
  const F = window.FMNIST;
  const el = F.el;
  const fmt = F.format;
  const PAGE = 100;
  const TAB_TITLES = {fashion: 'Fashion-MNIST', mnist: 'MNIST', side: 'Side by side'};

  // ---- rows ---------------------------------------------------------------------------------------------------
  /** One table row per result, with the values sorted and filtered on (computed once per data). */
  function rowOf(r) {
    const mean = xs => (Array.isArray(xs) && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const accuracy = typeof r.mean_accuracy === 'number' ? r.mean_accuracy : null;
    const published = typeof r.published === 'number' ? r.published : null;
    return {
      id: r.id, r, dataset: r.dataset, name: r.name || '', family: r.family || r.name || '',
      params: r.parameter_text || '', accuracy, std: typeof r.std_accuracy === 'number' ? r.std_accuracy : null,
      time: typeof r.time_per_repeat === 'number' ? r.time_per_repeat : null,
      repeats: r.num_repeat || 0, start: r.start_time || 0, done: r.done_time || 0, published,
      diff: accuracy !== null && published !== null ? accuracy - published : null,
      fit_s: mean(r.fit_seconds), predict_s: mean(r.predict_seconds), status: r.status || '',
      text: ((r.name || '') + ' ' + (r.parameter_text || '')).toLowerCase()
    };
  }
  let cache = {data: null, rows: [], side: []};
  function rows() {
    if (cache.data !== F.data) {
      const all = (F.data.results || []).map(rowOf);
      cache = {data: F.data, rows: all, side: sideBySide(all)};
    }
    return cache;
  }
  /** The two datasets' rows joined on family and parameters. */
  function sideBySide(all) {
    const joined = new Map();
    for (const row of all) {
      if (row.dataset !== 'fashion' && row.dataset !== 'mnist') continue;
      const key = row.family + '\u0000' + row.params;
      let j = joined.get(key);
      if (!j) {
        j = {id: null, name: row.name, family: row.family, params: row.params, text: row.text, fashion: null, mnist: null};
        joined.set(key, j);
      }
      j[row.dataset] = row;
    }
    return [...joined.values()].map(j => {
      const f = j.fashion || {};
      const m = j.mnist || {};
      return Object.assign(j, {
        id: (j.fashion || j.mnist).id, accuracy: f.accuracy ?? null, mnist_accuracy: m.accuracy ?? null,
        std: f.std ?? null, mnist_std: m.std ?? null, published: f.published ?? null,
        mnist_published: m.published ?? null, time: f.time ?? m.time ?? null,
        done: Math.max(f.done || 0, m.done || 0), start: Math.min(f.start || Infinity, m.start || Infinity),
        repeats: (f.repeats || 0) + (m.repeats || 0), gap: f.accuracy != null && m.accuracy != null
          ? m.accuracy - f.accuracy : null,
        fit_s: f.fit_s ?? m.fit_s ?? null, predict_s: f.predict_s ?? m.predict_s ?? null,
        diff: f.diff ?? null, status: f.status || m.status || '', dataset: 'side', r: (j.fashion || j.mnist).r
      });
    });
  }

  // ---- columns ------------------------------------------------------------------------------------------------
  const num = (v, f) => (v === null || v === undefined ? '\u2014' : f(v));
  const signed = v => (v > 0 ? '+' : '') + v.toFixed(4);
  const diffCell = v => el('td', {class: 'ft-num ' + (v === null ? '' : v >= 0 ? 'ft-up' : 'ft-down')},
    num(v, signed));
  const timeCell = t => el('td', {title: fmt.time(t)}, fmt.ago(t));
  const COLUMNS = [
    {key: 'name', title: 'Name', cell: r => el('td', {}, r.name)},
    {key: 'params', title: 'Parameter', cell: r => el('td', {class: 'ft-params', title: r.params}, r.params)},
    {key: 'accuracy', title: 'Accuracy', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.accuracy))},
    {key: 'std', title: 'Std', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.std))},
    {key: 'time', title: 'Time per repeat', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.duration(r.time))},
    {key: 'repeats', title: 'Repeats', num: true, cell: r => el('td', {class: 'ft-num'}, String(r.repeats))},
    {key: 'start', title: 'Started', cell: r => timeCell(r.start)},
    {key: 'done', title: 'Done', cell: r => timeCell(r.done)},
    {key: 'published', title: 'Published', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.published))},
    {key: 'diff', title: 'Difference', num: true, cell: r => diffCell(r.diff)}
  ];
  const SIDE_COLUMNS = [
    COLUMNS[0], COLUMNS[1],
    {key: 'accuracy', title: 'Fashion-MNIST', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.accuracy))},
    {key: 'std', title: 'Std', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.std))},
    {key: 'mnist_accuracy', title: 'MNIST', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.mnist_accuracy))},
    {key: 'mnist_std', title: 'Std', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.mnist_std))},
    {key: 'gap', title: 'MNIST \u2212 Fashion', num: true, cell: r => diffCell(r.gap)},
    {key: 'published', title: 'Published F', num: true, cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.published))},
    {key: 'mnist_published', title: 'Published M', num: true,
      cell: r => el('td', {class: 'ft-num'}, fmt.accuracy(r.mnist_published))},
    COLUMNS[4], COLUMNS[7]
  ];

  // ---- the expression filter ----------------------------------------------------------------------------------
  const FIELDS = {
    accuracy: r => r.accuracy, std: r => r.std, time: r => r.time, fit_s: r => r.fit_s, predict_s: r => r.predict_s,
    repeats: r => r.repeats, published: r => r.published, diff: r => r.diff, start: r => r.start, done: r => r.done,
    family: r => r.family, name: r => r.name, params: r => r.params, dataset: r => r.dataset, status: r => r.status,
    mnist_accuracy: r => r.mnist_accuracy, gap: r => r.gap
  };
  /**
   * Compiles "accuracy > 0.85 and family = SVC", "fit_s < 60", "not (kernel = rbf or C >= 10)": comparisons
   * (= == != < <= > >= and ~ for "contains") of a field or a parameter name with a number or a word or 'quoted
   * text', joined by and, or, not and parentheses. Returns a predicate, or throws an Error with a clear message.
   */
  function compile(text) {
    const tokens = [];
    const re = /\s*(?:(\d+(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+)|('(?:[^']*)'|"(?:[^"]*)")|(<=|>=|!=|==|=|<|>|~)|([()])|([A-Za-z_][\w.\-]*))/gy;
    let m;
    let at = 0;
    text = text.trim();
    while (at < text.length) {
      re.lastIndex = at;
      m = re.exec(text);
      if (!m) throw new Error('cannot read "' + text.slice(at, at + 12) + '" at character ' + (at + 1));
      at = re.lastIndex;
      if (m[1] !== undefined) tokens.push({t: 'num', v: parseFloat(m[1])});
      else if (m[2] !== undefined) tokens.push({t: 'str', v: m[2].slice(1, -1)});
      else if (m[3] !== undefined) tokens.push({t: 'op', v: m[3]});
      else if (m[4] !== undefined) tokens.push({t: m[4]});
      else {
        const w = m[5].toLowerCase();
        tokens.push(w === 'and' || w === 'or' || w === 'not' ? {t: w} : {t: 'word', v: m[5]});
      }
      while (at < text.length && /\s/.test(text[at])) at++;
    }
    let i = 0;
    const peek = () => tokens[i] || {t: 'end'};
    const expect = t => {
      if (peek().t !== t) throw new Error('expected ' + (t === ')' ? 'a closing parenthesis' : t) + ' ' + where());
      return tokens[i++];
    };
    const where = () => (i < tokens.length ? 'before "' + (tokens[i].v ?? tokens[i].t) + '"' : 'at the end');
    function or() {
      let left = and();
      while (peek().t === 'or') { i++; const a = left; const b = and(); left = r => a(r) || b(r); }
      return left;
    }
    function and() {
      let left = not();
      while (peek().t === 'and') { i++; const a = left; const b = not(); left = r => a(r) && b(r); }
      return left;
    }
    function not() {
      if (peek().t === 'not') { i++; const a = not(); return r => !a(r); }
      if (peek().t === '(') { i++; const a = or(); expect(')'); return a; }
      return comparison();
    }
    function comparison() {
      const f = peek();
      if (f.t !== 'word') throw new Error('expected a field name ' + where());
      i++;
      const name = f.v;
      const get = FIELDS[name.toLowerCase()] || (r => (r.r && r.r.parameter ? r.r.parameter[name] : undefined));
      const known = FIELDS[name.toLowerCase()] || allParameters().has(name);
      if (!known) {
        throw new Error('unknown field "' + name + '"; fields: ' + Object.keys(FIELDS).join(', ')
          + ', or a parameter name such as ' + [...allParameters()].slice(0, 5).join(', '));
      }
      const op = peek();
      if (op.t !== 'op') throw new Error('expected a comparison (= != < <= > >= ~) after "' + name + '"');
      i++;
      const v = peek();
      if (v.t !== 'num' && v.t !== 'str' && v.t !== 'word') throw new Error('expected a value after "' + op.v + '"');
      i++;
      return compare(get, op.v, v.t === 'num' ? v.v : String(v.v));
    }
    const predicate = or();
    if (i < tokens.length) throw new Error('unexpected "' + (tokens[i].v ?? tokens[i].t) + '"; join conditions with and / or');
    return predicate;
  }
  function compare(get, op, value) {
    const numeric = typeof value === 'number' || (value !== '' && isFinite(Number(value)));
    const n = Number(value);
    const s = String(value).toLowerCase();
    return r => {
      const x = get(r);
      if (x === null || x === undefined) return op === '!=';
      if (op === '~') return String(x).toLowerCase().includes(s);
      let c;
      if (numeric && typeof x === 'number') c = x < n ? -1 : x > n ? 1 : 0;
      else {
        const t = String(x).toLowerCase();
        c = t < s ? -1 : t > s ? 1 : 0;
      }
      switch (op) {
        case '=': case '==': return c === 0;
        case '!=': return c !== 0;
        case '<': return c < 0;
        case '<=': return c <= 0;
        case '>': return c > 0;
        default: return c >= 0;
      }
    };
  }
  let parameterNames = {data: null, names: new Set()};
  function allParameters() {
    if (parameterNames.data !== F.data) {
      const names = new Set();
      for (const r of F.data.results || []) for (const k of Object.keys(r.parameter || {})) names.add(k);
      parameterNames = {data: F.data, names};
    }
    return parameterNames.names;
  }

  // ---- what is shown ------------------------------------------------------------------------------------------
  function tabsOf() {
    const present = new Set((F.data.results || []).map(r => r.dataset));
    const tabs = ['fashion', 'mnist', 'side'];
    for (const d of present) if (!tabs.includes(d)) tabs.splice(tabs.length - 1, 0, d);
    return tabs;
  }
  function currentTab(state) {
    if (state.tab && tabsOf().includes(state.tab)) return state.tab;
    const first = (F.data.results || [])[0];
    return first && tabsOf().includes(first.dataset) ? first.dataset : 'fashion';
  }
  /** The rows of the tab after both filters, sorted; error: the expression's message. */
  function visible(state) {
    const tab = currentTab(state);
    const all = tab === 'side' ? rows().side : rows().rows.filter(r => r.dataset === tab);
    const q = (state.q || '').trim().toLowerCase();
    let out = q ? all.filter(r => q.split(/\s+/).every(w => r.text.includes(w))) : all;
    let error = null;
    if (state.expr && state.expr.trim()) {
      try {
        const p = compile(state.expr);
        out = out.filter(p);
      } catch (e) {
        error = e.message;
      }
    }
    const key = state.sort || 'done';
    const order = sortOrder(tab, all, key);
    const keep = out === all ? null : new Set(out);
    let sorted = keep ? order.filter(r => keep.has(r)) : order.slice();
    if (state.dir === 'asc') sorted = ascending(sorted, key);
    return {tab, rows: sorted, total: all.length, error};
  }

  /**
   * A tab's rows sorted by a column, largest first, rows without a value last; kept per data, tab and column, so
   * that flipping the order, filtering and paging do not sort again.
   */
  let orders = {data: null, byKey: new Map()};
  function sortOrder(tab, all, key) {
    if (orders.data !== F.data) orders = {data: F.data, byKey: new Map()};
    const id = tab + '\u0000' + key;
    if (!orders.byKey.has(id)) {
      const present = [];
      const missing = [];
      for (const r of all) (r[key] === null || r[key] === undefined ? missing : present).push(r);
      if (present.length && typeof present[0][key] === 'string') {
        const lower = new Map(present.map(r => [r, r[key].toLowerCase()]));
        present.sort((a, b) => { const x = lower.get(a); const y = lower.get(b); return x < y ? 1 : x > y ? -1 : 0; });
      } else {
        present.sort((a, b) => b[key] - a[key]);
      }
      orders.byKey.set(id, present.concat(missing));
    }
    return orders.byKey.get(id);
  }
  /** Rows in descending order (by sortOrder) put in ascending order, rows without a value still last. */
  function ascending(rows, key) {
    const present = rows.filter(r => r[key] !== null && r[key] !== undefined).reverse();
    return present.concat(rows.filter(r => r[key] === null || r[key] === undefined));
  }

  // ---- drawing ------------------------------------------------------------------------------------------------
  let box = null;
  function render(container, state) {
    const tab = currentTab(state);
    const tabs = el('div', {class: 'ft-tabs', role: 'tablist'}, tabsOf().map(t => el('button', {
      type: 'button', role: 'tab', class: 'ft-tab' + (t === tab ? ' ft-active' : ''), 'data-tab': t,
      'aria-selected': t === tab ? 'true' : 'false',
      onclick: () => F.state.set({tab: t, page: null})
    }, TAB_TITLES[t] || t)));
    const q = el('input', {type: 'search', class: 'ft-q', placeholder: 'Filter name and parameters',
      'aria-label': 'Filter name and parameters', value: state.q || ''});
    const expr = el('input', {type: 'search', class: 'ft-expr', placeholder: 'accuracy > 0.85 and family = SVC',
      'aria-label': 'Expression filter', value: state.expr || ''});
    const group = el('input', {type: 'checkbox', class: 'ft-group-toggle', checked: state.group === '1'});
    q.addEventListener('input', () => { F.state.replace({q: q.value, page: null}); drawRows('filter'); });
    expr.addEventListener('input', () => { F.state.replace({expr: expr.value, page: null}); drawRows('filter'); });
    group.addEventListener('change', () => { F.state.replace({group: group.checked ? '1' : null, page: null}); drawRows(); });
    const message = el('div', {class: 'ft-message', role: 'status'});
    const count = el('span', {class: 'ft-count'});
    const csv = el('button', {type: 'button', class: 'ft-csv', onclick: () => exportCsv(F.state.get())}, 'Export CSV');
    const compare = el('button', {type: 'button', class: 'ft-compare', onclick: () => F.state.set({view: 'compare'})},
      'Compare pinned (' + F.pins.get().length + ')');
    box = {message, count, compare, expr, scroll: el('div', {class: 'ft-scroll'}), pager: el('div', {class: 'ft-pager'})};
    container.append(tabs,
      el('div', {class: 'ft-controls'}, q, expr, el('label', {}, group, ' Group by family'), csv, compare, count),
      message, box.scroll, box.pager);
    drawRows();
  }
  function update() {
    drawRows();
  }

  /** Draws the rows of the current state; why ('sort', 'filter') names the timing kept in FMNIST.metrics. */
  function drawRows(why) {
    if (!box || !box.scroll.isConnected) return;
    const state = F.state.get();
    const t0 = performance.now();
    const shown = visible(state);
    box.message.textContent = shown.error ? 'Expression: ' + shown.error : '';
    box.expr.classList.toggle('ft-bad', !!shown.error);
    box.count.textContent = shown.rows.length + ' of ' + shown.total + ' results';
    box.compare.textContent = 'Compare pinned (' + F.pins.get().length + ')';
    const columns = shown.tab === 'side' ? SIDE_COLUMNS : COLUMNS;
    const key = state.sort || 'done';
    const asc = state.dir === 'asc';
    const head = el('tr', {}, el('th', {class: 'ft-pin-col', title: 'Pin to compare'}, '\u2605'), columns.map(c => el('th', {
      class: (c.num ? 'ft-num ' : '') + (c.key === key ? 'ft-sorted' + (asc ? ' ft-asc' : '') : ''),
      'data-key': c.key, title: 'Sort by ' + c.title,
      onclick: () => {
        const dir = c.key === key ? (asc ? 'desc' : 'asc') : (c.num || c.key === 'done' || c.key === 'start' ? 'desc' : 'asc');
        F.state.replace({sort: c.key, dir, page: null});
        drawRows('sort');
      }
    }, c.title)));
    const pins = new Set(F.pins.get());
    const body = el('tbody', {});
    let pageRows;
    let pages;
    let page = Math.max(0, parseInt(state.page || '0', 10) || 0);
    if (state.group === '1') {
      const groups = groupRows(shown.rows);
      const open = new Set((state.open || '').split(',').filter(Boolean));
      pages = 1;
      for (const g of groups) {
        const expanded = open.has(g.family);
        body.appendChild(el('tr', {class: 'ft-group', 'data-family': g.family, onclick: () => {
          if (expanded) open.delete(g.family); else open.add(g.family);
          F.state.replace({open: [...open].join(',')});
          drawRows();
        }}, el('td', {}, expanded ? '\u25BE' : '\u25B8'), el('td', {colspan: 2}, g.family),
        el('td', {class: 'ft-num', colspan: columns.length - 2},
          'best ' + fmt.accuracy(g.best) + ' \u00b7 mean ' + fmt.accuracy(g.mean) + ' \u00b7 ' + g.rows.length
          + (g.rows.length === 1 ? ' configuration' : ' configurations'))));
        if (expanded) g.rows.forEach(r => body.appendChild(rowElement(r, columns, pins)));
      }
      pageRows = shown.rows;
    } else {
      pages = Math.max(1, Math.ceil(shown.rows.length / PAGE));
      page = Math.min(page, pages - 1);
      pageRows = shown.rows.slice(page * PAGE, (page + 1) * PAGE);
      for (const r of pageRows) body.appendChild(rowElement(r, columns, pins));
    }
    const table = el('table', {class: 'ft-table', 'data-tab': shown.tab}, el('thead', {}, head), body);
    box.scroll.replaceChildren(table);
    box.pager.replaceChildren(...(pages > 1 ? [
      el('button', {type: 'button', disabled: page === 0, onclick: () => { F.state.replace({page: String(page - 1)}); drawRows(); }}, '\u2039 Previous'),
      el('span', {}, 'page ' + (page + 1) + ' of ' + pages),
      el('button', {type: 'button', disabled: page >= pages - 1, onclick: () => { F.state.replace({page: String(page + 1)}); drawRows(); }}, 'Next \u203A')
    ] : []));
    F.metrics.tableMs = performance.now() - t0;
    if (why) F.metrics[why + 'Ms'] = F.metrics.tableMs;
  }
  function rowElement(r, columns, pins) {
    const pinned = pins.has(r.id);
    const pin = el('button', {type: 'button', class: 'ft-pin' + (pinned ? ' ft-pinned' : ''),
      'aria-pressed': pinned ? 'true' : 'false', title: pinned ? 'Unpin' : 'Pin to compare', 'data-id': r.id,
      onclick: ev => { ev.stopPropagation(); F.pins.toggle(r.id); }}, pinned ? '\u2605' : '\u2606');
    return el('tr', {class: 'ft-row' + (r.status && r.status !== 'ok' ? ' ft-failed' : ''), 'data-id': r.id,
      onclick: () => F.state.set({view: 'result', id: r.id})}, el('td', {}, pin), columns.map(c => c.cell(r)));
  }
  function groupRows(list) {
    const groups = new Map();
    for (const r of list) {
      if (!groups.has(r.family)) groups.set(r.family, []);
      groups.get(r.family).push(r);
    }
    return [...groups.entries()].map(([family, rs]) => {
      const acc = rs.map(r => r.accuracy).filter(a => a !== null);
      return {family, rows: rs, best: acc.length ? Math.max(...acc) : null,
        mean: acc.length ? acc.reduce((a, b) => a + b, 0) / acc.length : null};
    }).sort((a, b) => (b.best ?? -1) - (a.best ?? -1));
  }

  // ---- CSV ----------------------------------------------------------------------------------------------------
  function csvText(state) {
    const shown = visible(state);
    const side = shown.tab === 'side';
    const cols = side
      ? ['name', 'params', 'accuracy', 'std', 'mnist_accuracy', 'mnist_std', 'published', 'mnist_published', 'time']
      : ['name', 'params', 'dataset', 'accuracy', 'std', 'time', 'repeats', 'start', 'done', 'published', 'diff',
        'fit_s', 'predict_s', 'status'];
    const header = side
      ? ['name', 'parameter', 'fashion_accuracy', 'fashion_std', 'mnist_accuracy', 'mnist_std', 'fashion_published',
        'mnist_published', 'time_per_repeat']
      : ['name', 'parameter', 'dataset', 'mean_accuracy', 'std_accuracy', 'time_per_repeat', 'num_repeat',
        'start_time', 'done_time', 'published', 'difference', 'mean_fit_seconds', 'mean_predict_seconds', 'status'];
    // text that a spreadsheet would take for a formula (=, +, -, @) gets a leading apostrophe; numbers stay numbers
    const cell = v => {
      if (v === null || v === undefined) return '';
      let s = String(v);
      if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return [header.join(',')].concat(shown.rows.map(r => cols.map(c => cell(r[c])).join(','))).join('\n') + '\n';
  }
  function exportCsv(state) {
    const url = URL.createObjectURL(new Blob([csvText(state)], {type: 'text/csv'}));
    const a = el('a', {href: url, download: 'fmnist-' + currentTab(state) + '.csv'});
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  F.table = {compile, csv: csvText, visible};
  F.views.register('table', {title: 'Table', render, update});
})();
