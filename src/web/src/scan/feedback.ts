/**
 * Beeps made with WebAudio, so the station needs no sound files: a short high tone for a good scan,
 * two low ones for an error a worker must look at. Browsers allow audio after the first key press.
 */
let context: AudioContext | null = null;

function tone(frequency: number, startAt: number, seconds: number): void {
  if (!context) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'square';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.08, startAt);
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(startAt);
  oscillator.stop(startAt + seconds);
}

export type Feedback = 'ok' | 'error' | 'queued';

export function beep(kind: Feedback): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const now = context.currentTime;
    if (kind === 'ok') tone(1320, now, 0.09);
    else if (kind === 'queued') tone(880, now, 0.12);
    else {
      tone(220, now, 0.18);
      tone(220, now + 0.25, 0.18);
    }
  } catch {
    // No audio device: the colour and the message still tell the worker.
  }
}
