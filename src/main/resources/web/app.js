/*
 * cdkg start page — search, meeting timeline and "who met whom" network.
 *
 * Plain ES2020, no build step, no framework. All data comes from the SPARQL endpoint
 * (Apache Jena Fuseki, JSON results). Everything taken from the data is put into the DOM
 * with textContent / createElement / setAttribute, never with innerHTML.
 *
 * Overrides for local testing (set before this script is loaded):
 *   window.CDKG_SPARQL  — SPARQL endpoint URL   (default "/cdkg/sparql")
 *   window.CDKG_ID_BASE — base of entity pages  (default "/id/")
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------
  // Configuration
  // ---------------------------------------------------------------------------

  const SPARQL_URL = (typeof window.CDKG_SPARQL === 'string' && window.CDKG_SPARQL) || '/cdkg/sparql';
  const ID_BASE = (typeof window.CDKG_ID_BASE === 'string' && window.CDKG_ID_BASE) || '/id/';
  const IRI_BASE = 'https://w3id.org/cdkg/id/';
  const CDO = 'https://w3id.org/cdkg/ontology#';

  const SEARCH_LIMIT = 50;        // results shown
  const SEARCH_MAX_LENGTH = 200;  // characters of user input sent to the endpoint
  const NETWORK_CAP = 150;        // persons drawn in the network (most connected first)
  const QUERY_TIMEOUT_MS = 60000;

  // ---------------------------------------------------------------------------
  // SPARQL queries
  // ---------------------------------------------------------------------------

  const PREFIXES = `PREFIX cdo:  <https://w3id.org/cdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

  // Search: entities (IRIs under https://w3id.org/cdkg/id/) with an rdfs:label or skos:altLabel
  // containing the text, case-insensitively. {{TEXT}} is replaced by the user's text, escaped for
  // a SPARQL string literal (see sparqlStringContent); {{LIMIT}} by SEARCH_LIMIT + 1, so that we
  // can tell whether there were more results than we show.
  // The inner query ranks each node by its shortest matching label (a short label that contains
  // the text is the closest match); the outer query adds the zh-Hans / en / any label, an
  // altLabel as a last resort, and all cdo: types (the page picks the most specific one).
  const Q_SEARCH = PREFIXES + `
SELECT ?node ?rank
       (SAMPLE(?zh) AS ?labelZh) (SAMPLE(?en) AS ?labelEn)
       (SAMPLE(?any) AS ?labelAny) (SAMPLE(?alt) AS ?labelAlt)
       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
WHERE {
  {
    SELECT ?node (MIN(STRLEN(STR(?l))) AS ?rank)
    WHERE {
      ?node rdfs:label|skos:altLabel ?l .
      FILTER(isIRI(?node) && STRSTARTS(STR(?node), "https://w3id.org/cdkg/id/"))
      FILTER(CONTAINS(LCASE(STR(?l)), LCASE("{{TEXT}}")))
    }
    GROUP BY ?node
    ORDER BY ?rank ?node
    LIMIT {{LIMIT}}
  }
  OPTIONAL { ?node rdfs:label ?zh FILTER(LCASE(LANG(?zh)) = "zh-hans") }
  OPTIONAL { ?node rdfs:label ?en FILTER(LCASE(LANG(?en)) = "en") }
  OPTIONAL { ?node rdfs:label ?any }
  OPTIONAL { ?node skos:altLabel ?alt }
  OPTIONAL { ?node a ?type FILTER(STRSTARTS(STR(?type), "https://w3id.org/cdkg/ontology#")) }
}
GROUP BY ?node ?rank
ORDER BY ?rank ?node
`;

  // Timeline: every meeting that is not a COP session, dated or not, with its (earliest) start
  // date, (latest) end date, the latest day of a meeting dated only approximately (cdo:notAfter),
  // how its date was obtained (cdo:dateBasis, labelled by the ontology), its labels and all cdo:
  // types (the page picks the most specific one as the meeting's kind).
  const Q_MEETINGS = PREFIXES + `
SELECT ?meeting (MIN(?s) AS ?start) (MAX(?e) AS ?end) (MAX(?na) AS ?notAfter)
       (GROUP_CONCAT(DISTINCT ?bzh; separator="、") AS ?basisZh) (GROUP_CONCAT(DISTINCT ?ben; separator=", ") AS ?basisEn)
       (SAMPLE(?zh) AS ?labelZh) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?any) AS ?labelAny)
       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
WHERE {
  ?meeting a cdo:Meeting .
  FILTER NOT EXISTS { ?meeting a cdo:COPSession }
  OPTIONAL { ?meeting cdo:startDate ?s }
  OPTIONAL { ?meeting cdo:endDate ?e }
  OPTIONAL { ?meeting cdo:notAfter ?na }
  OPTIONAL { ?meeting cdo:dateBasis ?basis .
             OPTIONAL { ?basis rdfs:label ?bzh FILTER(LCASE(LANG(?bzh)) = "zh-hans") }
             OPTIONAL { ?basis rdfs:label ?ben FILTER(LCASE(LANG(?ben)) = "en") } }
  OPTIONAL { ?meeting rdfs:label ?zh FILTER(LCASE(LANG(?zh)) = "zh-hans") }
  OPTIONAL { ?meeting rdfs:label ?en FILTER(LCASE(LANG(?en)) = "en") }
  OPTIONAL { ?meeting rdfs:label ?any }
  OPTIONAL { ?meeting a ?type FILTER(STRSTARTS(STR(?type), "https://w3id.org/cdkg/ontology#")) }
}
GROUP BY ?meeting
ORDER BY DESC(?start) ?meeting
`;

  // Timeline: the location(s) of those meetings, with the place's labels.
  const Q_MEETING_PLACES = PREFIXES + `
SELECT ?meeting ?place
       (SAMPLE(?zh) AS ?labelZh) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?any) AS ?labelAny)
WHERE {
  ?meeting a cdo:Meeting ;
           cdo:location ?place .
  FILTER NOT EXISTS { ?meeting a cdo:COPSession }
  OPTIONAL { ?place rdfs:label ?zh FILTER(LCASE(LANG(?zh)) = "zh-hans") }
  OPTIONAL { ?place rdfs:label ?en FILTER(LCASE(LANG(?en)) = "en") }
  OPTIONAL { ?place rdfs:label ?any }
}
GROUP BY ?meeting ?place
`;

  // Timeline and network: who took part in which meeting (any cdo:Meeting, COP sessions and
  // undated meetings included — the timeline only uses the meetings of Q_MEETINGS). A co-chair
  // counts as a participant. Flags say whether the participant is a person, an envoy and a
  // co-chair of that meeting. The meeting's labels and start date are for the network's tooltips.
  const Q_PARTICIPANTS = PREFIXES + `
SELECT ?meeting ?participant ?isPerson ?isEnvoy ?isCoChair
       (SAMPLE(?zh) AS ?labelZh) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?any) AS ?labelAny)
       (SAMPLE(?mzh) AS ?meetingLabelZh) (SAMPLE(?men) AS ?meetingLabelEn)
       (SAMPLE(?many) AS ?meetingLabelAny) (MIN(?ms) AS ?meetingStart)
WHERE {
  ?meeting a cdo:Meeting ;
           cdo:participant|cdo:coChair ?participant .
  BIND(EXISTS { ?participant a cdo:Person } AS ?isPerson)
  BIND(EXISTS { ?participant a cdo:Envoy } AS ?isEnvoy)
  BIND(EXISTS { ?meeting cdo:coChair ?participant } AS ?isCoChair)
  OPTIONAL { ?participant rdfs:label ?zh FILTER(LCASE(LANG(?zh)) = "zh-hans") }
  OPTIONAL { ?participant rdfs:label ?en FILTER(LCASE(LANG(?en)) = "en") }
  OPTIONAL { ?participant rdfs:label ?any }
  OPTIONAL { ?meeting rdfs:label ?mzh FILTER(LCASE(LANG(?mzh)) = "zh-hans") }
  OPTIONAL { ?meeting rdfs:label ?men FILTER(LCASE(LANG(?men)) = "en") }
  OPTIONAL { ?meeting rdfs:label ?many }
  OPTIONAL { ?meeting cdo:startDate ?ms }
}
GROUP BY ?meeting ?participant ?isPerson ?isEnvoy ?isCoChair
`;

  // ---------------------------------------------------------------------------
  // Classes: names shown to the reader and the direct superclass, for picking the most
  // specific type of a node. Order matters only to break ties.
  // ---------------------------------------------------------------------------

  const CLASSES = [
    // local name,               zh,               en,                       superclass
    ['Envoy',                    '特使',           'Envoy',                  'Person'],
    ['Person',                   '人物',           'Person',                 null],
    ['GovernmentAgency',         '政府机构',       'Government agency',      'Organization'],
    ['InternationalOrganization', '国际组织',      'International organization', 'Organization'],
    ['WorkingGroup',             '工作组',         'Working group',          'Organization'],
    ['Organization',             '组织',           'Organization',           null],
    ['Country',                  '国家',           'Country',                'Place'],
    ['Place',                    '地点',           'Place',                  null],
    ['COPSession',               '缔约方大会',     'COP session',            'Meeting'],
    ['Talks',                    '会谈',           'Talks',                  'Meeting'],
    ['Forum',                    '论坛',           'Forum',                  'Meeting'],
    ['Roundtable',               '圆桌会',         'Roundtable',             'Meeting'],
    ['Dialogue',                 '对话',           'Dialogue',               'Meeting'],
    ['Consultation',             '磋商',           'Consultation',           'Meeting'],
    ['Summit',                   '峰会',           'Summit',                 'Meeting'],
    ['Conference',               '大会',           'Conference',             'Meeting'],
    ['VideoCall',                '视频会见或通话', 'Video meeting or call',  'Meeting'],
    ['MinisterialMeeting',       '部长级会议',     'Ministerial meeting',    'Meeting'],
    ['Visit',                    '访问',           'Visit',                  'Meeting'],
    ['Meal',                     '工作餐或宴会',   'Working meal or banquet', 'Meeting'],
    ['Reception',                '招待会',         'Reception',              'Meeting'],
    ['PhoneCall',                '通电话',         'Phone call',             'Meeting'],
    ['AnnualMeeting',            '年会或全体会议', 'Annual or plenary meeting', 'Meeting'],
    ['SideEvent',                '边会',           'Side event',             'Meeting'],
    ['WorkingGroupMeeting',      '工作组会议',     'Working group meeting',  'Meeting'],
    ['Meeting',                  '会议',           'Meeting',                null],
    ['Agreement',                '协议',           'Agreement',              null],
    ['Position',                 '职务',           'Position',               null],
    ['Article',                  '文章',           'Article',                null],
  ];
  const CLASS_INFO = new Map(CLASSES.map(([name, zh, en, parent], order) => [name, { name, zh, en, parent, order }]));

  // ---------------------------------------------------------------------------
  // Small helpers
  // ---------------------------------------------------------------------------

  /** Text of a SPARQL JSON binding, '' when unbound. */
  function val(binding, name) {
    const b = binding[name];
    return b && typeof b.value === 'string' ? b.value : '';
  }

  function isTrue(binding, name) {
    return val(binding, name) === 'true' || val(binding, name) === '1';
  }

  /** Fills a query template; the callback form keeps "$&" etc. in the text literal. */
  function fill(template, params) {
    return template.replace(/\{\{(\w+)\}\}/g, (m, key) => (key in params ? String(params[key]) : m));
  }

  /** Removes control characters (C0, DEL, C1) from user input. */
  function stripControls(text) {
    return String(text).replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  }

  /**
   * The content of a double-quoted SPARQL string literal for the given text: control characters
   * removed, backslash and double quote escaped. The result can go between "…" safely.
   */
  function sparqlStringContent(text) {
    return stripControls(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  }

  /** Link to the entity page of a cdkg IRI, or null for any other IRI. */
  function entityHref(iri) {
    if (typeof iri !== 'string' || !iri.startsWith(IRI_BASE)) return null;
    return ID_BASE + iri.substring(IRI_BASE.length);
  }

  /** Preferred label: zh-Hans, else en, else any label, else a readable tail of the IRI. */
  function preferredLabel(labels, iri) {
    return labels.zh || labels.en || labels.any || labels.alt || iriTail(iri);
  }

  function iriTail(iri) {
    const s = String(iri || '');
    const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
    return i >= 0 && i < s.length - 1 ? s.substring(i + 1) : s;
  }

  function labelsFrom(binding, prefix) {
    const p = prefix || 'label';
    return {
      zh: val(binding, p + 'Zh'),
      en: val(binding, p + 'En'),
      any: val(binding, p + 'Any'),
      alt: val(binding, p + 'Alt'),
    };
  }

  /** Local name of each cdo: class in a space-separated list of IRIs. */
  function cdoNames(types) {
    return String(types || '').split(/\s+/)
      .filter((t) => t.startsWith(CDO))
      .map((t) => t.substring(CDO.length))
      .filter(Boolean);
  }

  function ancestors(name) {
    const out = new Set();
    let info = CLASS_INFO.get(name);
    while (info && info.parent && !out.has(info.parent)) {
      out.add(info.parent);
      info = CLASS_INFO.get(info.parent);
    }
    return out;
  }

  /** "WorkingGroupMeeting" → "Working group meeting" (for classes this page does not know). */
  function humanize(name) {
    const words = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' ');
    return words.map((w, i) => (i === 0 || /^[A-Z0-9]+$/.test(w) ? w : w.toLowerCase())).join(' ');
  }

  /**
   * The most specific class among the given cdo: types (Envoy over Person, Country over Place,
   * Talks over Meeting…), as { name, zh, en }, or null when there is none.
   */
  function mostSpecificType(types) {
    const names = Array.from(new Set(cdoNames(types)));
    if (names.length === 0) return null;
    const covered = new Set();
    names.forEach((n) => ancestors(n).forEach((a) => covered.add(a)));
    const candidates = names.filter((n) => !covered.has(n));
    const rank = (n) => {
      const info = CLASS_INFO.get(n);
      if (!info) return 1000;                 // unknown class: probably a newer subclass
      return info.parent ? info.order : 2000 + info.order;  // known roots last
    };
    candidates.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const best = candidates[0];
    const info = CLASS_INFO.get(best);
    return info ? { name: best, zh: info.zh, en: info.en } : { name: best, zh: '', en: humanize(best) };
  }

  function typeText(type) {
    if (!type) return '';
    return type.zh ? type.zh + ' ' + type.en : type.en;
  }

  /** Creates an element with optional class and text. */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /** A link to the entity page of iri with the given text (a span when there is no page). */
  function entityLink(iri, text, className) {
    const href = entityHref(iri);
    const e = el(href ? 'a' : 'span', className, text);
    if (href) e.setAttribute('href', href);
    return e;
  }

  function statusMessage(kind, text) {
    // kind: 'status' | 'empty' | 'error'
    const p = el('p', kind === 'error' ? 'status error' : kind === 'empty' ? 'status empty' : 'status', text);
    if (kind === 'error') p.setAttribute('role', 'alert');
    return p;
  }

  function replaceContent(container, ...children) {
    container.replaceChildren(...children);
  }

  function datePart(value) {
    const m = /^-?\d{4,}(-\d{2}(-\d{2})?)?/.exec(String(value || ''));
    return m ? m[0] : String(value || '');
  }

  function yearOf(value) {
    const m = /^(-?\d{4,})/.exec(String(value || ''));
    return m ? m[1] : '';
  }

  /** "2023-07-16 – 07-19", "2023-12-30 – 2024-01-02" or "2024-09-06". */
  function formatRange(start, end) {
    const s = datePart(start);
    const e = datePart(end);
    if (!e || e === s) return s;
    if (!s) return e;
    if (yearOf(s) === yearOf(e) && e.length > 5) return s + ' – ' + e.substring(yearOf(e).length + 1);
    return s + ' – ' + e;
  }

  const collator = (typeof Intl !== 'undefined' && Intl.Collator) ? new Intl.Collator(['zh-Hans-CN', 'en']) : null;
  function compareText(a, b) {
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }

  // ---------------------------------------------------------------------------
  // SPARQL over HTTP
  // ---------------------------------------------------------------------------

  /** Runs a SELECT query and resolves to its bindings; rejects with a readable message. */
  async function sparql(query) {
    const controller = typeof AbortController !== 'undefined' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), QUERY_TIMEOUT_MS) : null;
    let response;
    try {
      response = await fetch(SPARQL_URL, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
          'Accept': 'application/sparql-results+json',
        },
        body: new URLSearchParams({ query }).toString(),
        signal: controller ? controller.signal : undefined,
      });
    } catch (err) {
      if (timer) clearTimeout(timer);
      const why = err && err.name === 'AbortError'
        ? '查询超时 the query timed out'
        : (err && err.message) || String(err);
      throw new Error('无法连接 SPARQL 端点 Could not reach the SPARQL endpoint (' + SPARQL_URL + '): ' + why);
    }
    try {
      if (!response.ok) {
        let detail = '';
        try {
          detail = (await response.text()).trim().split('\n').slice(0, 3).join(' ').substring(0, 300);
        } catch (e) { /* ignore */ }
        throw new Error('SPARQL 查询失败 SPARQL query failed: HTTP ' + response.status +
          (response.statusText ? ' ' + response.statusText : '') + (detail ? ' — ' + detail : ''));
      }
      let json;
      try {
        json = await response.json();
      } catch (e) {
        throw new Error('SPARQL 端点返回了无法解析的结果 The SPARQL endpoint returned a response that is not SPARQL JSON results');
      }
      if (!json || !json.results || !Array.isArray(json.results.bindings)) {
        throw new Error('SPARQL 端点返回了意外的结果 Unexpected response from the SPARQL endpoint');
      }
      return json.results.bindings;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  function errorText(err) {
    return (err && err.message) || String(err);
  }

  // ---------------------------------------------------------------------------
  // Search
  // ---------------------------------------------------------------------------

  let searchSeq = 0;

  function cleanSearchText(raw) {
    return stripControls(raw).trim().substring(0, SEARCH_MAX_LENGTH);
  }

  function buildSearchQuery(text) {
    return fill(Q_SEARCH, { TEXT: sparqlStringContent(text), LIMIT: SEARCH_LIMIT + 1 });
  }

  function setUrlQuery(text) {
    try {
      const url = new URL(window.location.href);
      if (text) url.searchParams.set('q', text); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.toString());
    } catch (e) { /* e.g. file: URLs — not important */ }
  }

  async function runSearch(raw, updateUrl) {
    const box = document.getElementById('search-results');
    const text = cleanSearchText(raw);
    const seq = ++searchSeq;
    if (!text) {
      replaceContent(box, statusMessage('empty', '请输入搜索词。 Please enter a search term.'));
      return;
    }
    if (updateUrl) setUrlQuery(text);
    box.setAttribute('aria-busy', 'true');
    replaceContent(box, statusMessage('status', '正在搜索 Searching for “' + text + '” …'));
    try {
      const rows = await sparql(buildSearchQuery(text));
      if (seq !== searchSeq) return;   // a newer search has started
      renderSearchResults(box, rows, text);
    } catch (err) {
      if (seq !== searchSeq) return;
      replaceContent(box, statusMessage('error', '搜索出错 Search failed. ' + errorText(err)));
    } finally {
      if (seq === searchSeq) box.removeAttribute('aria-busy');
    }
  }

  function renderSearchResults(box, rows, text) {
    if (rows.length === 0) {
      replaceContent(box, statusMessage('empty', '没有找到与 “' + text + '” 匹配的结果。 No results for “' + text + '”.'));
      return;
    }
    const more = rows.length > SEARCH_LIMIT;
    const shown = rows.slice(0, SEARCH_LIMIT);
    const summary = more
      ? '显示前 ' + SEARCH_LIMIT + ' 个结果，请输入更具体的词。 Showing the first ' + SEARCH_LIMIT + ' results — try a more specific term.'
      : '找到 ' + shown.length + ' 个结果 ' + shown.length + (shown.length === 1 ? ' result' : ' results') + ' for “' + text + '”';
    const list = el('ul', 'result-list');
    for (const row of shown) {
      const iri = val(row, 'node');
      const labels = labelsFrom(row, 'label');
      const pref = preferredLabel(labels, iri);
      const li = el('li', 'result');
      const main = el('div', 'result-main');
      main.appendChild(entityLink(iri, pref, 'result-label'));
      if (labels.en && labels.en !== pref) {
        const en = el('span', 'label-en', labels.en);
        en.setAttribute('lang', 'en');
        main.appendChild(en);
      }
      li.appendChild(main);
      const type = mostSpecificType(val(row, 'types'));
      if (type) {
        const badge = el('span', 'type-badge type-' + type.name.toLowerCase(), typeText(type));
        li.appendChild(badge);
      }
      list.appendChild(li);
    }
    replaceContent(box, el('p', 'result-summary', summary), list);
  }

  function initSearch() {
    const form = document.getElementById('search-form');
    const input = document.getElementById('search-input');
    const button = document.getElementById('search-button');
    const submit = (event) => {
      if (event) event.preventDefault();
      runSearch(input.value, true);
    };
    if (form) form.addEventListener('submit', submit);
    else if (button) button.addEventListener('click', submit);

    let q = null;
    try {
      q = new URLSearchParams(window.location.search).get('q');
    } catch (e) { q = null; }
    if (q !== null && q.trim() !== '') {
      input.value = cleanSearchText(q);
      runSearch(q, false);
    }
  }

  // ---------------------------------------------------------------------------
  // Meetings: timeline and network share the participants query
  // ---------------------------------------------------------------------------

  /** Groups the participants query by meeting: Map meeting IRI → { labels, start, people[], others[] }. */
  function participationByMeeting(rows) {
    const byMeeting = new Map();
    for (const row of rows) {
      const m = val(row, 'meeting');
      const p = val(row, 'participant');
      if (!m || !p) continue;
      let entry = byMeeting.get(m);
      if (!entry) {
        entry = {
          iri: m,
          labels: labelsFrom(row, 'meetingLabel'),
          start: val(row, 'meetingStart'),
          people: new Map(),
          others: new Map(),
        };
        byMeeting.set(m, entry);
      }
      const who = {
        iri: p,
        labels: labelsFrom(row, 'label'),
        envoy: isTrue(row, 'isEnvoy'),
        coChair: isTrue(row, 'isCoChair'),
      };
      who.label = preferredLabel(who.labels, p);
      const target = isTrue(row, 'isPerson') ? entry.people : entry.others;
      const prev = target.get(p);
      if (!prev) target.set(p, who);
      else {
        prev.envoy = prev.envoy || who.envoy;
        prev.coChair = prev.coChair || who.coChair;
      }
    }
    return byMeeting;
  }

  function loadMeetings() {
    const pMeetings = sparql(Q_MEETINGS);
    const pPlaces = sparql(Q_MEETING_PLACES);
    const pParticipants = sparql(Q_PARTICIPANTS);

    pParticipants
      .then((rows) => renderNetwork(participationByMeeting(rows)))
      .catch((err) => showNetworkMessage('error', '无法加载会面网络 Could not load the network. ' + errorText(err)));

    Promise.allSettled([pMeetings, pPlaces, pParticipants]).then(([meetings, places, participants]) => {
      const box = document.getElementById('timeline');
      if (meetings.status === 'rejected') {
        replaceContent(box, statusMessage('error', '无法加载会议时间线 Could not load the meeting timeline. ' + errorText(meetings.reason)));
        return;
      }
      const notes = [];
      if (places.status === 'rejected') notes.push('地点未能加载 Places could not be loaded: ' + errorText(places.reason));
      if (participants.status === 'rejected') notes.push('参与者未能加载 Participants could not be loaded: ' + errorText(participants.reason));
      try {
        renderTimeline(box,
          meetings.value,
          places.status === 'fulfilled' ? places.value : [],
          participants.status === 'fulfilled' ? participationByMeeting(participants.value) : new Map(),
          notes);
      } catch (err) {
        replaceContent(box, statusMessage('error', '无法显示会议时间线 Could not show the meeting timeline. ' + errorText(err)));
      }
    });
  }

  // ---------------------------------------------------------------------------
  // Timeline
  // ---------------------------------------------------------------------------

  function renderTimeline(box, meetingRows, placeRows, participation, notes) {
    const placesByMeeting = new Map();
    for (const row of placeRows) {
      const m = val(row, 'meeting');
      const p = val(row, 'place');
      if (!m || !p) continue;
      if (!placesByMeeting.has(m)) placesByMeeting.set(m, []);
      const list = placesByMeeting.get(m);
      if (!list.some((x) => x.iri === p)) list.push({ iri: p, label: preferredLabel(labelsFrom(row, 'label'), p) });
    }

    const meetings = meetingRows
      .map((row) => {
        const iri = val(row, 'meeting');
        const labels = labelsFrom(row, 'label');
        return {
          iri,
          labels,
          start: val(row, 'start'),
          end: val(row, 'end'),
          notAfter: val(row, 'notAfter'),
          basis: { zh: val(row, 'basisZh'), en: val(row, 'basisEn') },
          kind: mostSpecificType(val(row, 'types')),
        };
      })
      .filter((m) => m.iri);

    const extras = notes.map((n) => statusMessage('error', n));
    if (meetings.length === 0) {
      replaceContent(box, statusMessage('empty', '暂无会议记录。 No meetings recorded yet.'), ...extras);
      return;
    }

    // Dated meetings newest first, then those known only to be "not after" a day, then the undated.
    const sortDate = (m) => datePart(m.start || m.notAfter);
    meetings.sort((a, b) =>
      (Boolean(sortDate(b)) - Boolean(sortDate(a))) ||
      compareText(sortDate(b), sortDate(a)) ||
      compareText(datePart(b.end), datePart(a.end)) ||
      compareText(preferredLabel(a.labels, a.iri), preferredLabel(b.labels, b.iri)));

    const UNDATED = '未注明日期 Undated';
    const groups = new Map();   // insertion order = newest year first, undated last
    for (const m of meetings) {
      const y = yearOf(m.start || m.notAfter) || UNDATED;
      if (!groups.has(y)) groups.set(y, []);
      groups.get(y).push(m);
    }

    const fragment = document.createDocumentFragment();
    extras.forEach((e) => fragment.appendChild(e));
    const summary = el('p', 'timeline-summary',
      '共 ' + meetings.length + ' 次会议 ' + meetings.length + (meetings.length === 1 ? ' meeting' : ' meetings'));
    fragment.appendChild(summary);

    for (const [year, list] of groups) {
      const section = el('section', 'year-group');
      section.setAttribute('data-year', year === UNDATED ? 'undated' : year);
      const h = el('h3', 'year-heading');
      h.appendChild(el('span', 'year', year));
      h.appendChild(el('span', 'year-count', list.length + (list.length === 1 ? ' meeting' : ' meetings')));
      section.appendChild(h);
      const ol = el('ol', 'meeting-list');
      for (const m of list) ol.appendChild(renderMeeting(m, placesByMeeting.get(m.iri) || [], participation.get(m.iri)));
      section.appendChild(ol);
      fragment.appendChild(section);
    }
    replaceContent(box, fragment);
  }

  function renderMeeting(m, places, part) {
    const li = el('li', 'meeting');
    li.setAttribute('data-iri', m.iri);

    const when = el('div', 'meeting-date');
    if (m.start) {
      const time = el('time', null, formatRange(m.start, m.end));
      time.setAttribute('datetime', datePart(m.start));
      when.appendChild(time);
    } else if (m.notAfter) {
      const time = el('time', null, '≤ ' + datePart(m.notAfter));
      time.setAttribute('datetime', datePart(m.notAfter));
      when.appendChild(time);
    } else {
      when.appendChild(el('span', 'undated', '未注明日期 undated'));
    }
    // How the date was obtained: written in full, completed from the article's date, approximate…
    if (m.basis.zh || m.basis.en) {
      const basis = el('div', 'date-basis', [m.basis.zh, m.basis.en].filter(Boolean).join(' '));
      when.appendChild(basis);
    }
    li.appendChild(when);

    const body = el('div', 'meeting-body');
    const titleLine = el('div', 'meeting-title');
    const hasLabel = Boolean(m.labels.zh || m.labels.en || m.labels.any);
    const title = hasLabel
      ? preferredLabel(m.labels, m.iri)
      : (m.kind ? typeText(m.kind) : '会议 Meeting') + (places.length ? '，' + places.map((p) => p.label).join('、') : '');
    titleLine.appendChild(entityLink(m.iri, title, hasLabel ? 'meeting-label' : 'meeting-label untitled'));
    if (m.labels.en && m.labels.en !== title) {
      const en = el('span', 'label-en', m.labels.en);
      en.setAttribute('lang', 'en');
      titleLine.appendChild(en);
    }
    body.appendChild(titleLine);

    const meta = el('div', 'meeting-meta');
    if (m.kind) meta.appendChild(el('span', 'kind kind-' + m.kind.name.toLowerCase(), typeText(m.kind)));
    if (places.length) {
      const where = el('span', 'place');
      where.appendChild(el('span', 'meta-key', '地点 Place: '));
      places.forEach((p, i) => {
        if (i > 0) where.appendChild(document.createTextNode('、'));
        where.appendChild(entityLink(p.iri, p.label));
      });
      meta.appendChild(where);
    }
    body.appendChild(meta);

    const people = part ? Array.from(part.people.values()) : [];
    people.sort((a, b) => (b.coChair - a.coChair) || compareText(a.label, b.label));
    const peopleLine = el('div', 'meeting-people');
    peopleLine.appendChild(el('span', 'meta-key', '人物 People: '));
    if (people.length === 0) {
      peopleLine.appendChild(el('span', 'none', '未记录 none recorded'));
    } else {
      people.forEach((p, i) => {
        if (i > 0) peopleLine.appendChild(document.createTextNode(', '));
        const a = entityLink(p.iri, p.label, p.envoy ? 'person envoy' : 'person');
        const hints = [];
        if (p.labels.en && p.labels.en !== p.label) hints.push(p.labels.en);
        if (p.envoy) hints.push('特使 Envoy');
        if (p.coChair) hints.push('共同主持 co-chair');
        if (hints.length) a.setAttribute('title', hints.join(' · '));
        peopleLine.appendChild(a);
      });
    }
    body.appendChild(peopleLine);

    const others = part ? Array.from(part.others.values()) : [];
    if (others.length) {
      others.sort((a, b) => compareText(a.label, b.label));
      const line = el('div', 'meeting-parties');
      line.appendChild(el('span', 'meta-key', '参与方 Parties: '));
      others.forEach((o, i) => {
        if (i > 0) line.appendChild(document.createTextNode(', '));
        line.appendChild(entityLink(o.iri, o.label));
      });
      body.appendChild(line);
    }

    li.appendChild(body);
    return li;
  }

  // ---------------------------------------------------------------------------
  // Network: who met whom
  // ---------------------------------------------------------------------------

  function showNetworkMessage(kind, text) {
    const status = document.getElementById('network-status');
    const net = document.getElementById('network');
    status.className = 'status' + (kind === 'error' ? ' error' : kind === 'empty' ? ' empty' : '');
    if (kind === 'error') status.setAttribute('role', 'alert'); else status.removeAttribute('role');
    status.textContent = text;
    if (kind === 'error' || kind === 'empty') {
      net.classList.add('network-empty');
      net.replaceChildren();
      const legend = document.getElementById('network-legend');
      if (legend) legend.hidden = true;
    }
  }

  /** Builds persons and weighted pairs from the meeting → participants map. */
  function coAttendance(byMeeting) {
    const persons = new Map();   // iri → { iri, label, labels, envoy, meetings: Set, neighbours: Set, weight }
    const pairs = new Map();     // "a\u0000b" → { a, b, meetings: [meeting iri] }
    for (const [meetingIri, entry] of byMeeting) {
      const people = Array.from(entry.people.values());
      for (const p of people) {
        let person = persons.get(p.iri);
        if (!person) {
          person = { iri: p.iri, label: p.label, labels: p.labels, envoy: false, meetings: new Set(), neighbours: new Set(), weight: 0 };
          persons.set(p.iri, person);
        }
        person.envoy = person.envoy || p.envoy;
        person.meetings.add(meetingIri);
      }
      const iris = people.map((p) => p.iri).sort();
      for (let i = 0; i < iris.length; i++) {
        for (let j = i + 1; j < iris.length; j++) {
          const key = iris[i] + '\u0000' + iris[j];
          let pair = pairs.get(key);
          if (!pair) {
            pair = { a: iris[i], b: iris[j], meetings: [] };
            pairs.set(key, pair);
          }
          pair.meetings.push(meetingIri);
          const pa = persons.get(iris[i]);
          const pb = persons.get(iris[j]);
          pa.neighbours.add(iris[j]);
          pb.neighbours.add(iris[i]);
          pa.weight += 1;
          pb.weight += 1;
        }
      }
    }
    return { persons, pairs };
  }

  function meetingTitle(entry) {
    const label = entry ? preferredLabel(entry.labels, entry.iri) : '';
    const date = entry && entry.start ? datePart(entry.start) : '';
    return date && label.indexOf(date) < 0 ? label + ' (' + date + ')' : label;
  }

  const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

  function renderNetwork(byMeeting) {
    if (byMeeting.size === 0) {
      showNetworkMessage('empty', '暂无会议记录，无法绘制会面网络。 No meetings recorded yet, so there is no network to show.');
      return;
    }
    const { persons, pairs } = coAttendance(byMeeting);
    const connected = Array.from(persons.values()).filter((p) => p.neighbours.size > 0);
    if (connected.length === 0) {
      showNetworkMessage('empty', '还没有两位人物共同参加过的会议。 No two people have taken part in the same meeting yet.');
      return;
    }
    connected.sort((a, b) => (b.neighbours.size - a.neighbours.size) || (b.weight - a.weight) || compareText(a.label, b.label));
    const shown = connected.slice(0, NETWORK_CAP);
    const shownSet = new Set(shown.map((p) => p.iri));
    const edges = Array.from(pairs.values()).filter((pair) => shownSet.has(pair.a) && shownSet.has(pair.b));

    if (typeof window.cytoscape !== 'function') {
      showNetworkMessage('error', '网络图组件 (Cytoscape.js) 未能加载。 The network library (Cytoscape.js) could not be loaded.');
      renderNetworkList(shown);
      return;
    }

    const maxWeight = edges.reduce((m, e) => Math.max(m, e.meetings.length), 1);
    const maxDegree = shown.reduce((m, p) => Math.max(m, p.neighbours.size), 1);
    const elements = [];
    for (const p of shown) {
      const degree = p.neighbours.size;
      elements.push({
        group: 'nodes',
        data: {
          id: p.iri,
          label: p.label,
          en: p.labels.en && p.labels.en !== p.label ? p.labels.en : '',
          envoy: p.envoy,
          href: entityHref(p.iri) || '',
          meetings: p.meetings.size,
          degree,
          size: 18 + (maxDegree > 1 ? (degree - 1) / (maxDegree - 1) : 0) * 22,
        },
      });
    }
    edges.forEach((pair, i) => {
      const n = pair.meetings.length;
      elements.push({
        group: 'edges',
        data: {
          id: 'e' + i,
          source: pair.a,
          target: pair.b,
          weight: n,
          width: 1.5 + (maxWeight > 1 ? (n - 1) / (maxWeight - 1) : 0) * 8,
          titles: pair.meetings.map((m) => meetingTitle(byMeeting.get(m))),
        },
      });
    });

    const status = connected.length > shown.length
      ? '显示连接最多的 ' + shown.length + ' 位人物（共 ' + connected.length + ' 位有共同会议）。 Showing the ' + shown.length +
        ' most connected of ' + connected.length + ' people who share a meeting; ' + edges.length + ' links.'
      : shown.length + ' 位人物，' + edges.length + ' 条连线。 ' + shown.length + ' people, ' + edges.length +
        (edges.length === 1 ? ' link.' : ' links.');
    showNetworkMessage('status', status);

    const container = document.getElementById('network');
    container.classList.remove('network-empty');
    const legend = document.getElementById('network-legend');
    if (legend) legend.hidden = false;

    let cy;
    try {
      cy = window.cytoscape({
        container,
        elements,
        minZoom: 0.2,
        maxZoom: 3,
        boxSelectionEnabled: false,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': '#6b7f93',
              'border-width': 1.5,
              'border-color': '#ffffff',
              width: 'data(size)',
              height: 'data(size)',
              label: 'data(label)',
              'font-family': FONT_STACK,
              'font-size': 12,
              color: '#1d2733',
              'text-valign': 'bottom',
              'text-halign': 'center',
              'text-margin-y': 4,
              'text-outline-color': '#ffffff',
              'text-outline-width': 2.5,
              'text-outline-opacity': 0.9,
              'min-zoomed-font-size': 6,
            },
          },
          {
            selector: 'node[?envoy]',
            style: {
              'background-color': '#c2410c',
              'border-color': '#7c2d12',
              'border-width': 2.5,
              shape: 'diamond',
              'font-weight': 'bold',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 'data(width)',
              'line-color': '#9fb3c6',
              opacity: 0.75,
              'curve-style': 'bezier',
            },
          },
          { selector: 'node.hover', style: { 'border-color': '#0b5cad', 'border-width': 3 } },
          { selector: 'edge.hover', style: { 'line-color': '#0b5cad', opacity: 1 } },
          { selector: 'node.faded', style: { opacity: 0.25 } },
          { selector: 'edge.faded', style: { opacity: 0.1 } },
        ],
        layout: {
          name: 'cose',
          animate: false,
          randomize: true,
          nodeDimensionsIncludeLabels: true,
          padding: 24,
          idealEdgeLength: () => 90,
          nodeRepulsion: () => 12000,
          nodeOverlap: 12,
          componentSpacing: 60,
          gravity: 0.6,
          numIter: 1500,
        },
      });
    } catch (err) {
      showNetworkMessage('error', '无法绘制会面网络 Could not draw the network. ' + errorText(err));
      renderNetworkList(shown);
      return;
    }

    keepFitted(cy, container);
    attachNetworkInteractions(cy, container);
    renderNetworkList(shown);
    // Test hook: lets automated checks inspect the graph.
    window.cdkgNetwork = cy;
  }

  /**
   * The container's size can change after the layout ran (a scrollbar appears, the window is
   * resized, the columns reflow): tell Cytoscape, and fit the graph again until the reader has
   * panned or zoomed it.
   */
  function keepFitted(cy, container) {
    let touched = false;
    cy.on('tapstart', () => { touched = true; });
    container.addEventListener('wheel', () => { touched = true; }, { passive: true });
    if (typeof ResizeObserver !== 'function') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (frame) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (cy.destroyed()) { observer.disconnect(); return; }
        cy.resize();
        if (!touched) cy.fit(undefined, 24);
      });
    });
    observer.observe(container);
  }

  function attachNetworkInteractions(cy, container) {
    const tooltip = el('div', 'net-tooltip');
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    container.parentNode.insertBefore(tooltip, container.nextSibling);

    const place = (evt) => {
      const pos = evt.renderedPosition || (evt.target.renderedPosition && evt.target.renderedPosition()) || { x: 0, y: 0 };
      const left = container.offsetLeft + pos.x + 14;
      const top = container.offsetTop + pos.y + 14;
      const maxLeft = container.offsetLeft + container.clientWidth - tooltip.offsetWidth - 4;
      tooltip.style.left = Math.max(container.offsetLeft + 4, Math.min(left, maxLeft)) + 'px';
      tooltip.style.top = top + 'px';
    };
    const show = (evt, title, lines) => {
      tooltip.replaceChildren(el('strong', null, title));
      if (lines.length) {
        const ul = el('ul');
        lines.forEach((l) => ul.appendChild(el('li', null, l)));
        tooltip.appendChild(ul);
      }
      tooltip.hidden = false;
      place(evt);
    };
    const hide = () => { tooltip.hidden = true; };

    cy.on('mouseover', 'node', (evt) => {
      const n = evt.target;
      n.addClass('hover');
      const others = cy.elements().difference(n.closedNeighborhood());
      others.addClass('faded');
      const d = n.data();
      const lines = [];
      if (d.en) lines.push(d.en);
      if (d.envoy) lines.push('特使 Envoy');
      lines.push(d.meetings + ' 次会议 meetings · ' + d.degree + ' 位会面对象 people met');
      lines.push('点击打开页面 Click to open the page');
      show(evt, d.label, lines);
      container.style.cursor = d.href ? 'pointer' : '';
    });
    cy.on('mouseout', 'node', (evt) => {
      evt.target.removeClass('hover');
      cy.elements().removeClass('faded');
      container.style.cursor = '';
      hide();
    });
    cy.on('mouseover', 'edge', (evt) => {
      const e = evt.target;
      e.addClass('hover');
      const d = e.data();
      const a = e.source().data('label');
      const b = e.target().data('label');
      const titles = d.titles.slice(0, 12);
      if (d.titles.length > titles.length) titles.push('… +' + (d.titles.length - titles.length));
      show(evt, a + ' — ' + b + '：' + d.weight + ' 次共同会议 shared ' + (d.weight === 1 ? 'meeting' : 'meetings'), titles);
    });
    cy.on('mouseout', 'edge', (evt) => { evt.target.removeClass('hover'); hide(); });
    cy.on('mousemove', (evt) => { if (!tooltip.hidden) place(evt); });
    cy.on('pan zoom', hide);
    cy.on('tap', 'node', (evt) => {
      const href = evt.target.data('href');
      if (!href) return;
      const oe = evt.originalEvent;
      if (oe && (oe.ctrlKey || oe.metaKey || oe.button === 1)) window.open(href, '_blank', 'noopener');
      else window.location.assign(href);
    });
  }

  /** A text alternative to the canvas: the persons drawn, with their links. */
  function renderNetworkList(shown) {
    const section = document.getElementById('network-section');
    let details = document.getElementById('network-list');
    if (!details) {
      details = el('details', 'network-list');
      details.id = 'network-list';
      section.appendChild(details);
    }
    const summary = el('summary', null, '人物列表 List of people (' + shown.length + ')');
    const ol = el('ol');
    for (const p of shown) {
      const li = el('li');
      li.appendChild(entityLink(p.iri, p.label, p.envoy ? 'person envoy' : 'person'));
      if (p.envoy) li.appendChild(el('span', 'type-badge type-envoy', '特使 Envoy'));
      li.appendChild(el('span', 'muted',
        ' ' + p.meetings.size + ' 次会议 meetings · ' + p.neighbours.size + ' 位会面对象 people met'));
      ol.appendChild(li);
    }
    details.replaceChildren(summary, ol);
  }

  // ---------------------------------------------------------------------------
  // Query library: the packaged queries/, each opened in Fuseki's UI (it reads ?query=).
  // ---------------------------------------------------------------------------

  async function loadLibrary() {
    const list = document.getElementById('library');
    if (!list) return;
    try {
      const response = await fetch('/queries', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const queries = await response.json();
      const items = queries.map(q => {
        const li = el('li');
        const a = el('a', 'library-query', q.name);
        a.href = '/ui/#/dataset/cdkg/query?query=' + encodeURIComponent(q.query);
        li.appendChild(a);
        for (const line of q.description || []) li.appendChild(el('p', 'muted', line));
        const raw = el('a', 'muted', q.name + '.rq');
        raw.href = '/queries/' + encodeURIComponent(q.name) + '.rq';
        li.appendChild(raw);
        return li;
      });
      list.replaceChildren(...items);
    } catch (err) {
      list.replaceChildren(el('li', 'status error', '无法加载查询示例 Cannot load the query library: ' + errorText(err)));
    }
  }

  // ---------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------

  function start() {
    initSearch();
    loadMeetings();
    loadLibrary();
  }

  // Exposed for tests and for the browser console.
  window.cdkgApp = { sparqlStringContent, mostSpecificType, formatRange, buildSearchQuery, entityHref, runSearch };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
