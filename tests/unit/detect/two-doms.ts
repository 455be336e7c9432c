import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

/** The same HTML parsed by both test DOMs (their quirks differ), for describe.each. */
export function twoDoms(html: string): [string, Document][] {
  const hd = new Window();
  hd.document.write(html);
  return [
    ['happy-dom', hd.document as unknown as Document],
    ['linkedom', parseHTML(html).document as unknown as Document],
  ];
}
