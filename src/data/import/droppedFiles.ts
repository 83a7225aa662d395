import type { UnopenedFile } from './importFiles';
import type { NamedFile } from './protocol';

export interface DroppedFiles {
  files: NamedFile[];
  unopened: UnopenedFile[];
}

const pathOf = (entry: FileSystemEntry) => entry.fullPath.replace(/^\//, '') || entry.name;

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: DroppedFiles): Promise<void> {
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    try {
      // A directory reader hands out its entries in batches until an empty one.
      for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
        for (const child of batch) await walk(child, into);
      }
    } catch (error) {
      into.unopened.push({ name: pathOf(entry), message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  try {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.files.push({ name: pathOf(entry), file });
  } catch (error) {
    into.unopened.push({ name: pathOf(entry), message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The files of a drop, walking into dropped folders (each file named by its
 * path). Entries must be taken while the drop event runs; reading them may follow.
 */
export function filesFromDrop(dataTransfer: DataTransfer): Promise<DroppedFiles> {
  const items = [...(dataTransfer.items ?? [])].filter((item) => item.kind === 'file');
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve({ files: [...dataTransfer.files].map((file) => ({ name: file.name, file })), unopened: [] });
  }
  return (async () => {
    const dropped: DroppedFiles = { files: [], unopened: [] };
    for (const entry of entries) await walk(entry!, dropped);
    return dropped;
  })();
}
