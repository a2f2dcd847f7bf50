import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { SectionOutline } from './SectionOutline';

// jsdom has no IntersectionObserver: this one hands the test the callback and what it watches.
type Callback = (entries: Partial<IntersectionObserverEntry>[]) => void;
let observed: { callback: Callback; targets: Element[] } | undefined;
class FakeObserver {
  targets: Element[] = [];
  constructor(callback: Callback) {
    observed = { callback, targets: this.targets };
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {}
}
beforeAll(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterAll(() => vi.unstubAllGlobals());

function Page({ extra = false }: { extra?: boolean }) {
  return (
    <main className="long">
      <SectionOutline label="Sections of this page" scope="main.long" />
      <section aria-labelledby="s-plan"><h2 id="s-plan">Plan</h2></section>
      <section aria-labelledby="s-agenda"><h2 id="s-agenda">Agenda</h2></section>
      {extra ? <section aria-labelledby="s-photos"><h2 id="s-photos">Photos</h2></section> : null}
    </main>
  );
}

describe('the section outline', () => {
  it('lists the sections, follows sections that come, jumps to one and marks the one being read', async () => {
    const { rerender } = render(<Page />);
    const nav = await screen.findByRole('navigation', { name: 'Sections of this page' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(['Plan', 'Agenda']);
    rerender(<Page extra />);
    await within(nav).findByRole('button', { name: 'Photos' });

    fireEvent.click(within(nav).getByRole('button', { name: 'Agenda' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Agenda' }));
    expect(within(nav).getByRole('button', { name: 'Agenda' }).getAttribute('aria-current')).toBe('location');

    // Scrolling: the photos section enters the reading band, the agenda leaves it.
    const [, agenda, photos] = observed!.targets;
    act(() => observed!.callback([{ target: agenda!, isIntersecting: false }, { target: photos!, isIntersecting: true }]));
    expect(within(nav).getByRole('button', { name: 'Photos' }).getAttribute('aria-current')).toBe('location');
    expect(within(nav).getByRole('button', { name: 'Agenda' }).getAttribute('aria-current')).toBeNull();
  });
});
