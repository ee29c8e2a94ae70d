import { InputError } from '@backstage/errors';
import express, { Router } from 'express';

type JsonSchema = {
  $ref?: string;
  additionalProperties?: unknown;
  properties?: Record<string, JsonSchema>;
};

type OpenApiDocument = {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, object> };
};

/**
 * The OpenAPI validator answers an unknown body field with "must NOT have additional
 * properties" and drops the field's name. This router runs before it and, for every
 * operation whose JSON body schema forbids additional properties, names the unknown
 * fields (nested ones by their path, such as `sections.moral`) and the accepted ones
 * instead.
 */
export function rejectUnknownFields(spec: OpenApiDocument): Router {
  const router = express.Router();
  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined =>
    schema?.$ref
      ? (spec.components?.schemas?.[
          schema.$ref.replace('#/components/schemas/', '')
        ] as JsonSchema | undefined)
      : schema;
  const isClosed = (
    schema: JsonSchema | undefined,
  ): schema is JsonSchema & {
    properties: Record<string, JsonSchema>;
  } => schema?.additionalProperties === false && !!schema.properties;

  /** The first object of `value` with fields its schema does not accept. */
  const findUnknown = (
    value: unknown,
    schema: JsonSchema & { properties: Record<string, JsonSchema> },
    prefix: string,
  ): InputError | undefined => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return undefined;
    }
    const accepted = Object.keys(schema.properties);
    const unknown = Object.keys(value).filter(key => !accepted.includes(key));
    if (unknown.length > 0) {
      return new InputError(
        `${unknown
          .map(key => `${prefix}${key}`)
          .join(', ')}: not accepted here; the fields are ${accepted
          .map(key => `${prefix}${key}`)
          .join(', ')}`,
      );
    }
    for (const key of accepted) {
      const nested = resolve(schema.properties[key]);
      const problem = isClosed(nested)
        ? findUnknown(
            (value as Record<string, unknown>)[key],
            nested,
            `${prefix}${key}.`,
          )
        : undefined;
      if (problem) {
        return problem;
      }
    }
    return undefined;
  };

  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = resolve(
        operation?.requestBody?.content?.['application/json']?.schema,
      );
      if (!isClosed(schema)) {
        continue;
      }
      const expressPath = path.replace(/\{(\w+)\}/g, ':$1');
      (router as any)[method](
        expressPath,
        (
          req: express.Request,
          _res: express.Response,
          next: express.NextFunction,
        ) => next(findUnknown(req.body, schema, '')),
      );
    }
  }
  return router;
}
