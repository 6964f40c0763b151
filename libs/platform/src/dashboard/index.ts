export * from './dashboard-query.dto';
export * from './subtree-children';
