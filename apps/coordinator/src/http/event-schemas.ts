import Type, { type TSchema } from 'typebox';

/** OpenAPI has no model for SSE; a stream is documented as the union of its events (schemas in @meshmind/protocol). */
export function eventStreamResponse(description: string, ...events: TSchema[]) {
  return {
    description,
    content: { 'text/event-stream': { schema: Type.Union(events) } },
  };
}
