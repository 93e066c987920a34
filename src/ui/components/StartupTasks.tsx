import { useAssistantStartup } from '../hooks/use-assistant-startup.ts';
import { useUpdateAtIdle } from '../hooks/use-update-at-idle.ts';
import { useServiceWorkerControl } from '../offline-context.ts';

/**
 * What the kiosk does by itself while shoppers browse: load the assistant, apply updates when idle
 * (here only while the attract loop shows; a session's idle reset applies them itself).
 */
export function StartupTasks({ attractShowing }: { attractShowing: boolean }) {
  useAssistantStartup();
  useUpdateAtIdle(useServiceWorkerControl(), attractShowing);
  return null;
}
