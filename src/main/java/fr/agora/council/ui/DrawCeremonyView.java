package fr.agora.council.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawComputations;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawReplyService;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.PoolImportService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The draw ceremony, run by a draw operator in front of witnesses: choose the council and open a draw, then one
 * component per step, each shown once the previous one is done: {@link PoolImportStep} (sources, mapping, reports),
 * {@link QuotaStep} (quotas, freeze and commitment), {@link ComputeStep} (LEXIMIN with a live progress bar; the page
 * may be left and reopened), {@link DrawStep} (public entropy and draw), {@link AnswersStep} (the drawn people's
 * answers). The steps are built once, so each button acts once however often the page is redrawn.
 */
@Route(value = "conseils/tirages", layout = MainLayout.class)
@RolesAllowed(Role.Names.DRAW_OPERATOR)
public class DrawCeremonyView extends AgoraView implements BeforeEnterObserver, DrawCeremony {

    private final DrawService draws;
    final Select<CouncilData> council = new Select<>();
    final Button openDraw = new Button();
    final Div steps = new Div();
    final PoolImportStep importStep;
    final QuotaStep quotaStep;
    final ComputeStep computeStep;
    final DrawStep drawStep;
    final AnswersStep answersStep;
    // the steps' buttons, named for the tests and the browser tests
    final Button importButton;
    final Button freeze;
    final Button compute;
    final Button cancel;
    final Button drawButton;

    private DrawData current;

    public DrawCeremonyView(CouncilService councils, DrawService draws, DrawComputations computations,
            CampaignService calls, PoolImportService imports, DrawReplyService replies) {
        this.draws = draws;
        importStep = new PoolImportStep(this, imports, calls);
        quotaStep = new QuotaStep(this, draws);
        computeStep = new ComputeStep(this, computations);
        drawStep = new DrawStep(this, draws);
        answersStep = new AnswersStep(this, replies, councils::today);
        importButton = importStep.importButton;
        freeze = quotaStep.freeze;
        compute = computeStep.compute;
        cancel = computeStep.cancel;
        drawButton = drawStep.drawButton;
        add(new Paragraph(getTranslation("draw.ceremony.intro")));
        council.setLabel(getTranslation("draw.field.council"));
        council.setId("draw-council");
        openDraw.setId("draw-open");
        steps.setId("draw-steps");
        council.setItems(councils.all());
        council.setItemLabelGenerator(CouncilData::name);
        council.addValueChangeListener(e -> {
            current = e.getValue() == null ? null : draws.ofCouncil(e.getValue().id()).stream().findFirst().orElse(null);
            render();
        });
        openDraw.setText(getTranslation("draw.ceremony.open"));
        openDraw.addClickListener(e -> act(() -> current = draws.open(council.getValue().id())));
        add(council, steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("conseil").flatMap(slug -> council.getListDataView()
                .getItems().filter(c -> c.slug().equals(slug)).findFirst()).ifPresent(council::setValue);
    }

    @Override
    public DrawData current() {
        return current;
    }

    @Override
    public String councilSlug() {
        return council.getValue().slug();
    }

    @Override
    public boolean act(Runnable step) {
        try {
            step.run();
        } catch (BusinessException e) {
            Notifications.error(e);
            return false;
        }
        current = current == null ? null : draws.get(current.id());
        render();
        return true;
    }

    private void render() {
        steps.removeAll();
        computeStep.stop();
        if (council.getValue() == null) {
            return;
        }
        if (current == null) {
            steps.add(new Paragraph(getTranslation("draw.ceremony.no-draw")), openDraw);
            return;
        }
        steps.add(new H2(getTranslation("draw.ceremony.draw", current.id(), getTranslation("draw.status." + current.status()))));
        steps.add(new Paragraph(getTranslation("draw.ceremony.pool", current.poolSize(), current.seats(), current.panelSize())));
        switch (current.status()) {
            case OPEN -> {
                importStep.show();
                steps.add(importStep);
                if (current.poolSize() > 0) {
                    quotaStep.show();
                    steps.add(quotaStep);
                }
            }
            case FROZEN -> {
                computeStep.show();
                steps.add(commitment(), computeStep);
            }
            case COMPUTED -> {
                drawStep.show();
                steps.add(commitment(), drawStep);
            }
            case DRAWN -> {
                answersStep.show();
                RouterLink contacts = new RouterLink(getTranslation("draw.contacts.open"), DrawContactsView.class,
                        new RouteParameters("draw", String.valueOf(current.id())));
                contacts.setId("draw-contacts-link");
                steps.add(commitment(), new Paragraph(getTranslation("draw.ceremony.drawn", current.number())),
                        new Paragraph(contacts), answersStep,
                        new Paragraph(getTranslation("draw.ceremony.new-mandate")), openDraw);
            }
        }
        if (current.status() != DrawStatus.OPEN) {
            steps.add(new Paragraph(new Anchor("conseils/" + current.councilSlug() + "/tirage",
                    getTranslation("draw.ceremony.public-page"))));
        }
    }

    private Div commitment() {
        Paragraph p = new Paragraph(getTranslation("draw.ceremony.commitment", current.commitment()));
        p.getStyle().set("overflow-wrap", "anywhere");
        p.setId("draw-commitment");
        return new Div(p);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        computeStep.stop();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (current != null) {
            render();
        }
    }

    @Override
    protected String titleKey() {
        return "draw.ceremony.title";
    }
}
