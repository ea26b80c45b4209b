package fr.agora.budget.service;

import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.shared.domain.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read models of an edition's vote (settings, ballots, paper desk, results, tracking), for the views. */
public final class VoteData {

    private VoteData() {
    }

    /** The settings a staff member edits. */
    public record SettingsForm(VoteSettings.BallotType ballotType, int maxChoices, VoteSettings.Rule rule, int minAge,
            VoteSettings.Eligibility eligibility) {
    }

    /**
     * An edition's vote as anyone may read it: settings, state, and counts only while it is open.
     *
     * @param votePhaseNow whether today (server clock) is in the edition's vote phase
     */
    public record Overview(long editionId, int year, String editionTitle, VoteSettings.BallotType ballotType,
            int maxChoices, VoteSettings.Rule rule, int minAge, VoteSettings.Eligibility eligibility, long lotSeed,
            VoteSettings.State state, boolean imported, boolean votePhaseNow, Instant openedAt, Instant closedAt,
            List<Box> boxes) {

        public boolean open() {
            return state == VoteSettings.State.OPEN;
        }

        public boolean closed() {
            return state == VoteSettings.State.CLOSED;
        }
    }

    /** A ballot box with its counts: ballots (and, once closed, blank ones), online and paper voters. */
    public record Box(long id, String envelopeCode, String name, EnvelopeKind kind, long amountEuros, long ballots,
            long online, long paper, int projects) {
    }

    /** A project on a ballot. */
    public record Project(long proposalId, String title, String description, long costEuros, GeoPoint location,
            Long photoId) {
    }

    /** One ballot the voter fills: its envelope, the rules and the projects. */
    public record Ballot(long boxId, String name, long amountEuros, VoteSettings.BallotType type, int maxChoices,
            List<Project> projects) {
    }

    /**
     * What the signed-in person may do in an edition's vote.
     *
     * @param refusal the message key saying why they may not vote (not eligible, already voted, closed), or null
     */
    public record MyBallot(long editionId, String editionTitle, int minAge, List<Ballot> ballots, String refusal,
            boolean voted) {
    }

    /** The receipts of one final cast: one code per ballot box. */
    public record Receipts(long editionId, List<String> codes) {
    }

    /** A voter at the paper desk: the ballots they may hand in, or the reason they may not. */
    public record PaperVoter(String email, String displayName, List<Ballot> ballots, String refusal) {
    }

    /** A batch of paper ballots and its check. */
    public record Batch(long id, long boxId, String boxName, String label, int ballots, String enteredBy,
            Instant enteredAt, String checkedBy, Boolean matches) {
    }

    /** The result of a box: its lines, rule, blank ballots, the published file's name and the command. */
    public record BoxResult(long boxId, String name, long amountEuros, int ballots, int blank, String ruleKey,
            String method, String fileName, String command, List<Line> lines, List<String> receiptHashes) {
    }

    /** One project's outcome and its reason in plain French. */
    public record Line(String projectKey, Long proposalId, String title, long costEuros, long votes, boolean won,
            String explanation) {
    }

    /** An edition's results. */
    public record Results(long editionId, String title, VoteSettings.Rule rule, long lotSeed, boolean imported,
            List<BoxResult> boxes) {
    }

    /** A winning project being carried out. */
    public record Winner(long proposalId, long editionId, int year, String title, long costEuros, GeoPoint location,
            RealisationStatus status, LocalDate worksStart, LocalDate completedOn, String abandonReason,
            String holdersPart, List<Long> photoIds, Instant updatedAt, String territoryCode) {
    }
}
