// Pressroom's page: the search (at /), a release (at /releases/{id}) and two releases compared (at
// /compare). The state of each view lives in its URL, so a view can be shared and Back/Forward
// work. Text from the server is always inserted with textContent; the one exception, highlight
// passages (escaped HTML with <mark>), is rebuilt node by node from an inert template and keeps
// nothing but text and <mark>. Diffs come as segments and become <del>/<ins> elements with text.
(function () {
  'use strict';

  const PAGE_SIZE = 10;
  const MAX_PAGE = 1000; // from + size must stay within the API's 10,000 window
  const MULTI = ['area', 'kind', 'conference', 'session', 'agreement', 'organisation', 'release', 'year', 'month'];
  const SIDEBAR = ['area', 'kind', 'conference', 'session', 'agreement', 'organisation', 'release'];
  const TOP_VALUES = { area: 8 };
  const DEFAULT_TOP = 6;
  const MONTHS_SHOWN_AS_MONTHS = 36;
  const UI_LANGS = ['zh-Hant', 'zh-Hans', 'en'];

  const STRINGS = {
    'zh-Hant': {
      search: '搜尋', placeholder: '搜尋新聞稿，例如：綠色金融、滬港', language: '介面語言',
      filters: '篩選', filtersCount: '篩選（{n}）', more: '更多（{n}）', fewer: '收起',
      area: '合作範疇', kind: '段落類型', agreement: '合作文件', release: '新聞稿', year: '年份', month: '月份',
      conference: '合作會議', session: '會議屆次', organisation: '簽署機構',
      body: '正文', caption: '圖片說明', clause: '合作條款', agreementKind: '簽署文件',
      agreementNo: '文件 {n}', paragraphNo: '第 {n} 段',
      total: '共 {n} 段', totalQuery: '「{q}」共 {n} 段', none: '找不到相符的段落。',
      sort: '排序', relevance: '相關度', date: '日期', position: '原文順序',
      prev: '上一頁', next: '下一頁', page: '第 {p} / {n} 頁',
      clear: '清除全部', remove: '移除 {x}', loading: '搜尋中…', failed: '搜尋失敗：', loadFailed: '載入失敗：',
      timedOut: '搜尋逾時，結果可能不完整。',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: '收起', uncertain: '（對應未確定）',
      relatedArea: '相關範疇：{x}', alsoIn: '另見於 {n} 篇新聞稿', alsoInOne: '另見於 1 篇新聞稿', openRelease: '閱讀全文',
      unclosed_quote: '引號未閉合，已按字面逐詞搜尋。',
      unbalanced_parentheses: '括號未能配對，已按字面逐詞搜尋。',
      unsupported_form: '不支援前置萬用字元、正規表示式或 year: 以外的範圍，已按字面搜尋。',
      unknown_field: '冒號前的欄位名稱無法識別（可用 area、kind、agreement、release、lang、year、conference、session、organisation），已按字面逐詞搜尋。',
      syntax: '查詢語法無法解讀，已按字面逐詞搜尋。',
      relaxed: '同時包含所有詞語的段落不多，亦列出包含大部分詞語的段落。',
      export: '匯出', feed: '訂閱（Atom）', exportTitle: '下載此搜尋的全部結果（最多 100,000 段）',
      feedTitle: '以 Atom 訂閱：每次收錄新稿後，閱讀器會顯示新的相符段落',
      timelineMonths: '按月分佈', timelineYears: '按年分佈', barLabel: '{x}：{n} 段',
      emptyTitle: '索引中還沒有新聞稿。',
      emptyText: '用命令列把新聞稿（.txt 或 .html）加入索引，或以管理權杖 POST 到 /api/releases；伺服器啟動時若索引為空，會先載入 corpus 資料夾。',
      back: '← 返回搜尋', searchRelease: '在此稿中搜尋', compareWith: '與上一次會議（第 {n} 次）比較', apiJson: 'JSON',
      publishedOn: '發佈日期', publisher: '發佈機構', source: '來源', noRelease: '找不到這篇新聞稿（{x}）。',
      parties: '簽署方：{x}', signedDocuments: '簽署文件', otherVersion: '另一語言版本', thisVersion: '本稿',
      langName_zhHant: '繁體中文', langName_zhHans: '简体中文', langName_en: 'English',
      sessionNo: '第 {n} 次會議', linkHere: '此段連結',
      compareTitle: '兩屆會議比較', swap: '對調', showUnchanged: '顯示未改動的條款',
      new: '新增', dropped: '刪去', reworded: '改寫', unchanged: '未改動',
      counts: '新增 {new} · 刪去 {dropped} · 改寫 {reworded} · 未改動 {unchanged}',
      unchangedHidden: '另有 {n} 條未改動', agreementsCompared: '簽署文件', nothingHere: '—',
      notComparable: '無法比較：'
    },
    'zh-Hans': {
      search: '搜索', placeholder: '搜索新闻稿，例如：绿色金融、沪港', language: '界面语言',
      filters: '筛选', filtersCount: '筛选（{n}）', more: '更多（{n}）', fewer: '收起',
      area: '合作范畴', kind: '段落类型', agreement: '合作文件', release: '新闻稿', year: '年份', month: '月份',
      conference: '合作会议', session: '会议届次', organisation: '签署机构',
      body: '正文', caption: '图片说明', clause: '合作条款', agreementKind: '签署文件',
      agreementNo: '文件 {n}', paragraphNo: '第 {n} 段',
      total: '共 {n} 段', totalQuery: '“{q}”共 {n} 段', none: '找不到相符的段落。',
      sort: '排序', relevance: '相关度', date: '日期', position: '原文顺序',
      prev: '上一页', next: '下一页', page: '第 {p} / {n} 页',
      clear: '清除全部', remove: '移除 {x}', loading: '搜索中…', failed: '搜索失败：', loadFailed: '加载失败：',
      timedOut: '搜索超时，结果可能不完整。',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: '收起', uncertain: '（对应未确定）',
      relatedArea: '相关范畴：{x}', alsoIn: '另见于 {n} 篇新闻稿', alsoInOne: '另见于 1 篇新闻稿', openRelease: '阅读全文',
      unclosed_quote: '引号未闭合，已按字面逐词搜索。',
      unbalanced_parentheses: '括号未能配对，已按字面逐词搜索。',
      unsupported_form: '不支持前置通配符、正则表达式或 year: 以外的范围，已按字面搜索。',
      unknown_field: '冒号前的字段名称无法识别（可用 area、kind、agreement、release、lang、year、conference、session、organisation），已按字面逐词搜索。',
      syntax: '查询语法无法解读，已按字面逐词搜索。',
      relaxed: '同时包含所有词语的段落不多，也列出包含大部分词语的段落。',
      export: '导出', feed: '订阅（Atom）', exportTitle: '下载此搜索的全部结果（最多 100,000 段）',
      feedTitle: '以 Atom 订阅：每次收录新稿后，阅读器会显示新的相符段落',
      timelineMonths: '按月分布', timelineYears: '按年分布', barLabel: '{x}：{n} 段',
      emptyTitle: '索引中还没有新闻稿。',
      emptyText: '用命令行把新闻稿（.txt 或 .html）加入索引，或以管理令牌 POST 到 /api/releases；服务器启动时若索引为空，会先载入 corpus 文件夹。',
      back: '← 返回搜索', searchRelease: '在此稿中搜索', compareWith: '与上一次会议（第 {n} 次）比较', apiJson: 'JSON',
      publishedOn: '发布日期', publisher: '发布机构', source: '来源', noRelease: '找不到这篇新闻稿（{x}）。',
      parties: '签署方：{x}', signedDocuments: '签署文件', otherVersion: '另一语言版本', thisVersion: '本稿',
      langName_zhHant: '繁體中文', langName_zhHans: '简体中文', langName_en: 'English',
      sessionNo: '第 {n} 次会议', linkHere: '此段链接',
      compareTitle: '两届会议比较', swap: '对调', showUnchanged: '显示未改动的条款',
      new: '新增', dropped: '删去', reworded: '改写', unchanged: '未改动',
      counts: '新增 {new} · 删去 {dropped} · 改写 {reworded} · 未改动 {unchanged}',
      unchangedHidden: '另有 {n} 条未改动', agreementsCompared: '签署文件', nothingHere: '—',
      notComparable: '无法比较：'
    },
    en: {
      search: 'Search', placeholder: 'Search press releases, e.g. green finance, 滬港', language: 'Interface language',
      filters: 'Filters', filtersCount: 'Filters ({n})', more: 'More ({n})', fewer: 'Fewer',
      area: 'Area', kind: 'Paragraph kind', agreement: 'Signed document', release: 'Press release', year: 'Year', month: 'Month',
      conference: 'Conference', session: 'Session', organisation: 'Signing organisation',
      body: 'Body', caption: 'Photo caption', clause: 'Clause', agreementKind: 'Signed document',
      agreementNo: 'Document {n}', paragraphNo: 'Paragraph {n}',
      total: '{n} paragraphs', totalQuery: '{n} paragraphs for “{q}”', none: 'No matching paragraphs.',
      sort: 'Sort', relevance: 'Relevance', date: 'Date', position: 'Document order',
      prev: 'Previous', next: 'Next', page: 'Page {p} of {n}',
      clear: 'Clear all', remove: 'Remove {x}', loading: 'Searching…', failed: 'Search failed: ', loadFailed: 'Could not load: ',
      timedOut: 'The search ran out of time; results may be incomplete.',
      toEnglish: 'English version', toChinese: '中文版', hideVersion: 'Hide', uncertain: ' (link uncertain)',
      relatedArea: 'Related area: {x}', alsoIn: 'Also in {n} other releases', alsoInOne: 'Also in 1 other release', openRelease: 'Read the release',
      unclosed_quote: 'The quote was not closed; the words were searched literally.',
      unbalanced_parentheses: 'The parentheses do not pair up; the words were searched literally.',
      unsupported_form: 'A leading wildcard, a regular expression or a range other than year: is not taken; searched literally.',
      unknown_field: 'The name before a colon is not a field (area, kind, agreement, release, lang, year, conference, session, organisation); the words were searched literally.',
      syntax: 'The query could not be read as search syntax; its words were searched literally.',
      relaxed: 'Few paragraphs hold every word; paragraphs holding most of them are shown too.',
      export: 'Export', feed: 'Atom feed', exportTitle: 'Download every hit of this search (up to 100,000)',
      feedTitle: 'Follow this search in a feed reader: new matching paragraphs appear after each ingest',
      timelineMonths: 'By month', timelineYears: 'By year', barLabel: '{x}: {n} paragraphs',
      emptyTitle: 'Nothing is indexed yet.',
      emptyText: 'Add press releases (.txt or .html) from the command line, or POST them to /api/releases with the admin token; a server that starts on an empty index first ingests its corpus folder.',
      back: '← Back to search', searchRelease: 'Search this release', compareWith: 'Compare with the previous session (the {nth})', apiJson: 'JSON',
      publishedOn: 'Published', publisher: 'Publisher', source: 'Source', noRelease: 'No release “{x}”.',
      parties: 'Parties: {x}', signedDocuments: 'Signed documents', otherVersion: 'Other-language version', thisVersion: 'This release',
      langName_zhHant: '繁體中文', langName_zhHans: '简体中文', langName_en: 'English',
      sessionNo: 'Session {n}', linkHere: 'Link to this paragraph',
      compareTitle: 'Two sessions compared', swap: 'Swap', showUnchanged: 'Show unchanged clauses',
      new: 'New', dropped: 'Dropped', reworded: 'Reworded', unchanged: 'Unchanged',
      counts: '{new} new · {dropped} dropped · {reworded} reworded · {unchanged} unchanged',
      unchangedHidden: '{n} more unchanged', agreementsCompared: 'Signed documents', nothingHere: '—',
      notComparable: 'Cannot compare: '
    }
  };
  const NOTICE_CODES = ['unclosed_quote', 'unbalanced_parentheses', 'unsupported_form', 'unknown_field', 'syntax', 'relaxed'];
  const INGEST_COMMAND = 'java -jar target/pressroom.jar ingest FOLDER';

  const el = (id) => document.getElementById(id);
  const VIEW = location.pathname.startsWith('/releases/') ? 'release' : (location.pathname === '/compare' ? 'compare' : 'search');
  let state = readState(location.search);
  let last = null;
  let sequence = 0;
  let scrollToTop = false;
  const expanded = new Set();
  /** Names of filter values the page has seen, per dimension: {value: labels}. */
  const known = {};
  MULTI.forEach((d) => { known[d] = {}; });
  /** The area taxonomy by id, from GET /api/areas. */
  let taxonomy = {};
  /** Resolves once the area names are known (or could not be loaded): results wait for it, so no raw area id shows. */
  let taxonomyReady = Promise.resolve();

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
      sort: ['relevance', 'date', 'position'].includes(p.get('sort')) ? p.get('sort') : 'relevance',
      page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1,
      ui: UI_LANGS.includes(ui) ? ui : defaultUi()
    };
    MULTI.forEach((d) => { s[d] = p.getAll(d).filter((v) => v !== ''); });
    return s;
  }

  /** The search's selection: q and the filters, as the API and the page both take them. */
  function selectionParams(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    MULTI.forEach((d) => s[d].forEach((v) => p.append(d, v)));
    return p;
  }

  function pageQuery(s) {
    const p = selectionParams(s);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.ui !== defaultUi()) p.set('ui', s.ui);
    return p.toString();
  }

  function apiQuery(s) {
    const p = selectionParams(s);
    p.set('sort', s.sort);
    p.set('from', String((s.page - 1) * PAGE_SIZE));
    p.set('size', String(PAGE_SIZE));
    return p.toString();
  }

  function uiSuffix(prefix) {
    return state.ui !== defaultUi() ? prefix + 'ui=' + encodeURIComponent(state.ui) : '';
  }

  function releaseHref(id, position) {
    const q = position ? '?p=' + encodeURIComponent(position) : '';
    return '/releases/' + encodeURIComponent(id) + q + uiSuffix(q ? '&' : '?');
  }

  function compareHref(a, b) {
    return '/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b) + uiSuffix('&');
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
    let text = STRINGS[state.ui][key];
    if (text === undefined) text = key;
    Object.keys(vars || {}).forEach((k) => { text = text.split('{' + k + '}').join(String(vars[k])); });
    return text;
  }

  function number(n) {
    return Number(n).toLocaleString(state.ui === 'en' ? 'en' : state.ui);
  }

  /** A day of an ISO-8601 time as written in the interface language (the time's own calendar day). */
  function day(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!m) return iso || '';
    if (state.ui === 'en') {
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December'];
      return Number(m[3]) + ' ' + months[Number(m[2]) - 1] + ' ' + m[1];
    }
    return m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日';
  }

  function monthName(value) {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m) return value;
    if (state.ui === 'en') {
      return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[2]) - 1] + ' ' + m[1];
    }
    return m[1] + '年' + Number(m[2]) + '月';
  }

  function yearName(value) {
    return state.ui === 'en' ? value : value + '年';
  }

  function langName(lang) {
    return t('langName_' + String(lang || '').replace('-', '')) || lang;
  }

  function applyStaticStrings() {
    document.documentElement.lang = state.ui;
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.i18nLabel)); });
    document.querySelectorAll('.ui-lang button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.ui === state.ui)));
  }

  // ---- names of values -----------------------------------------------------------------------

  function pick(labels) {
    return labels ? (labels[state.ui] || labels['zh-Hant'] || labels.en) : null;
  }

  function kindLabel(kind) {
    return t(kind === 'agreement' ? 'agreementKind' : kind);
  }

  /** An area's name in the interface language: the taxonomy's, else the labels the paragraph carries. */
  function areaName(id, labels) {
    return pick(taxonomy[id] && taxonomy[id].labels) || pick(labels) || id;
  }

  function remember(facets) {
    Object.keys(facets || {}).forEach((dim) => {
      if (!known[dim]) return;
      facets[dim].forEach((e) => { known[dim][e.value] = e.labels || { 'zh-Hant': e.label }; });
    });
  }

  function facetEntries(dim) {
    return (last && last.facets && last.facets[dim]) || [];
  }

  function valueLabel(dim, value) {
    if (dim === 'kind') return kindLabel(value);
    if (dim === 'area') return areaName(value, known.area[value]);
    if (dim === 'month') return monthName(value);
    if (dim === 'year') return yearName(value);
    return pick(known[dim][value]) || value;
  }

  function isSelected(dim, value) {
    return state[dim].includes(value);
  }

  function toggle(dim, value) {
    const values = state[dim].includes(value) ? state[dim].filter((v) => v !== value) : state[dim].concat([value]);
    return withChange({ [dim]: values, page: 1 });
  }

  function selectionCount() {
    return MULTI.reduce((n, d) => n + state[d].length, 0);
  }

  // ---- DOM helpers -----------------------------------------------------------------------------

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function anchor(href, text, className) {
    const a = make('a', className, text);
    a.href = href;
    return a;
  }

  async function getJson(path) {
    try {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      const body = await response.json();
      return { ok: response.ok, status: response.status, body: body };
    } catch (e) {
      return { ok: false, status: 0, body: { error: { message: String(e.message || e) } } };
    }
  }

  function errorMessage(r) {
    return r.body && r.body.error ? r.body.error.message : '?';
  }

  async function loadTaxonomy() {
    const r = await getJson('/api/areas');
    if (r.ok) {
      const map = {};
      r.body.areas.forEach((a) => { map[a.id] = a; });
      taxonomy = map;
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

  // ---- the search: facets, timeline, hits ------------------------------------------------------

  function renderFacets() {
    const aside = el('facets');
    aside.replaceChildren();
    SIDEBAR.forEach((dim) => {
      const entries = facetEntries(dim).map((e) => ({ value: e.value, label: valueLabel(dim, e.value), count: e.count }));
      state[dim].filter((v) => !entries.some((e) => e.value === v))
        .forEach((v) => entries.push({ value: v, label: valueLabel(dim, v), count: 0 }));
      if (entries.length === 0) return;
      const top = TOP_VALUES[dim] || DEFAULT_TOP;
      const open = expanded.has(dim);
      const section = make('section', 'facet');
      section.dataset.dim = dim;
      section.appendChild(make('h2', null, t(dim)));
      const list = make('ul');
      let hidden = 0;
      entries.forEach((e, i) => {
        if (!open && i >= top && !isSelected(dim, e.value)) {
          hidden++;
          return;
        }
        const item = make('li');
        const button = make('button', 'facet-value');
        button.type = 'button';
        button.dataset.value = e.value;
        button.setAttribute('aria-pressed', String(isSelected(dim, e.value)));
        const label = make('span', 'label', e.label);
        if (dim !== 'release') label.lang = state.ui;
        button.append(label, make('span', 'count', number(e.count)));
        button.addEventListener('click', () => navigate(toggle(dim, e.value), true));
        item.appendChild(button);
        list.appendChild(item);
      });
      section.appendChild(list);
      if (hidden > 0 || (open && entries.length > top)) {
        const more = make('button', 'facet-more', open ? t('fewer') : t('more', { n: number(hidden) }));
        more.type = 'button';
        more.setAttribute('aria-expanded', String(open));
        more.addEventListener('click', () => {
          if (open) expanded.delete(dim); else expanded.add(dim);
          renderFacets();
          const again = document.querySelector('.facet[data-dim="' + dim + '"] .facet-more');
          if (again) again.focus();
        });
        section.appendChild(more);
      }
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
        const cleared = { page: 1 };
        MULTI.forEach((d) => { cleared[d] = []; });
        navigate(withChange(cleared), true);
      });
      box.appendChild(clear);
    }
  }

  function monthIndex(value) {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
  }

  function monthValue(index) {
    const y = Math.floor(index / 12);
    const m = index % 12 + 1;
    return String(y).padStart(4, '0') + '-' + String(m).padStart(2, '0');
  }

  /**
   * The timeline's bars: every month from the first with hits to the last when the API counts months
   * (a span of at most three years), else every year from the first to the last; each {dim, value,
   * count, name, unit (the month's or year's number)}, with gaps counted zero.
   */
  function timelineBars() {
    const months = facetEntries('month').filter((e) => !Number.isNaN(monthIndex(e.value)));
    if (months.length) {
      const indexes = months.map((e) => monthIndex(e.value));
      const first = Math.min(...indexes);
      const lastMonth = Math.max(...indexes);
      if (lastMonth - first + 1 <= MONTHS_SHOWN_AS_MONTHS) {
        const counts = {};
        months.forEach((e) => { counts[e.value] = e.count; });
        const bars = [];
        for (let i = first; i <= lastMonth; i++) {
          const value = monthValue(i);
          bars.push({ dim: 'month', value: value, count: counts[value] || 0, name: monthName(value), unit: i });
        }
        return { dim: 'month', bars: bars };
      }
    }
    const years = facetEntries('year').filter((e) => /^\d{4}$/.test(e.value));
    if (!years.length) return null;
    const counts = {};
    years.forEach((e) => { counts[e.value] = e.count; });
    const numbers = years.map((e) => Number(e.value));
    const from = Math.min(...numbers);
    const to = Math.max(...numbers);
    const bars = [];
    for (let y = from; y <= to; y++) {
      const value = String(y);
      bars.push({ dim: 'year', value: value, count: counts[value] || 0, name: yearName(value), unit: y });
    }
    return { dim: 'year', bars: bars };
  }

  function renderTimeline() {
    const figure = el('timeline');
    const data = last ? timelineBars() : null;
    if (!data || !last || last.total === 0) {
      figure.hidden = true;
      return;
    }
    figure.hidden = false;
    figure.dataset.dim = data.dim;
    el('timeline-title').textContent = data.dim === 'month' ? t('timelineMonths') : t('timelineYears');
    const bars = data.bars;
    el('timeline-range').textContent = bars.length > 1 ? bars[0].name + ' – ' + bars[bars.length - 1].name : bars[0].name;
    const max = Math.max(1, ...bars.map((b) => b.count));
    const box = el('timeline-bars');
    box.setAttribute('aria-label', el('timeline-title').textContent);
    box.replaceChildren();
    const axis = el('timeline-axis');
    axis.replaceChildren();
    // As many axis labels as fit without touching: the first, the last (drawn right-aligned), and
    // round periods between (Januaries, or years by 2, 5, 10 …) a label's width apart.
    const width = box.clientWidth || 600;
    const barWidth = width / bars.length;
    const label = (state.ui === 'en' ? 58 : 72) + 10;
    const steps = data.dim === 'month' ? [1, 2, 3, 6, 12, 24, 60, 120] : [1, 2, 5, 10, 20, 50, 100];
    const step = steps.find((x) => x * barWidth >= label) || steps[steps.length - 1];
    bars.forEach((b, i) => {
      const left = i * barWidth;
      b.tick = i === 0 || i === bars.length - 1
        || (b.unit % step === 0 && left >= label && left + label <= width - label);
    });
    bars.forEach((b) => {
      const button = make('button', 'bar');
      button.type = 'button';
      button.dataset.dim = b.dim;
      button.dataset.value = b.value;
      button.disabled = b.count === 0 && !isSelected(b.dim, b.value);
      button.setAttribute('aria-pressed', String(isSelected(b.dim, b.value)));
      const label = t('barLabel', { x: b.name, n: number(b.count) });
      button.setAttribute('aria-label', label);
      button.title = label;
      const fill = make('span', 'bar-fill');
      fill.style.height = (b.count === 0 ? 0 : Math.max(4, Math.round(100 * b.count / max))) + '%';
      button.appendChild(fill);
      button.addEventListener('click', () => navigate(toggle(b.dim, b.value), true));
      box.appendChild(button);
      axis.appendChild(make('span', 'tick', b.tick ? b.name : ''));
    });
  }

  function renderBadges(hit) {
    const badges = make('div', 'badges');
    badges.appendChild(make('span', 'badge kind', kindLabel(hit.kind)));
    if (hit.area) {
      const area = make('span', 'badge area', areaName(hit.area.id, hit.area.labels));
      area.lang = state.ui;
      badges.appendChild(area);
    }
    if (hit.agreement) {
      const agreement = make('span', 'badge agreement', t('agreementNo', { n: hit.agreement.number }));
      agreement.title = pick(known.agreement[hit.agreement.id]) || hit.agreement.title || '';
      badges.appendChild(agreement);
      (hit.agreement.areas || []).slice(0, 2).forEach((a) => {
        const related = make('span', 'badge related', t('relatedArea', { x: areaName(a.id) }));
        related.lang = state.ui;
        related.dataset.area = a.id;
        badges.appendChild(related);
      });
    }
    return badges;
  }

  function renderHit(hit) {
    const li = make('li', 'hit');
    li.dataset.id = hit.id;
    li.appendChild(renderBadges(hit));
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
    const title = anchor(releaseHref(hit.release.id, hit.position), hit.release.title || hit.release.id, 'release-title');
    title.lang = hit.release.language || '';
    title.title = t('openRelease');
    meta.appendChild(title);
    if (hit.release.published) {
      const time = make('time', 'release-date', day(hit.release.published));
      time.dateTime = hit.release.published;
      meta.appendChild(time);
    }
    meta.appendChild(make('span', 'position', t('paragraphNo', { n: hit.position })));
    if (hit.counterpart) {
      meta.appendChild(counterpartToggle(hit, li));
    }
    li.appendChild(meta);
    if (hit.also_in && hit.also_in.length) {
      li.appendChild(alsoIn(hit));
    }
    return li;
  }

  /** "Also in N releases": the other releases that publish the same text, each a link. */
  function alsoIn(hit) {
    const details = make('details', 'also-in');
    details.appendChild(make('summary', null, hit.also_in.length === 1 ? t('alsoInOne') : t('alsoIn', { n: number(hit.also_in.length) })));
    const list = make('ul');
    hit.also_in.forEach((id) => {
      const item = make('li');
      item.appendChild(anchor(releaseHref(id), pick(known.release[id]) || id));
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
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
      const r = await getJson('/api/paragraphs/' + encodeURIComponent(hit.counterpart));
      if (!r.ok) return;
      const text = make('p', 'counterpart-text', r.body.text);
      text.lang = r.body.lang;
      li.appendChild(text);
      button.textContent = t('hideVersion');
      button.setAttribute('aria-expanded', 'true');
    });
    return button;
  }

  function renderNotices() {
    const notices = el('notices');
    notices.replaceChildren();
    if (!last) return;
    let timedOut = false;
    (last.notices || []).forEach((n) => {
      const code = typeof n === 'string' ? null : n.code;
      if (code === 'timed_out') {
        timedOut = true;
        notices.appendChild(make('li', 'notice', t('timedOut')));
      } else if (NOTICE_CODES.includes(code)) {
        const item = make('li', 'notice', t(code));
        item.dataset.code = code;
        notices.appendChild(item);
      } else {
        notices.appendChild(make('li', 'notice', typeof n === 'string' ? n : n.message));
      }
    });
    if (last.timed_out && !timedOut) notices.appendChild(make('li', 'notice', t('timedOut')));
  }

  function renderHits() {
    const list = el('hits');
    list.replaceChildren();
    list.start = (state.page - 1) * PAGE_SIZE + 1;
    if (!last) return;
    last.hits.forEach((hit) => list.appendChild(renderHit(hit)));
    const summary = el('summary');
    if (last.total === 0) {
      summary.textContent = last.emptyIndex ? '' : t('none');
    } else {
      summary.textContent = state.q ? t('totalQuery', { n: number(last.total), q: state.q }) : t('total', { n: number(last.total) });
    }
    const empty = el('empty');
    empty.replaceChildren();
    empty.hidden = !last.emptyIndex;
    document.querySelector('.sort').hidden = Boolean(last.emptyIndex);
    if (last.emptyIndex) {
      empty.append(make('h2', null, t('emptyTitle')), make('p', null, t('emptyText')));
      const code = make('pre', 'command');
      code.appendChild(make('code', null, INGEST_COMMAND + '\ncurl -X POST -H "Authorization: Bearer $PRESSROOM_ADMIN_TOKEN" \\\n'
        + '     -H \'Content-Type: text/plain; charset=utf-8\' --data-binary @release.txt \\\n'
        + '     \'' + location.origin + '/api/releases?name=release.txt\''));
      empty.appendChild(code);
    }
  }

  function renderPager() {
    const pager = el('pager');
    pager.replaceChildren();
    if (!last || last.total <= PAGE_SIZE) return;
    const pages = Math.min(Math.ceil(last.total / PAGE_SIZE), MAX_PAGE);
    const go = (page) => {
      scrollToTop = true;
      navigate(withChange({ page: page }), true);
    };
    const prev = make('button', 'prev', '‹ ' + t('prev'));
    prev.type = 'button';
    prev.disabled = state.page <= 1;
    prev.addEventListener('click', () => go(state.page - 1));
    const next = make('button', 'next', t('next') + ' ›');
    next.type = 'button';
    next.disabled = state.page >= pages;
    next.addEventListener('click', () => go(state.page + 1));
    pager.append(prev, make('span', 'page', t('page', { p: number(state.page), n: number(pages) })), next);
  }

  /** The export links and the feed: the same search, every hit, in another format. */
  function renderExport() {
    const box = el('export');
    box.hidden = !last || last.total === 0;
    const selection = selectionParams(state);
    const exportQuery = new URLSearchParams(selection);
    if (state.sort !== 'relevance') exportQuery.set('sort', state.sort);
    const qs = exportQuery.toString();
    el('export-csv').href = '/api/search.csv' + (qs ? '?' + qs : '');
    el('export-ndjson').href = '/api/search.ndjson' + (qs ? '?' + qs : '');
    el('export-csv').title = t('exportTitle');
    el('export-ndjson').title = t('exportTitle');
    const feedQs = selection.toString();
    const feed = '/api/search.atom' + (feedQs ? '?' + feedQs : '');
    el('feed').href = feed;
    el('feed').title = t('feedTitle');
    let link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/atom+xml';
      document.head.appendChild(link);
    }
    link.href = feed;
    link.title = 'Pressroom' + (state.q ? ': ' + state.q : '');
  }

  function render() {
    applyStaticStrings();
    el('q').value = state.q;
    el('sort').value = state.sort;
    renderFacets();
    renderSelected();
    renderTimeline();
    renderHits();
    renderNotices();
    renderExport();
    renderPager();
  }

  function showError(message) {
    const box = el('error');
    box.textContent = t('failed') + message;
    box.hidden = false;
  }

  async function run() {
    const mine = ++sequence;
    document.body.dataset.state = 'loading';
    el('error').hidden = true;
    el('summary').textContent = t('loading');
    const r = await getJson('/api/search?' + apiQuery(state));
    await taxonomyReady;
    if (mine !== sequence) return;
    if (r.ok) {
      last = r.body;
      remember(last.facets);
      if (last.total === 0 && !state.q && selectionCount() === 0) {
        const health = await getJson('/health');
        if (mine !== sequence) return;
        last.emptyIndex = health.ok && health.body.paragraphs === 0;
      }
      render();
      document.body.dataset.state = 'ready';
      if (scrollToTop) {
        scrollToTop = false;
        window.scrollTo(0, 0);
      }
    } else {
      last = null;
      render();
      el('summary').textContent = '';
      showError(errorMessage(r));
      document.body.dataset.state = 'error';
    }
  }

  function startSearch() {
    el('search-view').hidden = false;
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
    taxonomyReady = loadTaxonomy().catch(() => {});
    run();
  }

  // ---- views other than the search: the header leads back to it -------------------------------

  /** The header of a view that is not the search: its form searches, its switch changes the language in place. */
  function wireHeader(rerender) {
    el('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const q = el('q').value.trim();
      const p = new URLSearchParams();
      if (q) p.set('q', q);
      if (state.ui !== defaultUi()) p.set('ui', state.ui);
      location.href = '/' + (p.toString() ? '?' + p.toString() : '');
    });
    document.querySelectorAll('.ui-lang button').forEach((b) => {
      b.addEventListener('click', () => {
        state.ui = b.dataset.ui;
        const p = new URLSearchParams(location.search);
        if (state.ui === defaultUi()) p.delete('ui'); else p.set('ui', state.ui);
        history.replaceState(null, '', location.pathname + (p.toString() ? '?' + p.toString() : '') + location.hash);
        applyStaticStrings();
        rerender();
      });
    });
    applyStaticStrings();
  }

  function viewError(box, message) {
    box.replaceChildren(anchor('/' + uiSuffix('?'), t('back'), 'back'), make('p', 'error', message));
    document.body.dataset.state = 'error';
  }

  // ---- a release -------------------------------------------------------------------------------

  const release = { own: null, other: null, previous: null, target: null };

  function conferenceLabel(r) {
    const c = r.conference;
    if (!c) return '';
    const name = pick(c.labels) || c.partner;
    return c.session ? name + ' · ' + t('sessionNo', { n: c.session }) : name;
  }

  async function startRelease() {
    const box = el('release-view');
    box.hidden = false;
    const id = decodeURIComponent(location.pathname.slice('/releases/'.length));
    const p = parseInt(new URLSearchParams(location.search).get('p') || '', 10);
    release.target = Number.isFinite(p) ? p : null;
    wireHeader(renderRelease);
    document.body.dataset.state = 'loading';
    const [own] = await Promise.all([getJson('/api/releases/' + encodeURIComponent(id)), loadTaxonomy()]);
    if (!own.ok) {
      viewError(box, own.status === 404 ? t('noRelease', { x: id }) : t('loadFailed') + errorMessage(own));
      return;
    }
    release.own = own.body;
    const linked = own.body.paragraphs.find((x) => x.counterpart);
    if (linked) {
      const otherId = linked.counterpart.slice(0, linked.counterpart.lastIndexOf('#'));
      const other = await getJson('/api/releases/' + encodeURIComponent(otherId));
      if (other.ok) release.other = other.body;
    }
    renderRelease();
    document.body.dataset.state = 'ready';
    scrollToTarget(true);
    release.previous = await previousSession(own.body.release);
    const actions = document.querySelector('.release-own .release-actions');
    if (release.previous && actions) actions.insertBefore(compareLink(own.body.release), actions.children[1] || null);
  }

  /**
   * The release of the same conference's previous session (the highest session number below this
   * one's that the session facet knows), in this release's language where there is one; null if none.
   */
  async function previousSession(r) {
    const c = r.conference;
    if (!c || !c.session) return null;
    const sessions = await getJson('/api/search?size=0&conference=' + encodeURIComponent(c.partner));
    if (!sessions.ok) return null;
    let best = null;
    (sessions.body.facets.session || []).forEach((e) => {
      const n = parseInt(e.value.slice(c.partner.length + 1), 10);
      if (e.value.startsWith(c.partner + '-') && Number.isFinite(n) && n < c.session && (best === null || n > best.n)) {
        best = { n: n, value: e.value, labels: e.labels };
      }
    });
    if (!best) return null;
    const langs = r.language === 'en' ? ['en'] : [r.language, r.language === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans'];
    for (const lang of langs) {
      const found = await getJson('/api/search?size=0&kind=clause&session=' + encodeURIComponent(best.value)
        + '&lang=' + encodeURIComponent(lang));
      const releases = found.ok ? (found.body.facets.release || []) : [];
      if (releases.length) {
        return { id: releases[0].value, session: best.n, labels: best.labels };
      }
    }
    return null;
  }

  function renderRelease() {
    const box = el('release-view');
    if (!release.own) return;
    // A language switch re-renders: each version keeps where it was scrolled to.
    const scrolled = Array.from(box.querySelectorAll('.release-body')).map((column) => column.scrollTop);
    box.replaceChildren();
    const nav = make('nav', 'crumbs');
    nav.appendChild(anchor('/' + uiSuffix('?'), t('back'), 'back'));
    box.appendChild(nav);
    const columns = make('div', 'release-columns' + (release.other ? ' two' : ''));
    columns.appendChild(releaseArticle(release.own, 'own'));
    if (release.other) columns.appendChild(releaseArticle(release.other, 'other'));
    box.appendChild(columns);
    box.querySelectorAll('.release-body').forEach((column, i) => { if (scrolled[i]) column.scrollTop = scrolled[i]; });
    markTarget();
    document.title = (release.own.release.title || release.own.release.id) + ' · Pressroom';
  }

  /** "Compare with the previous session (…)": the comparison of that session's release with this one. */
  function compareLink(r) {
    const n = release.previous.session;
    const link = anchor(compareHref(release.previous.id, r.id), t('compareWith', { n: n, nth: ordinal(n) }), 'compare-link');
    link.title = pick(release.previous.labels) || '';
    return link;
  }

  /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st … */
  function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th');
    return n + suffix;
  }

  function releaseArticle(data, side) {
    const r = data.release;
    const article = make('article', 'release release-' + side);
    article.lang = r.language || '';
    article.dataset.release = r.id;
    const head = make('header', 'release-head');
    const kicker = make('p', 'release-kicker');
    kicker.lang = state.ui;
    kicker.append(make('span', 'version', side === 'own' ? langName(r.language) : t('otherVersion') + ' · ' + langName(r.language)));
    if (r.conference) kicker.append(make('span', 'conference', conferenceLabel(r)));
    head.appendChild(kicker);
    const h = make(side === 'own' ? 'h1' : 'h2', 'release-headline', r.title || r.id);
    head.appendChild(h);
    const meta = make('dl', 'release-meta');
    meta.lang = state.ui;
    const fact = (label, value) => {
      if (!value) return;
      const group = make('div');
      group.append(make('dt', null, label));
      const dd = make('dd');
      if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
      group.appendChild(dd);
      meta.appendChild(group);
    };
    if (r.published) {
      const time = make('time', null, day(r.published));
      time.dateTime = r.published;
      fact(t('publishedOn'), time);
    }
    fact(t('publisher'), r.publisher);
    if (r.source) {
      if (/^https?:\/\//i.test(r.source)) {
        const a = anchor(r.source, r.source, 'source-link');
        a.rel = 'noopener noreferrer';
        fact(t('source'), a);
      } else {
        fact(t('source'), r.source);
      }
    }
    head.appendChild(meta);
    const actions = make('p', 'release-actions');
    actions.lang = state.ui;
    actions.appendChild(anchor('/?release=' + encodeURIComponent(r.id) + uiSuffix('&'), t('searchRelease')));
    if (side === 'own' && release.previous) actions.appendChild(compareLink(r));
    if (side === 'other') actions.appendChild(anchor(releaseHref(r.id), t('openRelease')));
    actions.appendChild(anchor('/api/releases/' + encodeURIComponent(r.id), t('apiJson'), 'api-link'));
    head.appendChild(actions);
    article.appendChild(head);
    article.appendChild(releaseBody(data, side));
    return article;
  }

  /** The paragraphs in order: body and captions, then each area's heading with its clauses, then the signed documents. */
  function releaseBody(data, side) {
    const body = make('div', 'release-body');
    let group = null;
    let groupKey = null;
    data.paragraphs.forEach((p) => {
      const key = p.kind === 'clause' ? 'area:' + (p.area ? p.area.id : p.section) : (p.kind === 'agreement' ? 'agreements' : 'body');
      if (key !== groupKey) {
        groupKey = key;
        group = releaseGroup(p, data, side);
        body.appendChild(group);
      }
      (group.querySelector('ol, .paragraphs') || group).appendChild(releaseParagraph(p, side));
    });
    return body;
  }

  function releaseGroup(p, data, side) {
    if (p.kind === 'clause') {
      const section = make('section', 'area-group');
      if (p.area) section.dataset.area = p.area.id;
      const h = make('h3', 'area-heading');
      h.appendChild(make('span', 'heading-text', p.section || ''));
      const name = p.area ? areaName(p.area.id, p.area.labels) : null;
      if (name && name !== (p.section || '').trim()) {
        const badge = make('span', 'badge area', name);
        badge.lang = state.ui;
        h.appendChild(badge);
      }
      section.append(h, make('div', 'paragraphs'));
      return section;
    }
    if (p.kind === 'agreement') {
      const section = make('section', 'agreements');
      const h = make('h3', 'area-heading');
      h.appendChild(make('span', 'heading-text', p.section || t('signedDocuments')));
      section.append(h, make('ol', 'agreement-list'));
      return section;
    }
    return make('div', 'body-group paragraphs');
  }

  function releaseParagraph(p, side) {
    const node = make(p.kind === 'agreement' ? 'li' : 'div', 'para para-' + p.kind);
    node.id = (side === 'own' ? 'p-' : 'o-') + p.position;
    node.dataset.id = p.id;
    node.dataset.position = p.position;
    if (p.counterpart) node.dataset.counterpart = p.counterpart;
    const mark = anchor(side === 'own' ? '?p=' + p.position + uiSuffix('&') : releaseHref(p.release.id, p.position),
      String(p.position), 'para-number');
    mark.title = t('linkHere');
    mark.setAttribute('aria-label', t('paragraphNo', { n: p.position }));
    if (side === 'own') {
      mark.addEventListener('click', (event) => {
        event.preventDefault();
        release.target = p.position;
        history.replaceState(null, '', '?p=' + p.position + uiSuffix('&'));
        markTarget();
        scrollToTarget(false);
      });
    }
    node.appendChild(mark);
    const content = make('div', 'para-content');
    if (p.kind === 'caption') content.appendChild(make('span', 'caption-label', t('caption')));
    const text = make('p', 'para-text', p.text);
    text.lang = p.lang;
    content.appendChild(text);
    if (p.kind === 'agreement' && p.agreement && p.agreement.parties && p.agreement.parties.length) {
      const parties = make('p', 'parties', t('parties', { x: p.agreement.parties.join(state.ui === 'en' ? '; ' : '、') }));
      parties.lang = state.ui;
      content.appendChild(parties);
    }
    node.appendChild(content);
    return node;
  }

  /** Highlights the paragraph of ?p= and, in the other version, its counterpart. */
  function markTarget() {
    document.querySelectorAll('.release .target, .release .target-other').forEach((n) => n.classList.remove('target', 'target-other'));
    if (release.target === null) return;
    const target = el('p-' + release.target);
    if (!target) return;
    target.classList.add('target');
    target.setAttribute('tabindex', '-1');
    const counterpart = target.dataset.counterpart;
    if (counterpart) {
      const other = document.querySelector('.release-other [data-id="' + CSS.escape(counterpart) + '"]');
      if (other) other.classList.add('target-other');
    }
  }

  /**
   * Brings a paragraph into view: inside its version's own scrolling text when the versions stand
   * side by side, else by scrolling the page.
   */
  function bringIntoView(node) {
    const body = node.closest('.release-body');
    if (body && getComputedStyle(body).overflowY === 'auto') {
      if (body.scrollHeight > body.clientHeight) body.scrollTop = Math.max(0, node.offsetTop - body.clientHeight / 3);
    } else {
      node.scrollIntoView({ block: 'center' });
    }
  }

  /** Brings the highlighted paragraph (when {@code own}) and its counterpart in the other version into view. */
  function scrollToTarget(own) {
    const target = document.querySelector('.release-own .target');
    if (own && target) {
      bringIntoView(target);
      target.focus({ preventScroll: true });
    }
    const other = document.querySelector('.release-other .target-other');
    if (other && getComputedStyle(other.closest('.release-body')).overflowY === 'auto') bringIntoView(other);
  }

  // ---- two releases compared -------------------------------------------------------------------

  const comparison = { data: null, showUnchanged: false };

  async function startCompare() {
    const box = el('compare-view');
    box.hidden = false;
    wireHeader(renderCompare);
    const p = new URLSearchParams(location.search);
    document.body.dataset.state = 'loading';
    const [r] = await Promise.all([
      getJson('/api/compare?a=' + encodeURIComponent(p.get('a') || '') + '&b=' + encodeURIComponent(p.get('b') || '')),
      loadTaxonomy()]);
    if (!r.ok) {
      const code = r.body && r.body.error ? r.body.error.code : '';
      viewError(box, (code === 'not_comparable' ? t('notComparable') : t('loadFailed')) + errorMessage(r));
      return;
    }
    comparison.data = r.body;
    renderCompare();
    document.body.dataset.state = 'ready';
  }

  function segmentsNodes(diff, side) {
    const out = [];
    diff.forEach((s) => {
      if (s.op === 'equal') {
        out.push(document.createTextNode(s.text));
      } else if (s.op === 'delete' && side === 'a') {
        out.push(make('del', null, s.text));
      } else if (s.op === 'insert' && side === 'b') {
        out.push(make('ins', null, s.text));
      }
    });
    return out;
  }

  function compareHead(r, side) {
    const card = make('div', 'compare-release compare-' + side);
    const kicker = make('p', 'release-kicker');
    kicker.lang = state.ui;
    kicker.append(make('span', 'side', side.toUpperCase()), make('span', 'conference', conferenceLabel(r) || langName(r.language)));
    const title = anchor(releaseHref(r.id), r.title || r.id, 'compare-title');
    title.lang = r.language || '';
    const when = make('p', 'release-date', r.published ? day(r.published) : '');
    when.lang = state.ui;
    card.append(kicker, title, when);
    return card;
  }

  function statusBadge(status) {
    const badge = make('span', 'status status-' + status, t(status));
    badge.lang = state.ui;
    return badge;
  }

  /**
   * One side of a row: the text of the row's clause on that side with what changed marked (deleted
   * words on the old side, inserted words on the new), its status, and {@code extra} below.
   */
  function compareCell(side, row, text, lang, extra) {
    const cell = make('div', 'cell cell-' + side);
    if (!row) {
      cell.classList.add('empty-cell');
      return cell;
    }
    cell.dataset.status = row.status;
    if (side === 'a' ? row.status === 'dropped' : row.status !== 'dropped') {
      cell.appendChild(statusBadge(row.status));
    }
    const p = make('p', 'cell-text');
    p.lang = lang;
    p.append(...segmentsNodes(row.diff, side));
    cell.appendChild(p);
    if (extra) cell.appendChild(extra);
    return cell;
  }

  /**
   * The rows shown for an area's clauses (or the signed documents): a pair on one row; between pairs,
   * the dropped items of a beside the new items of b, in order, so what replaced what reads across.
   */
  function compareRows(rows) {
    const out = [];
    let dropped = [];
    let added = [];
    const flush = () => {
      for (let i = 0; i < Math.max(dropped.length, added.length); i++) {
        out.push({ a: dropped[i] || null, b: added[i] || null });
      }
      dropped = [];
      added = [];
    };
    rows.forEach((row) => {
      if (row.status === 'dropped') {
        dropped.push(row);
      } else if (row.status === 'new') {
        added.push(row);
      } else {
        flush();
        out.push({ a: row, b: row });
      }
    });
    flush();
    return out;
  }

  function renderCompare() {
    const box = el('compare-view');
    const c = comparison.data;
    if (!c) return;
    box.replaceChildren();
    const nav = make('nav', 'crumbs');
    nav.append(anchor('/' + uiSuffix('?'), t('back'), 'back'), anchor(compareHref(c.b.id, c.a.id), t('swap'), 'swap'));
    box.appendChild(nav);
    box.appendChild(make('h1', 'compare-heading', t('compareTitle')));
    const heads = make('div', 'compare-heads');
    heads.append(compareHead(c.a, 'a'), compareHead(c.b, 'b'));
    box.appendChild(heads);
    const bar = make('div', 'compare-bar');
    const summary = make('p', 'compare-counts');
    summary.lang = state.ui;
    ['new', 'dropped', 'reworded', 'unchanged'].forEach((s) => {
      const item = make('span', 'count-item');
      item.append(statusBadge(s), document.createTextNode(' ' + number(c.counts[s])));
      summary.appendChild(item);
    });
    bar.appendChild(summary);
    const label = make('label', 'show-unchanged');
    label.lang = state.ui;
    const check = make('input');
    check.type = 'checkbox';
    check.id = 'show-unchanged';
    check.checked = comparison.showUnchanged;
    check.addEventListener('change', () => { comparison.showUnchanged = check.checked; renderCompare(); });
    label.append(check, document.createTextNode(' ' + t('showUnchanged')));
    bar.appendChild(label);
    box.appendChild(bar);
    const langA = c.a.language;
    const langB = c.b.language;
    c.areas.forEach((area) => {
      const section = make('section', 'compare-area');
      section.dataset.area = area.area.id;
      const h = make('h2', 'compare-area-heading');
      h.lang = state.ui;
      h.appendChild(make('span', null, areaName(area.area.id, area.area.labels)));
      const counts = make('span', 'area-counts');
      ['new', 'dropped', 'reworded'].forEach((s) => {
        if (area.counts[s]) counts.appendChild(make('span', 'area-count count-' + s, t(s) + ' ' + number(area.counts[s])));
      });
      h.appendChild(counts);
      section.appendChild(h);
      const shown = area.clauses.filter((row) => comparison.showUnchanged || row.status !== 'unchanged');
      compareRows(shown).forEach((pair) => {
        const line = make('div', 'compare-row');
        line.append(compareCell('a', pair.a, null, langA), compareCell('b', pair.b, null, langB));
        section.appendChild(line);
      });
      const hidden = area.clauses.length - shown.length;
      if (hidden) {
        const note = make('p', 'unchanged-note', t('unchangedHidden', { n: number(hidden) }));
        note.lang = state.ui;
        section.appendChild(note);
      }
      box.appendChild(section);
    });
    if (c.agreements.length) {
      const section = make('section', 'compare-area compare-agreements');
      const h = make('h2', 'compare-area-heading', t('agreementsCompared'));
      h.lang = state.ui;
      section.appendChild(h);
      const parties = (a) => {
        if (!a || !a.parties.length) return null;
        const p = make('p', 'parties', t('parties', { x: a.parties.join(state.ui === 'en' ? '; ' : '、') }));
        p.lang = state.ui;
        return p;
      };
      compareRows(c.agreements).forEach((pair) => {
        const line = make('div', 'compare-row');
        line.append(compareCell('a', pair.a, null, langA, parties(pair.a && pair.a.a)),
          compareCell('b', pair.b, null, langB, parties(pair.b && pair.b.b)));
        section.appendChild(line);
      });
      box.appendChild(section);
    }
    document.title = t('compareTitle') + ' · Pressroom';
  }

  // ---- start -------------------------------------------------------------------------------------

  if (VIEW === 'release') {
    startRelease();
  } else if (VIEW === 'compare') {
    startCompare();
  } else {
    startSearch();
  }
})();
