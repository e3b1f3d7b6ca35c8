package dev.distlint.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is read whole whether it kept, lost or gained bytes since the walk saw its size. */
class ReadSizedTest {
  private static byte[] read(String text, int sizeSeen) throws IOException {
    return WorkspaceLoader.readSized(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sizeSeen);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSizeSeen() throws IOException {
    assertArrayEquals(bytes("replicas: 3\n"), read("replicas: 3\n", 12));
  }

  @Test
  void anEmptyFile() throws IOException {
    assertArrayEquals(new byte[0], read("", 0));
  }

  @Test
  void aFileThatShrank() throws IOException {
    assertArrayEquals(bytes("rep"), read("rep", 12));
  }

  @Test
  void aFileThatGrew() throws IOException {
    assertArrayEquals(bytes("replicas: 3\nserviceName: x\n"), read("replicas: 3\nserviceName: x\n", 12));
    assertArrayEquals(bytes("ab"), read("ab", 1));
    assertArrayEquals(bytes("a"), read("a", 0));
  }
}
