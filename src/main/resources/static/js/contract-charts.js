// Charts of the rupture analysis: each <canvas data-trio-chart> carries its data as JSON in data-chart (the
// Content-Security-Policy forbids inline scripts, so the page holds no script of its own).
(function () {
  'use strict';
  function draw(canvas) {
    if (typeof Chart === 'undefined') { return; }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var kind = canvas.getAttribute('data-trio-chart');
    var rupturesLabel = canvas.getAttribute('data-label-ruptures');
    if (kind === 'structures') {
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [
            { label: rupturesLabel, data: data.ruptures, backgroundColor: '#1f5f8b', yAxisID: 'y' },
            { label: canvas.getAttribute('data-label-rates') + ' (%)', data: data.rates, type: 'line',
              borderColor: '#c0392b', backgroundColor: '#c0392b', yAxisID: 'rate' }
          ]
        },
        options: {
          responsive: true, animation: false,
          scales: { y: { beginAtZero: true, position: 'left' },
                    rate: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } }
        }
      });
    } else if (kind === 'months') {
      new Chart(canvas, {
        type: 'line',
        data: { labels: data.labels,
                datasets: [{ label: rupturesLabel, data: data.ruptures, borderColor: '#1f5f8b',
                             backgroundColor: '#1f5f8b', tension: 0.2 }] },
        options: { responsive: true, animation: false, scales: { y: { beginAtZero: true } } }
      });
    }
  }
  document.querySelectorAll('canvas[data-trio-chart]').forEach(draw);
})();
