import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

// Only the parts the console draws, so that the chart screens load a fraction of ECharts.
echarts.use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** The values a chart shows, counted: how many data points it draws (a null draws nothing) and their sum, for tests to read. */
function drawnFigures(option: EChartsOption): { points: number; total: number } {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  let points = 0;
  let total = 0;
  for (const s of series) {
    for (const item of ((s as { data?: unknown[] }).data ?? []) as unknown[]) {
      const raw = typeof item === 'object' && item !== null && 'value' in item ? (item as { value: unknown }).value : item;
      const value = Number(Array.isArray(raw) ? raw[raw.length - 1] : raw);
      if (raw !== null && raw !== undefined && Number.isFinite(value)) {
        points += 1;
        total += value;
      }
    }
  }
  return { points, total: Math.round(total * 100) / 100 };
}

interface Props {
  option: EChartsOption;
  height?: number | string;
  /** The bar, slice or point clicked: its category name and its index in the series' data. */
  onClick?: (name: string, dataIndex: number) => void;
  theme?: 'dark';
  /** Names the chart for tests; its drawn figures are on the same element (data-points, data-total). */
  testId?: string;
}

export default function Chart({ option, height = 320, onClick, theme, testId }: Props) {
  const drawn = drawnFigures(option);
  return (
    <div data-testid={testId} data-points={drawn.points} data-total={drawn.total} style={{ height }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        theme={theme}
        style={{ height: '100%' }}
        notMerge
        onEvents={onClick ? { click: (p: { name: string; dataIndex: number }) => onClick(p.name, p.dataIndex) } : undefined}
      />
    </div>
  );
}
