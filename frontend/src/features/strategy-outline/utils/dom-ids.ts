/** Element ids the outline uses to put focus back after re-rendering an item. */
export function headingIdOf(componentId: string) {
  return `component-${componentId}-title`;
}

export function actionIdOf(componentId: string, action: string) {
  return `component-${componentId}-${action}`;
}
