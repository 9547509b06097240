// Pressroom search page. The whole search lives in the URL's query string, so a search can be
// shared and Back/Forward work. Text from the server is always inserted with textContent; the one
// exception, highlight passages (escaped HTML with <mark>), is rebuilt node by node from an inert
// template and keeps nothing but text and <mark>.
(function () {
  'use strict';

  const PAGE_SIZE = 10;
  const MAX_PAGE = 1000; // from + size must stay within the API's 10,000 window
  const MULTI = ['area', 'kind', 'conference', 'session', 'agreement', 'organisation', 'release'];
  const DIMENSIONS = ['area', 'kind', 'conference', 'session', 'agreement', 'organisation', 'release', 'year'];
  const UI_LANGS = ['zh-Hant', 'zh-Hans', 'en'];

  const STRINGS = {
    'zh-Hant': {
      search: '搜尋', placeholder: '搜尋新聞稿，例如：綠色金融、滬港', language: '介面語言',
      filters: '篩選', filtersCount: '篩選（{n}）',
      area: '合作範疇', kind: '段落類型', agreement: '合作文件', release: '新聞稿', year: '年份',
      conference: '合作會議', session: '會議屆次', organisation: '簽署機構',
      body: '正文', caption: '圖片說明', clause: '合作條款', agreementKind: '簽署文件',
      agreementNo: '文件 {n}', paragraphNo: '第 {n} 段',
      total: '共 {n} 段', totalQuery: '「{q}」共 {n} 段', none: '找不到相符的段落。',
      sort: '排序', relevance: '相關度', date: '日期', position: '原文順序',
      prev: '上一頁', next: '下一頁', page: '第 {p} / {n} 頁',
      clear: '清除全部', remove: '移除 {x}', loading: '搜尋中…', failed: '搜尋失敗：',
      timedOut: '搜尋逾時，結果可能不完整。',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: '收起', uncertain: '（對應未確定）',
      relatedArea: '相關範疇：{x}'
    },
    'zh-Hans': {
      search: '搜索', placeholder: '搜索新闻稿，例如：绿色金融、沪港', language: '界面语言',
      filters: '筛选', filtersCount: '筛选（{n}）',
      area: '合作范畴', kind: '段落类型', agreement: '合作文件', release: '新闻稿', year: '年份',
      conference: '合作会议', session: '会议届次', organisation: '签署机构',
      body: '正文', caption: '图片说明', clause: '合作条款', agreementKind: '签署文件',
      agreementNo: '文件 {n}', paragraphNo: '第 {n} 段',
      total: '共 {n} 段', totalQuery: '“{q}”共 {n} 段', none: '找不到相符的段落。',
      sort: '排序', relevance: '相关度', date: '日期', position: '原文顺序',
      prev: '上一页', next: '下一页', page: '第 {p} / {n} 页',
      clear: '清除全部', remove: '移除 {x}', loading: '搜索中…', failed: '搜索失败：',
      timedOut: '搜索超时，结果可能不完整。',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: '收起', uncertain: '（对应未确定）',
      relatedArea: '相关范畴：{x}'
    },
    en: {
      search: 'Search', placeholder: 'Search press releases, e.g. green finance, 滬港', language: 'Interface language',
      filters: 'Filters', filtersCount: 'Filters ({n})',
      area: 'Area', kind: 'Paragraph kind', agreement: 'Signed document', release: 'Press release', year: 'Year',
      conference: 'Conference', session: 'Session', organisation: 'Signing organisation',
      body: 'Body', caption: 'Photo caption', clause: 'Clause', agreementKind: 'Signed document',
      agreementNo: 'Document {n}', paragraphNo: 'Paragraph {n}',
      total: '{n} paragraphs', totalQuery: '{n} paragraphs for “{q}”', none: 'No matching paragraphs.',
      sort: 'Sort', relevance: 'Relevance', date: 'Date', position: 'Document order',
      prev: 'Previous', next: 'Next', page: 'Page {p} of {n}',
      clear: 'Clear all', remove: 'Remove {x}', loading: 'Searching…', failed: 'Search failed: ',
      timedOut: 'The search ran out of time; results may be incomplete.',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: 'Hide', uncertain: ' (link uncertain)',
      relatedArea: 'Related area: {x}'
    }
  };

  const el = (id) => document.getElementById(id);
  let state = readState(location.search);
  let last = null;
  let sequence = 0;

  // ---- state <-> URL -------------------------------------------------------------------------

  function defaultUi() {
    const langs = navigator.languages || [navigator.language || 'en'];
    for (const l of langs) {
      const lower = String(l).toLowerCase();
      if (lower.startsWith('zh')) {
        return /hans|cn|sg|my/.test(lower) ? 'zh-Hans' : 'zh-Hant';
      }
      if (lower.startsWith('en')) {
        return 'en';
      }
    }
    return 'zh-Hant';
  }

  function readState(search) {
    const p = new URLSearchParams(search);
    const page = parseInt(p.get('page') || '1', 10);
    const ui = p.get('ui');
    const s = {
      q: p.get('q') || '',
      year: /^\d{4}$/.test(p.get('year') || '') ? p.get('year') : '',
      sort: ['relevance', 'date', 'position'].includes(p.get('sort')) ? p.get('sort') : 'relevance',
      page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1,
      ui: UI_LANGS.includes(ui) ? ui : defaultUi()
    };
    MULTI.forEach((d) => { s[d] = p.getAll(d).filter((v) => v !== ''); });
    return s;
  }

  function pageQuery(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    MULTI.forEach((d) => s[d].forEach((v) => p.append(d, v)));
    if (s.year) p.set('year', s.year);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.ui !== defaultUi()) p.set('ui', s.ui);
    return p.toString();
  }

  function apiQuery(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    MULTI.forEach((d) => s[d].forEach((v) => p.append(d, v)));
    if (s.year) {
      p.set('from_date', s.year + '-01-01');
      p.set('to_date', s.year + '-12-31');
    }
    p.set('sort', s.sort);
    p.set('from', String((s.page - 1) * PAGE_SIZE));
    p.set('size', String(PAGE_SIZE));
    return p.toString();
  }

  function navigate(next, search) {
    state = next;
    const qs = pageQuery(state);
    history.pushState(null, '', qs ? '?' + qs : location.pathname);
    if (search) {
      run();
    } else {
      render();
    }
  }

  function withChange(change) {
    const s = Object.assign({}, state, change);
    MULTI.forEach((d) => { s[d] = (change[d] || state[d]).slice(); });
    return s;
  }

  // ---- strings ------------------------------------------------------------------------------

  function t(key, vars) {
    let text = STRINGS[state.ui][key] || key;
    Object.keys(vars || {}).forEach((k) => { text = text.split('{' + k + '}').join(String(vars[k])); });
    return text;
  }

  function number(n) {
    return Number(n).toLocaleString(state.ui === 'en' ? 'en' : state.ui);
  }

  function applyStaticStrings() {
    document.documentElement.lang = state.ui;
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.i18nLabel)); });
    document.querySelectorAll('.ui-lang button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.ui === state.ui)));
  }

  // ---- labels for facet values -----------------------------------------------------------------

  function kindLabel(kind) {
    return t(kind === 'agreement' ? 'agreementKind' : kind);
  }

  function areaLabel(area) {
    return (area.labels && (area.labels[state.ui] || area.labels['zh-Hant'])) || area.id;
  }

  function facetEntries(dim) {
    return (last && last.facets && last.facets[dim]) || [];
  }

  /** A facet value's name in the interface language (the server names every value in each). */
  function entryLabel(entry) {
    return (entry.labels && (entry.labels[state.ui] || entry.labels['zh-Hant'])) || entry.label || entry.value;
  }

  function valueLabel(dim, value) {
    if (dim === 'kind') return kindLabel(value);
    const e = facetEntries(dim).find((x) => x.value === value);
    return e ? entryLabel(e) : value;
  }

  function isSelected(dim, value) {
    return dim === 'year' ? state.year === value : state[dim].includes(value);
  }

  function toggle(dim, value) {
    if (dim === 'year') {
      return withChange({ year: state.year === value ? '' : value, page: 1 });
    }
    const values = state[dim].includes(value) ? state[dim].filter((v) => v !== value) : state[dim].concat([value]);
    return withChange({ [dim]: values, page: 1 });
  }

  function selectionCount() {
    return MULTI.reduce((n, d) => n + state[d].length, 0) + (state.year ? 1 : 0);
  }

  // ---- rendering ------------------------------------------------------------------------------

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function renderFacets() {
    const aside = el('facets');
    aside.replaceChildren();
    DIMENSIONS.forEach((dim) => {
      const entries = facetEntries(dim).map((e) =>
        ({ value: e.value, label: entryLabel(e), count: e.count, lang: dim === 'release' ? null : state.ui }));
      const selected = dim === 'year' ? (state.year ? [state.year] : []) : state[dim];
      selected.filter((v) => !entries.some((e) => e.value === v))
        .forEach((v) => entries.push({ value: v, label: valueLabel(dim, v), count: 0, lang: null }));
      if (entries.length === 0) return;
      const section = make('section', 'facet');
      section.dataset.dim = dim;
      section.appendChild(make('h2', null, t(dim)));
      const list = make('ul');
      entries.forEach((e) => {
        const item = make('li');
        const button = make('button', 'facet-value');
        button.type = 'button';
        button.dataset.value = e.value;
        button.setAttribute('aria-pressed', String(isSelected(dim, e.value)));
        const label = make('span', 'label', e.label);
        if (e.lang) label.lang = e.lang;
        button.append(label, make('span', 'count', number(e.count)));
        button.addEventListener('click', () => navigate(toggle(dim, e.value), true));
        item.appendChild(button);
        list.appendChild(item);
      });
      section.appendChild(list);
      aside.appendChild(section);
    });
    const toggleButton = el('filters-toggle');
    const n = selectionCount();
    toggleButton.textContent = n ? t('filtersCount', { n: n }) : t('filters');
  }

  function renderSelected() {
    const box = el('selected');
    box.replaceChildren();
    const chips = [];
    MULTI.forEach((d) => state[d].forEach((v) => chips.push([d, v])));
    if (state.year) chips.push(['year', state.year]);
    chips.forEach(([dim, value]) => {
      const label = valueLabel(dim, value);
      const chip = make('button', 'chip');
      chip.type = 'button';
      chip.dataset.dim = dim;
      chip.dataset.value = value;
      chip.setAttribute('aria-label', t('remove', { x: label }));
      chip.append(make('span', 'chip-dim', t(dim)), make('span', 'chip-value', label), make('span', 'chip-x', '×'));
      chip.addEventListener('click', () => navigate(toggle(dim, value), true));
      box.appendChild(chip);
    });
    if (chips.length > 1) {
      const clear = make('button', 'clear', t('clear'));
      clear.type = 'button';
      clear.addEventListener('click', () => {
        const cleared = { year: '', page: 1 };
        MULTI.forEach((d) => { cleared[d] = []; });
        navigate(withChange(cleared), true);
      });
      box.appendChild(clear);
    }
  }

  /** A highlight passage as DOM nodes: text and <mark> only, whatever the string holds. */
  function passageNodes(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const nodes = [];
    template.content.childNodes.forEach((node) => {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
        nodes.push(make('mark', null, node.textContent));
      } else if (node.nodeType === Node.TEXT_NODE) {
        nodes.push(document.createTextNode(node.textContent));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        nodes.push(document.createTextNode(node.outerHTML));
      }
    });
    return nodes;
  }

  function renderHit(hit) {
    const li = make('li', 'hit');
    li.dataset.id = hit.id;
    const badges = make('div', 'badges');
    badges.appendChild(make('span', 'badge kind', kindLabel(hit.kind)));
    if (hit.area) {
      const area = make('span', 'badge area', areaLabel(hit.area));
      area.lang = state.ui;
      badges.appendChild(area);
    }
    if (hit.agreement) {
      const agreement = make('span', 'badge agreement', t('agreementNo', { n: hit.agreement.number }));
      if (hit.agreement.type_label) agreement.title = hit.agreement.type_label;
      badges.appendChild(agreement);
      (hit.agreement.areas || []).slice(0, 2).forEach((a) => {
        const known = facetEntries('area').find((e) => e.value === a.id);
        const related = make('span', 'badge related', t('relatedArea', { x: known ? entryLabel(known) : a.id }));
        related.title = a.id + ' ' + a.score;
        badges.appendChild(related);
      });
    }
    li.appendChild(badges);
    const passages = hit.highlights && hit.highlights.length ? hit.highlights : null;
    if (passages) {
      passages.forEach((p) => {
        const para = make('p', 'passage');
        para.lang = hit.lang;
        para.append(...passageNodes(p));
        li.appendChild(para);
      });
    } else {
      const para = make('p', 'passage', hit.text);
      para.lang = hit.lang;
      li.appendChild(para);
    }
    const meta = make('p', 'meta');
    const title = make('span', 'release-title', hit.release.title || hit.release.id);
    title.lang = hit.release.language || '';
    meta.appendChild(title);
    if (hit.release.published) {
      const time = make('time', 'release-date', hit.release.published.slice(0, 10));
      time.dateTime = hit.release.published;
      meta.appendChild(time);
    }
    meta.appendChild(make('span', 'position', t('paragraphNo', { n: hit.position })));
    if (hit.counterpart) {
      meta.appendChild(counterpartToggle(hit, li));
    }
    li.appendChild(meta);
    return li;
  }

  /** "English version" / "中文版": shows the same clause or agreement in the other language. */
  function counterpartToggle(hit, li) {
    const label = (hit.lang === 'en' ? t('toChinese') : t('toEnglish')) + (hit.counterpart_certain ? '' : t('uncertain'));
    const button = make('button', 'counterpart', label);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', async () => {
      const shown = li.querySelector('.counterpart-text');
      if (shown) {
        shown.remove();
        button.textContent = label;
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      const response = await fetch('/api/paragraphs/' + encodeURIComponent(hit.counterpart), { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const other = await response.json();
      const text = make('p', 'counterpart-text', other.text);
      text.lang = other.lang;
      li.appendChild(text);
      button.textContent = t('hideVersion');
      button.setAttribute('aria-expanded', 'true');
    });
    return button;
  }

  function renderHits() {
    const list = el('hits');
    list.replaceChildren();
    list.start = (state.page - 1) * PAGE_SIZE + 1;
    if (!last) return;
    last.hits.forEach((hit) => list.appendChild(renderHit(hit)));
    const summary = el('summary');
    if (last.total === 0) {
      summary.textContent = t('none');
    } else {
      summary.textContent = state.q ? t('totalQuery', { n: number(last.total), q: state.q }) : t('total', { n: number(last.total) });
    }
    const notices = el('notices');
    notices.replaceChildren();
    last.notices.forEach((n) => notices.appendChild(make('li', null, n)));
    if (last.timed_out) notices.appendChild(make('li', null, t('timedOut')));
  }

  function renderPager() {
    const pager = el('pager');
    pager.replaceChildren();
    if (!last || last.total <= PAGE_SIZE) return;
    const pages = Math.min(Math.ceil(last.total / PAGE_SIZE), MAX_PAGE);
    const prev = make('button', 'prev', '‹ ' + t('prev'));
    prev.type = 'button';
    prev.disabled = state.page <= 1;
    prev.addEventListener('click', () => navigate(withChange({ page: state.page - 1 }), true));
    const next = make('button', 'next', t('next') + ' ›');
    next.type = 'button';
    next.disabled = state.page >= pages;
    next.addEventListener('click', () => navigate(withChange({ page: state.page + 1 }), true));
    pager.append(prev, make('span', 'page', t('page', { p: number(state.page), n: number(pages) })), next);
  }

  function render() {
    applyStaticStrings();
    el('q').value = state.q;
    el('sort').value = state.sort;
    renderFacets();
    renderSelected();
    renderHits();
    renderPager();
  }

  function showError(message) {
    const box = el('error');
    box.textContent = t('failed') + message;
    box.hidden = false;
  }

  // ---- searching ------------------------------------------------------------------------------

  async function run() {
    const mine = ++sequence;
    document.body.dataset.state = 'loading';
    el('error').hidden = true;
    el('summary').textContent = t('loading');
    let body;
    let ok = false;
    try {
      const response = await fetch('/api/search?' + apiQuery(state), { headers: { Accept: 'application/json' } });
      body = await response.json();
      ok = response.ok;
    } catch (e) {
      body = { error: { message: String(e.message || e) } };
    }
    if (mine !== sequence) return;
    if (ok) {
      last = body;
      render();
      document.body.dataset.state = 'ready';
    } else {
      last = null;
      render();
      showError(body && body.error ? body.error.message : '?');
      document.body.dataset.state = 'error';
    }
  }

  // ---- wiring ---------------------------------------------------------------------------------

  el('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(withChange({ q: el('q').value.trim(), page: 1 }), true);
  });
  el('sort').addEventListener('change', () => navigate(withChange({ sort: el('sort').value, page: 1 }), true));
  document.querySelectorAll('.ui-lang button').forEach((b) => {
    b.addEventListener('click', () => navigate(withChange({ ui: b.dataset.ui }), false));
  });
  el('filters-toggle').addEventListener('click', () => {
    const aside = el('facets');
    const open = !aside.classList.contains('open');
    aside.classList.toggle('open', open);
    el('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  window.addEventListener('popstate', () => {
    const previousQuery = apiQuery(state);
    state = readState(location.search);
    if (apiQuery(state) === previousQuery) {
      render();
    } else {
      run();
    }
  });

  applyStaticStrings();
  run();
})();
