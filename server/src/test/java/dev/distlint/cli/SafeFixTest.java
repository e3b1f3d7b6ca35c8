package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} on a copy of the examples: edits land where the findings point whatever the
 * file's byte-order mark and line ends, the file keeps its mode, nothing is written through a link
 * that leaves the project, and a backslash in a file name stays part of the name.
 */
class SafeFixTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path tmp;

  @Test
  void aFileWithAByteOrderMarkIsFixedInPlaceAndKeepsTheMark() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path chat = root.resolve("k8s/chat.yaml");
    Files.write(chat, concat(BOM, Files.readAllBytes(chat)));

    ExampleCopy.Run run = ExampleCopy.run("check", "--fix", root.toString());

    byte[] after = Files.readAllBytes(chat);
    assertTrue(FixWriter.startsWithBom(after), "the mark is kept");
    String text = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.contains("maxUnavailable: 1\n"), text);
    assertTrue(text.contains("terminationGracePeriodSeconds: 55\n"), text);
    assertFalse(run.out().contains("k8s/chat.yaml") && run.out().contains("yaml-syntax"), run.out());
    ExampleCopy.Run again = ExampleCopy.run("check", "--format", "json", chat.toString());
    assertFalse(again.out().contains("k8s-pdb-allows-quorum-loss"), again.out());
    assertFalse(again.out().contains("shutdown-budget-exceeds-platform-grace"), again.out());
  }

  @Test
  void crlfFilesGetCrlfLinesAndKeepTheirMode() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path vmArgs = root.resolve("rel/remote.vm.args.eex");
    Path chat = root.resolve("k8s/chat.yaml");
    for (Path p : new Path[] {vmArgs, chat}) {
      Files.writeString(p, Files.readString(p).replace("\n", "\r\n"));
    }
    Files.setPosixFilePermissions(chat, PosixFilePermissions.fromString("rw-r-----"));

    ExampleCopy.Run run = ExampleCopy.run("check", "--fix", root.toString());

    assertTrue(run.err().contains("distlint: fixed "), run.err());
    for (Path p : new Path[] {vmArgs, chat}) {
      String text = Files.readString(p);
      assertFalse(text.replace("\r\n", "").contains("\n"), p + " has a bare line feed: " + text);
    }
    assertTrue(Files.readString(vmArgs).contains("-kernel net_ticktime 20\r\n"));
    assertEquals("rw-r-----",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(chat)));
    try (var files = Files.list(chat.getParent())) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".distlint-fix")));
    }
  }

  @Test
  void aLinkOutOfTheProjectIsNeverWrittenAndNoOtherFileIsEither() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("chat.yaml");
    Path chat = root.resolve("k8s/chat.yaml");
    Files.move(chat, outside);
    Files.createSymbolicLink(chat, outside);
    byte[] outsideBefore = Files.readAllBytes(outside);
    byte[] flyBefore = Files.readAllBytes(root.resolve("fly.toml"));

    ExampleCopy.Run run = ExampleCopy.run("check", "--fix", root.toString(), chat.toString());

    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("chat.yaml"), run.err());
    assertArrayEquals(outsideBefore, Files.readAllBytes(outside));
    assertArrayEquals(flyBefore, Files.readAllBytes(root.resolve("fly.toml")), "all or nothing");
    assertTrue(Files.isSymbolicLink(chat));
  }

  @Test
  void aBackslashInAFileNameIsPartOfTheName() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path odd = root.resolve("k8s/pdb\\x.yaml");
    Files.move(root.resolve("k8s/chat.yaml"), odd);

    ExampleCopy.Run run = ExampleCopy.run("check", "--fix", root.toString());

    assertTrue(run.err().contains("distlint: fixed "), run.err());
    assertTrue(Files.readString(odd).contains("maxUnavailable: 1\n"));
    assertFalse(Files.exists(root.resolve("k8s/pdb")), "no folder made from the backslash");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
