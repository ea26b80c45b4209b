package fr.agora.voting;

import java.util.List;

/** One voter's choice in an {@link Secrecy#OPEN} vote, published with the result. */
public record NamedChoice(String subject, Long accountId, List<Long> choices) {
}
