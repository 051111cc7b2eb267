// The model page's diagram: the lifecycle BPMN drawn by bpmn-js, with the elements the model has
// passed and those it waits at marked. Data from GET /api/models/{id}/diagram (same session).
var ModelDiagram = (function () {
  var viewer = null;

  function show(canvas) {
    viewer = new BpmnJS({ container: canvas });
    fetch(canvas.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (diagram) {
        return viewer.importXML(diagram.bpmnXml).then(function () {
          var marks = viewer.get('canvas');
          var registry = viewer.get('elementRegistry');
          diagram.completedElements.forEach(function (id) {
            if (registry.get(id)) { marks.addMarker(id, 'mg-done'); }
          });
          diagram.activeElements.forEach(function (id) {
            if (registry.get(id)) { marks.addMarker(id, 'mg-active'); }
          });
          canvas.dataset.active = diagram.activeElements.join(' ');
          canvas.dataset.completed = diagram.completedElements.join(' ');
          fit();
        });
      })
      .catch(function () {
        canvas.textContent = canvas.dataset.failed;
      });
  }

  function fit() {
    if (viewer) {
      try {
        var canvas = viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport', 'auto');
      } catch (e) { /* hidden tab */ }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('diagramCanvas');
    if (canvas) {
      show(canvas);
      // Drawn while its tab is hidden: fit it to the canvas whenever the canvas gets a size.
      new ResizeObserver(function () { if (canvas.offsetWidth > 0) { fit(); } }).observe(canvas);
    }
  });

  return { fit: fit };
})();
