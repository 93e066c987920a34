import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readEmbedParams } from './embed-params.ts';
import { EmbedApp } from './EmbedApp.tsx';
import '../ui/styles.css';
import './embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EmbedApp params={readEmbedParams(window.location.search)} />
  </StrictMode>,
);
