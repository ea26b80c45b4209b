package fr.agora.meetings.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The avis form's bean. */
public class AvisBean {

    @NotBlank
    @Size(max = 4000)
    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
