/**
 * The part of the WHATWG `TextDecoder` the importer uses. shared/ compiles against ES2024 only (no
 * DOM, no Node types), yet `TextDecoder` exists in every runtime Parallax runs in (Node, Electron,
 * browsers), so it is declared here rather than pulled in with a whole lib.
 */
interface TextDecoderOptions {
  /** Throw a TypeError on malformed input instead of inserting U+FFFD. */
  fatal?: boolean;
  /** Keep a leading byte order mark in the output instead of stripping it. */
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

// eslint-disable-next-line no-var -- `var`, as in lib.dom, so the two declarations merge if both load
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
