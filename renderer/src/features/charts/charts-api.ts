/**
 * The Charts page's calls to main: one thin, typed function per channel, so components and hooks
 * never name a channel themselves (docs/architecture.md, "Renderer").
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { ExplorerSeries } from '../../../../shared/domain/series';
import { call } from '../../api';

/** Hours per epic / project over time, or per person. */
export const readSeries = (input: ChannelInput<'explorer.series'>): Promise<ExplorerSeries> => call('explorer.series', input);

/** The latest day with a stored worklog before `before`, or null. */
export const lastDayWithData = async (before: string): Promise<string | null> => (await call('explorer.lastDayWithData', { before })).day;
