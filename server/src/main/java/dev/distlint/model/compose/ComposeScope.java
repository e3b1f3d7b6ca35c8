package dev.distlint.model.compose;

import java.util.Set;

/**
 * The context of a compose file read by one cluster project when the file runs services of
 * several: the services that project runs. The file's other services are not part of its view, so
 * each service is judged with the facts of its own project.
 */
public record ComposeScope(Set<String> services) {
  public ComposeScope {
    services = Set.copyOf(services);
  }
}
