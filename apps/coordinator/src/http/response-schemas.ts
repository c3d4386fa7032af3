import { ErrorResponseSchema } from '@meshmind/protocol';

/**
 * The shared view schemas carry no description, and the OpenAPI spec would call every answer
 * "Default Response". This copies a schema with one, keeping TypeBox's type for the route.
 */
export function described<Schema extends object>(schema: Schema, description: string): Schema {
  return { ...schema, description };
}

export const InvalidRequestResponse = described(ErrorResponseSchema, 'The request does not match its schema (E_INVALID_PAYLOAD, E_BAD_JSON)');

export const UnauthorizedResponse = described(ErrorResponseSchema, 'A token is needed and none was sent, or it is unknown or revoked (E_UNAUTHORIZED)');
