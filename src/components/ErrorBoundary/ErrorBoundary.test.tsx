// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

function Exploding({ explode }: { explode: boolean }) {
  if (explode) throw new Error('bad geometry');
  return <p>map ok</p>;
}

function Harness() {
  const [explode, setExplode] = useState(true);
  return (
    <>
      <button onClick={() => setExplode(false)}>fix</button>
      <ErrorBoundary view={{ zh: '地图', en: 'map' }}>
        <Exploding explode={explode} />
      </ErrorBoundary>
      <p>other view</p>
    </>
  );
}

describe('ErrorBoundary', () => {
  it('shows the failure in place, keeps the other views, and recovers on retry', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness />);
    expect(screen.getByRole('alert').textContent).toContain('bad geometry');
    expect(screen.getByText('other view')).toBeTruthy();
    fireEvent.click(screen.getByText('fix'));
    fireEvent.click(screen.getByRole('button', { name: /重试|Retry/ }));
    expect(screen.getByText('map ok')).toBeTruthy();
    quiet.mockRestore();
  });

  it('clears the cause before drawing the view again, mounting it afresh', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cache = { broken: true };
    let mounts = 0;
    function CachedView() {
      const [mountNumber] = useState(() => ++mounts);
      if (cache.broken) throw new Error('broken file');
      return <p>drawn, mount {mountNumber}</p>;
    }
    render(
      <ErrorBoundary view={{ zh: '地图', en: 'map' }} onRetry={() => (cache.broken = false)}>
        <CachedView />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('view-error').textContent).toContain('broken file');
    fireEvent.click(screen.getByRole('button', { name: /重试|Retry/ }));
    expect(screen.getByText(`drawn, mount ${mounts}`)).toBeTruthy();
    expect(screen.queryByTestId('view-error')).toBeNull();
    quiet.mockRestore();
  });
});
