export * from './org-directory';
export * from './org-tree.errors';
export * from './read-model/org-tree-read-model.migration';
export * from './read-model/org-tree-read-model.module';
export * from './read-model/moved-path-rebaser';
