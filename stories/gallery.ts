/**
 * The story gallery: a list of every story, and each story on its own URL (?story=ID) so that a
 * test or a screenshot can load one alone. With no story chosen, the first group (the seed
 * figures) is shown.
 */
import { html, render } from 'lit';
import { storyEntries, type StoryEntry } from './all-stories.js';

const params = new URLSearchParams(location.search);
const chosen = params.get('story');
const width = params.get('width');
const theme = params.get('theme');
if (theme === 'dark') document.documentElement.dataset.theme = 'dark';

const groups = new Map<string, StoryEntry[]>();
for (const entry of storyEntries) groups.set(entry.title, [...(groups.get(entry.title) ?? []), entry]);

const shown = chosen ? storyEntries.filter((e) => e.id === chosen) : (groups.get(storyEntries[0].title) ?? []);

const storyView = (entry: StoryEntry) => html`<section class="story" id=${entry.id} data-story=${entry.id}>
  <h2 class="story-name"><a href=${`?story=${entry.id}`}>${entry.title}: ${entry.story.name}</a></h2>
  ${entry.description ? html`<p class="story-description">${entry.description}</p>` : ''}
  <div class="story-canvas" style=${width ? `width:${Number(width)}px` : ''}>${entry.render()}</div>
</section>`;

render(
  html`${
    chosen
      ? ''
      : html`<nav aria-label="Stories">
          ${Array.from(groups, ([title, entries]) => html`<h2>${title}</h2><ul>${entries.map((e) => html`<li><a href=${`?story=${e.id}`}>${e.story.name}</a></li>`)}</ul>`)}
          <h2>Without a build</h2><ul><li><a href="embed.html">The CMS embed (dist/estimate-range.min.js)</a></li></ul>
        </nav>`
  }
    <main>
      ${chosen ? html`<p class="back"><a href="./">← All stories</a></p>` : html`<h1>estimate-range</h1>`}
      ${shown.length ? shown.map(storyView) : html`<p>No story “${chosen}”.</p>`}
    </main>`,
  document.body,
);
