/**
 * Reads just enough of an ONNX model (protobuf) to count the weights a decode step streams from memory:
 * the initializers feeding matrix products, at the precision the runtime holds them in.
 */

/** One tensor initializer: its name, element type (ONNX TensorProto.DataType) and shape. */
export interface OnnxInitializer {
  name: string;
  dataType: number;
  dims: number[];
}

/** One graph node: its operator and input/output names. */
export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
}

export interface OnnxGraphSummary {
  nodes: OnnxNode[];
  initializers: Map<string, OnnxInitializer>;
}

/** A minimal protobuf wire-format cursor over one message. */
class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new RangeError('truncated protobuf varint');
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  /** Next field: its number, wire type and, for length-delimited fields, the bytes. */
  field(): { number: number; wire: number; value: number; bytes?: Uint8Array } {
    const key = this.varint();
    const wire = key % 8;
    const number = Math.floor(key / 8);
    switch (wire) {
      case 0:
        return { number, wire, value: this.varint() };
      case 1:
        this.at += 8;
        return { number, wire, value: 0 };
      case 5:
        this.at += 4;
        return { number, wire, value: 0 };
      case 2: {
        const length = this.varint();
        const bytes = this.bytes.subarray(this.at, this.at + length);
        this.at += length;
        return { number, wire, value: length, bytes };
      }
      default:
        throw new RangeError(`unsupported protobuf wire type ${wire}`);
    }
  }
}

const text = new TextDecoder();

function packedVarints(bytes: Uint8Array): number[] {
  const reader = new Reader(bytes);
  const values: number[] = [];
  while (!reader.done) values.push(reader.varint());
  return values;
}

function readTensor(bytes: Uint8Array): OnnxInitializer {
  const reader = new Reader(bytes);
  const tensor: OnnxInitializer = { name: '', dataType: 0, dims: [] };
  while (!reader.done) {
    const f = reader.field();
    if (f.number === 1 && f.wire === 0) tensor.dims.push(f.value);
    else if (f.number === 1 && f.bytes) tensor.dims.push(...packedVarints(f.bytes));
    else if (f.number === 2) tensor.dataType = f.value;
    else if (f.number === 8 && f.bytes) tensor.name = text.decode(f.bytes);
  }
  return tensor;
}

function readNode(bytes: Uint8Array): OnnxNode {
  const reader = new Reader(bytes);
  const node: OnnxNode = { opType: '', inputs: [], outputs: [] };
  while (!reader.done) {
    const f = reader.field();
    if (!f.bytes) continue;
    if (f.number === 1) node.inputs.push(text.decode(f.bytes));
    else if (f.number === 2) node.outputs.push(text.decode(f.bytes));
    else if (f.number === 4) node.opType = text.decode(f.bytes);
  }
  return node;
}

/** The nodes and initializers of a model's main graph (ModelProto.graph = field 7). */
export function readOnnxGraph(model: Uint8Array): OnnxGraphSummary {
  const outer = new Reader(model);
  const summary: OnnxGraphSummary = { nodes: [], initializers: new Map() };
  while (!outer.done) {
    const f = outer.field();
    if (f.number !== 7 || !f.bytes) continue;
    const graph = new Reader(f.bytes);
    while (!graph.done) {
      const g = graph.field();
      if (!g.bytes) continue;
      if (g.number === 1) summary.nodes.push(readNode(g.bytes));
      else if (g.number === 5) {
        const tensor = readTensor(g.bytes);
        summary.initializers.set(tensor.name, tensor);
      }
    }
  }
  return summary;
}

const MATRIX_OPS = new Set(['MatMul', 'FusedMatMul', 'Gemm', 'MatMulNBits']);
/** Ops that only change a constant's encoding, which onnxruntime folds away at load. */
const CONSTANT_OPS = new Set(['DequantizeLinear', 'Cast', 'Transpose', 'Reshape', 'Mul', 'Sub', 'Add']);

/**
 * Elements of every constant weight matrix multiplied on each forward pass. A weight counts when a matrix
 * product reads it directly or through a chain of constant-only ops (dequantisation the runtime folds at
 * load, as `session.disable_quant_qdq` asks); an embedding table read by Gather is not counted, since a
 * decode step reads one row of it.
 */
export function matrixWeightElements(graph: OnnxGraphSummary): number {
  const producer = new Map<string, OnnxNode>();
  for (const node of graph.nodes) for (const output of node.outputs) producer.set(output, node);

  /** Elements of the constant behind a value name, or 0 when the value depends on the input. */
  const constantElements = (name: string, depth: number): number => {
    const init = graph.initializers.get(name);
    if (init) return init.dims.reduce((a, b) => a * b, 1);
    const node = producer.get(name);
    if (!node || depth > 6 || !CONSTANT_OPS.has(node.opType)) return 0;
    // A folded op's output is as big as its largest constant input (scales and zero points are smaller).
    let largest = 0;
    for (const input of node.inputs) {
      if (!input) continue;
      const elements = constantElements(input, depth + 1);
      if (elements === 0) return 0; // depends on the model's input: not a weight
      largest = Math.max(largest, elements);
    }
    return largest;
  };

  let total = 0;
  for (const node of graph.nodes) {
    if (!MATRIX_OPS.has(node.opType)) continue;
    const weight = node.inputs[1];
    if (weight) total += constantElements(weight, 0);
  }
  return total;
}
