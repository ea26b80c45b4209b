package fr.agora.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.service.Appointment;

/** The fields of one person to appoint (name, e-mail, phone, consent to be named publicly), labelled by position. */
final class PersonFields {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Checkbox consent = new Checkbox();

    PersonFields(Component owner, SeatPosition position) {
        String who = owner.getTranslation("council.position." + position.name());
        name.setLabel(owner.getTranslation("council.field.person-name", who));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(160);
        name.setWidthFull();
        email.setLabel(owner.getTranslation("council.field.person-email", who));
        email.setWidthFull();
        phone.setLabel(owner.getTranslation("council.field.person-phone", who));
        phone.setMaxLength(20);
        phone.setWidthFull();
        consent.setLabel(owner.getTranslation("council.field.person-consent", who));
    }

    Appointment appointment(String organisation) {
        return new Appointment(name.getValue(), organisation, email.getValue(), phone.getValue(), consent.getValue());
    }
}
