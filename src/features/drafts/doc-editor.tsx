import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { VisuallyHidden } from '../../components/ui/visually-hidden';
import type { DocModel } from '../../lib/export/doc-model';
import type { CiteLine, TextAddress } from './doc-edit';
import { editorNodes, type EditorField } from './editor-fields';

/** Rows for a field before CSS sizing takes over (browsers without `field-sizing` keep this height). */
const rowsFor = (text: string): number => Math.min(12, Math.max(2, Math.ceil(text.length / 40) + text.split('\n').length - 1));

const headingTag = { 1: 'h3', 2: 'h4', 3: 'h5' } as const;

export type EditHandler = (at: TextAddress, text: string) => void;

interface FieldProps {
  readonly id: string;
  readonly address: TextAddress;
  readonly value: string;
  readonly visible: string;
  /** Read before the visible label: the heading the field sits under. */
  readonly context: string;
  readonly onEdit: EditHandler;
}

/**
 * One text area. Memoised: a keystroke re-renders only the field typed in, not the hundred-odd others on the page.
 * The id encodes the address, so comparing ids stands in for comparing addresses.
 */
const Field = memo(
  function Field({ id, address, value, visible, context, onEdit }: FieldProps) {
    return (
      <div className="draft-field">
        <label className="draft-field__label" htmlFor={id}>
          {context === '' ? null : <VisuallyHidden>{context}</VisuallyHidden>}
          {visible}
        </label>
        <textarea
          id={id}
          className="draft-field__input"
          value={value}
          rows={rowsFor(value)}
          spellCheck={false}
          onChange={(event) => {
            onEdit(address, event.target.value);
          }}
        />
      </div>
    );
  },
  (a, b) => a.id === b.id && a.value === b.value && a.visible === b.visible && a.context === b.context && a.onEdit === b.onEdit,
);

interface DocEditorProps {
  readonly doc: DocModel;
  /** The words for a block's sources, in the draft's language. */
  readonly citeLine: CiteLine;
  /** Must be stable (useCallback): the fields compare it to skip re-rendering. */
  readonly onEdit: EditHandler;
}

/** A draft as a form: fixed headings, and a labelled text area for every paragraph, list item and table cell. */
export const DocEditor = memo(function DocEditor({ doc, citeLine, onEdit }: DocEditorProps) {
  const { t } = useTranslation('drafts');
  const idPrefix = useId();
  const nodes = editorNodes(doc);

  const labelText = (label: EditorField['label']): string => {
    switch (label.kind) {
      case 'paragraph':
        return t('editor.paragraph', { n: label.n });
      case 'item':
        return t('editor.item', { n: label.n });
      case 'column':
        return label.text;
    }
  };

  const field = (f: EditorField, context: string) => (
    <Field
      key={f.key}
      id={`${idPrefix}${f.key}`}
      address={f.address}
      value={f.value}
      visible={labelText(f.label)}
      context={context}
      onEdit={onEdit}
    />
  );

  return (
    <div className="draft-editor">
      {nodes.map((node) => {
        switch (node.kind) {
          case 'heading': {
            const Heading = headingTag[node.level];
            return (
              <Heading key={node.key} className={`draft-editor__heading draft-editor__heading--${String(node.level)}`}>
                {node.text}
              </Heading>
            );
          }
          case 'field':
            return field(node.field, t('editor.context', { section: node.field.section }));
          case 'cite':
            return (
              <p key={node.key} className="draft-editor__cite">
                {citeLine(node.cite)}
              </p>
            );
          case 'row':
            return (
              <fieldset className="draft-row" key={node.key}>
                <legend className="draft-row__legend">
                  <VisuallyHidden>{t('editor.context', { section: node.section })}</VisuallyHidden>
                  {t('editor.row', { n: node.n })}
                </legend>
                {node.cells.map((cell) => field(cell, ''))}
              </fieldset>
            );
        }
      })}
    </div>
  );
});
