import { stat } from 'node:fs/promises';
import { MeshmindError, isMeshmindError } from '@meshmind/protocol';
import type {
  ChatHistoryItem,
  ChatWrapper,
  Llama,
  LlamaContext,
  LlamaContextSequence,
  LlamaEmbeddingContext,
  LlamaGrammar,
  LlamaModel,
  LlamaText,
} from 'node-llama-cpp';
import { createDeadline } from './deadline';
import type { ChatMessage, EmbedRequest, EngineInfo, GenerateRequest, GenerateResult, InferenceEngine } from './engine';
import { toGrammarJsonSchema } from './grammar-schema';
import { defaultThreads } from './threads';

export interface LlamaEngineOptions {
  modelPath: string;
  /** Set explicitly: llama.cpp's own default oversubscribes small boards. Defaults to `defaultThreads()`. */
  threads?: number;
  /** Tokens per sequence. */
  contextSize?: number;
  batchSize?: number;
  /** Parallel sequences of the one context: requests served at once. */
  parallel?: number;
  defaultMaxTokens?: number;
}

const GRAMMAR_CACHE_LIMIT = 32;
type NodeLlamaCpp = typeof import('node-llama-cpp');

interface Slot {
  sequence: LlamaContextSequence;
  completion: import('node-llama-cpp').LlamaCompletion;
}

interface Loaded {
  module: NodeLlamaCpp;
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper;
  freeSlots: Slot[];
}

/**
 * GGUF models in-process through node-llama-cpp. One model and one context; each parallel request
 * takes one sequence of that context, and node-llama-cpp batches the sequences' tokens together.
 * A sequence keeps its tokens between requests, so a repeated prompt prefix is not evaluated again.
 */
export class LlamaEngine implements InferenceEngine {
  readonly backend = 'llama' as const;
  private readonly options: Required<LlamaEngineOptions>;
  private loaded: Loaded | null = null;
  private embeddingContext: Promise<LlamaEmbeddingContext> | null = null;
  private readonly slotWaiters: Array<(slot: Slot) => void> = [];
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();

  constructor(options: LlamaEngineOptions) {
    this.options = {
      modelPath: options.modelPath,
      threads: options.threads ?? defaultThreads(),
      contextSize: options.contextSize ?? 2048,
      batchSize: options.batchSize ?? 512,
      parallel: options.parallel ?? 1,
      defaultMaxTokens: options.defaultMaxTokens ?? 256,
    };
  }

  async start(): Promise<void> {
    if (this.loaded) return;
    const { modelPath } = this.options;
    const file = await stat(modelPath).catch(() => null);
    if (!file?.isFile()) throw new MeshmindError('E_MODEL_MISSING', `no model file at ${modelPath}`);
    // Loaded on first use only: processes that never touch a GGUF do not pay for the native module.
    const module = await import('node-llama-cpp');
    const llama = await module.getLlama({ gpu: false, build: 'never', logLevel: module.LlamaLogLevel.error, maxThreads: this.options.threads });
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath });
    } catch (error) {
      throw new MeshmindError('E_MODEL_MISSING', `cannot load ${modelPath}: ${(error as Error).message}`, { cause: error });
    }
    try {
      const context = await model.createContext({
        contextSize: this.options.contextSize,
        batchSize: this.options.batchSize,
        sequences: this.options.parallel,
        threads: this.options.threads,
      });
      const freeSlots: Slot[] = [];
      for (let index = 0; index < this.options.parallel; index += 1) {
        const sequence = context.getSequence();
        freeSlots.push({ sequence, completion: new module.LlamaCompletion({ contextSequence: sequence }) });
      }
      const chatWrapper = module.resolveChatWrapper(model) ?? new module.GeneralChatWrapper();
      this.loaded = { module, llama, model, context, chatWrapper, freeSlots };
    } catch (error) {
      await model.dispose();
      throw new MeshmindError('E_MODEL_MISSING', `cannot create a context for ${modelPath}: ${(error as Error).message}`, { cause: error });
    }
  }

  async stop(): Promise<void> {
    const loaded = this.loaded;
    this.loaded = null;
    if (!loaded) return;
    const embedding = this.embeddingContext;
    this.embeddingContext = null;
    if (embedding) await (await embedding.catch(() => null))?.dispose();
    this.grammars.clear();
    await loaded.context.dispose();
    await loaded.model.dispose();
  }

  info(): EngineInfo {
    return {
      backend: 'llama',
      model: this.options.modelPath,
      contextSize: this.loaded?.context.contextSize ?? this.options.contextSize,
      parallel: this.options.parallel,
      canGenerate: true,
      canEmbed: true,
    };
  }

  /** What the loaded model is: for `meshmind models check`. */
  describe(): { chatWrapper: string; trainContextSize: number; sizeBytes: number; architecture: string | null; name: string | null; chatTemplate: string | null } {
    const loaded = this.requireLoaded();
    const metadata = loaded.model.fileInfo.metadata as { general?: { architecture?: string; name?: string }; tokenizer?: { chat_template?: string } };
    return {
      chatWrapper: loaded.chatWrapper.wrapperName,
      trainContextSize: loaded.model.trainContextSize,
      sizeBytes: loaded.model.size,
      architecture: metadata.general?.architecture ?? null,
      name: metadata.general?.name ?? null,
      chatTemplate: metadata.tokenizer?.chat_template ?? null,
    };
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const loaded = this.requireLoaded();
    const startedAt = performance.now();
    const deadline = createDeadline(request.signal, request.timeoutMs, 'generation');
    try {
      const input = this.renderInput(loaded, request);
      const promptTokens = input.text.tokenize(loaded.model.tokenizer).length;
      const contextSize = loaded.context.contextSize;
      if (promptTokens >= contextSize) {
        throw new MeshmindError('E_CONTEXT_OVERFLOW', `the prompt has ${promptTokens} tokens; the context holds ${contextSize}`);
      }
      const grammar = await this.grammarFor(loaded, request);
      const slot = await this.acquireSlot(deadline.signal);
      let completionTokens = 0;
      let firstTokenAt: number | null = null;
      try {
        const response = await slot.completion.generateCompletionWithMeta(input.text, {
          maxTokens: request.maxTokens ?? this.options.defaultMaxTokens,
          temperature: request.temperature ?? 0,
          ...(request.seed === undefined ? {} : { seed: request.seed }),
          ...(grammar ? { grammar } : {}),
          customStopTriggers: [...input.stopTriggers, ...(request.stop ?? [])],
          signal: deadline.signal,
          // Past the end of the context we stop with finishReason "length" rather than silently dropping the prompt's start.
          disableContextShift: true,
          onToken: (tokens) => {
            completionTokens += tokens.length;
            firstTokenAt ??= performance.now();
          },
          ...(request.onText ? { onTextChunk: request.onText } : {}),
        });
        const finishedAt = performance.now();
        return {
          text: response.response,
          finishReason: response.metadata.stopReason === 'maxTokens' ? 'length' : 'stop',
          usage: { promptTokens, completionTokens },
          timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
          durationMs: finishedAt - startedAt,
        };
      } finally {
        this.releaseSlot(slot);
      }
    } catch (error) {
      if (deadline.signal.aborted) throw deadline.reason();
      if (isMeshmindError(error)) throw error;
      throw new MeshmindError('E_INTERNAL', `generation failed: ${(error as Error).message}`, { cause: error });
    } finally {
      deadline.dispose();
    }
  }

  async embed(request: EmbedRequest): Promise<number[][]> {
    const loaded = this.requireLoaded();
    const deadline = createDeadline(request.signal, request.timeoutMs, 'embedding');
    try {
      this.embeddingContext ??= loaded.model.createEmbeddingContext({
        contextSize: Math.min(this.options.contextSize, loaded.model.trainContextSize),
        batchSize: this.options.batchSize,
        threads: this.options.threads,
      });
      const context = await this.embeddingContext;
      const vectors: number[][] = [];
      for (const text of request.texts) {
        if (deadline.signal.aborted) throw deadline.reason();
        const embedding = await context.getEmbeddingFor(text);
        vectors.push([...embedding.vector]);
      }
      return vectors;
    } catch (error) {
      if (deadline.signal.aborted) throw deadline.reason();
      if (isMeshmindError(error)) throw error;
      throw new MeshmindError('E_INTERNAL', `embedding failed: ${(error as Error).message}`, { cause: error });
    } finally {
      deadline.dispose();
    }
  }

  private requireLoaded(): Loaded {
    if (!this.loaded) throw new MeshmindError('E_INTERNAL', 'the llama engine is not started: call start() first');
    return this.loaded;
  }

  private renderInput(loaded: Loaded, request: GenerateRequest): { text: LlamaText; stopTriggers: LlamaText[] } {
    const { LlamaText } = loaded.module;
    if (request.messages && request.messages.length > 0) {
      const chatHistory: ChatHistoryItem[] = [...request.messages.map(toHistoryItem), { type: 'model', response: [] }];
      const state = loaded.chatWrapper.generateContextState({ chatHistory });
      return { text: state.contextText, stopTriggers: state.stopGenerationTriggers };
    }
    if (typeof request.prompt === 'string') return { text: LlamaText(request.prompt), stopTriggers: [] };
    throw new MeshmindError('E_INVALID_PAYLOAD', 'a generation request needs messages or a prompt');
  }

  private grammarFor(loaded: Loaded, request: GenerateRequest): Promise<LlamaGrammar | null> {
    if (request.grammar === undefined && request.jsonSchema === undefined) return Promise.resolve(null);
    const key = request.grammar !== undefined ? `gbnf:${request.grammar}` : `json:${JSON.stringify(request.jsonSchema)}`;
    let grammar = this.grammars.get(key);
    if (!grammar) {
      grammar =
        request.grammar !== undefined
          ? loaded.llama.createGrammar({ grammar: request.grammar })
          : loaded.llama.createGrammarForJsonSchema(toGrammarJsonSchema(request.jsonSchema) as never);
      grammar = grammar.catch((error: unknown) => {
        this.grammars.delete(key);
        throw new MeshmindError('E_INVALID_PAYLOAD', `cannot build a grammar: ${(error as Error).message}`, { cause: error });
      });
      if (this.grammars.size >= GRAMMAR_CACHE_LIMIT) this.grammars.delete(this.grammars.keys().next().value as string);
      this.grammars.set(key, grammar);
    }
    return grammar;
  }

  private acquireSlot(signal: AbortSignal): Promise<Slot> {
    const loaded = this.requireLoaded();
    const free = loaded.freeSlots.pop();
    if (free) return Promise.resolve(free);
    return new Promise((resolve, reject) => {
      const waiter = (slot: Slot): void => {
        signal.removeEventListener('abort', onAbort);
        resolve(slot);
      };
      const onAbort = (): void => {
        const index = this.slotWaiters.indexOf(waiter);
        if (index >= 0) this.slotWaiters.splice(index, 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.slotWaiters.push(waiter);
    });
  }

  private releaseSlot(slot: Slot): void {
    const waiter = this.slotWaiters.shift();
    if (waiter) waiter(slot);
    else this.loaded?.freeSlots.push(slot);
  }
}

function toHistoryItem(message: ChatMessage): ChatHistoryItem {
  if (message.role === 'assistant') return { type: 'model', response: [message.content] };
  return { type: message.role, text: message.content };
}
