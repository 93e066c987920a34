import { useAssistantStartup } from '../hooks/use-assistant-startup.ts';
import { useUpdateAtIdle } from '../hooks/use-update-at-idle.ts';
import { useServiceWorkerControl } from '../offline-context.ts';

/** What the kiosk does by itself while shoppers browse: load the assistant, apply updates when idle. */
export function StartupTasks() {
  useAssistantStartup();
  useUpdateAtIdle(useServiceWorkerControl());
  return null;
}
