/**
 * One function as an LLMind 2.0 API document writes it (a document is a JSON array of these): the
 * vendor format the simulated warehouse robots publish and the device agent's retrieval reads.
 * Retrieval reads such a document from `unknown` and tolerates missing fields; this is the full form.
 */
export interface LlmindApiEntry {
  name: string;
  input_argument: string[];
  input_type: string[];
  output: string;
  notes: string;
  programming_language: string;
}
