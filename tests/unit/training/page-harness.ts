/**
 * Loads a training page into its own happy-dom Window at a chosen URL and runs the page's own script
 * files in that window (node:vm), so the SPA and the shared loader are tested as the browser runs them,
 * without a server or network. happy-dom's own script loading stays off.
 */
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { readTraining } from './training-files';

export interface LoadedPage {
  window: Window;
  document: Window['document'];
  /** Run one of the training site's .js files in the page. */
  run(file: string): void;
  /** Wait for pending timers (the SPA's pretend API delay). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function loadTrainingPage(file: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const document = window.document;
  const parsed = new window.DOMParser().parseFromString(readTraining(file), 'text/html');
  const html = document.documentElement;
  for (const attr of parsed.documentElement.getAttributeNames()) html.setAttribute(attr, parsed.documentElement.getAttribute(attr)!);
  html.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return {
    window,
    document,
    run(script: string) {
      runInNewContext(readTraining(script), {
        window,
        document,
        history: window.history,
        location: window.location,
      });
    },
    settle: () => window.happyDOM.waitUntilComplete(),
    close: () => window.happyDOM.close(),
  };
}
