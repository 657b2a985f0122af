/**
 * The function file the ribbon loads (manifest FunctionFile). The ribbon button opens the task
 * pane (ShowTaskpane) and needs no code; function commands would be associated here.
 */
Office.onReady(() => {
  // Nothing to do until a function command exists.
});
