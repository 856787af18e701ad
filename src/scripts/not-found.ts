/**
 * The 404 page: the words of the address that was not found go into its search box, with a link that searches
 * for them; the search page then corrects a misspelling ("feyenoord" gives Feijenoord). Without script the page
 * is the same as before, with an empty box.
 */
import { searchWordsOf } from '../lib/missing-address.ts';
import { searchUrl } from '../lib/urls.ts';

const words = searchWordsOf(location.pathname);
const input = document.querySelector<HTMLInputElement>('#search-404');
const offer = document.querySelector<HTMLElement>('#zoek-adres');
if (words && input && offer) {
  input.value = words;
  const link = document.createElement('a');
  link.href = searchUrl(words);
  link.textContent = `Zoek naar ‘${words}’`;
  offer.replaceChildren(link, document.createTextNode(', de woorden uit het adres.'));
  offer.hidden = false;
}
