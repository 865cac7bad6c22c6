import type { GraphQLLeafType } from 'graphql';

/**
 * What graphql-js would send for `value` in a field of `type`: the serialized value, or the
 * error serializing raises. A view's getter returns the error rather than throwing it: both
 * executors answer an Error value as that field's error, as they answer a failed serialization.
 * Views call this only for values not already in their output form (a number in a String
 * field), so the common case costs a typeof.
 */
export function serializedLeaf(type: GraphQLLeafType, value: unknown): unknown {
  try {
    return type.serialize(value);
  } catch (error) {
    return error;
  }
}
