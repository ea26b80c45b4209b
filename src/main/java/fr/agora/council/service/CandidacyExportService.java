package fr.agora.council.service;

import static fr.agora.council.service.ApplicationChecks.nz;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.SpreadsheetCsv;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of a call's candidacies, for staff (each export audited: it holds contact details). */
@Service
public class CandidacyExportService {

    private final CampaignService campaigns;
    private final CandidacyRepository candidacies;
    private final AuditService audit;
    private final Clock clock;

    CandidacyExportService(CampaignService campaigns, CandidacyRepository candidacies, AuditService audit, Clock clock) {
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The candidacies of a call as CSV, for the information meeting and the partners (see {@link SpreadsheetCsv}). */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public byte[] candidaciesCsv(long campaignId, Locale locale) {
        CandidacyCampaign campaign = campaigns.campaignEntity(campaignId);
        BundleTexts t = new BundleTexts("candidacy", locale);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        boolean residents = campaign.getKind() == CampaignKind.HABITANT;
        List<String> header = new ArrayList<>(List.of(t.get("candidacy.col.reference"), t.get("candidacy.col.status"),
                t.get("candidacy.col.last-name"), t.get("candidacy.col.first-name"), t.get("candidacy.col.email"),
                t.get("candidacy.col.phone"), t.get("candidacy.col.territory")));
        if (residents) {
            header.addAll(List.of(t.get("candidacy.col.sex"), t.get("candidacy.col.age")));
        } else {
            header.addAll(List.of(t.get("candidacy.col.organisation"), t.get("candidacy.col.organisation-type"),
                    t.get("candidacy.col.titulaire"), t.get("candidacy.col.suppleant")));
        }
        header.addAll(List.of(t.get("candidacy.col.assisted"), t.get("candidacy.col.received-by"),
                t.get("candidacy.col.received-on")));
        csv.row(header.toArray(String[]::new));
        LocalDate today = CouncilTime.today(clock);
        for (Candidacy c : candidacies.findByCampaign(campaignId)) {
            List<String> row = new ArrayList<>(List.of(c.getReference(), t.get("candidacy.status." + c.getStatus().name()),
                    c.getLastName(), c.getFirstName(), nz(c.getEmail()), nz(c.getPhone()),
                    c.getTerritory() == null ? "" : c.getTerritory().getName()));
            if (residents) {
                row.add(t.get("candidacy.sex." + c.getSex().name()));
                row.add(c.getBirthDate() == null ? "" : String.valueOf(Period.between(c.getBirthDate(), today).getYears()));
            } else {
                row.addAll(List.of(c.getOrganisation(), t.get("candidacy.org-type." + c.getOrganisationType().name()),
                        c.getTitulaireName(), c.getSuppleantName()));
            }
            row.addAll(List.of(c.isAssisted() ? c.getEnteredBy() : "", nz(c.getReceivedBy()), c.getReceivedOn().toString()));
            csv.row(row.toArray(String[]::new));
        }
        audit.record("CANDIDACIES_EXPORTED", "council_campaign", campaignId, Map.of("format", "csv"));
        return csv.bytes();
    }
}
