import { InputError } from '@backstage/errors';
import express, { Router } from 'express';

type JsonSchema = {
  $ref?: string;
  additionalProperties?: unknown;
  properties?: Record<string, unknown>;
};

type OpenApiDocument = {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, object> };
};

/**
 * The OpenAPI validator answers an unknown body field with "must NOT have additional
 * properties" and drops the field's name. This router runs before it and, for every
 * operation whose JSON body schema forbids additional properties, names the unknown
 * fields and the accepted ones instead.
 */
export function rejectUnknownFields(spec: OpenApiDocument): Router {
  const router = express.Router();
  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined =>
    schema?.$ref
      ? (spec.components?.schemas?.[
          schema.$ref.replace('#/components/schemas/', '')
        ] as JsonSchema | undefined)
      : schema;

  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = resolve(
        operation?.requestBody?.content?.['application/json']?.schema,
      );
      if (schema?.additionalProperties !== false || !schema.properties) {
        continue;
      }
      const accepted = Object.keys(schema.properties);
      const expressPath = path.replace(/\{(\w+)\}/g, ':$1');
      (router as any)[method](
        expressPath,
        (
          req: express.Request,
          _res: express.Response,
          next: express.NextFunction,
        ) => {
          const body = req.body;
          const unknown =
            body && typeof body === 'object' && !Array.isArray(body)
              ? Object.keys(body).filter(key => !accepted.includes(key))
              : [];
          if (unknown.length > 0) {
            next(
              new InputError(
                `${unknown.join(
                  ', ',
                )}: not accepted here; the fields are ${accepted.join(', ')}`,
              ),
            );
            return;
          }
          next();
        },
      );
    }
  }
  return router;
}
