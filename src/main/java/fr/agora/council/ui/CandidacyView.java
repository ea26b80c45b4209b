package fr.agora.council.ui;

import static fr.agora.council.domain.CouncilTime.SHOWN;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.council.service.AssistedEntry;
import fr.agora.council.service.AssociationApplication;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CandidacyReceipt;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.ResidentApplication;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import java.util.List;
import java.util.Locale;

/**
 * A council's calls for candidacies, and the phone-friendly form of an open one. Anyone may apply without an
 * account; the server decides whether the call is open.
 */
@Route(value = "conseils/:slug/candidater/:campaign?", layout = MainLayout.class)
@AnonymousAllowed
public class CandidacyView extends AgoraView implements BeforeEnterObserver {

    private final CampaignService calls;
    private final CandidacyService candidacies;
    private final transient fr.agora.shared.service.AccountService accounts;
    CandidacyForm form;

    public CandidacyView(CampaignService calls, CandidacyService candidacies,
            fr.agora.shared.service.AccountService accounts) {
        this.calls = calls;
        this.accounts = accounts;
        this.candidacies = candidacies;
    }

    /** The path of a council's calls, or of one call's form. */
    public static String path(String slug, Long campaignId) {
        return "conseils/" + slug + "/candidater" + (campaignId == null ? "" : "/" + campaignId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        List<CampaignData> calls;
        try {
            calls = this.calls.ofCouncil(slug);
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
        removeAll();
        form = null;
        Long chosen = event.getRouteParameters().get("campaign").map(CandidacyView::id).orElse(null);
        if (chosen != null) {
            CampaignData campaign = calls.stream().filter(c -> c.id() == chosen).findFirst()
                    .orElseThrow(NotFoundException::new);
            showForm(slug, campaign);
            return;
        }
        if (!calls.isEmpty()) {
            add(new H2(calls.get(0).councilName()));
        }
        if (calls.isEmpty()) {
            add(new Paragraph(getTranslation("candidacy.none")));
        }
        for (CampaignData c : calls) {
            Div card = new Div();
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
            card.add(new H3(c.title()));
            card.add(new Paragraph(getTranslation("candidacy.kind." + c.kind().name())));
            card.add(new Paragraph(getTranslation(c.open() ? "candidacy.state.open"
                    : c.upcoming() ? "candidacy.state.upcoming" : "candidacy.state.closed",
                    SHOWN.format(c.opensAt()), SHOWN.format(c.closesAt()))));
            if (c.description() != null) {
                card.add(new Paragraph(c.description()));
            }
            if (c.channels() != null) {
                card.add(new Paragraph(getTranslation("candidacy.channels", c.channels())));
            }
            if (c.open()) {
                Anchor apply = new Anchor(path(slug, c.id()), getTranslation("candidacy.apply", c.title()));
                apply.getStyle().set("font-weight", "600");
                card.add(new Paragraph(apply));
            }
            add(card);
        }
        add(new Paragraph(new Anchor("conseils/" + slug, getTranslation("candidacy.back-to-council"))));
    }

    private void showForm(String slug, CampaignData campaign) {
        add(new H2(campaign.title()));
        add(new Paragraph(campaign.councilName() + " — " + String.join(", ", campaign.territoryNames())));
        if (!campaign.open()) {
            Paragraph closed = new Paragraph(getTranslation(campaign.upcoming()
                    ? "candidacy.error.not-open" : "candidacy.error.closed",
                    SHOWN.format(campaign.opensAt()), SHOWN.format(campaign.closesAt())));
            closed.setId("candidacy-closed");
            add(closed, new Paragraph(new Anchor(path(slug, null), getTranslation("candidacy.back"))));
            return;
        }
        add(new Paragraph(getTranslation("candidacy.state.open", SHOWN.format(campaign.opensAt()),
                SHOWN.format(campaign.closesAt()))));
        Locale locale = UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale();
        int retention = candidacies.settings().retentionDays();
        form = new CandidacyForm(campaign, false, null, retention, calls.today(), new CandidacyForm.Submitter() {
            @Override
            public CandidacyReceipt resident(ResidentApplication application, AssistedEntry entry) {
                return candidacies.apply(campaign.id(), application, locale);
            }

            @Override
            public CandidacyReceipt association(AssociationApplication application, AssistedEntry entry) {
                return candidacies.applyAssociation(campaign.id(), application, locale);
            }
        }, receipt -> {
            removeAll();
            add(new H2(campaign.title()));
            Div done = new Div();
            done.setId("candidacy-receipt");
            done.getElement().setAttribute("role", "status");
            done.add(new Paragraph(getTranslation("candidacy.received", receipt.reference())));
            done.add(new Paragraph(getTranslation(receipt.confirmationMailed() ? "candidacy.received.mailed"
                    : "candidacy.received.no-mail")));
            if (receipt.tooLateForDrawFrozenOn() != null) {
                done.add(new Paragraph(getTranslation("candidacy.received.too-late",
                        CouncilUi.date(receipt.tooLateForDrawFrozenOn()))));
            } else {
                done.add(new Paragraph(getTranslation("candidacy.received.next." + campaign.kind().name())));
            }
            add(done, new Paragraph(new Anchor("conseils/" + slug, getTranslation("candidacy.back-to-council"))));
        });
        if (fr.agora.shared.service.CurrentUser.email().isPresent()) {
            // what the account already knows is filled in (issue 13)
            fr.agora.shared.service.ProfileData me = accounts.myProfile();
            form.prefill(me.displayName(), me.email(), me.quartierName());
        }
        add(form);
    }

    private static Long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    @Override
    protected String titleKey() {
        return "candidacy.title";
    }
}
