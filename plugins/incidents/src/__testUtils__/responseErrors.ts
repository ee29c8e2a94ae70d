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
