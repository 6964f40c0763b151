/**
 * Logical Kafka topics, one per aggregate kind. Events of one aggregate share a topic and a key, which
 * keeps them in order. Dead letters of a topic go to `<topic>.dlt`.
 */
export const Topics = {
  registrationCompetitions: 'registration.competitions',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const deadLetterTopicOf = (topic: string): string => `${topic}.dlt`;
