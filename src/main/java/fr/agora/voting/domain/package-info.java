/**
 * Internal: the voting core's tables. The registry ({@link fr.agora.voting.domain.RegistryEntry}) and the ballot
 * box ({@link fr.agora.voting.domain.Ballot}, {@link fr.agora.voting.domain.ReceiptRecord}) share no column but
 * the vote's id; their ids are random, and nothing on the ballot side keeps a time.
 */
package fr.agora.voting.domain;
