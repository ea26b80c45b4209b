package fr.agora.plenary.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.domain.SessionStatus;
import fr.agora.plenary.service.LiveBoard;
import fr.agora.plenary.service.LiveSessionService;
import fr.agora.plenary.service.LiveState;
import fr.agora.plenary.service.MotionData;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.plenary.service.RepresentativeData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import jakarta.annotation.security.RolesAllowed;

/**
 * The chair's desk (staff): open and close the session, check representatives in, draft motions, open one (with an
 * optional timer) and close it; the live count and the quorum update as the room votes.
 */
@Route(value = "pleniere/:plenaryId([0-9]+)/presidence", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class ChairView extends AgoraView implements BeforeEnterObserver {

    private final PlenaryService plenaries;
    private final LiveSessionService live;
    private final LiveBoard board;
    long plenaryId;
    PlenaryData plenary;
    final Div tally = new Div();
    final Div controls = new Div();
    final Div motions = new Div();
    final Div seats = new Div();
    final Select<MotionKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Select<Secrecy> secrecy = new Select<>();
    final Select<Majority> majority = new Select<>();
    final IntegerField timer = new IntegerField();

    public ChairView(PlenaryService plenaries, LiveSessionService live, LiveBoard board) {
        this.plenaries = plenaries;
        this.live = live;
        this.board = board;
        kind.setId("motion-kind");
        kind.setLabel(getTranslation("plenary.motion.kind"));
        kind.setItems(MotionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("plenary.motion.kind." + k.name()));
        kind.setValue(MotionKind.AVIS);
        title.setId("motion-title-field");
        title.setLabel(getTranslation("plenary.motion.title"));
        title.setWidthFull();
        text.setId("motion-text");
        text.setLabel(getTranslation("plenary.motion.text"));
        text.setWidthFull();
        secrecy.setId("motion-secrecy");
        secrecy.setLabel(getTranslation("plenary.motion.secrecy"));
        secrecy.setItems(Secrecy.values());
        secrecy.setItemLabelGenerator(s -> getTranslation("plenary.secrecy." + s.name()));
        secrecy.setValue(Secrecy.SECRET);
        majority.setId("motion-majority");
        majority.setLabel(getTranslation("plenary.motion.majority"));
        majority.setItems(Majority.values());
        majority.setItemLabelGenerator(m -> getTranslation("plenary.majority." + m.name()));
        majority.setValue(Majority.SIMPLE);
        timer.setId("motion-timer");
        timer.setLabel(getTranslation("plenary.motion.timer"));
        timer.setMin(0);
        timer.setMax(3600);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            plenaryId = Long.parseLong(event.getRouteParameters().get("plenaryId").orElse("0"));
            plenary = plenaries.get(plenaryId);
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("plenary.unknown"));
            return;
        }
        build();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        LiveSubscription.follow(this, attach, board, plenaryId, this::showLive);
    }

    void build() {
        removeAll();
        add(new H2(plenary.title()), new Paragraph(PlenaryUi.when(plenary.startsAt()) + " — " + plenary.place()));
        add(new Anchor(PlenaryNavigation.projector(plenaryId), getTranslation("plenary.chair.projector")));
        add(controls, tally);
        add(new H3(getTranslation("plenary.chair.motions")), motions);
        Button draft = new Button(getTranslation("plenary.chair.draft"), e -> draft());
        draft.setId("motion-draft");
        Div form = new Div(kind, title, text, secrecy, majority, draft);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "end");
        add(form);
        add(new H3(getTranslation("plenary.chair.check-in")), seats);
        refresh();
    }

    void refresh() {
        plenary = plenaries.get(plenaryId);
        controls.removeAll();
        if (plenary.sessionStatus() == SessionStatus.PLANNED) {
            Button open = new Button(getTranslation("plenary.chair.open-session"),
                    e -> act(() -> live.openSession(plenaryId)));
            open.setId("session-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            controls.add(open);
        } else if (plenary.sessionStatus() == SessionStatus.OPEN) {
            Button close = new Button(getTranslation("plenary.chair.close-session"),
                    e -> act(() -> live.closeSession(plenaryId)));
            close.setId("session-close");
            controls.add(close);
        } else {
            controls.add(new Paragraph(getTranslation("plenary.chair.session-closed")));
        }
        motions.removeAll();
        for (MotionData m : live.motions(plenaryId)) {
            Div row = new Div();
            row.addClassName("agora-card");
            row.add(new Paragraph(getTranslation("plenary.motion.kind." + m.kind().name()) + " — " + m.title() + " ("
                    + getTranslation("plenary.secrecy." + m.secrecy().name()) + ", "
                    + getTranslation("plenary.majority." + m.majority().name()) + ")"));
            if (m.status() == MotionStatus.DRAFT && plenary.sessionStatus() == SessionStatus.OPEN) {
                Button open = new Button(getTranslation("plenary.chair.open-motion"), e -> act(() -> live.openMotion(m.id(),
                        timer.getValue())));
                open.setId("motion-open-" + m.id());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(timer, open);
            } else if (m.status() == MotionStatus.OPEN) {
                Button close = new Button(getTranslation("plenary.chair.close-motion"), e -> act(() -> live.closeMotion(m.id())));
                close.setId("motion-close-" + m.id());
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                row.add(close);
            } else if (m.status() == MotionStatus.CLOSED) {
                row.add(new Paragraph(getTranslation("plenary.chair.result", m.pour(), m.contre(), m.abstentions(),
                        getTranslation(Boolean.TRUE.equals(m.adopted()) ? "plenary.live.adopted" : "plenary.live.rejected"))));
            }
            motions.add(row);
        }
        seats.removeAll();
        if (plenary.sessionStatus() == SessionStatus.OPEN) {
            for (RepresentativeData r : plenaries.invitations(plenaryId).invited()) {
                Div row = new Div();
                row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "center");
                row.add(new Paragraph(r.councilName() + " — " + r.name()));
                if (r.checkedIn()) {
                    row.add(PlenaryUi.badge(getTranslation(r.standingIn() ? "plenary.chair.standing-in" : "plenary.chair.present",
                            r.attendee())));
                } else {
                    Button in = new Button(getTranslation("plenary.chair.check-in-one", r.name()),
                            e -> act(() -> live.checkIn(plenaryId, r.id(), false)));
                    in.setId("check-in-" + r.id());
                    row.add(in);
                    if (plenary.suppleantsAllowed() && r.suppleantName() != null) {
                        Button sup = new Button(getTranslation("plenary.chair.check-in-one", r.suppleantName()),
                                e -> act(() -> live.checkIn(plenaryId, r.id(), true)));
                        row.add(sup);
                    }
                }
                seats.add(row);
            }
        }
    }

    void showLive(LiveState s) {
        tally.removeAll();
        tally.add(PlenaryUi.tally(this, s, false));
    }

    void draft() {
        act(() -> live.draftMotion(plenaryId, kind.getValue(), title.getValue(), text.getValue(), secrecy.getValue(),
                majority.getValue()));
        title.clear();
        text.clear();
    }

    void act(Runnable action) {
        if (PlenaryUi.run(action)) {
            refresh();
            showLive(board.state(plenaryId));
        }
    }

    @Override
    protected String titleKey() {
        return "plenary.chair.title";
    }
}
