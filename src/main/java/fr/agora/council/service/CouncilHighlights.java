package fr.agora.council.service;

import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The home page's open calls for candidacies and the association elections under way. */
@Component
class CouncilHighlights implements HighlightSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(CouncilTime.ZONE);

    private final CampaignService candidacies;
    private final ElectionService elections;

    CouncilHighlights(CampaignService candidacies, ElectionService elections) {
        this.candidacies = candidacies;
        this.elections = elections;
    }

    @Override
    public List<Highlight> highlights(Locale locale) {
        BundleTexts t = new BundleTexts("candidacy", locale);
        List<Highlight> open = new ArrayList<>();
        candidacies.all().stream().filter(CampaignData::open).sorted(Comparator.comparing(CampaignData::closesAt))
                .forEach(c -> open.add(new Highlight(c.title(), t.get("candidacy.highlight", c.councilName(),
                        DAY.format(c.closesAt())), "conseils/" + c.councilSlug() + "/candidater/" + c.id())));
        elections.all().stream().filter(e -> e.open() && e.method() == fr.agora.council.domain.AssociationElection.Method.BALLOT)
                .forEach(e -> open.add(new Highlight(t.get("candidacy.highlight.election"), e.councilName(),
                        ElectionService.VOTE_PATH)));
        return open;
    }
}
