import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider.tsx';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/library.css';
import './styles/import.css';
import './styles/reader.css';
import './styles/stories.css';
import './styles/compare.css';
import './styles/search.css';
import './styles/framing.css';
import './styles/framing-summary.css';
import './styles/annotations.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider>
        <App />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
