/**
 * Series colours as CSS variables (styles/tokens.css: --chart-1 … --chart-10, --chart-other), each
 * a light-dark() pair, so the SVG follows the theme without re-rendering: recharts writes them as
 * fill attributes and the browser resolves var() there like in CSS.
 */
export const SERIES_COLORS = Array.from({ length: 10 }, (_, i) => `var(--chart-${i + 1})`);
export const OTHER_COLOR = 'var(--chart-other)';
export const PERSON_COLOR = 'var(--chart-1)';

export const seriesColor = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length] as string;

/** The same colours for HTML (legend, tooltip, table): classes in features/charts/charts.css. */
export const swatchClass = (index: number | 'other' | 'person'): string =>
  `chart-swatch chart-swatch--${index === 'other' ? 'other' : index === 'person' ? '1' : String((index % SERIES_COLORS.length) + 1)}`;
