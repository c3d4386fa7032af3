import Type, { type Static } from 'typebox';

/**
 * The OpenAI-compatible wire format our server speaks and our client sends, so that an agent's
 * client works the same against `meshmind inference serve`, llama.cpp's server, Ollama or vLLM.
 * Request schemas allow unknown fields: OpenAI clients send options (top_p, n) we ignore.
 */
const TEXT_MAX = 256 * 1024;

export const ChatMessageSchema = Type.Object({
  role: Type.Union([Type.Literal('system'), Type.Literal('user'), Type.Literal('assistant'), Type.Literal('developer')]),
  content: Type.String({ maxLength: TEXT_MAX }),
});

const ResponseFormatSchema = Type.Union([
  Type.Object({ type: Type.Literal('text') }),
  Type.Object({ type: Type.Literal('json_object') }),
  Type.Object({
    type: Type.Literal('json_schema'),
    json_schema: Type.Object({
      name: Type.Optional(Type.String({ maxLength: 64 })),
      schema: Type.Record(Type.String(), Type.Unknown()),
      strict: Type.Optional(Type.Boolean()),
    }),
  }),
]);

const generationFields = {
  model: Type.Optional(Type.String({ maxLength: 256 })),
  max_tokens: Type.Optional(Type.Integer({ minimum: 1, maximum: 32768 })),
  max_completion_tokens: Type.Optional(Type.Integer({ minimum: 1, maximum: 32768 })),
  temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2 })),
  stop: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Array(Type.String({ maxLength: 64 }), { maxItems: 8 })])),
  seed: Type.Optional(Type.Integer()),
  stream: Type.Optional(Type.Boolean()),
  stream_options: Type.Optional(Type.Object({ include_usage: Type.Optional(Type.Boolean()) })),
  response_format: Type.Optional(ResponseFormatSchema),
  /** llama.cpp server's extension: a GBNF grammar that constrains the output. */
  grammar: Type.Optional(Type.String({ maxLength: 64 * 1024 })),
  user: Type.Optional(Type.String({ maxLength: 128 })),
};

export const ChatCompletionRequestSchema = Type.Object({
  messages: Type.Array(ChatMessageSchema, { minItems: 1, maxItems: 256 }),
  ...generationFields,
});
export type ChatCompletionRequest = Static<typeof ChatCompletionRequestSchema>;

export const CompletionRequestSchema = Type.Object({ prompt: Type.String({ maxLength: TEXT_MAX }), ...generationFields });
export type CompletionRequest = Static<typeof CompletionRequestSchema>;

export const EmbeddingRequestSchema = Type.Object({
  input: Type.Union([Type.String({ maxLength: TEXT_MAX }), Type.Array(Type.String({ maxLength: TEXT_MAX }), { minItems: 1, maxItems: 256 })]),
  model: Type.Optional(Type.String({ maxLength: 256 })),
});
export type EmbeddingRequest = Static<typeof EmbeddingRequestSchema>;

const FinishReasonSchema = Type.Union([Type.Literal('stop'), Type.Literal('length'), Type.Null()]);
const UsageSchema = Type.Object({ prompt_tokens: Type.Integer(), completion_tokens: Type.Integer(), total_tokens: Type.Integer() });

export const ChatCompletionResponseSchema = Type.Object({
  id: Type.String(),
  object: Type.Literal('chat.completion'),
  created: Type.Integer(),
  model: Type.String(),
  choices: Type.Array(
    Type.Object({
      index: Type.Integer(),
      message: Type.Object({ role: Type.Literal('assistant'), content: Type.String() }),
      finish_reason: FinishReasonSchema,
    }),
  ),
  usage: UsageSchema,
});
export type ChatCompletionResponse = Static<typeof ChatCompletionResponseSchema>;

export const CompletionResponseSchema = Type.Object({
  id: Type.String(),
  object: Type.Literal('text_completion'),
  created: Type.Integer(),
  model: Type.String(),
  choices: Type.Array(Type.Object({ index: Type.Integer(), text: Type.String(), finish_reason: FinishReasonSchema })),
  usage: UsageSchema,
});
export type CompletionResponse = Static<typeof CompletionResponseSchema>;

export const EmbeddingResponseSchema = Type.Object({
  object: Type.Literal('list'),
  model: Type.String(),
  data: Type.Array(Type.Object({ object: Type.Literal('embedding'), index: Type.Integer(), embedding: Type.Array(Type.Number()) })),
  usage: Type.Object({ prompt_tokens: Type.Integer(), total_tokens: Type.Integer() }),
});
export type EmbeddingResponse = Static<typeof EmbeddingResponseSchema>;

/** A streamed chunk, as both chat (`delta.content`) and text (`text`) completions send it; read leniently. */
export const StreamChunkSchema = Type.Object({
  choices: Type.Optional(
    Type.Array(
      Type.Object({
        delta: Type.Optional(Type.Object({ content: Type.Optional(Type.Union([Type.String(), Type.Null()])) })),
        text: Type.Optional(Type.String()),
        finish_reason: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      }),
    ),
  ),
  usage: Type.Optional(Type.Union([Type.Object({ prompt_tokens: Type.Optional(Type.Integer()), completion_tokens: Type.Optional(Type.Integer()) }), Type.Null()])),
  error: Type.Optional(Type.Object({ message: Type.Optional(Type.String()), code: Type.Optional(Type.Union([Type.String(), Type.Null()])) })),
});
export type StreamChunk = Static<typeof StreamChunkSchema>;

export const OpenAiErrorSchema = Type.Object({
  error: Type.Object({ message: Type.String(), type: Type.String(), code: Type.String() }),
});
export type OpenAiError = Static<typeof OpenAiErrorSchema>;

export const ModelListSchema = Type.Object({
  object: Type.Literal('list'),
  data: Type.Array(Type.Object({ id: Type.String(), object: Type.Literal('model'), owned_by: Type.String() })),
});
export type ModelList = Static<typeof ModelListSchema>;

/** Header that names the calling agent; the server's queue takes turns between distinct values. */
export const CLIENT_ID_HEADER = 'x-meshmind-client';
