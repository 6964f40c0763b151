import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

// Only the parts the console draws, so that the chart screens load a fraction of ECharts.
echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export default function Chart({ option, height = 320, onClick }: { option: EChartsOption; height?: number; onClick?: (name: string) => void }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height }}
      notMerge
      onEvents={onClick ? { click: (p: { name: string }) => onClick(p.name) } : undefined}
    />
  );
}
