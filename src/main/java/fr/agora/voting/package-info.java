/**
 * Le noyau de vote: every vote of the portal goes through this module (the association election of a conseil
 * citoyen, the budget participatif's vote, the plenary's motions).
 *
 * <p>This root package is the module's API: {@link fr.agora.voting.VotingService} (open a vote, register voters,
 * cast, enter paper ballots, close, read tallies and published ballots), the records it takes and returns, the
 * {@link fr.agora.voting.TallyPlug} interface, the events {@link fr.agora.voting.VoteChanged} and
 * {@link fr.agora.voting.VoteClosed}, and the live channel {@link fr.agora.voting.TallyFeed}. The entities and
 * repositories ({@code domain}) and the implementation ({@code service}) are internal.
 *
 * <p>Guarantees (see {@code docs/voting.md}): the voter registry and the ballot box are separate tables with nothing
 * that joins them; a registry mark and its ballot are written in one transaction; a voter casts once, online or on
 * paper; only counts are readable until the close.
 */
package fr.agora.voting;
