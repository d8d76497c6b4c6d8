// The offline API documentation page: plain HTML, CSS and a small script, all served by this
// server (no CDN). It lists the operations of openapi.json and can call them with a token.

export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>readouts API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/v1/docs/style.css">
</head>
<body>
<header><h1>readouts API</h1><p id="description"></p>
<label>Bearer token <input id="token" type="password" placeholder="rdt_..." autocomplete="off"></label></header>
<main id="operations">Loading /api/v1/openapi.json ...</main>
<script src="/api/v1/docs/app.js"></script>
</body>
</html>`;

export const docsCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem;color:#222}
header{border-bottom:1px solid #ddd;margin-bottom:1rem}
input{font:inherit;padding:2px 6px}
section{border:1px solid #ddd;border-radius:6px;margin:0 0 1rem;padding:.5rem 1rem}
h2{font-size:1.05rem}
.method{background:#0a6;color:#fff;border-radius:4px;padding:0 6px;margin-right:.5rem;font-family:monospace}
.param{display:grid;grid-template-columns:10rem 1fr;gap:.5rem;margin:.25rem 0}
.param small{grid-column:2;color:#666}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}`;

export const docsJs = `(function () {
  'use strict';
  var el = function (tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
  var tokenInput = document.getElementById('token');
  tokenInput.value = sessionStorage.getItem('readouts-token') || '';
  tokenInput.addEventListener('change', function () { sessionStorage.setItem('readouts-token', tokenInput.value); });
  function operation(base, path, method, op) {
    var section = el('section');
    var h = el('h2'); h.appendChild(el('span', method.toUpperCase(), 'method')); h.appendChild(document.createTextNode(base + path));
    section.appendChild(h);
    section.appendChild(el('p', op.summary || ''));
    var inputs = {};
    (op.parameters || []).forEach(function (p) {
      var row = el('label', null, 'param');
      row.appendChild(el('span', p.name + (p.required ? ' *' : '')));
      var input = el('input'); input.placeholder = (p.schema && p.schema.enum) ? p.schema.enum.join(' | ') : (p.schema && p.schema.type) || '';
      inputs[p.name] = { input: input, where: p.in };
      row.appendChild(input);
      if (p.description) row.appendChild(el('small', p.description));
      section.appendChild(row);
    });
    var button = el('button', 'Try it'); var out = el('pre'); out.hidden = true;
    button.addEventListener('click', function () {
      var url = base + path; var qs = new URLSearchParams();
      Object.keys(inputs).forEach(function (name) {
        var v = inputs[name].input.value.trim(); if (!v) return;
        if (inputs[name].where === 'path') url = url.replace('{' + name + '}', encodeURIComponent(v)); else qs.set(name, v);
      });
      if (qs.toString()) url += '?' + qs.toString();
      out.hidden = false; out.textContent = 'GET ' + url + ' ...';
      fetch(url, { headers: { Authorization: 'Bearer ' + tokenInput.value } }).then(function (res) {
        return res.text().then(function (body) {
          try { body = JSON.stringify(JSON.parse(body), null, 2); } catch (e) {}
          out.textContent = res.status + ' ' + res.statusText + '\\n\\n' + body;
        });
      }).catch(function (e) { out.textContent = String(e); });
    });
    section.appendChild(button); section.appendChild(out);
    return section;
  }
  fetch('/api/v1/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
    document.getElementById('description').textContent = doc.info.description || '';
    var main = document.getElementById('operations'); main.textContent = '';
    var base = (doc.servers && doc.servers[0] && doc.servers[0].url) || '';
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) { main.appendChild(operation(base, path, method, doc.paths[path][method])); });
    });
  });
})();`;
