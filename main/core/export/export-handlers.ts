import type { Handlers } from '../dispatch.js';
import type { ExportService } from './export-service.js';

export function exportHandlers(exports: ExportService): Pick<Handlers, 'explorer.export'> {
  return {
    'explorer.export': (input) => exports.exportView(input),
  };
}
