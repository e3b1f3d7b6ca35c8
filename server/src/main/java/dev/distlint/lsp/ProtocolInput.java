package dev.distlint.lsp;

import dev.distlint.base.Log;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The client's byte stream, passed on to LSP4J one well-formed message at a time. A header block
 * without a usable {@code Content-Length} (missing, not a number, negative, above
 * {@link #MAX_BODY}) is dropped with a log line and reading resumes at the next header, instead
 * of letting the reader allocate gigabytes or wait forever for a body that never comes. Bodies
 * nested deeper than {@link #MAX_DEPTH} are dropped too: no LSP message comes close, and a JSON
 * parser could overflow its stack on them.
 */
final class ProtocolInput extends InputStream {
  /** The largest message accepted: a 4 MiB document many times over, escaped as JSON. */
  static final int MAX_BODY = 64 * 1024 * 1024;
  static final int MAX_DEPTH = 1000;
  private static final int MAX_HEADER_LINE = 8192;

  private final InputStream in;
  private byte[] frame = new byte[0];
  private int pos;
  private int bodyStart;

  ProtocolInput(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    if (pos >= frame.length && !nextFrame()) {
      return -1;
    }
    return frame[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos >= frame.length && !nextFrame()) {
      return -1;
    }
    int n = Math.min(len, frame.length - pos);
    System.arraycopy(frame, pos, b, off, n);
    pos += n;
    return n;
  }

  /**
   * The body of the next message, which stays unread: the following reads still return it. Null
   * at the end of the stream.
   */
  byte[] peekBody() throws IOException {
    if (pos >= frame.length && !nextFrame()) {
      return null;
    }
    if (pos != 0) {
      throw new IllegalStateException("a message is partly read");
    }
    return java.util.Arrays.copyOfRange(frame, bodyStart, frame.length);
  }

  @Override
  public int available() {
    return frame.length - pos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads header blocks until one announces a usable body; false at the end of the stream. */
  private boolean nextFrame() throws IOException {
    while (true) {
      long length = -1;
      boolean any = false;
      while (true) {
        String line = readLine();
        if (line == null) {
          return false;
        }
        if (line.isEmpty()) {
          break;
        }
        any = true;
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
          length = parseLength(line.substring(colon + 1).trim());
        }
      }
      if (!any) {
        continue;
      }
      if (length < 0 || length > MAX_BODY) {
        Log.warn("protocol: ignored a message header without a usable Content-Length"
            + (length > MAX_BODY ? " (" + length + " bytes is above the limit)" : ""));
        continue;
      }
      byte[] body = in.readNBytes((int) length);
      if (body.length < length) {
        return false;
      }
      if (tooDeep(body)) {
        Log.warn("protocol: ignored a message nested deeper than " + MAX_DEPTH + " levels");
        continue;
      }
      byte[] header = header(length);
      frame = new byte[header.length + body.length];
      System.arraycopy(header, 0, frame, 0, header.length);
      System.arraycopy(body, 0, frame, header.length, body.length);
      pos = 0;
      bodyStart = header.length;
      return true;
    }
  }

  /**
   * The header of a message of {@code length} bytes. Joined without +, as the first message of
   * the session is read before anything else in the process joins strings (see
   * {@link EarlyInitialize}).
   */
  static byte[] header(long length) {
    return new StringBuilder(32).append("Content-Length: ").append(length).append("\r\n\r\n")
        .toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static long parseLength(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(s);
  }

  /** One header line without its terminator (bytes past the limit are dropped); null at EOF. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    boolean read = false;
    while ((c = in.read()) >= 0) {
      read = true;
      if (c == '\n') {
        break;
      }
      if (c != '\r' && line.size() < MAX_HEADER_LINE) {
        line.write(c);
      }
    }
    return read ? line.toString(StandardCharsets.ISO_8859_1) : null;
  }

  /** True when brackets outside strings nest deeper than the limit. */
  static boolean tooDeep(byte[] body) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > MAX_DEPTH) {
          return true;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return false;
  }
}
