package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Links from RELEASE_NODE's variables: to the latest assignment above and to the pod's env. */
class LinksTest {
  static final String MANIFEST = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: chat
      spec:
        template:
          spec:
            containers:
              - name: chat
                env:
                  - name: POD_IP
                    valueFrom:
                      fieldRef:
                        fieldPath: status.podIP
      """;

  @Test
  void releaseNodeVariableLeadsToTheContainerEnvAndTheAssignmentAbove() {
    String env = "export HOST=chat.local\nexport RELEASE_NODE=chat@${POD_IP}\n"
        + "export RELEASE_NODE=chat@${HOST}\n";
    Workspace ws = Workspace.of(ParsedFile.of("rel/env.sh.eex", env),
        ParsedFile.of("k8s/chat.yaml", MANIFEST));
    var links = Links.of(ws).all();
    assertEquals(2, links.size(), links::toString);
    assertEquals("k8s/chat.yaml", links.get(0).targetPath());
    assertEquals("rel/env.sh.eex", links.get(1).targetPath());
    assertEquals("HOST", env.substring(links.get(1).to().start(), links.get(1).to().end()));
  }

  @Test
  @Timeout(30)
  void aHugeScriptIsLinkedInLinearTime() {
    String env = "export POD_IP=10.0.0.1\nexport RELEASE_NODE=chat@${POD_IP}\n".repeat(40_000);
    Workspace ws = Workspace.of(ParsedFile.of("rel/env.sh.eex", env),
        ParsedFile.of("k8s/chat.yaml", MANIFEST));
    assertTrue(Links.of(ws).all().size() >= 80_000);
  }
}
