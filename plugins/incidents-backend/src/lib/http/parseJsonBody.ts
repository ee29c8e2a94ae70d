import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';

const jsonBodyParser = express.json({ limit: '1mb' });

/** Parses JSON bodies; a syntax error becomes an InputError that says what is wrong. */
export const parseJsonBody: RequestHandler = (req, res, next) => {
  jsonBodyParser(req, res, error => {
    if (error?.type === 'entity.parse.failed') {
      next(
        new InputError(`The request body is not valid JSON: ${error.message}`),
      );
    } else {
      next(error);
    }
  });
};
