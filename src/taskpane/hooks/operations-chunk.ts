/** The pane's heavier operations (generate, write, finalize), in their own chunk loaded on demand. */
export const loadOperations = () => import(/* webpackChunkName: "operations" */ "../operations");
