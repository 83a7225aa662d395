import { useEffect, useState } from 'react';
import { useExplorer } from '../../store';
import { importFiles } from '../../data/import/importFiles';
import { filesFromDrop } from '../../data/import/droppedFiles';
import { useMessages, type Messages } from '../../i18n';
import './FileDrop.css';

const messages: Messages<'drop'> = {
  zh: { drop: '松开以添加文件或文件夹（新闻文本、保存的网页或已解析的 JSON）' },
  en: { drop: 'Drop to add files or folders (news texts, saved pages or parsed JSON)' },
};

/** Files and folders dropped anywhere on the page are imported into the corpus. */
export function FileDrop() {
  const t = useMessages(messages);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer) return;
      void filesFromDrop(event.dataTransfer).then(({ files, unopened }) => importFiles(useExplorer, files, unopened));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging ? <div className="file-drop" aria-hidden="true">{t.drop}</div> : null;
}
