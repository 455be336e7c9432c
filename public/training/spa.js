/*
 * Training: a single-page-app case system. It renders nothing useful at load, fills the page about
 * 800 ms later (as a real app waits for its API), and moves between the case list and a case with
 * history.pushState, never reloading. The extension has to notice both. All data is here (no network),
 * everything is built with createElement and textContent, and there are no inline scripts (extension CSP).
 */
(function () {
  'use strict';

  var DELAY_MS = 800;
  var MARKER = 'TRAINING — fictional case';

  var CASES = [
    {
      urn: '09TR2610044',
      defendant: 'Ellis VARNHAM',
      hearing: '14/10/2026 10:00, Courtroom 2',
      hearingType: 'Sentence',
      restrictions: 'Complainant anonymity – Sexual Offences (Amendment) Act 1992',
      offences: [
        {
          code: 'SX03252',
          title: 'Threaten to share photograph or film of person in intimate state',
          legislation: 'Contrary to section 66B(4) and (10) of the Sexual Offences Act 2003.',
          wording:
            'On 19/02/2026 at Brackenford threatened to share a film which showed, or appeared to show, CD in an intimate state, intending that CD would fear that the threat would be carried out.',
          date: '19/02/2026',
          plea: 'Guilty',
        },
      ],
      property: 'Exhibit GV/1: Samsung Galaxy S23 mobile phone, IMEI ending 3471 (examined: threatening messages found)',
    },
    {
      urn: '09TR2610058',
      defendant: 'Maisie THORNCLIFFE',
      hearing: '14/10/2026 11:30, Courtroom 2',
      hearingType: 'First hearing',
      restrictions: 'None recorded',
      offences: [
        {
          code: 'TH68010',
          title: 'Theft from a shop',
          legislation: 'Contrary to sections 1(1) and 7 of the Theft Act 1968.',
          wording:
            'On 02/08/2026 at Brackenford stole groceries and toiletries to the value of £84.20 belonging to Fenmart Stores Ltd.',
          date: '02/08/2026',
          plea: 'Not yet entered',
        },
      ],
      property: 'None seized',
    },
  ];

  var root = document.getElementById('spa-root');
  var timer = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') node.textContent = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function summaryList(rows) {
    return el(
      'dl',
      { class: 'summary-list' },
      rows.map(function (r) {
        return el('div', { class: 'summary-list__row' }, [el('dt', { text: r[0] }), el('dd', { text: r[1] })]);
      }),
    );
  }

  function findCase(urn) {
    for (var i = 0; i < CASES.length; i++) if (CASES[i].urn === urn) return CASES[i];
    return null;
  }

  function currentUrn(search) {
    var match = /[?&]case=([0-9A-Z]+)/.exec(search);
    return match ? match[1] : null;
  }

  function setStatus(text) {
    root.replaceChildren(el('h1', { text: 'Case system' }), el('p', { class: 'muted', role: 'status', id: 'spa-status', text: text }));
  }

  function listView() {
    var rows = CASES.map(function (c) {
      var link = el('a', { href: 'spa.html?case=' + c.urn, 'data-case': c.urn, text: 'Open case ' + c.urn });
      return el('tr', null, [
        el('th', { scope: 'row', class: 'urn', text: c.urn }),
        el('td', { text: c.defendant }),
        el('td', { text: c.hearing }),
        el('td', { text: c.hearingType }),
        el('td', null, [link]),
      ]);
    });
    var head = el('thead', null, [
      el(
        'tr',
        null,
        ['URN', 'Defendant', 'Hearing', 'Hearing type', 'Case'].map(function (h) {
          return el('th', { scope: 'col', text: h });
        }),
      ),
    ]);
    root.replaceChildren(
      el('h1', { text: 'Cases listed today' }),
      el('p', { text: 'Brackenford Magistrates’ Court, Wednesday 14 October 2026.' }),
      el('table', { class: 'table' }, [el('caption', { class: 'visually-hidden', text: 'Cases listed today' }), head, el('tbody', null, rows)]),
    );
    document.title = MARKER + ' – Cases – Case system (single-page app)';
  }

  function caseView(c) {
    var offences = c.offences.map(function (o, i) {
      var id = 'spa-off-' + (i + 1);
      return el('article', { class: 'offence', 'aria-labelledby': id }, [
        el('h3', { id: id, class: 'offence__title', text: i + 1 + '. ' + o.title }),
        summaryList([
          ['Offence code', o.code],
          ['Legislation', o.legislation],
          ['Wording', o.wording],
          ['Offence date', o.date],
          ['Plea', o.plea],
        ]),
      ]);
    });
    var back = el('a', { href: 'spa.html', 'data-case': '', text: 'Back to cases listed today' });
    root.replaceChildren(
      el('p', null, [back]),
      el('p', { class: 'caption', text: 'URN ' + c.urn }),
      el('h1', { text: 'Case at a glance' }),
      summaryList([
        ['URN', c.urn],
        ['Defendant', c.defendant],
        ['Next hearing', c.hearing + ' – ' + c.hearingType],
        ['Reporting restrictions', c.restrictions],
      ]),
      el('section', { class: 'panel', 'aria-labelledby': 'spa-off-h' }, [el('h2', { id: 'spa-off-h', text: 'Offences' })].concat(offences)),
      el('section', { class: 'panel', 'aria-labelledby': 'spa-prop-h' }, [
        el('h2', { id: 'spa-prop-h', text: 'Property seized' }),
        el('p', { text: c.property }),
      ]),
    );
    document.title = MARKER + ' – Case at a glance – ' + c.urn + ' – Case system (single-page app)';
  }

  /** Render the view for a URL's query string, after the pretend API delay. */
  function render(search) {
    window.clearTimeout(timer);
    var urn = currentUrn(search);
    var c = urn ? findCase(urn) : null;
    setStatus(c ? 'Loading case ' + c.urn + '…' : 'Loading cases…');
    timer = window.setTimeout(function () {
      if (c) caseView(c);
      else listView();
    }, DELAY_MS);
  }

  root.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('a[data-case]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    var urn = link.getAttribute('data-case');
    var search = urn ? '?case=' + urn : '';
    history.pushState({ case: urn || null }, '', location.pathname + search);
    render(search);
    var main = document.getElementById('main');
    if (main) main.focus();
  });

  window.addEventListener('popstate', function () {
    render(location.search);
  });

  render(location.search);
})();
