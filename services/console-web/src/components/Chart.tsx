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

/** The names along a category axis (units, months, years), or none. */
function categoriesOf(option: EChartsOption): string[] {
  const axis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  return axis && 'data' in axis && Array.isArray(axis.data) ? axis.data.map(String) : [];
}

interface Props {
  option: EChartsOption;
  height?: number | string;
  /** The bar, point or category label clicked: its category name and index along the category axis. */
  onClick?: (name: string, dataIndex: number) => void;
  theme?: 'dark';
  /** Names the chart for tests; its drawn figures are on the same element (data-points, data-total). */
  testId?: string;
}

export default function Chart({ option, height = 320, onClick, theme, testId }: Props) {
  const drawn = drawnFigures(option);
  const categories = categoriesOf(option);
  const click = (p: { name?: string; value?: unknown; dataIndex?: number; componentType?: string }) => {
    // A category label (triggerEvent on the axis) answers its text as value; a bar its name and index.
    const name = p.componentType === 'xAxis' ? String(p.value) : (p.name ?? '');
    onClick?.(name, p.componentType === 'xAxis' ? categories.indexOf(name) : (p.dataIndex ?? categories.indexOf(name)));
  };
  return (
    <div data-testid={testId} data-points={drawn.points} data-total={drawn.total} data-categories={JSON.stringify(categories)} style={{ height }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        theme={theme}
        style={{ height: '100%' }}
        notMerge
        onEvents={onClick ? { click } : undefined}
      />
    </div>
  );
}
