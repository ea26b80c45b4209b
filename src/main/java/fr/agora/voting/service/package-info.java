/** Internal: the implementation of {@link fr.agora.voting.VotingService}, the tally plugs and the live feed. */
package fr.agora.voting.service;
