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
    fireEvent.click(screen.getByRole('button', { name: /重试|Try again/ }));
    expect(screen.getByText('map ok')).toBeTruthy();
    quiet.mockRestore();
  });
});
