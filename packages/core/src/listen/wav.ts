/**
 * Reads a WAV file's samples (PCM 8/16/24/32-bit integer or 32-bit float, any number of channels,
 * mixed down to one). Only for files a person points the evaluation or a test at; the phone never
 * keeps audio. Anything else is refused with a message that says what the file is and what to do.
 */
export interface Audio {
  readonly sampleRate: number;
  readonly samples: Float32Array;
}

export class WavError extends Error {}

const text = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

export const readWav = (bytes: Uint8Array): Audio => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || text(bytes, 0) !== "RIFF" || text(bytes, 8) !== "WAVE")
    throw new WavError(
      "not a WAV file (no RIFF/WAVE header); convert it, e.g. sox in.mp3 -r 16000 -c 1 out.wav",
    );
  let at = 12;
  let format: { code: number; channels: number; rate: number; bits: number } | undefined;
  while (at + 8 <= bytes.length) {
    const id = text(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      let code = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (code === 0xfffe && size >= 26) code = view.getUint16(body + 24, true);
      format = {
        code,
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === "data") {
      if (!format) throw new WavError("the WAV file's data comes before its format");
      return {
        sampleRate: format.rate,
        samples: decode(view, body, Math.min(size, bytes.length - body), format),
      };
    }
    at = body + size + (size % 2);
  }
  throw new WavError("the WAV file has no audio data");
};

const decode = (
  view: DataView,
  start: number,
  size: number,
  f: { code: number; channels: number; rate: number; bits: number },
): Float32Array => {
  if (f.channels < 1) throw new WavError("the WAV file says it has no channels");
  if (!(f.rate >= 4000 && f.rate <= 384000)) throw new WavError(`unusable sample rate ${f.rate} Hz`);
  const bytes = f.bits / 8;
  const pcm = f.code === 1 && [8, 16, 24, 32].includes(f.bits);
  const float = f.code === 3 && f.bits === 32;
  if (!pcm && !float)
    throw new WavError(
      `unsupported WAV encoding (format ${f.code}, ${f.bits} bits); convert to 16-bit PCM, e.g. sox in.wav -b 16 -e signed-integer out.wav`,
    );
  const frames = Math.floor(size / (bytes * f.channels));
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < f.channels; c++) {
      const at = start + (i * f.channels + c) * bytes;
      sum += float
        ? view.getFloat32(at, true)
        : f.bits === 16
          ? view.getInt16(at, true) / 32768
          : f.bits === 8
            ? (view.getUint8(at) - 128) / 128
            : f.bits === 24
              ? (view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608
              : view.getInt32(at, true) / 2147483648;
    }
    out[i] = sum / f.channels;
  }
  return out;
};

/** A 16-bit PCM mono WAV of `samples` (for tests and the evaluation's mixes). */
export const writeWav = (samples: Float32Array, sampleRate: number): Uint8Array => {
  const out = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  put(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  put(8, "WAVE");
  put(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  put(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++)
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767), true);
  return out;
};
