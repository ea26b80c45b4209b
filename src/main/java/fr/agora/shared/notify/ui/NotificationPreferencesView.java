package fr.agora.shared.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.TopicCatalog;
import fr.agora.shared.notify.service.NotificationPreferences;
import fr.agora.shared.service.Dates;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /mon-espace/notifications}: what I receive by e-mail, how often, and since when (my opt-in); one button
 * stops each. A new choice needs my explicit consent (a box I tick), checked with the other fields at once.
 */
@Route(value = "mon-espace/notifications", layout = MainLayout.class)
@PermitAll
public class NotificationPreferencesView extends AgoraView {

    private final NotificationPreferences preferences;
    private final Dates dates;
    private final UnorderedList current = new UnorderedList();
    final BeanValidationBinder<OptInForm> binder = new BeanValidationBinder<>(OptInForm.class);

    public NotificationPreferencesView(NotificationPreferences preferences, Dates dates) {
        this.preferences = preferences;
        this.dates = dates;
        add(new Paragraph(getTranslation("notify.prefs.intro")));

        H2 mine = new H2(getTranslation("notify.prefs.mine"));
        current.setId("notify-current");
        current.getStyle().set("padding-inline-start", "0").set("list-style", "none");
        add(mine, current);

        H2 add = new H2(getTranslation("notify.prefs.add"));
        ComboBox<TopicCatalog.Choice> topic = new ComboBox<>(getTranslation("notify.prefs.topic"));
        topic.setId("notify-topic");
        topic.setItems(preferences.choices(getLocale()));
        topic.setItemLabelGenerator(TopicCatalog.Choice::label);
        topic.setWidthFull();
        topic.setRequiredIndicatorVisible(true);
        // a combo box, as for the topic (a component of the production bundle); a value is always chosen
        ComboBox<DeliveryMode> mode = new ComboBox<>(getTranslation("notify.prefs.mode"));
        mode.setAllowCustomValue(false);
        mode.setWidthFull();
        mode.setId("notify-mode");
        mode.setItems(DeliveryMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("notify.mode." + m));
        Checkbox consent = new Checkbox(getTranslation("notify.prefs.consent"));
        consent.setId("notify-consent");
        binder.forField(topic).bind("topic");
        binder.forField(mode).bind("mode");
        binder.forField(consent).bind("consent");
        binder.setBean(new OptInForm());
        Button save = new Button(getTranslation("notify.prefs.save"), e -> save(topic, mode, consent));
        save.setId("notify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph sms = new Paragraph(getTranslation("notify.prefs.sms"));
        sms.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(add, topic, mode, consent, save, sms);
        refresh();
    }

    private void save(ComboBox<TopicCatalog.Choice> topic, ComboBox<DeliveryMode> mode, Checkbox consent) {
        if (!binder.validate().isOk()) {
            if (topic.isInvalid()) {
                topic.focus();
            } else if (mode.isInvalid()) {
                mode.focus();
            } else {
                consent.focus();
            }
            return;
        }
        OptInForm form = binder.getBean();
        try {
            preferences.optIn(form.getTopic().topic(), form.getMode(), form.isConsent());
            Notifications.success(getTranslation("notify.prefs.saved", form.getTopic().label()));
            binder.setBean(new OptInForm());
            refresh();
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    private void refresh() {
        current.removeAll();
        var choices = preferences.mine(getLocale());
        if (choices.isEmpty()) {
            current.add(new ListItem(getTranslation("notify.prefs.none")));
            return;
        }
        for (NotificationPreferences.Choice c : choices) {
            Div line = new Div();
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "center").set("padding-block", "var(--lumo-space-xs)");
            Span label = new Span(c.label());
            label.getStyle().set("font-weight", "600");
            String since = com.vaadin.flow.component.UI.getCurrent() == null ? ""
                    : fr.agora.shared.ui.Dates.longDate(dates.dayOf(c.optedInAt()), getLocale());
            Span state = new Span(c.active()
                    ? getTranslation("notify.prefs.state", getTranslation("notify.mode." + c.mode()), since)
                    : getTranslation("notify.prefs.stopped"));
            line.add(label, state);
            if (c.active()) {
                Button stop = new Button(getTranslation("notify.prefs.stop"), e -> {
                    preferences.unsubscribe(c.id());
                    Notifications.success(getTranslation("notify.prefs.stopped.done", c.label()));
                    refresh();
                });
                stop.getElement().setAttribute("aria-label", getTranslation("notify.prefs.stop.aria", c.label()));
                stop.setId("notify-stop-" + c.id());
                line.add(stop);
            }
            current.add(new ListItem(line));
        }
    }

    @Override
    protected String titleKey() {
        return "notify.prefs.title";
    }
}
