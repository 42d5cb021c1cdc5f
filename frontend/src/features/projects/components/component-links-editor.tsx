import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useStrategyComponents } from '../api/get-strategy-components';
import type { StrategyComponent } from '../api/types';

interface ComponentLinksEditorProps {
  /** The chosen strategy; empty when there is none. */
  strategyId: string;
  selected: readonly string[];
  /** Message of the whole list ("componentIds") or of one link ("componentIds.0"). */
  message: (path: string) => string | undefined;
  /** Said after the links were dropped because the strategy changed. */
  notice: string;
  onChange: (selected: string[]) => void;
}

interface ComponentNode {
  component: StrategyComponent;
  children: ComponentNode[];
}

/** The flat outline (depth first, in order) as nested lists, so the structure is announced too. */
function treeOf(items: readonly StrategyComponent[]): ComponentNode[] {
  const nodes = new Map(items.map((component) => [component.id, { component, children: [] }]));
  const roots: ComponentNode[] = [];
  for (const component of items) {
    const node = nodes.get(component.id);
    const parent = component.parentId ? nodes.get(component.parentId) : undefined;
    if (node) {
      (parent ? parent.children : roots).push(node);
    }
  }
  return roots;
}

/**
 * The strategy components a project serves, chosen from the outline of its strategy: one
 * checkbox per component (type and title), indented as in the outline.
 */
export function ComponentLinksEditor({
  strategyId,
  selected,
  message,
  notice,
  onChange,
}: ComponentLinksEditorProps) {
  const { t } = useTranslation(['projects', 'outline', 'common']);
  const id = useId();
  const components = useStrategyComponents(strategyId);
  const groupError = message('componentIds');
  const items = components.data ?? [];
  const unknown = components.isSuccess
    ? selected.filter((linked) => !items.some((component) => component.id === linked))
    : [];

  const toggle = (componentId: string, checked: boolean) => {
    onChange(
      checked ? [...selected, componentId] : selected.filter((linked) => linked !== componentId),
    );
  };
  const errorOf = (componentId: string) => {
    const index = selected.indexOf(componentId);
    return index >= 0 ? message(`componentIds.${index}`) : undefined;
  };

  const checkbox = (componentId: string, label: string) => {
    const error = errorOf(componentId);
    const errorId = `${id}-${componentId}-error`;
    return (
      <>
        <label className="checkbox">
          <input
            type="checkbox"
            name="componentIds"
            value={componentId}
            checked={selected.includes(componentId)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              toggle(componentId, event.target.checked);
            }}
          />
          <span>{label}</span>
        </label>
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
      </>
    );
  };

  const renderNodes = (nodes: readonly ComponentNode[]) => (
    <ul className="component-links__list">
      {nodes.map(({ component, children }) => (
        <li key={component.id}>
          {checkbox(
            component.id,
            t('links.componentLabel', {
              type: t(`outline:type.${component.type}`),
              title: component.title,
            }),
          )}
          {children.length > 0 ? renderNodes(children) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <fieldset
      className={groupError ? 'field fieldset field--invalid' : 'field fieldset'}
      aria-describedby={[`${id}-hint`, groupError ? `${id}-error` : null].filter(Boolean).join(' ')}
    >
      <legend className="field__label">{t('links.legend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {strategyId === '' ? t('links.noStrategy') : t('links.hint')}
      </p>
      {strategyId !== '' && components.isPending ? <p>{t('common:loading')}</p> : null}
      {components.isError ? <p className="field__error">{t('links.loadFailed')}</p> : null}
      {components.isSuccess && items.length === 0 ? <p>{t('links.emptyOutline')}</p> : null}
      {items.length > 0 ? renderNodes(treeOf(items)) : null}
      {unknown.length > 0 ? (
        <ul className="component-links__list">
          {unknown.map((componentId) => (
            <li key={componentId}>{checkbox(componentId, t('links.unknownComponent'))}</li>
          ))}
        </ul>
      ) : null}
      {groupError ? (
        <p id={`${id}-error`} className="field__error">
          {groupError}
        </p>
      ) : null}
      <p role="status" className="field__hint">
        {notice}
      </p>
    </fieldset>
  );
}
