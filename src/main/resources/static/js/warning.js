// Trio — charts of the early warning (Chart.js). The data sit in data-* attributes of each canvas: no inline script.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var blue = '#1d4f91';
  var orange = '#b35900';
  function numbers(text) {
    return (text || '').split(',').filter(function (v) { return v !== ''; }).map(Number);
  }
  document.querySelectorAll('canvas[data-trio-chart="bar"]').forEach(function (canvas) {
    var labels = (canvas.dataset.labels || '').split('|').filter(function (v) { return v !== ''; });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: canvas.dataset.label, data: numbers(canvas.dataset.values), backgroundColor: blue }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
  document.querySelectorAll('canvas[data-trio-chart="lift"]').forEach(function (canvas) {
    var lift = numbers(canvas.dataset.lift);
    var labels = lift.map(function (v, i) { return 'D' + (i + 1); });
    new Chart(canvas, {
      data: {
        labels: labels,
        datasets: [
          { type: 'bar', label: canvas.dataset.liftLabel, data: lift, backgroundColor: blue, yAxisID: 'lift' },
          { type: 'line', label: canvas.dataset.capturedLabel, data: numbers(canvas.dataset.captured), borderColor: orange,
            backgroundColor: orange, yAxisID: 'captured' }
        ]
      },
      options: {
        scales: {
          lift: { type: 'linear', position: 'left', beginAtZero: true },
          captured: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
            ticks: { callback: function (v) { return v + ' %'; } } }
        }
      }
    });
  });
})();
