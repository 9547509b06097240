package io.pressroom.store;

import java.util.List;

/** A condition on exact field values that every backend can apply: a term, or a range of numbers. */
public sealed interface Filter {

  /** The field has any of {@code values} (or, negated, none of them). */
  record AnyOf(String field, List<String> values, boolean negated) implements Filter {
    public AnyOf {
      values = List.copyOf(values);
    }
  }

  /** The number field lies in [{@code from}, {@code to}] (inclusive; Long.MIN/MAX_VALUE for open). */
  record Range(String field, long from, long to) implements Filter {}

  /** The field has {@code value}. */
  static Filter is(String field, String value) {
    return new AnyOf(field, List.of(value), false);
  }

  /** The field has any of {@code values}. */
  static Filter anyOf(String field, List<String> values) {
    return new AnyOf(field, values, false);
  }

  /** The field does not have {@code value}. */
  static Filter not(String field, String value) {
    return new AnyOf(field, List.of(value), true);
  }
}
