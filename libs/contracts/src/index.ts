export * from './envelope';
export * from './event-contract';
export * from './topics';
export * from './catalogue';
export * from './events/competition.events';
export * from './events/enrolment.events';
export * from './events/org-unit.events';
export * from './events/approval.events';
