package dev.distlint.knowledge;

/**
 * A name that circulates in documentation or examples but that the library ignores.
 * {@code useInstead} is the key the author most likely meant, or null when there is none
 * (ra's {@code pre_vote}: pre-vote is built in).
 */
public record NotKey(String name, String reason, String useInstead, Source source) {
}
