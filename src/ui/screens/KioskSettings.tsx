import { KioskDiagnostics } from '../components/KioskDiagnostics.tsx';
import { KioskSettingsForm } from '../components/KioskSettingsForm.tsx';
import { useMessages } from '../hooks/use-messages.ts';

/** The staff's kiosk settings (over the fleet's kiosk.config.json) and diagnostics. */
export function KioskSettings() {
  const t = useMessages().staff;
  return (
    <main className="screen staff-screen">
      <h1>{t.settingsHeading}</h1>
      <KioskSettingsForm />
      <KioskDiagnostics />
    </main>
  );
}
