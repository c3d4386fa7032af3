import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { httpStatusOf, isMeshmindError, type ErrorBody, type ErrorCode } from '@meshmind/protocol';

function body(code: ErrorCode, message: string): { error: ErrorBody } {
  return { error: { code, message } };
}

/** Every failure leaves as `{ error: { code, message } }` with a status from the error-code table. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (isMeshmindError(error)) {
    void reply.status(httpStatusOf(error.code)).send(body(error.code, error.message));
    return;
  }
  if (error.validation) {
    const tooLong = error.validation.some((issue) => issue.keyword === 'maxLength' && /\/text$/.test(issue.instancePath ?? ''));
    const code: ErrorCode = tooLong ? 'E_TEXT_TOO_LONG' : 'E_INVALID_PAYLOAD';
    const details = error.validation
      .filter((issue) => issue.keyword !== 'boolean')
      .slice(0, 3)
      .map((issue) => `${issue.instancePath || '/'} ${issue.message}`)
      .join('; ');
    void reply.status(httpStatusOf(code)).send(body(code, `invalid ${error.validationContext ?? 'request'}: ${details}`));
    return;
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && error.statusCode === 400)) {
    void reply.status(400).send(body('E_BAD_JSON', `the request body is not valid JSON: ${error.message}`));
    return;
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    void reply.status(413).send(body('E_TEXT_TOO_LONG', 'the request body is too large'));
    return;
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    void reply.status(400).send(body('E_INVALID_PAYLOAD', error.message));
    return;
  }
  // fastify's own client errors (an unsupported media type, a bad header...) keep their status with one of our codes.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    void reply.status(error.statusCode).send(body(error.statusCode === 404 ? 'E_ROUTE_NOT_FOUND' : 'E_INVALID_PAYLOAD', error.message));
    return;
  }
  request.log.error({ err: error }, 'unhandled error in a route');
  void reply.status(500).send(body('E_INTERNAL', 'internal error'));
}

/** Errors fastify raises before a route is found: they leave in the same `{ error: { code, message } }` shape. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.status(414).send(body('E_URL_TOO_LONG', 'a path segment of the URL is longer than 256 characters'));
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    void reply.status(400).send(body('E_BAD_URL', 'the URL has a malformed %-escape'));
    return;
  }
  void reply.status(400).send(body('E_INVALID_PAYLOAD', error.message));
}
