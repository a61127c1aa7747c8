/**
 * Makes the extra clips the cry listener trains and is checked on, because the dev set has only 74
 * negatives (6 minutes) and none of speech, music, a quiet room or household hum:
 *
 * - speech: espeak-ng in six languages, ten voices each (a whisper and a child-like voice among them), at several speeds and pitches (the high
 *   pitches are the hard ones), some of it with a room's reverb or under noise (a TV in the room);
 * - household noise: sox's white, pink and brown noise shaped like a fan, a hoover, a shower, a
 *   washing machine or traffic, with mains hum, at several levels;
 * - music-like sound: melodies of plucked and sung-like notes (a music box, a lullaby player);
 * - steady tones, beeps and slow sweeps (a hum, an alarm clock, a siren far off);
 * - a quiet room: faint noise at -60 to -70 dBFS;
 * - cries under noise: dev-set cries mixed into the noises above at 20, 10 and 5 dB SNR, and cries
 *   across a room (reverb, 15 dB down, over household noise at 20 dB SNR) (positives);
 * - the dev set's negatives pitched up, down and in tempo (kept with their source clip's group);
 * - sirens, car horns, church bells, birdsong, dogs, cats and a baby laughing, cooing and babbling,
 *   made by synthesis (made-signals.ts), twelve of each, from their own seed so the clips above
 *   stay the same.
 *
 * Everything is written as 16 kHz mono WAV with a `labels.csv` laid out like the dev folder, so
 * `npm run eval:cry -- <folder>` can read it. The same seed makes the same clips.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWav, writeWav } from "@attune/core/listen";
import { rng } from "../needs/simulated-babies.ts";
import { madeSignals } from "./made-signals.ts";

/** Bumped whenever makeExtra makes different clips, so an older .tmp/cry-extra is made again. */
export const extraVersion = "3";

const rate = 16000;

const texts: Record<string, readonly string[]> = {
  en: [
    "Could you pass me the blanket? I think she is finally asleep, so let's keep our voices down.",
    "The weather tomorrow looks cold and grey, with a chance of rain in the afternoon.",
    "I will be home around six. Do we need anything from the shop on my way back?",
    "And that's the end of the news for tonight. Stay with us for the film after the break.",
  ],
  es: [
    "¿Me pasas la manta? Creo que por fin se ha dormido, así que hablemos bajito.",
    "Mañana hará frío y estará nublado, con posibilidad de lluvia por la tarde.",
    "Llego a casa sobre las seis. ¿Hace falta algo de la tienda?",
  ],
  fr: [
    "Tu peux me passer la couverture? Je crois qu'il dort enfin.",
    "Demain il fera froid et gris, avec de la pluie dans l'après-midi.",
  ],
  de: [
    "Kannst du mir die Decke geben? Ich glaube, sie schläft endlich.",
    "Morgen wird es kalt und grau, am Nachmittag kann es regnen.",
  ],
  pt: ["Podes passar-me o cobertor? Acho que finalmente adormeceu.", "Amanhã vai estar frio e cinzento."],
  it: ["Mi passi la coperta? Credo che finalmente si sia addormentata.", "Domani farà freddo e pioverà."],
};
const variants = ["m1", "m3", "m5", "f1", "f2", "f3", "f4", "klatt2", "whisper", "Annie"];

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.error?.message}`);
};

const check = () => {
  for (const tool of ["espeak-ng", "sox"]) {
    const r = spawnSync(tool, ["--version"]);
    if (r.error) {
      console.error(`${tool} is not installed: run bash scripts/ensure-audio-tools.sh`);
      process.exit(2);
    }
  }
};

const level = (x: Float32Array, db: number) => {
  let sum = 0;
  for (const v of x) sum += v * v;
  const rms = Math.sqrt(sum / Math.max(1, x.length)) || 1e-9;
  const g = 10 ** (db / 20) / rms;
  return x.map((v) => Math.max(-1, Math.min(1, v * g)));
};

const mix = (a: Float32Array, b: Float32Array, snrDb: number) => {
  const rms = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length) || 1e-9;
  const g = rms(a) / rms(b) / 10 ** (snrDb / 20);
  return a.map((v, i) => Math.max(-1, Math.min(1, v + g * b[i % b.length]!)));
};

/** Notes of a simple melody with harmonics and a pluck or a soft swell: music-like, not voice-like. */
const melody = (r: () => number, seconds: number, kind: "box" | "pad" | "square"): Float32Array => {
  const out = new Float32Array(seconds * rate);
  const scale = [0, 2, 4, 5, 7, 9, 11, 12];
  const base = 220 * 2 ** Math.floor(r() * 3);
  let t = 0;
  while (t < out.length) {
    const len = Math.floor(rate * (0.2 + r() * 0.5));
    const f = base * 2 ** (scale[Math.floor(r() * scale.length)]! / 12);
    for (let i = 0; i < len && t + i < out.length; i++) {
      const s = i / rate;
      const env =
        kind === "box" ? Math.exp(-s * 6) : Math.min(1, s * 8) * Math.min(1, (len - i) / (rate * 0.05));
      let v = 0;
      for (let h = 1; h <= (kind === "square" ? 9 : 4); h += kind === "square" ? 2 : 1)
        v += Math.sin(2 * Math.PI * f * h * s) / h ** (kind === "box" ? 2 : 1);
      out[t + i]! += 0.3 * env * v;
    }
    t += len;
  }
  return out;
};

export const makeExtra = (dir: string, devDir: string | undefined, seed = 7) => {
  check();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "speech"), { recursive: true });
  for (const d of ["noise", "music", "quiet", "tv", "cry_in_noise"])
    mkdirSync(join(dir, d), { recursive: true });
  const r = rng(seed);
  const rows: string[] = ["file,label,source_class,group"];
  const tmp = join(dir, "tmp.wav");
  const save = (file: string, x: Float32Array, label: string, cls: string, group = "") => {
    writeFileSync(join(dir, file), writeWav(x, rate));
    rows.push(`${file},${label},${cls},${group}`);
  };
  const sox = (args: string[]) => {
    run("sox", ["-q", "-n", "-r", String(rate), "-c", "1", "-b", "16", tmp, ...args]);
    return readWav(readFileSync(tmp)).samples;
  };

  // Speech.
  const speech: Float32Array[] = [];
  let n = 0;
  for (const [lang, lines] of Object.entries(texts)) {
    for (const variant of variants) {
      const text = lines[Math.floor(r() * lines.length)]!;
      const speed = 120 + Math.floor(r() * 100);
      const pitch = Math.floor(r() * 100);
      run("espeak-ng", [
        "-v",
        `${lang}+${variant}`,
        "-s",
        String(speed),
        "-p",
        String(pitch),
        "-w",
        tmp,
        text,
      ]);
      const raw = join(dir, "raw.wav");
      // Resample to 16 kHz; every third clip gets a room's reverb.
      run("sox", [
        tmp,
        "-r",
        String(rate),
        "-c",
        "1",
        "-b",
        "16",
        raw,
        ...(n % 3 === 0 ? ["reverb", "50"] : []),
      ]);
      const x = level(readWav(readFileSync(raw)).samples, -20 - r() * 15);
      speech.push(x);
      save(`speech/${lang}-${variant}-${n}.wav`, x, "not_cry", `speech_${lang}`);
      n++;
    }
  }

  // Household noise.
  const noises: Float32Array[] = [];
  const noiseShapes: [string, string[]][] = [
    ["fan", ["brownnoise", "lowpass", "600"]],
    ["hoover", ["pinknoise", "bandpass", "1200", "800"]],
    ["shower", ["whitenoise", "highpass", "1500"]],
    ["washing_machine", ["brownnoise", "tremolo", "0.7", "60"]],
    ["traffic", ["brownnoise", "lowpass", "300", "tremolo", "0.15", "40"]],
    ["white_noise_machine", ["whitenoise"]],
    ["pink_noise", ["pinknoise"]],
    ["rain_like", ["pinknoise", "highpass", "800", "tremolo", "9", "30"]],
  ];
  for (const [name, shape] of noiseShapes) {
    for (let k = 0; k < 3; k++) {
      const [first, ...effects] = shape;
      const x = level(sox(["synth", "8", first!, ...effects]), -25 - 10 * k);
      // A fan and a washing machine hum at the mains frequency (50 or 60 Hz) and its overtone.
      const hummed = name === "fan" || name === "washing_machine";
      const withHum = hummed ? mix(x, sox(["synth", "8", "sine", String(k % 2 ? 60 : 50)]), 6) : x;
      noises.push(withHum);
      save(`noise/${name}-${k}.wav`, withHum, "not_cry", `noise_${name}`);
    }
  }

  // Music-like sound.
  for (const kind of ["box", "pad", "square"] as const)
    for (let k = 0; k < 4; k++)
      save(`music/${kind}-${k}.wav`, level(melody(r, 8, kind), -22 - 4 * k), "not_cry", `music_${kind}`);

  // Steady tones, beeps and slow sweeps: a hum, a microwave or an alarm clock's beep, a siren far off.
  mkdirSync(join(dir, "tones"), { recursive: true });
  for (let k = 0; k < 18; k++) {
    const f = 150 * 2 ** (r() * 3.5);
    const kind = (["steady", "beep", "sweep"] as const)[k % 3];
    const x = new Float32Array(8 * rate);
    let phase = 0;
    for (let i = 0; i < x.length; i++) {
      const t = i / rate;
      const hz = kind === "sweep" ? f * (1 + 0.4 * Math.sin(2 * Math.PI * 0.25 * t)) : f;
      phase += (2 * Math.PI * hz) / rate;
      const on = kind === "beep" ? (t % (0.4 + (k % 4) * 0.3) < 0.25 + (k % 3) * 0.2 ? 1 : 0) : 1;
      x[i] = on * (Math.sin(phase) + (k % 2 ? 0.4 * Math.sin(2 * phase) + 0.2 * Math.sin(3 * phase) : 0));
    }
    save(`tones/${kind}-${k}.wav`, level(x, -20 - (k % 4) * 5), "not_cry", `tone_${kind}`);
  }

  // A quiet room.
  for (let k = 0; k < 4; k++)
    save(
      `quiet/room-${k}.wav`,
      level(sox(["synth", "10", k % 2 ? "pinknoise" : "brownnoise"]), -60 - 3 * k),
      "not_cry",
      "quiet",
    );

  // A TV in the room: speech under music and noise.
  for (let k = 0; k < 12; k++) {
    const talk = speech[Math.floor(r() * speech.length)]!;
    const tv = mix(
      mix(talk, melody(r, Math.ceil(talk.length / rate) + 1, "pad"), 6),
      noises[k % noises.length]!,
      15,
    );
    save(`tv/tv-${k}.wav`, level(tv, -24), "not_cry", "tv");
  }

  // The dev set's negatives again, pitched up and down and sped up or slowed (a dog, a siren or a
  // bell a little different), kept in the source clip's group so no fold sees its own clip's twin.
  if (devDir) {
    mkdirSync(join(dir, "shifted"), { recursive: true });
    const negatives = readFileSync(join(devDir, "labels.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.includes(",not_cry,"))
      .map((l) => l.split(",")[0]!);
    for (const file of negatives) {
      for (const [name, effect] of [
        ["up", ["pitch", String(300 + Math.floor(r() * 300))]],
        ["down", ["pitch", String(-300 - Math.floor(r() * 300))]],
        ["tempo", ["tempo", String(0.8 + r() * 0.4)]],
      ] as const) {
        const out = join(dir, "raw.wav");
        run("sox", [join(devDir, file), out, ...effect]);
        const base = file
          .split("/")
          .pop()!
          .replace(/\.wav$/, "");
        save(
          `shifted/${base}-${name}.wav`,
          readWav(readFileSync(out)).samples,
          "not_cry",
          "shifted_noise",
          file,
        );
      }
    }
  }

  // Dev-set cries under noise (positives), when the dev set is here.
  if (devDir) {
    const cries = readFileSync(join(devDir, "labels.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.includes(",cry,"))
      .map((l) => l.split(",")[0]!);
    for (let k = 0; k < 48; k++) {
      const file = cries[Math.floor(r() * cries.length)]!;
      const cry = readWav(readFileSync(join(devDir, file))).samples;
      const snr = [20, 10, 5][k % 3]!;
      const x = mix(cry, noises[k % noises.length]!, snr);
      save(
        `cry_in_noise/${file.split("/").pop()!.slice(0, 36)}-${k}-snr${snr}.wav`,
        x,
        "cry",
        `cry_snr${snr}`,
      );
    }
  }
  // Sirens, horns, bells, birds, dogs and cats: what the dev set's few animal and street clips were
  // taken for, in many more versions; and a baby who is happy, not crying.
  mkdirSync(join(dir, "signals"), { recursive: true });
  const rs = rng(seed + 4);
  for (const [kind, make] of Object.entries(madeSignals))
    for (let k = 0; k < 12; k++)
      save(`signals/${kind}-${k}.wav`, level(make(rs, 8), -18 - rs() * 15), "not_cry", `made_${kind}`);

  rmSync(tmp, { force: true });
  rmSync(join(dir, "raw.wav"), { force: true });
  writeFileSync(join(dir, "labels.csv"), `${rows.join("\n")}\n`);
  writeFileSync(join(dir, "version"), extraVersion);
  return rows.length - 1;
};
