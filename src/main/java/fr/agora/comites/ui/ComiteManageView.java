package fr.agora.comites.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.comites.ComiteRegistry;
import fr.agora.comites.service.ComiteCard;
import fr.agora.comites.service.ComiteForm;
import fr.agora.comites.service.ComiteMemberForm;
import fr.agora.comites.service.ComiteService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A comité's page for its officer (their own comité only) or staff (any comité, and the maires adjoints de
 * secteur): the directory entry and the members convoked to its meetings.
 */
@Route(value = ComitesNavigation.MANAGE, layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER})
public class ComiteManageView extends AgoraView {

    private final ComiteService comites;
    final ComboBox<ComiteCard> comite = new ComboBox<>();
    final TextField status = new TextField();
    final TextField president = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField premises = new TextField();
    final Button save = new Button();
    final BeanValidationBinder<ComiteBean> binder = new BeanValidationBinder<>(ComiteBean.class);
    final Div members = new Div();
    final TextField memberName = new TextField();
    final EmailField memberEmail = new EmailField();
    final TextField memberPhone = new TextField();
    final Checkbox memberShares = new Checkbox();
    final Checkbox memberVotes = new Checkbox();
    final Button addMember = new Button();
    final ComboBox<Long> secteur = new ComboBox<>();
    final TextField adjoint = new TextField();

    public ComiteManageView(ComiteService comites, AuthenticationContext auth) {
        this.comites = comites;
        addClassName("agora-comites");
        boolean staff = auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN);
        List<ComiteCard> choices = staff ? comites.directory(null) : comites.mine().map(List::of).orElse(List.of());
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("comites.manage.none")));
            return;
        }
        comite.setLabel(getTranslation("comites.manage.comite"));
        comite.setItems(choices);
        comite.setItemLabelGenerator(ComiteCard::name);
        comite.setId("manage-comite");
        comite.setReadOnly(choices.size() == 1);
        comite.addValueChangeListener(e -> show());
        status.setLabel(getTranslation("comites.status"));
        status.setId("manage-status");
        president.setLabel(getTranslation("comites.president"));
        email.setLabel(getTranslation("comites.contact"));
        email.setId("manage-email");
        phone.setLabel(getTranslation("comites.phone"));
        premises.setLabel(getTranslation("comites.premises"));
        premises.setId("manage-premises");
        binder.bind(status, "associativeStatus");
        binder.bind(president, "president");
        binder.bind(email, "contactEmail");
        binder.bind(phone, "contactPhone");
        binder.bind(premises, "premises");
        save.setText(getTranslation("comites.manage.save"));
        save.setId("manage-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(status, president, email, phone, premises);
        memberName.setLabel(getTranslation("comites.member.name"));
        memberName.setId("member-name");
        memberEmail.setLabel(getTranslation("comites.member.email"));
        memberEmail.setId("member-email");
        memberPhone.setLabel(getTranslation("comites.member.phone"));
        memberShares.setLabel(getTranslation("comites.member.shares"));
        memberVotes.setLabel(getTranslation("comites.member.votes"));
        memberVotes.setValue(true);
        addMember.setText(getTranslation("comites.member.add"));
        addMember.setId("member-add");
        addMember.addClickListener(e -> addMember());
        members.addClassName("agora-cards");
        add(comite, form, save, new H2(getTranslation("comites.manage.members")), members,
                new FormLayout(memberName, memberEmail, memberPhone, memberShares, memberVotes), addMember);
        if (staff) {
            var secteurs = comites.secteurs();
            secteur.setLabel(getTranslation("comites.filter.secteur"));
            secteur.setItems(secteurs.keySet());
            secteur.setItemLabelGenerator(secteurs::get);
            adjoint.setLabel(getTranslation("comites.adjoint"));
            Button name = new Button(getTranslation("comites.manage.save"), e -> {
                try {
                    comites.nameMaireAdjoint(secteur.getValue() == null ? -1 : secteur.getValue(), adjoint.getValue());
                    Notifications.success(getTranslation("comites.manage.saved"));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            add(new H2(getTranslation("comites.manage.adjoints")), new FormLayout(secteur, adjoint), name);
        }
        comite.setValue(choices.getFirst());
    }

    void show() {
        ComiteCard c = comite.getValue();
        if (c == null) {
            return;
        }
        ComiteBean bean = new ComiteBean();
        bean.setAssociativeStatus(nz(c.associativeStatus()));
        bean.setPresident(nz(c.president()));
        bean.setContactEmail(nz(c.contactEmail()));
        bean.setContactPhone(nz(c.contactPhone()));
        bean.setPremises(nz(c.premises()));
        binder.setBean(bean);
        members.removeAll();
        for (ComiteRegistry.ComiteMemberEntry m : comites.membersOf(c.id())) {
            Button remove = new Button(getTranslation("comites.member.remove"), e -> {
                comites.removeMember(c.id(), m.id());
                show();
            });
            remove.setId("member-remove-" + m.id());
            Div card = new Div(new H3(m.fullName()), new Paragraph(m.email()), remove);
            card.addClassName("agora-card");
            members.add(card);
        }
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        ComiteBean b = binder.getBean();
        try {
            ComiteCard saved = comites.describe(comite.getValue().id(), new ComiteForm(b.getAssociativeStatus(),
                    b.getPresident(), b.getContactEmail(), b.getContactPhone(), b.getPremises()));
            Notifications.success(getTranslation("comites.manage.saved"));
            ComiteCard current = comite.getValue();
            if (current != null && current.id() == saved.id()) {
                binder.setBean(b);
            }
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void addMember() {
        try {
            comites.addMember(comite.getValue().id(), new ComiteMemberForm(memberName.getValue(), memberEmail.getValue(),
                    memberPhone.getValue(), memberShares.getValue(), memberVotes.getValue()));
            memberName.clear();
            memberEmail.clear();
            memberPhone.clear();
            Notifications.success(getTranslation("comites.member.added"));
            show();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected String titleKey() {
        return "comites.manage.title";
    }
}
