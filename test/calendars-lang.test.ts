/**
 * Calendar feeds in the reader's language (`lang` on POST /v1/calendars). The English feed stays what it was:
 * test/fixtures/calendar-feed-en.json holds renderFeed's input and the feed main rendered for it before feeds
 * had languages, and the default feed must still be byte-identical to it (update the fixture only when the
 * English wording is changed on purpose).
 */
import { describe, expect, it } from 'vitest';
import { type FeedInput, renderFeed } from '../src/platform/calendars';
import pinned from './fixtures/calendar-feed-en.json';

const INPUT = pinned.input as unknown as FeedInput;

describe('calendar feed languages', () => {
  it('renders the default (English) feed byte for byte as before feeds had languages', () => {
    expect(renderFeed(INPUT)).toBe(pinned.feed_en);
  });
});
