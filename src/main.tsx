import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { shopperTraces } from './state/shopper-session.ts';
import { useAppStore } from './state/store.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';
import './ui/kiosk.css';

// Read-only: what the store still holds of a shopper (counts and flags), for the end-to-end tests'
// idle-reset checks and for staff diagnostics in the browser console.
Object.defineProperty(window, 'aisleShopperTraces', { value: () => shopperTraces(useAppStore.getState()) });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
