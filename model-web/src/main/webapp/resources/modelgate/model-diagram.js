// The model page's diagram: the lifecycle BPMN drawn by bpmn-js, with the elements the model has
// passed and those it waits at marked. Data from GET /api/models/{id}/diagram (same session).
// It opens at a readable scale around where the model stands (the whole process at "fit" makes
// its labels a few pixels high); the buttons zoom and fit, the mouse drags and scrolls (the
// NavigatedViewer's own modules), and hovering a passed step shows who completed it and when.
var ModelDiagram = (function () {
  var viewer = null;
  var READABLE = 0.9; // scale at which the labels read like the page's text
  var ZONE = 'Asia/Shanghai';

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
          tooltips(canvas, diagram.completedSteps || []);
          fit();
        });
      })
      .catch(function () {
        canvas.textContent = canvas.dataset.failed;
      });
  }

  function when(instant) {
    try {
      return new Date(instant).toLocaleString('zh-CN', { timeZone: ZONE, hour12: false,
        year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return instant;
    }
  }

  function tooltips(canvas, steps) {
    var byElement = {};
    steps.forEach(function (step) { byElement[step.elementId] = step; });
    var tip = document.getElementById('diagramTip');
    var events = viewer.get('eventBus');
    events.on('element.hover', function (event) {
      var step = byElement[event.element.id];
      if (!tip) { return; }
      if (!step) { tip.hidden = true; return; }
      var name = (event.element.businessObject && event.element.businessObject.name) || event.element.id;
      var text = name + ' · ';
      if (step.actorName) { text += canvas.dataset.doneBy + ' ' + step.actorName + ' · '; }
      text += canvas.dataset.doneAt + ' ' + when(step.endedAt);
      tip.textContent = text;
      tip.dataset.element = step.elementId;
      tip.hidden = false;
    });
    events.on('element.out', function () { if (tip) { tip.hidden = true; } });
  }

  // The whole process when that is readable; else a readable scale centred where the model waits.
  function fit() {
    if (!viewer) { return; }
    try {
      var canvas = viewer.get('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
      if (canvas.zoom() < READABLE) {
        var registry = viewer.get('elementRegistry');
        var container = document.getElementById('diagramCanvas');
        var active = (container.dataset.active || '').split(' ').filter(function (id) { return registry.get(id); });
        var box = canvas.viewbox();
        var centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        if (active.length > 0) {
          var element = registry.get(active[0]);
          centre = { x: element.x + (element.width || 0) / 2, y: element.y + (element.height || 0) / 2 };
        }
        canvas.zoom(READABLE, centre);
        var now = canvas.viewbox();
        canvas.scroll({ dx: (now.x + now.width / 2 - centre.x) * now.scale, dy: (now.y + now.height / 2 - centre.y) * now.scale });
      }
      report();
    } catch (e) { /* hidden tab */ }
  }

  function zoom(factor) {
    if (!viewer) { return; }
    var canvas = viewer.get('canvas');
    var box = canvas.viewbox();
    canvas.zoom(Math.max(0.2, Math.min(4, canvas.zoom() * factor)),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    report();
  }

  // The scale on the canvas, for tests and for the curious.
  function report() {
    var container = document.getElementById('diagramCanvas');
    if (!container || !viewer || container.offsetWidth === 0) { return; }
    var scale = viewer.get('canvas').zoom();
    if (isFinite(scale) && scale > 0) { container.dataset.scale = scale.toFixed(3); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('diagramCanvas');
    if (canvas) {
      show(canvas);
      // Drawn while its tab is hidden: fit it to the canvas whenever the canvas gets a size.
      var sized = false;
      new ResizeObserver(function () {
        if (canvas.offsetWidth > 0 && !sized) { sized = true; fit(); }
        if (canvas.offsetWidth === 0) { sized = false; }
      }).observe(canvas);
    }
  });

  return { fit: fit, zoom: zoom };
})();
