import { ServiceUnavailableError } from '@backstage/errors';
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { classifyStepError, PermanentStepError } from './classifyStepError';

/** An error shaped like gaxios's, as the Google clients throw it. */
function gaxiosError(status: number | undefined, data?: object, url = '') {
  const error = new Error(`Request failed with status code ${status}`);
  Object.assign(error, {
    [Symbol.for('gaxios-gaxios-error')]: '7.3.1',
    status,
    config: { url },
    response: status === undefined ? undefined : { status, data, headers: {} },
  });
  return error;
}

describe('classifyStepError', () => {
  it('retries a Slack 429 after its Retry-After', () => {
    expect(classifyStepError(new WebAPIRateLimitedError(7))).toEqual({
      transient: true,
      message: 'Slack rate limit: asked to wait 7 s',
      retryAfterMs: 7000,
    });
  });

  it('retries Slack timeouts, lost connections and 5xx', () => {
    expect(
      classifyStepError(new WebAPIRequestError(new Error('fetch failed'))),
    ).toMatchObject({
      transient: true,
      message: 'Slack did not answer: fetch failed',
    });
    expect(
      classifyStepError(new WebAPIHTTPError(502, 'Bad Gateway', {})),
    ).toMatchObject({ transient: true, message: 'Slack answered HTTP 502' });
    expect(
      classifyStepError(
        new WebAPIPlatformError({ ok: false, error: 'ratelimited' }),
      ).transient,
    ).toBe(true);
  });

  it('fails at once on Slack errors a retry cannot fix, saying what to do', () => {
    expect(
      classifyStepError(
        new WebAPIPlatformError({ ok: false, error: 'invalid_auth' }),
      ),
    ).toEqual({
      transient: false,
      message:
        'Slack refused the request: invalid_auth; the bot token is not valid; check incidents.slack.botToken',
    });
    expect(
      classifyStepError(
        new WebAPIPlatformError({
          ok: false,
          error: 'missing_scope',
          needed: 'bookmarks:write',
        } as any),
      ).message,
    ).toMatch(/needs scope bookmarks:write/);
    expect(
      classifyStepError(new WebAPIHTTPError(404, 'Not Found', {})),
    ).toMatchObject({
      transient: false,
      message: expect.stringMatching(/incidents\.slack\.apiUrl/),
    });
  });

  it('retries Google 5xx, 429, quota 403 and lost connections', () => {
    expect(classifyStepError(gaxiosError(503)).transient).toBe(true);
    expect(classifyStepError(gaxiosError(429)).transient).toBe(true);
    expect(
      classifyStepError(
        gaxiosError(403, {
          error: {
            message: 'Rate Limit Exceeded',
            errors: [{ reason: 'userRateLimitExceeded' }],
          },
        }),
      ),
    ).toMatchObject({
      transient: true,
      message:
        'Google answered 403 (userRateLimitExceeded): Rate Limit Exceeded',
    });
    expect(classifyStepError(gaxiosError(undefined))).toMatchObject({
      transient: true,
      message: expect.stringMatching(/^Google did not answer/),
    });
  });

  it('fails at once on Google 4xx with the reason and what to check', () => {
    expect(
      classifyStepError(
        gaxiosError(404, {
          error: {
            message: 'File not found: t1.',
            errors: [{ reason: 'notFound' }],
          },
        }),
      ),
    ).toEqual({
      transient: false,
      message: expect.stringMatching(
        /^Google refused the request \(404, notFound\): File not found: t1\.; check incidents\.google\.postmortemTemplateId/,
      ),
    });
    expect(
      classifyStepError(
        gaxiosError(
          400,
          {
            error: 'invalid_grant',
            error_description: 'Invalid JWT Signature.',
          },
          'https://oauth2.googleapis.com/token',
        ),
      ).message,
    ).toMatch(
      /^Google refused the request \(400\): invalid_grant: Invalid JWT Signature\.; check incidents\.google\.clientEmail and privateKey/,
    );
  });

  it('fails at once on our own permanent errors, and retries unknown ones', () => {
    expect(classifyStepError(new PermanentStepError('no template'))).toEqual({
      transient: false,
      message: 'no template',
    });
    expect(
      classifyStepError(new ServiceUnavailableError('catalog is down')),
    ).toEqual({ transient: true, message: 'catalog is down' });
    expect(classifyStepError(new TypeError('x is undefined')).transient).toBe(
      true,
    );
  });
});
