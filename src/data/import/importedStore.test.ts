import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/articleFixture';
import { createImportedStore, StorageUnavailableError } from './importedStore';

describe('imported article store', () => {
  it('keeps full records across openings, in import order, until removed', async () => {
    const factory = new IDBFactory();
    const first = createImportedStore(factory);
    await first.save([makeArticle({ id: 'local-b', text: '乙' }), makeArticle({ id: 'local-a', text: '甲' })]);
    await first.save([makeArticle({ id: 'local-c' })]);

    const reopened = createImportedStore(factory);
    expect(((await reopened.loadAll()) as Array<{ id: string }>).map((article) => article.id)).toEqual(['local-b', 'local-a', 'local-c']);
    expect(await reopened.loadAll()).toContainEqual(makeArticle({ id: 'local-a', text: '甲' }));

    await reopened.remove(['local-a']);
    expect(((await createImportedStore(factory).loadAll()) as Array<{ id: string }>).map((article) => article.id)).toEqual(['local-b', 'local-c']);
    await reopened.clear();
    expect(await createImportedStore(factory).loadAll()).toEqual([]);
  });

  it('reports a browser without storage, or one that refuses it, as unavailable', async () => {
    await expect(createImportedStore(undefined).loadAll()).rejects.toBeInstanceOf(StorageUnavailableError);
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createImportedStore(refusing);
    await expect(store.save([makeArticle({ id: 'local-x' })])).rejects.toThrow(/denied permission/);
    await expect(store.loadAll()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
