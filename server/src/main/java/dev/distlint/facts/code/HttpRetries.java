package dev.distlint.facts.code;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keyword lists of a config script that configure an HTTP client's retries: the options of a
 * {@code {Tesla.Middleware.Retry, ...}} middleware, or a list with a retry key inside the config
 * of Req, Tesla, Finch or a module or key whose name says HTTP ({@code MyApp.HTTPClient},
 * {@code req_options:}).
 */
public final class HttpRetries {
  public static final String TESLA_RETRY = "Tesla.Middleware.Retry";
  private static final Set<String> CLIENT_APPS = Set.of("req", "tesla", "finch");
  private static final Set<String> RETRY_KEYS = Set.of("retry", "max_retries", "retry_delay");

  /** One retry option list and the client it configures ({@code Req}, a module name...). */
  public record Options(ExList list, String client, boolean tesla) {
  }

  static final View<List<Options>> VIEW = View.of("http-retry-options", HttpRetries::read);

  private HttpRetries() {
  }

  public static List<Options> of(ParsedFile f) {
    return f.view(VIEW);
  }

  private static List<Options> read(ParsedFile f) {
    List<Options> out = new ArrayList<>();
    for (ConfigCall c : ElixirViews.config(f).calls()) {
      String owner = CLIENT_APPS.contains(c.app()) ? ":" + c.app()
          : c.module() != null && saysHttp(c.module()) ? c.module()
          : c.key() != null && saysHttp(c.key()) ? ":" + c.key() : null;
      ExWalker.walk(c.options(), (node, path) -> {
        if (node instanceof ExTuple t && t.items().size() == 2
            && t.items().get(0).asAliasName().filter(TESLA_RETRY::equals).isPresent()
            && t.items().get(1) instanceof ExList opts) {
          out.add(new Options(opts, TESLA_RETRY, true));
          return false;
        }
        if (node instanceof ExList l && l.isKeywordList() && hasRetryKey(l)) {
          String client = owner != null ? owner : httpKey(path);
          if (client != null) {
            out.add(new Options(l, client, false));
          }
        }
        return true;
      });
    }
    return List.copyOf(out);
  }

  private static boolean hasRetryKey(ExList l) {
    return l.pairs().stream().anyMatch(p -> RETRY_KEYS.contains(p.keyName()));
  }

  /** The innermost enclosing keyword key that says HTTP ({@code req_options}), or null. */
  private static String httpKey(List<ExNode> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof ExPair p && p.keyName() != null && saysHttp(p.keyName())) {
        return p.keyName() + ":";
      }
    }
    return null;
  }

  /** Whether a module or key name names an HTTP client ({@code HTTPClient}, {@code req_opts}). */
  static boolean saysHttp(String name) {
    // the words between dots and underscores (no regular expression: asked of every config key)
    for (int start = 0; start <= name.length();) {
      int end = start;
      while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '_') {
        end++;
      }
      String w = name.substring(start, end).toLowerCase(Locale.ROOT);
      start = end + 1;
      if (w.contains("http") || w.equals("req") || w.equals("tesla") || w.equals("finch")) {
        return true;
      }
    }
    return false;
  }
}
