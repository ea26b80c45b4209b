package fr.agora.budget.service;

import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.BallotBoxRepository;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.Realisation;
import fr.agora.budget.domain.RealisationRepository;
import fr.agora.budget.domain.ResultLine;
import fr.agora.budget.domain.ResultLineRepository;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.domain.VoteSettingsRepository;
import fr.agora.budget.rules.Outcome;
import fr.agora.budget.rules.PbInstance;
import fr.agora.budget.rules.PbRules;
import fr.agora.budget.rules.TieBreak;
import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbFormatException;
import fr.agora.budget.rules.pabulib.PbParser;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.voting.VotingService;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a closed vote, per envelope, computed by {@code fr.agora.budget.rules} with the edition's rule and the
 * published seeded lot for ties; the anonymised ballots published as a Pabulib file with the exact command that
 * reproduces the winners; and the import of a vote held elsewhere from its Pabulib file, as a closed edition.
 */
@Service
public class BudgetResultsService {

    private final BallotBoxRepository boxes;
    private final ResultLineRepository lines;
    private final VoteSettingsRepository settings;
    private final EditionRepository editions;
    private final ProposalRepository proposals;
    private final RealisationRepository realisations;
    private final VotingService voting;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    BudgetResultsService(BallotBoxRepository boxes, ResultLineRepository lines, VoteSettingsRepository settings,
            EditionRepository editions, ProposalRepository proposals, RealisationRepository realisations,
            VotingService voting, BudgetAccess access, AuditService audit, Clock clock) {
        this.boxes = boxes;
        this.lines = lines;
        this.settings = settings;
        this.editions = editions;
        this.proposals = proposals;
        this.realisations = realisations;
        this.voting = voting;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts a closed box: publishes its ballots as a Pabulib file, applies the rule to that very file. */
    void count(BallotBox box, VoteSettings v) {
        List<List<Long>> ballots = voting.publishedBallots(box.getCoreVoteId());
        List<Long> optionIds = voting.find(box.getCoreVoteId()).orElseThrow().rules().options().stream()
                .map(o -> o.id()).toList();
        Map<Long, Proposal> byId = proposals.findAllById(optionIds).stream()
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<PabulibFiles.Project> projects = optionIds.stream().map(id -> new PabulibFiles.Project(String.valueOf(id),
                byId.get(id).cost(), byId.get(id).getTitle())).toList();
        List<List<String>> cast = ballots.stream().filter(b -> !b.isEmpty())
                .map(b -> b.stream().map(String::valueOf).toList()).toList();
        Edition e = editions.findById(box.getEditionId()).orElseThrow();
        String file = PabulibFiles.write(e.getYear(), e.getTitle(), box.isCity() ? "Amiens" : box.getName(),
                box.getAmountEuros(), v, projects, cast);
        Outcome o = compute(file, fileName(e.getYear(), box), v);
        box.counted(v.getRule().key(), ballots.size(), ballots.size() - cast.size(), file,
                o == null ? null : o.explanation().method());
        boxes.save(box);
        store(box, o, projects, k -> Long.valueOf(k));
        if (o != null) {
            for (String id : o.selected()) {
                long pid = Long.parseLong(id);
                if (!realisations.existsById(pid)) {
                    realisations.save(new Realisation(pid, box.getEditionId(), clock.instant()));
                }
            }
        }
        audit.record("BUDGET_VOTE_COUNTED", "budget_vote_box", box.getId(), Map.of("ballots", ballots.size(),
                "blank", ballots.size() - cast.size(), "winners", o == null ? 0 : o.selected().size()));
    }

    /** Applies the rule to a published file, exactly as the command line does; null when nobody chose anything. */
    static Outcome compute(String file, String fileName, VoteSettings v) {
        try {
            PbElection parsed = PbParser.parse(new StringReader(file), fileName);
            if (parsed.voterCount() == 0) {
                return null;
            }
            return PbRules.compute(new PbInstance(parsed), v.getRule().key(),
                    new PbRules.Options(TieBreak.EQUALSHARES, BigDecimal.ONE, v.getLotSeed(), true));
        } catch (IOException | PbFormatException e) {
            throw new IllegalStateException("the published file does not parse: " + e.getMessage(), e);
        }
    }

    private void store(BallotBox box, Outcome o, List<PabulibFiles.Project> projects,
            Function<String, Long> proposalOf) {
        lines.deleteByBoxId(box.getId());
        Map<String, PabulibFiles.Project> byKey = projects.stream()
                .collect(Collectors.toMap(PabulibFiles.Project::id, Function.identity()));
        int position = 0;
        if (o == null) {
            for (PabulibFiles.Project p : projects) {
                lines.save(new ResultLine(box.getId(), p.id(), proposalOf.apply(p.id()), p.name(), p.cost(), 0, false,
                        position++, Explain.noBallot()));
            }
            return;
        }
        for (var w : o.explanation().winners()) {
            PabulibFiles.Project p = byKey.get(w.id());
            lines.save(new ResultLine(box.getId(), w.id(), proposalOf.apply(w.id()), p.name(), p.cost(), w.votes(), true,
                    position++, Explain.winner(w, o.explanation())));
        }
        List<ResultLine> losers = new ArrayList<>();
        for (var l : o.explanation().losers()) {
            PabulibFiles.Project p = byKey.get(l.id());
            losers.add(new ResultLine(box.getId(), l.id(), proposalOf.apply(l.id()), p.name(), p.cost(), l.votes(), false,
                    0, Explain.loser(l, o.explanation(), o.explanation().winners())));
        }
        losers.sort(java.util.Comparator.comparingLong(ResultLine::getVotes).reversed());
        for (ResultLine l : losers) {
            lines.save(new ResultLine(box.getId(), l.getProjectKey(), l.getProposalId(), l.getTitle(), l.getCostEuros(),
                    l.getVotes(), false, position++, l.getExplanation()));
        }
    }

    /** The results of a closed vote, per box, with receipt hashes; refused while the vote is not closed. */
    @Transactional(readOnly = true)
    public VoteData.Results results(long editionId) {
        Edition e = editions.findById(editionId).orElseThrow(() -> new BusinessException("budget.edition.unknown"));
        VoteSettings v = settings.findById(editionId).filter(VoteSettings::isClosed)
                .orElseThrow(() -> new BusinessException("budgetvote.results.not-yet"));
        List<VoteData.BoxResult> list = new ArrayList<>();
        for (BallotBox b : boxes.findByEditionIdOrderByIdAsc(editionId)) {
            List<VoteData.Line> ls = lines.findByBoxIdOrderByPositionAsc(b.getId()).stream()
                    .map(l -> new VoteData.Line(l.getProjectKey(), l.getProposalId(), l.getTitle(), l.getCostEuros(),
                            l.getVotes(), l.isWon(), l.getExplanation())).toList();
            List<String> hashes = b.getCoreVoteId() == null ? List.of() : voting.publishedReceiptHashes(b.getCoreVoteId());
            String name = fileName(e.getYear(), b);
            list.add(new VoteData.BoxResult(b.getId(), VoteBoxes.name(b), b.getAmountEuros(),
                    b.getBallots() == null ? 0 : b.getBallots(), b.getBlankBallots() == null ? 0 : b.getBlankBallots(),
                    b.getRuleKey(), b.getMethod(), b.getPabulib() == null ? null : name,
                    b.getPabulib() == null ? null : command(name, v), ls, hashes));
        }
        return new VoteData.Results(editionId, e.getTitle(), v.getRule(), v.getLotSeed(), v.isImported(), list);
    }

    /** The published Pabulib file of a box (after the close). */
    @Transactional(readOnly = true)
    public String pabulib(long boxId) {
        BallotBox b = boxes.findById(boxId).orElseThrow(() -> new BusinessException("budgetvote.box.unknown"));
        if (!settings.findById(b.getEditionId()).map(VoteSettings::isClosed).orElse(false) || b.getPabulib() == null) {
            throw new BusinessException("budgetvote.results.not-yet");
        }
        return b.getPabulib();
    }

    /** The file name of a box's published ballots. */
    static String fileName(int year, BallotBox b) {
        String code = b.isCity() ? "VILLE" : b.getEnvelopeCode();
        return "amiens_" + year + "_" + code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pb";
    }

    /** The command that reproduces a box's winners from its published file. */
    public static String command(String fileName, VoteSettings v) {
        return "java -jar agora.jar pb --input " + fileName + " --rule " + v.getRule().key()
                + " --tie-break equalshares --seed " + v.getLotSeed();
    }

    /** The command's arguments (without {@code java -jar agora.jar}), for a file at {@code path}. */
    public static String[] commandArguments(String path, String ruleKey, long seed) {
        return new String[] {"pb", "--input", path, "--rule", ruleKey, "--tie-break", "equalshares", "--seed",
            String.valueOf(seed)};
    }

    /**
     * Imports a vote held elsewhere from its Pabulib file, as a closed edition of {@code year}: its projects and
     * ballots, counted with {@code rule} exactly as the command line does. A file that does not parse changes
     * nothing and says which lines are wrong.
     */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public long importPabulib(int year, String title, String fileName, String content, VoteSettings.Rule rule) {
        if (editions.existsByYear(year)) {
            throw new BusinessException("budgetvote.import.year-taken", year);
        }
        PbElection parsed;
        try {
            parsed = PbParser.parse(new StringReader(content == null ? "" : content), fileName);
        } catch (PbFormatException e) {
            String first = e.problems().isEmpty() ? "" : PbFormatException.describe(fileName, e.problems().getFirst());
            throw new BusinessException("budgetvote.import.bad-file", first);
        } catch (IOException e) {
            throw new BusinessException("budgetvote.import.bad-file", e.getMessage());
        }
        long budget;
        try {
            budget = parsed.budget().setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessException("budgetvote.import.bad-file", "budget");
        }
        if (budget <= 0 || budget > Edition.MAX_TOTAL) {
            throw new BusinessException("budget.edition.total");
        }
        Edition e = editions.save(new Edition(year, title, budget, clock.instant()));
        VoteSettings v = settings.save(VoteSettings.imported(e.getId(), rule, TieBreak.DEFAULT_SEED, clock.instant()));
        BallotBox box = boxes.save(new BallotBox(e.getId(), BallotBox.CITY, "", EnvelopeKind.THEMATIC, null, budget, null));
        Outcome o = compute(content, fileName, v);
        List<PabulibFiles.Project> projects = parsed.projects().stream().map(p -> new PabulibFiles.Project(p.id(),
                p.cost().setScale(0, java.math.RoundingMode.HALF_UP).longValue(),
                p.fields().getOrDefault("name", p.id()))).toList();
        box.counted(rule.key(), parsed.voterCount(), 0, content, o == null ? null : o.explanation().method());
        boxes.save(box);
        store(box, o, projects, k -> null);
        audit.record("BUDGET_VOTE_IMPORTED", "budget_edition", e.getId(), Map.of("file", fileName,
                "projects", projects.size(), "voters", parsed.voterCount(), "rule", rule.key()));
        return e.getId();
    }

    static long newSeed() {
        return new SecureRandom().nextLong(1, 1_000_000_000L);
    }
}
