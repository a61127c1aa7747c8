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
  // Closing the dialog on the way out fires its "close" event a moment later, when this sheet is
  // gone and perhaps another has opened in its place: that late event must not close the new one.
  const shown = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    shown.current = true;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      shown.current = false;
      dialog?.close();
    };
  }, []);
  const closed = () => {
    if (shown.current) onClose();
  };
  return (
    <dialog ref={ref} className="sheet" aria-label={title} onClose={closed} onCancel={closed}>
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
