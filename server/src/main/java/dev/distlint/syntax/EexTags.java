package dev.distlint.syntax;

/**
 * Finds the end of EEx tags ({@code <%= %>}, {@code <% %>}, {@code <%# %>}) in templates such as
 * {@code vm.args.eex} and {@code env.sh.eex}. EEx is expanded before the shell or the VM reads the
 * file, so a tag is opaque to them wherever it appears. The search for {@code %>} remembers where
 * it last looked, which keeps a file full of unclosed tags linear to scan.
 */
public final class EexTags {
  private final String text;
  private int searchedFrom = Integer.MAX_VALUE;
  private int found = -1;

  public EexTags(String text) {
    this.text = text;
  }

  public static boolean startsAt(CharSequence text, int pos, int limit) {
    return pos + 1 < limit && text.charAt(pos) == '<' && text.charAt(pos + 1) == '%';
  }

  /** Whether the tag at {@code pos} writes output ({@code <%=}). */
  public static boolean isOutput(CharSequence text, int pos, int limit) {
    return pos + 2 < limit && text.charAt(pos + 2) == '=';
  }

  /**
   * Whether the tag {@code [start, end)} produces no text of its own: a non-output tag
   * ({@code <% ... %>}, {@code <%# ... %>}) or the start, middle or end of a block
   * ({@code <%= if @x do %>}, {@code <% else %>}, {@code <% end %>}).
   */
  public static boolean isSilent(CharSequence text, int start, int end) {
    if (!isOutput(text, start, end)) {
      return true;
    }
    int from = Math.min(start + 3, end);
    int to = end >= from + 2 && text.charAt(end - 2) == '%' && text.charAt(end - 1) == '>'
        ? end - 2 : end;
    String body = text.subSequence(from, to).toString().trim();
    return body.endsWith(" do") || body.endsWith("->") || body.equals("end")
        || body.equals("else");
  }

  /**
   * The offset just after the tag opened at {@code start}. An unclosed tag ends at the end of
   * its line, so half-typed text does not swallow the rest of the file.
   */
  public int end(int start, int limit) {
    int close = closeAtOrAfter(start + 2);
    if (close >= 0 && close + 2 <= limit) {
      return close + 2;
    }
    return Math.max(start + 2 <= limit ? start + 2 : limit, Lines.lineEnd(text, start, limit));
  }

  private int closeAtOrAfter(int from) {
    if (from >= searchedFrom && (found < 0 || found >= from)) {
      return found;
    }
    searchedFrom = from;
    found = text.indexOf("%>", from);
    return found;
  }
}
