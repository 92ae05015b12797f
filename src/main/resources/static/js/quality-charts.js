// Charts of the quality pages: every <canvas data-chart='{"type":…,"labels":[…],"data":[…]}'> is drawn with Chart.js.
// The figures are also in a table next to the chart, for screen readers and printing.
(function () {
  'use strict';
  var palette = ['#1d4f91', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#b02a37'];
  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = spec.datasets || [{ label: spec.label || '', data: spec.data, backgroundColor: palette[0] }];
    datasets.forEach(function (set, index) {
      if (!set.backgroundColor) { set.backgroundColor = palette[index % palette.length]; }
      if (spec.type === 'line' && !set.borderColor) { set.borderColor = set.backgroundColor; }
    });
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1 || !!spec.label } },
        scales: spec.max ? { y: { beginAtZero: true, max: spec.max } } : { y: { beginAtZero: true } }
      }
    });
  }
  document.querySelectorAll('canvas[data-chart]').forEach(draw);
})();
