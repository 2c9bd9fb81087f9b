import { describe, expect, it } from 'vitest';
import { normalizeJiraSiteUrl } from '../../../main/core/jira/jira-site-url.js';
import { DEFAULT_TEMPO_BASE_URL, normalizeTempoBaseUrl } from '../../../main/core/tempo/tempo-client.js';

describe('normalizeJiraSiteUrl', () => {
  it.each([
    ['https://acme.atlassian.net', 'https://acme.atlassian.net'],
    ['  acme.atlassian.net/  ', 'https://acme.atlassian.net'],
    ['HTTPS://ACME.Atlassian.NET//', 'https://acme.atlassian.net'],
    ['https://acme.atlassian.net/browse/KEY-1', 'https://acme.atlassian.net'],
    ['https://acme.atlassian.net/jira/software/projects/CORE/boards/1?selectedIssue=CORE-3', 'https://acme.atlassian.net'],
    ['https://acme.atlassian.net/rest/api/3/myself', 'https://acme.atlassian.net'],
    ['https://example.com/jira', 'https://example.com/jira'],
    ['https://example.com/jira/', 'https://example.com/jira'],
    ['https://example.com/jira/browse/KEY-1?focusedCommentId=10', 'https://example.com/jira'],
    ['https://example.com/jira/secure/Dashboard.jspa', 'https://example.com/jira'],
    ['https://example.com/tools/jira/rest/api/3/search/jql', 'https://example.com/tools/jira'],
    ['https://example.com:8443/jira', 'https://example.com:8443/jira'],
    ['https://example.com:443/', 'https://example.com'],
    ['http://127.0.0.1:4010/jira/', 'http://127.0.0.1:4010/jira'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['https://acme.atlassian.net/#/x', 'https://acme.atlassian.net'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeJiraSiteUrl(typed)).toBe(expected);
  });

  it.each([
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['http://acme.atlassian.net', /https:\/\//],
    ['http://192.168.1.10/jira', /https:\/\//],
    ['ftp://acme.atlassian.net', /https:\/\//],
    ['https://ada:secret@acme.atlassian.net', /user name or password/],
    ['https://example.com/jira?x=1', /Remove the part from "\?"/],
    ['acme', /did you mean https:\/\/acme\.atlassian\.net/],
    ['not a url', /spaces/],
    ['https://', /does not look like a web address/],
    ['https://exa mple.com', /spaces/],
  ])('refuses %j in plain words', (typed, message) => {
    expect(() => normalizeJiraSiteUrl(typed)).toThrow(expect.objectContaining({ code: 'validation', message: expect.stringMatching(message) }));
  });
});

describe('normalizeTempoBaseUrl', () => {
  it.each([
    ['', DEFAULT_TEMPO_BASE_URL],
    ['https://api.tempo.io', 'https://api.tempo.io'],
    ['https://api.tempo.io/4', 'https://api.tempo.io'],
    ['https://api.tempo.io/4/', 'https://api.tempo.io'],
    ['https://api.eu.tempo.io/', 'https://api.eu.tempo.io'],
    ['api.us.tempo.io/4', 'https://api.us.tempo.io'],
    ['http://127.0.0.1:5050', 'http://127.0.0.1:5050'],
    ['http://127.0.0.1:5050/4', 'http://127.0.0.1:5050'],
  ])('%j → %s', (typed, expected) => {
    expect(normalizeTempoBaseUrl(typed)).toBe(expected);
  });

  it('accepts null and undefined as the default', () => {
    expect(normalizeTempoBaseUrl(null)).toBe(DEFAULT_TEMPO_BASE_URL);
    expect(normalizeTempoBaseUrl(undefined)).toBe(DEFAULT_TEMPO_BASE_URL);
  });

  it.each(['http://api.tempo.io', 'https://evil.example.com', 'https://api.tempo.io/3', 'https://api.tempo.io/4?x=1', 'https://a:b@api.tempo.io'])(
    'refuses %j',
    (typed) => {
      expect(() => normalizeTempoBaseUrl(typed)).toThrow(expect.objectContaining({ code: 'validation', message: expect.stringMatching(/Tempo/) }));
    },
  );
});
