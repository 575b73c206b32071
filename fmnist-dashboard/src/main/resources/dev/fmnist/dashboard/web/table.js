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
  const mean = xs => (Array.isArray(xs) && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  function rowOf(r) {
    const accuracy = typeof r.mean_accuracy === 'number' ? r.mean_accuracy : null;
    const published = typeof r.published === 'number' ? r.published : null;
    return {
      id: r.id, r, dataset: r.dataset, name: r.name || '', family: r.family || r.name || '',
      params: r.parameter_text || '', accuracy, std: typeof r.std_accuracy === 'number' ? r.std_accuracy : null,
      time: typeof r.time_per_repeat === 'number' ? r.time_per_repeat : null,
      repeats: r.num_repeat || 0, start: r.start_time || 0, done: r.done_time || 0, published,
      diff: accuracy !== null && published !== null ? accuracy - published : null,
      fit_s: mean(r.fit_seconds), predict_s: mean(r.predict_seconds), status: r.status || '',
      same_as: r.same_as || '',
      text: ((r.name || '') + ' ' + (r.parameter_text || '')).toLowerCase()
    };
  }
  let cache = {data: null, rows: [], byTab: new Map()};
  /** Each result's row, kept while the result is the same object (a live update replaces only what changed). */
  const rowsOf = new WeakMap();
  function rowOfKept(r) {
    let row = rowsOf.get(r);
    if (!row) rowsOf.set(r, row = rowOf(r));
    return row;
  }
  /** A tab's rows (side: the two datasets' joined), made once per data when first shown. */
  function tabRows(tab) {
    if (cache.data !== F.data) cache = {data: F.data, rows: (F.data.results || []).map(rowOfKept), byTab: new Map()};
    if (!cache.byTab.has(tab)) {
      cache.byTab.set(tab, tab === 'side' ? sideBySide(cache.rows) : cache.rows.filter(r => r.dataset === tab));
    }
    return cache.byTab.get(tab);
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
  // Each cell shows one value of its row (row[key]): text(value), and optionally its class and tooltip.
  const num = (v, f) => (v === null || v === undefined ? '\u2014' : f(v));
  const signed = v => (v > 0 ? '+' : '') + v.toFixed(4);
  const diff = {num: true, text: v => num(v, signed), cls: v => 'ft-num ' + (v === null ? '' : v >= 0 ? 'ft-up' : 'ft-down')};
  const accuracy = {num: true, text: fmt.accuracy};
  const when = {text: fmt.ago, tip: fmt.time};
  const COLUMNS = [
    {key: 'name', title: 'Name', text: String, tip: String},
    {key: 'params', title: 'Parameter', text: String, cls: () => 'ft-params', tip: String},
    Object.assign({key: 'accuracy', title: 'Accuracy'}, accuracy),
    Object.assign({key: 'std', title: 'Std'}, accuracy),
    {key: 'time', title: 'Time per repeat', num: true, text: fmt.duration},
    {key: 'repeats', title: 'Repeats', num: true, text: String},
    Object.assign({key: 'start', title: 'Started'}, when),
    Object.assign({key: 'done', title: 'Done'}, when),
    Object.assign({key: 'published', title: 'Published'}, accuracy),
    Object.assign({key: 'diff', title: 'Difference'}, diff)
  ];
  const SIDE_COLUMNS = [
    COLUMNS[0], COLUMNS[1],
    Object.assign({key: 'accuracy', title: 'Fashion-MNIST'}, accuracy),
    Object.assign({key: 'std', title: 'Std'}, accuracy),
    Object.assign({key: 'mnist_accuracy', title: 'MNIST'}, accuracy),
    Object.assign({key: 'mnist_std', title: 'Std'}, accuracy),
    Object.assign({key: 'gap', title: 'MNIST \u2212 Fashion'}, diff),
    Object.assign({key: 'published', title: 'Published F'}, accuracy),
    Object.assign({key: 'mnist_published', title: 'Published M'}, accuracy),
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
  let tabs = {data: null, list: []};
  function tabsOf() {
    if (tabs.data !== F.data) {
      const present = new Set((F.data.results || []).map(r => r.dataset));
      const list = ['fashion', 'mnist', 'side'];
      for (const d of present) if (!list.includes(d)) list.splice(list.length - 1, 0, d);
      tabs = {data: F.data, list};
    }
    return tabs.list;
  }
  function currentTab(state) {
    if (state.tab && tabsOf().includes(state.tab)) return state.tab;
    const first = (F.data.results || [])[0];
    return first && tabsOf().includes(first.dataset) ? first.dataset : 'fashion';
  }
  /**
   * The rows of the tab after both filters, sorted; error: the expression's message. The filters run over the
   * kept sorted order, so the result is sorted; with no filter it is that order itself (not to be changed).
   */
  function visible(state) {
    const tab = currentTab(state);
    const all = tabRows(tab);
    let out = sortOrder(tab, all, state.sort || 'done', state.dir === 'asc');
    const q = (state.q || '').trim().toLowerCase();
    if (q) {
      const words = q.split(/\s+/);
      out = out.filter(r => words.every(w => r.text.includes(w)));
    }
    let error = null;
    if (state.expr && state.expr.trim()) {
      try {
        out = out.filter(compile(state.expr));
      } catch (e) {
        error = e.message;
      }
    }
    return {tab, rows: out, total: all.length, error};
  }

  /**
   * A tab's rows sorted by a column, largest first (asc: smallest first), rows without a value last either way;
   * kept per data, tab, column and direction, so that flipping the order, filtering and paging do not sort again.
   * The values are read into an array once and row numbers sorted by them.
   */
  let orders = {data: null, byKey: new Map()};
  function sortOrder(tab, all, key, asc) {
    if (orders.data !== F.data) orders = {data: F.data, byKey: new Map()};
    const id = tab + '\u0000' + key + '\u0000' + (asc ? 'asc' : 'desc');
    if (!orders.byKey.has(id)) {
      const desc = asc ? sortOrder(tab, all, key, false) : null;
      orders.byKey.set(id, asc ? ascending(desc, key) : descending(all, key));
    }
    return orders.byKey.get(id);
  }
  function descending(all, key) {
    const present = [];
    const missing = [];
    const values = new Array(all.length);
    for (let i = 0; i < all.length; i++) {
      const v = all[i][key];
      if (v === null || v === undefined) missing.push(all[i]);
      else {
        values[i] = typeof v === 'string' ? v.toLowerCase() : v;
        present.push(i);
      }
    }
    if (present.length && typeof values[present[0]] === 'string') {
      present.sort((a, b) => { const x = values[a]; const y = values[b]; return x < y ? 1 : x > y ? -1 : a - b; });
    } else {
      present.sort((a, b) => values[b] - values[a] || a - b);
    }
    return present.map(i => all[i]).concat(missing);
  }
  /** Rows in descending order (by sortOrder) put in ascending order, rows without a value still last. */
  function ascending(rows, key) {
    let n = rows.length;
    while (n > 0 && (rows[n - 1][key] === null || rows[n - 1][key] === undefined)) n--;
    return rows.slice(0, n).reverse().concat(rows.slice(n));
  }
  /**
   * Sorts the tab's other columns, and makes the other tabs' rows in their first order, while the page is idle
   * (one at a time), so that a first click on a header or a tab finds them ready.
   */
  function sortWhenIdle(tab, columns) {
    const idle = fn => whenIdle(fn);
    const data = F.data;
    const next = columns.map(c => [tab, c.key]);
    for (const t of tabsOf()) if (t !== tab) next.push([t, 'done']);
    const step = () => {
      if (F.data !== data || !next.length) return;
      const [t, key] = next.shift();
      sortOrder(t, tabRows(t), key, false);
      idle(step);
    };
    idle(step);
  }

  // ---- drawing ------------------------------------------------------------------------------------------------
  /** Runs fn when the page is idle (at the latest after timeout ms, when given). */
  function whenIdle(fn, timeout) {
    if (window.requestIdleCallback) requestIdleCallback(fn, timeout ? {timeout} : undefined);
    else setTimeout(fn, timeout || 50);
  }
  let box = null;
  function render(container, state) {
    const tab = currentTab(state);
    const tabs = el('div', {class: 'ft-tabs', role: 'tablist'}, tabsOf().map(t => el('button', {
      type: 'button', role: 'tab', class: 'ft-tab' + (t === tab ? ' ft-active' : ''), 'data-tab': t,
      'aria-selected': t === tab ? 'true' : 'false',
      onclick: () => { F.state.replace({tab: t, page: null}); drawRows('tab'); }
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
    box = {tabs, message, count, compare, expr, tables: new Map(), scroll: el('div', {class: 'ft-scroll'}),
      pager: el('div', {class: 'ft-pager'}), rest: null, rowHeight: 0, headHeight: 0};
    box.scroll.addEventListener('scroll', () => box.rest && box.rest(), {passive: true});
    container.append(tabs,
      el('div', {class: 'ft-controls'}, q, expr, el('label', {}, group, ' Group by family'), csv, compare, count),
      message, box.scroll, box.pager);
    drawRows();
  }
  function update() {
    drawRows();
  }

  /**
   * Draws the rows of the current state; why ('sort', 'filter') names the timing kept in FMNIST.metrics. The table,
   * its header and its rows are kept from one drawing to the next: a sort, a filter or a page only changes the text
   * (and classes) of the cells whose value changed, so the page makes no new elements and restyles little.
   */
  function drawRows(why) {
    if (!box || !box.scroll.isConnected) return;
    const t0 = performance.now();
    // where the scroll box is, read before anything changes (so that reading it lays nothing out)
    const view = box.rowHeight ? {top: box.scroll.scrollTop, height: box.scroll.clientHeight} : null;
    const state = F.state.get();
    const shown = visible(state);
    box.message.textContent = shown.error ? 'Expression: ' + shown.error : '';
    box.expr.classList.toggle('ft-bad', !!shown.error);
    box.count.textContent = shown.rows.length + ' of ' + shown.total + ' results';
    const pinned = F.pins.get();
    box.compare.textContent = 'Compare pinned (' + pinned.length + ')';
    for (const b of box.tabs.children) {
      const on = b.dataset.tab === shown.tab;
      b.classList.toggle('ft-active', on);
      b.setAttribute('aria-selected', on ? 'true' : 'false');
    }
    const columns = shown.tab === 'side' ? SIDE_COLUMNS : COLUMNS;
    if (box.columns !== columns) showTable(columns);
    box.table.setAttribute('data-tab', shown.tab);
    const key = state.sort || 'done';
    const asc = state.dir === 'asc';
    for (const th of box.head.querySelectorAll('th[data-key]')) {
      th.classList.toggle('ft-sorted', th.dataset.key === key);
      th.classList.toggle('ft-asc', th.dataset.key === key && asc);
    }
    const pins = new Set(pinned);
    let pages = 1;
    let page = Math.max(0, parseInt(state.page || '0', 10) || 0);
    if (state.group === '1') {
      const groups = groupRows(shown.rows);
      const open = new Set((state.open || '').split(',').filter(Boolean));
      const body = [];
      for (const g of groups) {
        const expanded = open.has(g.family);
        body.push(el('tr', {class: 'ft-group', 'data-family': g.family, onclick: () => {
          if (expanded) open.delete(g.family); else open.add(g.family);
          F.state.replace({open: [...open].join(',')});
          drawRows();
        }}, el('td', {}, expanded ? '\u25BE' : '\u25B8'), el('td', {colspan: 2}, g.family),
        el('td', {class: 'ft-num', colspan: columns.length - 2},
          'best ' + fmt.accuracy(g.best) + ' \u00b7 mean ' + fmt.accuracy(g.mean) + ' \u00b7 ' + g.rows.length
          + (g.rows.length === 1 ? ' configuration' : ' configurations'))));
        if (expanded) for (const r of g.rows) body.push(fillRow(newRow(columns), r, columns, pins));
      }
      box.body.replaceChildren(...body);
      box.pool = null;
    } else {
      pages = Math.max(1, Math.ceil(shown.rows.length / PAGE));
      page = Math.min(page, pages - 1);
      showRows(shown.rows.slice(page * PAGE, (page + 1) * PAGE), columns, pins, view);
    }
    box.pager.replaceChildren(...(pages > 1 ? [
      el('button', {type: 'button', disabled: page === 0, onclick: () => { F.state.replace({page: String(page - 1)}); drawRows(); }}, '\u2039 Previous'),
      el('span', {}, 'page ' + (page + 1) + ' of ' + pages),
      el('button', {type: 'button', disabled: page >= pages - 1, onclick: () => { F.state.replace({page: String(page + 1)}); drawRows(); }}, 'Next \u203A')
    ] : []));
    F.metrics.tableMs = performance.now() - t0;
    if (why) F.metrics[why + 'Ms'] = F.metrics.tableMs;
    if (idleSorted.data !== F.data || idleSorted.tab !== shown.tab) {
      idleSorted = {data: F.data, tab: shown.tab};
      sortWhenIdle(shown.tab, columns);
    }
  }
  let idleSorted = {data: null, tab: null};

  /** Shows the table of these columns (the side-by-side tab has its own), made when first needed and then kept. */
  function showTable(columns) {
    if (box.columns) box.tables.set(box.columns, {head: box.head, body: box.body, table: box.table, pool: box.pool});
    const kept = box.tables.get(columns);
    if (kept) Object.assign(box, kept);
    else newTable(columns);
    box.columns = columns;
    box.scroll.replaceChildren(box.table);
  }

  /** A new table for these columns: its header sorts on click (again: the other way). */
  function newTable(columns) {
    box.head = el('tr', {}, el('th', {class: 'ft-pin-col', title: 'Pin to compare'}, '\u2605'), columns.map(c => el('th', {
      class: c.num ? 'ft-num' : null, 'data-key': c.key, title: 'Sort by ' + c.title,
      onclick: () => {
        const state = F.state.get();
        const asc = state.dir === 'asc';
        const dir = c.key === (state.sort || 'done') ? (asc ? 'desc' : 'asc')
          : (c.num || c.key === 'done' || c.key === 'start' ? 'desc' : 'asc');
        F.state.replace({sort: c.key, dir, page: null});
        drawRows('sort');
      }
    }, c.title)));
    box.body = el('tbody', {});
    box.table = el('table', {class: 'ft-table'}, el('thead', {}, box.head), box.body);
    box.pool = [];
  }

  /**
   * Shows these rows in the kept row elements, adding elements only when there are more rows than ever before;
   * elements not needed now are hidden (and lose their class ft-row) until they are. The rows that the scroll box
   * shows (view: its scrollTop and clientHeight before this drawing) are filled at once, the others when the page is
   * next idle (within 0.1 s) or at the first scroll, so that a sort or a filter shows what can be seen in its
   * first frame.
   */
  function showRows(list, columns, pins, view) {
    if (!box.pool) {
      box.body.replaceChildren();
      box.pool = [];
    }
    const pool = box.pool;
    const rh = box.rowHeight;
    const from = view && rh ? Math.max(0, Math.floor((view.top - box.headHeight) / rh) - 2) : 0;
    const to = view && rh ? Math.ceil((view.top + view.height) / rh) + 2 : list.length;
    const later = [];
    for (let i = 0; i < list.length; i++) {
      if (i === pool.length) pool.push(box.body.appendChild(newRow(columns)));
      if (pool[i].hidden) pool[i].hidden = false;
      if (i >= from && i < to) fillRow(pool[i], list[i], columns, pins);
      else later.push(i);
    }
    for (let i = list.length; i < pool.length && !pool[i].hidden; i++) {
      pool[i].hidden = true;
      pool[i].className = pool[i].fm.cls = '';
    }
    const rest = () => {
      if (box.rest !== rest) return;
      box.rest = null;
      for (const i of later) fillRow(pool[i], list[i], columns, pins);
      if (!box.rowHeight && pool.length && !pool[0].hidden) {
        box.rowHeight = pool[0].getBoundingClientRect().height;
        box.headHeight = box.head.getBoundingClientRect().height;
      }
    };
    box.rest = rest;
    whenIdle(rest, 100);
  }

  /** An empty row of the table: a pin button and a cell per column; fillRow gives it a result. */
  function newRow(columns) {
    const pin = el('button', {type: 'button', class: 'ft-pin', onclick: ev => {
      ev.stopPropagation();
      F.pins.toggle(tr.fm.id);
    }});
    const cells = columns.map(() => el('td', {}));
    const tr = el('tr', {class: 'ft-row', onclick: () => F.state.set({view: 'result', id: tr.fm.id})}, el('td', {}, pin), cells);
    tr.fm = {id: null, cls: null, pinned: null, pin, cells, shown: cells.map(() => ({}))};
    return tr;
  }

  /** Puts a result into a row element, touching only what differs from what it shows. */
  function fillRow(tr, r, columns, pins) {
    const f = tr.fm;
    if (f.id !== r.id) {
      f.id = r.id;
      tr.setAttribute('data-id', r.id);
      f.pin.setAttribute('data-id', r.id);
    }
    const cls = 'ft-row' + (r.status && r.status !== 'ok' ? ' ft-failed' : '');
    if (f.cls !== cls) tr.className = f.cls = cls;
    const pinned = pins.has(r.id);
    if (f.pinned !== pinned) {
      f.pinned = pinned;
      f.pin.className = 'ft-pin' + (pinned ? ' ft-pinned' : '');
      f.pin.setAttribute('aria-pressed', pinned ? 'true' : 'false');
      f.pin.title = pinned ? 'Unpin' : 'Pin to compare';
      f.pin.textContent = pinned ? '\u2605' : '\u2606';
    }
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const v = r[c.key];
      const td = f.cells[i];
      const shown = f.shown[i];
      const text = c.text(v);
      if (shown.text !== text) td.textContent = shown.text = text;
      const cellClass = c.cls ? c.cls(v) : c.num ? 'ft-num' : '';
      if (shown.cls !== cellClass) td.className = shown.cls = cellClass;
      if (c.tip && (shown.value !== v || !('value' in shown))) td.title = c.tip(v);
      shown.value = v;
    }
    return tr;
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
        'fit_s', 'predict_s', 'status', 'same_as'];
    const header = side
      ? ['name', 'parameter', 'fashion_accuracy', 'fashion_std', 'mnist_accuracy', 'mnist_std', 'fashion_published',
        'mnist_published', 'time_per_repeat']
      : ['name', 'parameter', 'dataset', 'mean_accuracy', 'std_accuracy', 'time_per_repeat', 'num_repeat',
        'start_time', 'done_time', 'published', 'difference', 'mean_fit_seconds', 'mean_predict_seconds', 'status',
        'same_as'];
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
  F.views.register('table', {title: 'Table', render, update, needsCharts: false});
})();
