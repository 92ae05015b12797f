// Attendance charts: absenteeism per month (justified and unjustified, in % of planned hours), drawn with Chart.js
// from the data-* attributes of <canvas data-attendance-chart>. The table next to each chart holds the same figures.
(function () {
  'use strict';
  function draw(canvas) {
    if (typeof Chart === 'undefined') { return; }
    var labels = JSON.parse(canvas.getAttribute('data-labels'));
    var justified = JSON.parse(canvas.getAttribute('data-justified'));
    var unjustified = JSON.parse(canvas.getAttribute('data-unjustified'));
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.getAttribute('data-label-unjustified'), data: unjustified, backgroundColor: '#b02a37' },
          { label: canvas.getAttribute('data-label-justified'), data: justified, backgroundColor: '#6c8ebf' }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { callback: function (v) { return v + ' %'; } } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-attendance-chart]').forEach(draw);
  });
})();
