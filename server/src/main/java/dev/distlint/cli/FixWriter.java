package dev.distlint.cli;

import dev.distlint.base.Fix;
import dev.distlint.workspace.Project;
import dev.distlint.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code check --fix} edits to disk without ever leaving a file half-written: every file is
 * read and checked first (all or nothing per run), each is then written to a temporary file in
 * its own folder and renamed over the original, keeping its mode, byte-order mark and line ends.
 * Edit offsets are in the text as the loader decoded it (without the byte-order mark). A file that
 * resolves, through a symbolic link, to a place outside its project is refused.
 */
final class FixWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FixWriter() {
  }

  /** A file ready to be written: where the bytes go, and the bytes. */
  private record Pending(Path target, byte[] bytes) {
  }

  /** Applies the edits grouped by engine path; throws before writing anything if one fails. */
  static void write(Map<String, List<Fix.FileEdit>> byFile, Path cwd) throws IOException {
    Map<Path, Pending> pending = new LinkedHashMap<>();
    for (var entry : byFile.entrySet()) {
      Pending p = prepare(entry.getKey(), entry.getValue(), cwd);
      pending.put(p.target(), p);
    }
    for (Pending p : pending.values()) {
      replace(p.target(), p.bytes());
    }
  }

  private static Pending prepare(String path, List<Fix.FileEdit> edits, Path cwd)
      throws IOException {
    Path file = cwd.resolve(path).normalize();
    Path target;
    byte[] bytes;
    try {
      target = insideProject(file, path);
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("not a regular file");
      }
      bytes = Files.readAllBytes(target);
    } catch (IOException e) {
      throw new IOException("no fix applied: cannot fix " + path + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
    boolean bom = startsWithBom(bytes);
    String text = WorkspaceLoader.decode(bytes);
    boolean crlf = text.contains("\r\n");
    List<Fix.FileEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((Fix.FileEdit e) -> e.range().start()).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Fix.FileEdit e : sorted) {
      int start = Math.min(e.range().start(), sb.length());
      sb.replace(start, Math.min(Math.max(start, e.range().end()), sb.length()),
          crlf ? toCrlf(e.newText()) : e.newText());
    }
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return new Pending(target, body);
    }
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return new Pending(target, out);
  }

  /** The real file behind {@code file}, provided it lies inside the project {@code file} is in. */
  private static Path insideProject(Path file, String shown) throws IOException {
    Path root = Project.rootFor(file).toRealPath();
    Path real = file.toRealPath();
    if (!real.startsWith(root)) {
      throw new IOException("a symbolic link leads outside the project; " + shown + " left as is");
    }
    return real;
  }

  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  /** Line feeds not already preceded by a carriage return become CRLF. */
  static String toCrlf(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
        sb.append('\r');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Writes beside the target, then renames over it, keeping the target's permissions. */
  private static void replace(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".distlint-fix");
    try {
      Files.write(tmp, bytes);
      copyMode(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void copyMode(Path from, Path to) throws IOException {
    try {
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(from);
      Files.setPosixFilePermissions(to, mode);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the temporary file keeps the folder's default mode.
    }
  }
}
