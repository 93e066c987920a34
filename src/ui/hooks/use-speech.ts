import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../i18n/locale.ts';

const TAG: Record<Locale, string> = { en: 'en', zh: 'zh' };

function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(TAG[locale]));
}

/**
 * Read-aloud through the browser's speech synthesis, offered only where the device has a voice for the
 * screen's language (voices arrive late in some browsers, hence the listener).
 */
export function useSpeech(locale: Locale) {
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!supported) return;
    const update = () => setVoice(voiceFor(locale));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [supported, locale]);

  const speak = useCallback(
    (text: string) => {
      if (!voice) return;
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      speechSynthesis.speak(utterance);
    },
    [voice],
  );

  const stop = useCallback(() => {
    speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  return { available: voice !== undefined, speaking, speak, stop };
}
