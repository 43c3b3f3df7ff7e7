import { Type } from 'typebox';

/** The directory's one query: the typed text, two characters at least (a name or an email). */
export const PeopleQuery = Type.Object(
  {
    q: Type.String({
      minLength: 2,
      maxLength: 200,
      pattern: '\\S\\s*\\S',
      description: 'At least two characters (spaces aside) of a name or an email address',
    }),
  },
  { additionalProperties: false },
);

/** A person as the directory shows them: never their email, roles or settings. */
export const Person = Type.Object({ id: Type.Integer(), name: Type.String() });

export const PeopleList = Type.Object({
  people: Type.Array(Person, { maxItems: 20, description: 'Active users matching `q`, by name; at most 20' }),
});
