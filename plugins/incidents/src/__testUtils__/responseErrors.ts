import { ResponseError } from '@backstage/errors';

/** What the API client throws when the backend answers with a Backstage error body. */
export function aResponseError(
  message: string,
  name = 'InputError',
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: 400 },
      }),
      {
        status: 400,
        statusText: 'Bad Request',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * What the API client throws for a backend error answered with `status`, with all that
 * must never reach the user: the request's URL and, as a backend in development sends
 * it, the stack trace. Other properties of `error` (a refusal's `code` and `values`)
 * are in the body as the backend serializes them.
 */
export function aFailedResponse(
  status: number,
  error: { name: string; message: string; [property: string]: unknown },
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          ...error,
          stack: `${error.name}: ${error.message}\n    at Object.handler (/app/node_modules/express/lib/router.js:12:3)`,
        },
        request: {
          method: 'GET',
          url: '/api/incidents/incidents/INC-99999',
        },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: STATUS_TEXTS[status] ?? 'Error',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}
