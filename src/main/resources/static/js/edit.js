// Indicator rows of the edit form: add, remove, move up and down. Before submitting, the rows
// are numbered again so that the server binds them as rows[0], rows[1], ... in the order shown.
(function () {
  var body = document.getElementById('indicator-body');
  var form = document.getElementById('edit-form');
  if (!body || !form) { return; }
  var fields = ['level1', 'level2', 'name', 'description', 'value', 'basis'];

  function renumber() {
    var rows = body.querySelectorAll('tr.indicator-row');
    rows.forEach(function (tr, i) {
      tr.querySelector('.pos').textContent = String(i + 1);
      tr.id = 'indicator-row-' + (i + 1);
      var inputs = tr.querySelectorAll('input, textarea');
      inputs.forEach(function (el, j) {
        var f = fields[j];
        el.name = 'rows[' + i + '].' + f;
        el.id = 'rows' + i + '.' + f;
      });
    });
  }

  document.getElementById('add-row-button').addEventListener('click', function () {
    var t = document.getElementById('row-template');
    var tr = t.content.firstElementChild.cloneNode(true);
    var last = body.querySelector('tr.indicator-row:last-child');
    if (last) { // a new row usually continues the level 1 and 2 of the row above
      tr.querySelector('.l1').value = last.querySelector('.l1').value;
      tr.querySelector('.l2').value = last.querySelector('.l2').value;
    }
    body.appendChild(tr);
    renumber();
    tr.querySelector('.l3').focus();
  });

  body.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b) { return; }
    var tr = b.closest('tr');
    if (b.classList.contains('row-remove')) {
      tr.remove();
    } else if (b.classList.contains('row-up') && tr.previousElementSibling) {
      body.insertBefore(tr, tr.previousElementSibling);
    } else if (b.classList.contains('row-down') && tr.nextElementSibling) {
      body.insertBefore(tr.nextElementSibling, tr);
    }
    renumber();
  });

  form.addEventListener('submit', renumber);
  renumber();
})();
