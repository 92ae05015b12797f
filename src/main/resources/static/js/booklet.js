// Trio — livret: the progression chart. Its data are in data attributes of the canvas (no inline script).
(function () {
  'use strict';
  function numbers(text) {
    return (text || '').split(',').map(function (value) { return value === '' ? null : Number(value); });
  }
  document.querySelectorAll('canvas[data-trio-chart="progression"]').forEach(function (canvas) {
    if (typeof Chart === 'undefined') { return; }
    var levels = (canvas.dataset.levels || '').split(',');
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: (canvas.dataset.labels || '').split(','),
        datasets: [
          { label: canvas.dataset.labelMentor, data: numbers(canvas.dataset.mentor), borderColor: '#1d4f91',
            backgroundColor: '#1d4f91', spanGaps: true, pointStyle: 'circle' },
          { label: canvas.dataset.labelTrainer, data: numbers(canvas.dataset.trainer), borderColor: '#b35900',
            backgroundColor: '#b35900', borderDash: [6, 4], spanGaps: true, pointStyle: 'rectRot' }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 0, max: 3, ticks: { stepSize: 1, callback: function (value) { return levels[value] || value; } } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
  document.querySelectorAll('canvas[data-trio-chart="cohort"]').forEach(function (canvas) {
    if (typeof Chart === 'undefined') { return; }
    var levels = (canvas.dataset.levels || '').split(',');
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: (canvas.dataset.labels || '').split('|'),
        datasets: [
          { label: canvas.dataset.labelMentor, data: numbers(canvas.dataset.mentor), backgroundColor: '#1d4f91' },
          { label: canvas.dataset.labelTrainer, data: numbers(canvas.dataset.trainer), backgroundColor: '#b35900' }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        scales: { x: { min: 0, max: 3, ticks: { stepSize: 1, callback: function (value) { return levels[value] || value; } } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
