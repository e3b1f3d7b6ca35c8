package dev.distlint.lsp;

import java.net.URI;
import java.nio.file.Path;

/**
 * Conversions between document URIs and engine paths. A {@code file:} URI's engine path is its
 * absolute file-system path; any other URI (untitled:, ...) is used as the path itself.
 */
final class Uris {
  private Uris() {
  }

  static String toPath(String uri) {
    try {
      URI u = URI.create(uri);
      if ("file".equalsIgnoreCase(u.getScheme())) {
        return Path.of(u).toAbsolutePath().normalize().toString();
      }
    } catch (RuntimeException e) {
      // Not a parseable file URI: fall through and use it verbatim.
    }
    return uri;
  }

  static Path toFsPath(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
