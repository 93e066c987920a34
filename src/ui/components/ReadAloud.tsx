import { useLocale } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { useSpeech } from '../hooks/use-speech.ts';

/** Reads an answer aloud where the device has a voice for the screen's language; nothing otherwise. */
export function ReadAloud({ text }: { text: string }) {
  const t = useMessages().speech;
  const { available, speaking, speak, stop } = useSpeech(useLocale());
  if (!available || !text) return null;
  return (
    <button
      type="button"
      className="chip read-aloud"
      onClick={() => (speaking ? stop() : speak(text))}
      data-testid="chat.read-aloud"
    >
      {speaking ? t.stop : t.readAloud}
    </button>
  );
}
