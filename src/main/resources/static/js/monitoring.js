// The execution-rate charts of the monitoring page: one per element with class rate-chart, its data
// (names, rates, plans, floor, floorLabel) in the element's data-chart attribute.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var holders = document.querySelectorAll('.rate-chart');
  Array.prototype.forEach.call(holders, function (el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var series = [
      { name: '执行率', type: 'bar', data: d.rates, barMaxWidth: 36,
        itemStyle: { color: function (p) {
          var plan = d.plans[p.dataIndex];
          if (d.floor !== null && p.value !== null && p.value < d.floor) { return '#a8071a'; }
          if (plan !== null && p.value !== null && p.value < plan - 10) { return '#d97706'; }
          return '#1d4ed8';
        } },
        label: { show: true, position: 'insideTop', color: '#fff', fontSize: 11,
          formatter: function (p) { return p.value === null ? '' : Number(p.value).toFixed(2) + '%'; } } },
      { name: '计划进度', type: 'scatter', data: d.plans, symbol: 'rect', symbolSize: [28, 4],
        itemStyle: { color: '#15803d' } }
    ];
    if (d.floor !== null) {
      series[0].markLine = { symbol: 'none', lineStyle: { color: '#a8071a', type: 'dashed' },
        label: { formatter: '支出进度\n要求 ' + d.floor + '%', position: 'end', color: '#a8071a' },
        data: [{ yAxis: d.floor, name: d.floorLabel }] };
    }
    var chart = echarts.init(el);
    chart.setOption({
      title: { text: el.getAttribute('data-title'), textStyle: { fontSize: 14 },
        subtext: '红色：低于本地区支出进度要求；橙色：落后资金支出计划 10 个百分点以上', subtextStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v + '%'; } },
      legend: { right: 10, data: ['执行率', '计划进度'] },
      grid: { left: 50, right: 80, bottom: 70, top: 64 },
      xAxis: { type: 'category', data: d.names, axisLabel: { interval: 0, rotate: d.names.length > 4 ? 30 : 0, width: 110, overflow: 'truncate' } },
      yAxis: { type: 'value', max: function (v) { return Math.max(100, Math.ceil(v.max / 10) * 10); }, axisLabel: { formatter: '{value}%' } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
