package fr.agora.meetings.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The planning form's bean, bound with Bean Validation. */
public class PlanBean {

    @NotBlank
    @Size(max = 200)
    private String title = "";
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime start = LocalTime.of(18, 30);
    @NotNull
    private LocalTime end = LocalTime.of(20, 30);
    @Size(max = 255)
    private String place = "";
    @Size(max = 500)
    @Pattern(regexp = "^$|https://\\S+")
    private String remoteLink = "";
    private boolean publicMeeting = true;
    private LocalDateTime deadline;
    @Size(max = 10000)
    private String agenda = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public void setRemoteLink(String remoteLink) {
        this.remoteLink = remoteLink;
    }

    public boolean isPublicMeeting() {
        return publicMeeting;
    }

    public void setPublicMeeting(boolean publicMeeting) {
        this.publicMeeting = publicMeeting;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
