// Loaded into Fuseki's query UI at /ui/: offers the cdkg query library (/queries) as example
// queries, next to Fuseki's own. The UI is a Vue app drawn after load and redrawn on navigation,
// so the badges are added whenever its "Example Queries" box appears without them.
(function () {
  'use strict';
  var library = null;

  fetch('/queries', { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (list) { library = list; addBadges(); })
    .catch(function () { library = []; });

  function addBadges() {
    if (!library || library.length === 0) return;
    var labels = document.querySelectorAll('label');
    for (var i = 0; i < labels.length; i++) {
      if (labels[i].textContent.trim() !== 'Example Queries') continue;
      var box = labels[i].nextElementSibling;
      if (!box || box.querySelector('.cdkg-example')) continue;
      library.forEach(function (q) { box.appendChild(badge(q)); });
    }
  }

  function badge(q) {
    var b = document.createElement('span');
    b.className = 'badge text-bg-success p-2 me-2 mb-1 cdkg-example';
    b.textContent = q.name;
    b.title = (q.description || []).join('\n');
    b.setAttribute('role', 'button');
    b.tabIndex = 0;
    b.addEventListener('click', function () { open(q); });
    b.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(q); } });
    return b;
  }

  // The UI's query page reads ?query= from its route, so navigating there loads the text.
  function open(q) {
    var m = location.hash.match(/^#\/dataset\/([^/?]+)\/query/);
    var dataset = m ? m[1] : 'cdkg';
    location.hash = '#/dataset/' + dataset + '/query?query=' + encodeURIComponent(q.query);
  }

  new MutationObserver(addBadges).observe(document.documentElement, { childList: true, subtree: true });
})();
