package dev.distlint.syntax.elixir.view;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The value an Elixir expression is known to have without running it: an integer, a float, a
 * string, an atom ({@link Atom}), or {@link #UNKNOWN}. {@code fromDefault} marks a value that
 * holds only when an environment variable is unset (the default of {@code System.get_env/2},
 * the right side of {@code System.get_env("X") || "15"}), so a rule can say so.
 */
public record ConstValue(Object value, boolean fromDefault) {
  /** The expression's value cannot be known from the text. */
  public static final ConstValue UNKNOWN = new ConstValue(null, false);

  /** An atom's name, kept apart from strings. */
  public record Atom(String name) {
  }

  public static ConstValue of(Object value) {
    return value == null ? UNKNOWN : new ConstValue(value, false);
  }

  /** The same value, marked as from a default when {@code fromDefault}. */
  public ConstValue withDefault(boolean fromDefault) {
    return fromDefault ? asDefault() : this;
  }

  public boolean known() {
    return value != null;
  }

  /** The same value, marked as holding only when a variable is unset. */
  public ConstValue asDefault() {
    return known() ? new ConstValue(value, true) : this;
  }

  public OptionalLong asLong() {
    return value instanceof Long l ? OptionalLong.of(l) : OptionalLong.empty();
  }

  public Optional<String> asString() {
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  public Optional<String> asAtom() {
    return value instanceof Atom a ? Optional.of(a.name()) : Optional.empty();
  }

  /** True for the atoms nil and false, the values {@code ||} skips. */
  public boolean falsy() {
    return value instanceof Atom a && (a.name().equals("nil") || a.name().equals("false"));
  }
}
