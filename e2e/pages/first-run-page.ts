import type { Locator, Page } from '@playwright/test';

/** What a first-time editor meets: the start screen, the status legend and the suggestion slider. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  startScreen(): Locator {
    return this.page.getByRole('region', { name: 'Start' });
  }

  legendItem(status: string): Locator {
    return this.page.getByRole('list', { name: 'Status colours' }).getByRole('listitem').filter({ hasText: status });
  }

  suggestionSlider(): Locator {
    return this.page.getByRole('group', { name: 'Suggestions' }).getByRole('slider', { name: 'How many to show' });
  }

  /** Moves the slider to its left or right end, as a person drags it. */
  async moveSlider(end: 'left' | 'right'): Promise<void> {
    const slider = this.suggestionSlider();
    await slider.focus();
    await this.page.keyboard.press(end === 'left' ? 'Home' : 'End');
  }

  /** The calls the page makes to one API method, counted from now. */
  countCalls(method: string): { count: () => number } {
    let count = 0;
    this.page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/${method}`) count++;
    });
    return { count: () => count };
  }
}
