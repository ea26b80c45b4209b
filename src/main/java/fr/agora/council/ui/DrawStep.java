package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawService;

/**
 * Step 4 of the ceremony: the fairness of the computed probabilities, then the public entropy (the witnesses' dice
 * digits) and the witnesses' names, and the draw.
 */
class DrawStep extends Div {

    private final DrawCeremony ceremony;
    final TextField entropy = new TextField();
    final TextArea witnesses = new TextArea();
    final Button drawButton = new Button();
    private final Paragraph fairness = new Paragraph();

    DrawStep(DrawCeremony ceremony, DrawService draws) {
        this.ceremony = ceremony;
        entropy.setId("draw-entropy");
        witnesses.setId("draw-witnesses");
        drawButton.setId("draw-draw");
        entropy.setLabel(getTranslation("draw.field.entropy"));
        entropy.setHelperText(getTranslation("draw.field.entropy-help"));
        entropy.setMaxLength(100);
        entropy.setPattern("[1-6]*");
        witnesses.setLabel(getTranslation("draw.field.witnesses"));
        witnesses.setMaxLength(500);
        drawButton.setText(getTranslation("draw.ceremony.draw-button"));
        drawButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        drawButton.addClickListener(e -> ceremony.act(() -> draws.draw(ceremony.current().id(), entropy.getValue(),
                witnesses.getValue())));
        add(new H3(getTranslation("draw.ceremony.draw-step")), fairness, entropy, witnesses, drawButton);
    }

    /** Shows the fairness figures of the current draw. */
    void show() {
        DrawData d = ceremony.current();
        fairness.setText(getTranslation("draw.ceremony.fairness", d.leximinMin(), d.leximinMax(), d.legacyMin()));
    }
}
