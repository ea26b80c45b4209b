package fr.agora.meetings.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contribution form's bean, bound with Bean Validation. */
public class ContributionBean {

    @NotBlank
    @Size(max = 200)
    private String title = "";

    @NotBlank
    @Size(max = 4000)
    private String body = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
