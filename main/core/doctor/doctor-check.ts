import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { isAppError } from '../errors.js';

export const pass = (id: string, title: string, detail: string): DoctorCheck => ({ id, title, status: 'pass', detail });
export const fail = (id: string, title: string, detail: string): DoctorCheck => ({ id, title, status: 'fail', detail });
export const info = (id: string, title: string, detail: string): DoctorCheck => ({ id, title, status: 'info', detail });

/**
 * Runs one check; anything it throws becomes a failed check in plain words instead of ending the
 * whole report (a broken keychain must not hide a full disk). AppError messages are written for
 * users already; other errors keep only their message, never a stack.
 */
export async function guarded(id: string, title: string, run: () => Promise<DoctorCheck | DoctorCheck[]> | DoctorCheck | DoctorCheck[]): Promise<DoctorCheck[]> {
  try {
    const result = await run();
    return Array.isArray(result) ? result : [result];
  } catch (e) {
    const reason = isAppError(e) ? e.message : `The check itself failed: ${e instanceof Error ? e.message : String(e)}.`;
    return [fail(id, title, reason)];
  }
}
