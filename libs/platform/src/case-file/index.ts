export * from './case-file-assembler';
export * from './case-file-entries';
export * from './case-file.response.dto';
