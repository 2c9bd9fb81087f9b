import type { ServerResponse } from 'node:http';
import { sendJson } from '../respond.js';

/** Jira's error body: `{errorMessages: [...], errors: {field: message}}`. */
export function jiraErrorBody(errorMessages: string[], errors: Record<string, string> = {}): { errorMessages: string[]; errors: Record<string, string> } {
  return { errorMessages, errors };
}

export function sendJiraError(res: ServerResponse, status: number, errorMessages: string[], errors: Record<string, string> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, jiraErrorBody(errorMessages, errors), headers);
}
