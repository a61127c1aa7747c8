/** A bottom sheet on the native <dialog>: focus stays inside, Escape closes it. */
import { type ReactNode, useEffect, useRef } from "react";

export const Sheet = ({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) => {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="sheet" aria-label={title} onClose={onClose} onCancel={onClose}>
      <div className="sheet-head">
        <h2>{title}</h2>
        <CloseButton onClose={onClose} />
      </div>
      {children}
    </dialog>
  );
};

import { useTranslation } from "react-i18next";

const CloseButton = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-button" onClick={onClose} aria-label={t("common.close")}>
      ×
    </button>
  );
};
