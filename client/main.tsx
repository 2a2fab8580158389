// Thai in the device's own Thai font, Sarabun downloaded only where there is none (fonts.css).
import './fonts.css';
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, preloadFirstViewChunk } from './App';
import { readPrefs } from './hooks/use-prefs';
import { loadEnglish } from './i18n';
import { prefetchFirstView } from './lib/first-view';
import { queryClient } from './trpc';

const firstView = Promise.all([
  prefetchFirstView(queryClient, window.location.pathname),
  preloadFirstViewChunk(window.location.pathname).catch(() => undefined),
]);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const container = root;

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );

// The first render waits briefly for the first view's data and page chunk (usually in already,
// preloaded by the HTML): React then renders and lays out the page once, with its figure,
// instead of a loading state first and the page again a moment later — on a phone each is
// ~0.2–0.4 s of main thread.
// A link in English (?lang=en) also waits for the English catalogue rather than flash Thai
// first; if it cannot load, the page shows in Thai.
const FIRST_VIEW_WAIT_MS = 600;
const waitForFirstView = Promise.race([firstView, new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS))]);
const english = readPrefs(new URLSearchParams(window.location.search)).lang === 'en' ? loadEnglish() : Promise.resolve();
void Promise.all([waitForFirstView, english.catch(() => undefined)]).finally(render);
