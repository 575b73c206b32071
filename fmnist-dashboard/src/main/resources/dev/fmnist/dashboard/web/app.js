/* The dashboard's core (dash-core): data loading and live updates, the view registry and router with the view's
 * state in the URL hash, pins, look-up by id, DOM building that never parses data as HTML, dataset images from
 * sprite pages, and formatting. The API the views use: docs/dashboard.md. */
(function () {
  'use strict';
  const F = window.FMNIST = window.FMNIST || {};

  /**
   * Measurements taken in the page, read by the browser tests and the bench (milliseconds; ...At: since the
   * navigation started): firstRenderMs (the first view drawn), dataAskedMs, dataMs (until the answer's headers),
   * parseMs (body and JSON), jsonMs (JSON alone), dataBytes (its characters), renderMs, and of the latest live
   * update updateReadMs (its body read, parsed and merged), updateMs (drawn), updateBytes, lastDelta (only what changed was sent), updateEntries (results and networks in it), updateMs, and the table's sortMs, filterMs.
   */
  F.metrics = F.metrics || {};

  // ---- DOM ----------------------------------------------------------------------------------------------------
  /**
   * An element: attrs become attributes (null, undefined and false are left out, true is an empty attribute; a
   * function under an on* name is an event listener), children are appended, strings and numbers as text nodes,
   * arrays flattened. Data never goes through innerHTML, so a name "<img src=x onerror=alert(1)>" stays text.
   */
  F.el = function (tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (/^on/i.test(key)) {
        if (typeof value !== 'function') throw new Error('FMNIST.el: ' + key + ' must be a function');
        e.addEventListener(key.slice(2).toLowerCase(), value);
      } else if ((key === 'href' || key === 'src') && /^\s*javascript:/i.test(String(value))) {
        throw new Error('FMNIST.el: a javascript: URL in ' + key);
      } else {
        e.setAttribute(key, value === true ? '' : String(value));
      }
    }
    append(e, children);
    return e;
  };
  function append(parent, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(parent, c);
      else if (c instanceof Node) parent.appendChild(c);
      else parent.appendChild(document.createTextNode(String(c)));
    }
  }

  // ---- formatting ---------------------------------------------------------------------------------------------
  F.format = {
    /** 0.8943 (four decimals), or an em dash for none. */
    accuracy(x) {
      return typeof x === 'number' && isFinite(x) ? x.toFixed(4) : '\u2014';
    },
    /** h:mm:ss of a number of seconds. */
    duration(seconds) {
      if (typeof seconds !== 'number' || !isFinite(seconds) || seconds < 0) return '\u2014';
      const s = Math.round(seconds);
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      return h + ':' + String(m).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
    },
    /** "3 hours ago" (or "in 5 minutes") of an epoch second. */
    ago(epochSeconds, nowMillis) {
      if (typeof epochSeconds !== 'number' || !isFinite(epochSeconds) || epochSeconds <= 0) return '\u2014';
      const diff = ((nowMillis === undefined ? Date.now() : nowMillis) / 1000) - epochSeconds;
      const past = diff >= 0;
      const d = Math.abs(diff);
      if (d < 45) return past ? 'just now' : 'in a few seconds';
      const units = [['year', 365 * 86400], ['month', 30 * 86400], ['day', 86400], ['hour', 3600], ['minute', 60]];
      for (const [name, size] of units) {
        if (d >= size * 0.95 || name === 'minute') {
          const n = Math.max(1, Math.round(d / size));
          const text = n + ' ' + name + (n === 1 ? '' : 's');
          return past ? text + ' ago' : 'in ' + text;
        }
      }
      return '';
    },
    /** An epoch second as local date and time, for a tooltip. */
    time(epochSeconds) {
      return typeof epochSeconds === 'number' && epochSeconds > 0 ? new Date(epochSeconds * 1000).toLocaleString() : '';
    }
  };

  // ---- state in the URL hash ----------------------------------------------------------------------------------
  function parseHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const state = {};
    for (const [k, v] of params) state[k] = v;
    return state;
  }
  function hashOf(state) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) {
      if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
    }
    return '#' + params.toString();
  }
  let renderedHash = null;
  // What replace() recorded and the URL does not show yet: it is written once the page is idle after drawing (a
  // history.replaceState takes milliseconds, more the larger the page, and Chromium ignores more than 100 of them
  // in 10 s), all the changes of a burst (a word typed in a filter) in one write.
  let pending = null;
  let flushAsked = false;
  const whenIdle = window.requestIdleCallback ? fn => requestIdleCallback(fn, {timeout: 200}) : fn => setTimeout(fn, 50);
  function stateNow() {
    return pending ? Object.assign(parseHash(), pending) : parseHash();
  }
  function flush() {
    flushAsked = false;
    if (!pending) return;
    const hash = hashOf(stateNow());
    pending = null;
    if (hash !== location.hash) history.replaceState(null, '', hash);
    renderedHash = location.hash;
  }
  F.state = {
    /** The view state (a copy): view, id, tab, q, sort, pins and whatever the views keep. */
    get() {
      return stateNow();
    },
    /** Merges patch into the state (null or '' removes a key), writes it to the URL and draws the view again. */
    set(patch) {
      const next = Object.assign(stateNow(), patch || {});
      pending = null;
      const hash = hashOf(next);
      if (hash !== location.hash && !(hash === '#' && location.hash === '')) history.pushState(null, '', hash);
      render();
    },
    /**
     * Like set, but does not draw again (a view remembering a choice): get() has it at once; the URL gets it, the
     * browser history entry replaced, when the page is next idle (within 0.2 s), or now with flush().
     */
    replace(patch) {
      pending = Object.assign(pending || {}, patch || {});
      if (!flushAsked) {
        flushAsked = true;
        whenIdle(flush);
      }
    },
    /** Writes what replace() recorded to the URL now. */
    flush
  };
  // a change of the address by the user (a link, back, forward) wins over what replace() had not written yet
  const navigated = () => {
    if (location.hash === renderedHash) return;
    pending = null;
    render();
  };
  window.addEventListener('hashchange', navigated);
  window.addEventListener('popstate', navigated);
  window.addEventListener('pagehide', flush);

  // ---- pins ---------------------------------------------------------------------------------------------------
  const MAX_PINS = 4;
  F.pins = {
    /** The pinned ids, in the order pinned. */
    get() {
      const p = stateNow().pins;
      return p ? p.split(',').filter(Boolean) : [];
    },
    /** Pins or unpins an id; returns whether it is pinned now (at most four: a fifth is refused with a message). */
    toggle(id) {
      const pins = F.pins.get();
      const at = pins.indexOf(id);
      if (at >= 0) pins.splice(at, 1);
      else if (pins.length >= MAX_PINS) {
        status('At most ' + MAX_PINS + ' results can be pinned; unpin one first.');
        return false;
      } else pins.push(id);
      F.state.set({pins: pins.join(',')});
      return at < 0;
    },
    max: MAX_PINS
  };

  // ---- data ---------------------------------------------------------------------------------------------------
  F.data = null;
  const listeners = [];
  let byId = new Map();
  /** fn(data) now (when data is there) and after every live update. */
  F.onData = function (fn) {
    listeners.push(fn);
    if (F.data) fn(F.data);
  };
  /** The Result or Model with this id (its summary: F.load gives every field), or undefined. */
  F.find = function (id) {
    return byId.get(id);
  };

  // ---- details: the fields of a result or network that the document leaves out -------------------------------
  // An entry of FMNIST.data carries its summary; its details (confusion, per_class_accuracy, mistakes, seeds,
  // machine, versions, ...) are read when a view shows it in full: in a report from its own JSON block, served from
  // api/details/ID. They are kept while the entry's tag ("details") stays the same.
  const details = new Map();
  function detailsOf(id, tag) {
    const kept = details.get(id);
    if (kept && kept.tag === tag) return kept.promise;
    const block = document.getElementById('fmnist-details-' + id);
    const promise = block ? Promise.resolve().then(() => JSON.parse(block.textContent))
      : F.data.mode === 'report' ? Promise.reject(new Error('the details of ' + id + ' are not in this report'))
        : fetch('api/details/' + encodeURIComponent(id), {cache: 'no-store'}).then(response => {
          if (!response.ok) throw new Error('the server answered ' + response.status + ' for the details of ' + id);
          return response.json();
        });
    const entry = {tag, promise, value: undefined};
    promise.then(d => { entry.value = d; }, () => { if (details.get(id) === entry) details.delete(id); });
    details.set(id, entry);
    return promise;
  }
  /**
   * The Result or Model with this id with every field (its summary and its details), as a Promise; rejected when
   * there is no such entry or its details cannot be read.
   */
  F.load = function (id) {
    const r = byId.get(id);
    if (!r) return Promise.reject(new Error('no result or network with id ' + id));
    if (!r.details) return Promise.resolve(r);
    return detailsOf(id, r.details).then(d => Object.assign({}, byId.get(id) || r, d));
  };
  /** The entry with every field when its details are already read (F.load resolved), else undefined. */
  F.loaded = function (id) {
    const r = byId.get(id);
    if (!r || !r.details) return r;
    const kept = details.get(id);
    return kept && kept.tag === r.details && kept.value ? Object.assign({}, r, kept.value) : undefined;
  };

  function setData(data) {
    F.data = data;
    byId = new Map();
    for (const r of data.results || []) byId.set(r.id, r);
    for (const m of data.models || []) byId.set(m.id, m);
    showNotices(data);
    for (const fn of listeners) {
      try { fn(data); } catch (e) { console.error(e); }
    }
    render(true);
  }
  function showNotices(data) {
    const notice = document.getElementById('fmnist-notice');
    notice.textContent = data.notice || '';
    notice.hidden = !data.notice;
    const warnings = document.getElementById('fmnist-warnings');
    warnings.replaceChildren(...(data.warnings || []).map(w => F.el('div', {class: 'fm-warning'}, w)));
    warnings.hidden = !(data.warnings || []).length;
  }
  function status(text) {
    const s = document.getElementById('fmnist-status');
    if (s) s.textContent = text;
  }

  /**
   * The document after a live update that sends only what changed (see DocumentParts): top-level values in set,
   * results and models added or changed (upsert, by id; new ones after the others) or removed.
   */
  function merged(old, changes) {
    const data = Object.assign({}, old, changes.set);
    let entries = 0;
    for (const key of ['results', 'models']) {
      const change = changes[key];
      if (!change) continue;
      const removed = new Set(change.remove);
      const upsert = new Map(change.upsert.map(e => [e.id, e]));
      entries += removed.size + upsert.size;
      const out = [];
      for (const e of old[key] || []) {
        if (removed.has(e.id)) continue;
        out.push(upsert.get(e.id) || e);
        upsert.delete(e.id);
      }
      for (const e of upsert.values()) out.push(e);
      data[key] = out;
    }
    F.metrics.updateEntries = entries;
    return data;
  }

  const POLL_MS = 2000;
  let etag = null;
  async function poll() {
    try {
      const headers = etag ? {'If-None-Match': etag} : {};
      const since = etag && F.data ? '?since=' + encodeURIComponent(etag.replace(/"/g, '')) : '';
      const asked = performance.now();
      const response = await fetch('api/data' + since, {headers, cache: 'no-store'});
      if (response.status === 200) {
        const answered = performance.now();
        const text = await response.text();
        const read = performance.now();
        const body = JSON.parse(text);
        const data = since && F.data && body.since === etag.replace(/"/g, '') ? merged(F.data, body) : body;
        F.metrics.lastDelta = data !== body;
        F.metrics.updateBytes = text.length;
        F.metrics.updateReadMs = performance.now() - answered;
        etag = response.headers.get('ETag');
        const t0 = performance.now();
        if (F.metrics.dataMs === undefined) {
          F.metrics.dataAskedMs = asked;
          F.metrics.dataMs = answered - asked;
          F.metrics.parseMs = t0 - answered;
          F.metrics.jsonMs = t0 - read;
          F.metrics.dataBytes = text.length;
        }
        await domReady;
        const t1 = performance.now();
        setData(data);
        F.metrics.lastUpdate = Date.now();
        F.metrics.updateMs = performance.now() - t1;
        status('live \u00b7 updated ' + new Date().toLocaleTimeString());
      } else if (response.status !== 304) {
        status('the server answered ' + response.status + '; retrying');
      }
    } catch (e) {
      status('the server is not answering; retrying');
    }
    setTimeout(poll, POLL_MS);
  }

  // ---- Apache ECharts --------------------------------------------------------------------------------------------
  // Served, ECharts (1 MB of script) is not in the page's first load, so that the table is drawn without waiting
  // for it: it is loaded when a view that needs it is shown, or when the page is first idle after drawing. A report
  // has it inline.
  const chartsSrc = document.currentScript && document.currentScript.dataset.charts;
  let charts = null;
  /** A Promise resolved once window.echarts is there. */
  function chartsLoaded() {
    if (window.echarts || !chartsSrc) return Promise.resolve();
    if (!charts) {
      charts = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = chartsSrc;
        script.onload = resolve;
        script.onerror = () => {
          charts = null;
          reject(new Error('The charts library (' + chartsSrc + ') could not be loaded; reload the page.'));
        };
        document.head.appendChild(script);
      });
    }
    return charts;
  }

  // ---- views and the router -----------------------------------------------------------------------------------
  const views = new Map();
  F.views = {
    /**
     * Registers a view: spec = {title, render(container, state)} and optionally update(container, state), called
     * instead of render when only the data changed (a live update) and the view can keep its place, and
     * needsCharts: false for a view that draws no ECharts chart (the others are drawn once ECharts is loaded).
     */
    register(name, spec) {
      views.set(name, spec);
      drawNav();
      if (F.data) render();
    },
    /** The registered views' names in order. */
    names() {
      return [...views.keys()];
    }
  };
  function drawNav() {
    const nav = document.getElementById('fmnist-nav');
    if (!nav) return;
    const current = currentView();
    nav.replaceChildren(...[...views.entries()].map(([name, spec]) => F.el('a', {
      href: '#view=' + encodeURIComponent(name),
      class: 'fm-nav-link' + (name === current ? ' fm-active' : ''),
      'data-view': name,
      onclick: ev => { ev.preventDefault(); F.state.set({view: name}); }
    }, spec.title || name)));
  }
  function currentView() {
    const v = stateNow().view;
    return v && views.has(v) ? v : 'table';
  }
  let shownView = null;
  /** Draws the current view; dataOnly: only the data changed (update() when the view has one). */
  function render(dataOnly) {
    renderedHash = location.hash;
    const container = document.getElementById('fmnist-view');
    if (!container || !F.data) return;
    const name = currentView();
    const spec = views.get(name);
    drawNav();
    if (!spec) return;
    if (spec.needsCharts !== false && !window.echarts && chartsSrc) {
      shownView = null;
      container.replaceChildren(F.el('p', {class: 'fm-loading'}, 'Loading the charts\u2026'));
      chartsLoaded().then(() => render(), e => container.replaceChildren(F.el('p', {class: 'fm-error'}, e.message)));
      return;
    }
    const state = stateNow();
    const t0 = performance.now();
    try {
      if (dataOnly === true && shownView === name && typeof spec.update === 'function') {
        spec.update(container, state);
      } else {
        container.replaceChildren();
        container.setAttribute('data-view', name);
        spec.render(container, state);
      }
    } catch (e) {
      console.error(e);
      container.replaceChildren(F.el('p', {class: 'fm-error'}, 'This view failed: ' + e.message));
    }
    shownView = name;
    F.metrics.renderMs = performance.now() - t0;
    if (F.metrics.firstRenderMs === undefined) {
      F.metrics.firstRenderMs = performance.now();
      if (window.requestIdleCallback) requestIdleCallback(() => chartsLoaded().catch(() => {}));
    }
  }
  F.render = render;

  // ---- images -------------------------------------------------------------------------------------------------
  const PER_PAGE = 1000;
  const COLUMNS = 40;
  const pages = new Map();
  function embeddedSprites() {
    const block = document.getElementById('fmnist-sprites');
    return block ? JSON.parse(block.textContent) : null;
  }
  let sprites;
  F.images = {
    /** Whether images of a dataset's split can be drawn (a report carries only the test split). */
    has(dataset, split) {
      if (sprites === undefined) sprites = embeddedSprites();
      if (sprites) return !!(sprites[dataset] && sprites[dataset][split]);
      const labels = F.data && F.data.split_labels;
      return !!(labels && labels[dataset] && labels[dataset][split]);
    },
    /** Draws image index of the split into canvas (scaled to its size); resolves when drawn. */
    draw(canvas, dataset, split, index) {
      if (!F.images.has(dataset, split)) {
        return Promise.reject(new Error('no images of ' + dataset + ' ' + split + ' here'));
      }
      const page = Math.floor(index / PER_PAGE);
      return page_(dataset, split, page).then(img => {
        const k = index % PER_PAGE;
        const ctx = canvas.getContext('2d');
        ctx.imageSmoothingEnabled = false;
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, (k % COLUMNS) * 28, Math.floor(k / COLUMNS) * 28, 28, 28, 0, 0, canvas.width, canvas.height);
        return canvas;
      });
    }
  };
  function page_(dataset, split, page) {
    const key = dataset + '/' + split + '/' + page;
    if (!pages.has(key)) {
      pages.set(key, new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.onerror = () => { pages.delete(key); reject(new Error('cannot load images ' + key)); };
        img.src = sprites ? sprites[dataset][split][page]
          : 'api/sprite/' + encodeURIComponent(dataset) + '/' + encodeURIComponent(split) + '/' + page + '.png';
      }));
    }
    return pages.get(key);
  }

  // ---- start ----------------------------------------------------------------------------------------------
  // Served, the data is asked for at once, while the other scripts (ECharts, the views) still load; it is shown
  // once the page is parsed and every view registered. A report's data block is in the page before the scripts.
  const domReady = new Promise(resolve => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });
  if (document.getElementById('fmnist-data')) {
    domReady.then(() => {
      setData(JSON.parse(document.getElementById('fmnist-data').textContent));
      const d = F.data.generated ? new Date(F.data.generated) : null;
      status(d ? 'report of ' + d.toLocaleString() : 'report');
    });
  } else {
    poll();
  }
})();
