// Renders /openapi.json as a readable list of endpoints (text only: no HTML is taken from the document).
fetch('/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
  var main = document.getElementById('docs');
  main.textContent = '';
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  main.appendChild(el('h1', doc.info.title + ' ' + doc.info.version));
  main.appendChild(el('p', doc.info.description));
  Object.keys(doc.paths).forEach(function (path) {
    Object.keys(doc.paths[path]).forEach(function (method) {
      var op = doc.paths[path][method];
      var card = el('section', null, 'card');
      card.appendChild(el('h2', method.toUpperCase() + ' ' + path));
      card.appendChild(el('p', op.summary));
      card.appendChild(el('p', 'Role: ' + op['x-interdict-role'], 'meta'));
      (op.parameters || []).forEach(function (p) {
        card.appendChild(el('div', p.in + ' parameter ' + p.name + (p.description ? ': ' + p.description : ''), 'meta'));
      });
      if (op.requestBody) {
        var ref = op.requestBody.content['application/json'].schema.$ref.split('/').pop();
        var pre = el('pre', JSON.stringify(doc.components.schemas[ref], null, 1));
        card.appendChild(el('div', 'Body: ' + ref, 'meta'));
        card.appendChild(pre);
      }
      main.appendChild(card);
    });
  });
});
