import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import type { Indicator, StrategyComponent } from '@/lib/api/types';

import type { IndicatorContributions } from '../api/get-indicator-contributions';
import { actionIdOf, headingIdOf } from '../utils/dom-ids';
import type { MoveAction, OutlineNode } from '../utils/outline-tree';

import { GoalIndicators } from './goal-indicators';

const headings = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

export interface OutlineItemActions {
  /** Whether an action applies (a top item cannot move up, …). */
  canMove: (component: StrategyComponent, action: MoveAction) => boolean;
  move: (component: StrategyComponent, action: MoveAction) => void;
  edit: (component: StrategyComponent) => void;
  addChild: (component: StrategyComponent) => void;
  remove: (component: StrategyComponent) => void;
  descendants: (component: StrategyComponent) => number;
  moving: boolean;
  removing: boolean;
}

interface OutlineItemProps {
  node: OutlineNode;
  strategyId: string;
  indicators: readonly Indicator[];
  contributions: readonly IndicatorContributions[];
  canWrite: boolean;
  actions: OutlineItemActions;
  /** An edit form to show instead of the component's content. */
  editor: (component: StrategyComponent) => ReactNode;
  /** A form for a new child, shown after the children. */
  childCreator: (component: StrategyComponent) => ReactNode;
}

/**
 * One component of the outline as a section of the document: its type, title and content, the
 * indicators of a goal, the editor's tools, then its sub-components.
 */
export function OutlineItem({
  node,
  strategyId,
  indicators,
  contributions,
  canWrite,
  actions,
  editor,
  childCreator,
}: OutlineItemProps) {
  const { t } = useTranslation(['outline', 'common']);
  const { component, children } = node;
  const Heading = headings[Math.min(component.depth, headings.length - 1)] ?? 'h6';
  const headingId = headingIdOf(component.id);
  const edited = editor(component);

  const moveButton = (action: MoveAction) => {
    const applies = actions.canMove(component, action);
    return (
      <Button
        id={actionIdOf(component.id, action)}
        className="button--small"
        aria-disabled={!applies || actions.moving ? true : undefined}
        onClick={() => {
          if (applies && !actions.moving) {
            actions.move(component, action);
          }
        }}
      >
        {t(`move.${action}`)} <span className="visually-hidden">{component.title}</span>
      </Button>
    );
  };

  return (
    <li className={`outline-item outline-item--depth-${component.depth}`}>
      <section aria-labelledby={headingId} className="outline-item__section">
        <Heading id={headingId} tabIndex={-1} className="outline-item__heading">
          <span className={`type-tag type-tag--${component.type}`}>
            {t(`type.${component.type}`)}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {component.title}
        </Heading>
        {edited ?? (
          <>
            <p className="outline-item__meta">
              <Badge tone="neutral">{t(`status.${component.status}`)}</Badge>
              {component.responsibleUnit ? (
                <span>
                  {' '}
                  {t('fields.responsibleUnit')}: {component.responsibleUnit}
                </span>
              ) : null}
            </p>
            {component.description ? (
              <p className="outline-item__description">{component.description}</p>
            ) : null}
            {component.sdgTargets.length > 0 ? (
              <div className="outline-item__links">
                <p className="outline-item__links-title">{t('sdg.linked')}</p>
                <ul className="inline-list">
                  {component.sdgTargets.map((link) => (
                    <li key={link.code}>
                      {t('sdg.linkLabel', {
                        code: link.code,
                        contribution: t(`contribution.${link.contribution}`),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {component.localGoals.length > 0 ? (
              <div className="outline-item__links">
                <p className="outline-item__links-title">{t('localGoals.linked')}</p>
                <ul className="inline-list">
                  {component.localGoals.map((goal) => (
                    <li key={goal.name}>
                      {t('localGoals.linkLabel', {
                        name: goal.name,
                        contribution: t(`contribution.${goal.contribution}`),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {component.type === 'GOAL' ? (
              <GoalIndicators
                strategyId={strategyId}
                goalId={component.id}
                goalTitle={component.title}
                indicators={indicators.filter(
                  (indicator) => indicator.componentId === component.id,
                )}
                contributions={contributions}
                canWrite={canWrite}
              />
            ) : null}
            {canWrite ? (
              <div
                className="outline-item__tools"
                role="group"
                aria-label={t('tools.label', { title: component.title })}
              >
                <Button
                  id={actionIdOf(component.id, 'edit')}
                  className="button--small"
                  onClick={() => {
                    actions.edit(component);
                  }}
                >
                  {t('tools.edit')} <span className="visually-hidden">{component.title}</span>
                </Button>
                <Button
                  id={actionIdOf(component.id, 'add-child')}
                  className="button--small"
                  aria-disabled={component.depth >= 4 ? true : undefined}
                  onClick={() => {
                    if (component.depth < 4) {
                      actions.addChild(component);
                    }
                  }}
                >
                  {t('tools.addChild')} <span className="visually-hidden">{component.title}</span>
                </Button>
                {moveButton('up')}
                {moveButton('down')}
                {moveButton('indent')}
                {moveButton('outdent')}
                <ConfirmAction
                  triggerClassName="button--small"
                  trigger={
                    <>
                      {t('tools.delete')} <span className="visually-hidden">{component.title}</span>
                    </>
                  }
                  heading={t('tools.deleteHeading', { title: component.title })}
                  text={
                    <p>
                      {t('tools.deleteText', {
                        title: component.title,
                        count: actions.descendants(component),
                      })}
                    </p>
                  }
                  confirmLabel={t('tools.deleteConfirm')}
                  cancelLabel={t('common:form.cancel')}
                  pending={actions.removing}
                  onConfirm={() => {
                    actions.remove(component);
                  }}
                />
              </div>
            ) : null}
          </>
        )}
        {children.length > 0 ? (
          <ol className="outline">
            {children.map((child) => (
              <OutlineItem
                key={child.component.id}
                node={child}
                strategyId={strategyId}
                indicators={indicators}
                contributions={contributions}
                canWrite={canWrite}
                actions={actions}
                editor={editor}
                childCreator={childCreator}
              />
            ))}
          </ol>
        ) : null}
        {childCreator(component)}
      </section>
    </li>
  );
}
