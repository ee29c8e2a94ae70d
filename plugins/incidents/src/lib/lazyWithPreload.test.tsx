import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyWithPreload } from './lazyWithPreload';

const Greeting = (props: { name: string }) => <p>Hello {props.name}</p>;

describe('lazyWithPreload', () => {
  it('renders the loaded component with its props once it has loaded', async () => {
    const { Component } = lazyWithPreload(async () => Greeting);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Amélie" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Amélie')).toBeInTheDocument();
  });

  it('starts loading before the component renders', () => {
    const load = jest.fn(async () => Greeting);
    const { preload } = lazyWithPreload(load);
    expect(load).not.toHaveBeenCalled();
    preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed early download to the component, which loads again', async () => {
    const load = jest
      .fn<Promise<typeof Greeting>, []>()
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValue(Greeting);
    const { Component, preload } = lazyWithPreload(load);
    preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Amélie" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello Amélie')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
