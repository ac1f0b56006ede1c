// The four dashboard charts; the data comes from the data-chart attribute of #charts.
(function () {
  var holder = document.getElementById('charts');
  if (!holder || typeof echarts === 'undefined') { return; }
  var d = JSON.parse(holder.getAttribute('data-chart'));
  var colors = ['#a8071a', '#1d4ed8', '#d97706', '#15803d', '#0f766e', '#6b7280'];
  function chart(id, option) {
    var c = echarts.init(document.getElementById(id));
    option.color = colors;
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }
  function entries(map) {
    return Object.keys(map).map(function (k) { return { name: k, value: map[k] }; });
  }
  chart('chart-budget', {
    title: { text: '各部门预算（万元）', textStyle: { fontSize: 14 } },
    tooltip: {}, grid: { left: 90, right: 20, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: d.departments, axisLabel: { width: 80, overflow: 'truncate' } },
    series: [{ type: 'bar', data: d.budgets }]
  });
  chart('chart-states', {
    title: { text: '流程状态', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' }, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: entries(d.states) }]
  });
  chart('chart-grades', {
    title: { text: '审核等级', textStyle: { fontSize: 14 } },
    tooltip: {}, xAxis: { type: 'category', data: Object.keys(d.grades) }, yAxis: { type: 'value' },
    series: [{ type: 'bar', data: Object.keys(d.grades).map(function (k) { return d.grades[k]; }),
      itemStyle: { color: function (p) { return ['#15803d', '#1d4ed8', '#d97706', '#a8071a'][p.dataIndex]; } } }]
  });
  chart('chart-findings', {
    title: { text: '最常见的问题（涉及项目数）', textStyle: { fontSize: 14 } },
    tooltip: {}, grid: { left: 190, right: 20, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: d.findings, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ type: 'bar', data: d.findingCounts, itemStyle: { color: '#d97706' } }]
  });
})();
